/**
 * `sealmatch serve --role matcher|custodian|all --keys DIR [--store URL] [--port N] [--host H] [--identify-workers N]`
 *
 * - custodian: reads only DIR/custodian.json and its own state database (--state, default
 *              DIR/custodian-state.db: key registry, nonces, reference MAC seeds, alarms, audit log).
 * - matcher:   reads only DIR/matcher.json and DIR/public-bundle.pb; never an HE secret key.
 * - all:       both, on --port (matcher) and --port+1 (custodian), for development.
 * For a 1:N parameter set (keys from `sealmatch keygen --preset sm1-bgv4096-face*-1toN`) both also
 * serve the identify routes; --identify-workers sets the matcher's gallery worker threads (default 0).
 * Graceful shutdown on SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the store.
 */
import { SealmatchError } from '../errors.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle } from '../server/config.js';
import { startCustodian, startMatcher, type Running } from '../server/deployment.js';
import { openStore } from '../store/open.js';
import { parseFlags } from './args.js';
import { join } from 'node:path';

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    role: { type: 'string', default: 'all' },
    keys: { type: 'string' },
    store: { type: 'string', default: 'sqlite:./sealmatch.db' },
    port: { type: 'string', default: '8700' },
    host: { type: 'string', default: '127.0.0.1' },
    'evaluation-mode': { type: 'boolean', default: false },
    'identify-workers': { type: 'string', default: '0' },
    state: { type: 'string' },
    'identify-trust-matcher': { type: 'boolean', default: false },
  });
  if (!values.keys) throw new SealmatchError('E_INVALID_ARGUMENT', '--keys DIR is required (create it with `sealmatch keygen --dir DIR`)');
  const role = values.role!;
  if (!['matcher', 'custodian', 'all'].includes(role)) throw new SealmatchError('E_INVALID_ARGUMENT', '--role must be matcher, custodian or all');
  const port = Number(values.port);
  const workers = Number(values['identify-workers']);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new SealmatchError('E_INVALID_ARGUMENT', '--identify-workers must be an integer in 0..256');
  const host = values.host!;
  const running: Running[] = [];
  let custodianUrl: string | undefined;
  if (role === 'custodian' || role === 'all') {
    // The custodian's own state (key registry, nonces, reference MAC seeds, alarms, audit log).
    const statePath = values.state ?? join(values.keys, 'custodian-state.db');
    const c = await startCustodian({ secrets: loadCustodianFile(values.keys), host, port: role === 'all' ? port + 1 : port, evaluationMode: values['evaluation-mode'], statePath, identify: { trustMatcher: values['identify-trust-matcher'] } });
    custodianUrl = c.url;
    running.push(c);
    process.stderr.write(`custodian listening on ${c.url}\n`);
  }
  let closeStore: (() => Promise<void>) | undefined;
  if (role === 'matcher' || role === 'all') {
    const secrets = loadMatcherFile(values.keys);
    const store = await openStore(values.store!);
    closeStore = () => store.close();
    const m = await startMatcher({ bundle: loadPublicBundle(values.keys), secrets: custodianUrl ? { ...secrets, custodianUrl } : secrets, store, host, port, identify: { workers } });
    running.push(m);
    process.stderr.write(`matcher listening on ${m.url} (store ${store.kind})\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('shutting down...\n');
  for (const r of running.reverse()) await r.close();
  await closeStore?.();
  return 0;
}
