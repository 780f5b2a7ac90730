/**
 * `sealmatch serve --role matcher|custodian|all --keys DIR [--store URL] [--port N] [--host H] [--identify-workers N]
 *                  [--tls-cert FILE --tls-key FILE [--tls-ca FILE --tls-client-auth]]
 *                  [--custodian-tls-ca FILE --custodian-tls-cert FILE --custodian-tls-key FILE]`
 *
 * - custodian: reads only DIR/custodian.json and its own state database (--state, default
 *              DIR/custodian-state.db: key registry, nonces, reference MAC seeds, alarms, audit log).
 *              Recommended: --tls-client-auth with --tls-ca, so only the matcher's certificate connects.
 * - matcher:   reads only DIR/matcher.json and DIR/public-bundle.pb; never an HE secret key.
 *              --custodian-tls-* (else matcher.json `custodianTls`): pinned custodian CA and the
 *              matcher's client certificate.
 * - all:       both, on --port (matcher) and --port+1 (custodian), for development; the same
 *              certificate for both, --tls-client-auth for the custodian only, and the matcher pins
 *              --tls-ca for the custodian unless told otherwise.
 * With --role matcher, --tls-client-auth makes terminals present certificates from --tls-ca.
 * The matcher serves the teller / enrollment-desk page at /teller/ (web/teller/, `npm run build:teller`);
 * --no-teller leaves it out.
 * Before starting, key files (custodian.json / matcher.json, TLS keys) and SQLite databases
 * (custodian state, matcher store) must be 0600: anything group/other can read is refused.
 * For a 1:N parameter set (keys from `sealmatch keygen --preset sm1-bgv4096-face*-1toN`) both also
 * serve the identify routes; --identify-workers sets the matcher's gallery worker threads (default 0).
 * Graceful shutdown on SIGINT/SIGTERM: stop accepting, finish in-flight requests, close the store.
 */
import { SealmatchError } from '../errors.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle } from '../server/config.js';
import { startCustodian, startMatcher, type Running } from '../server/deployment.js';
import { tellerBuilt } from '../server/teller-mount.js';
import { assertPrivateDatabase, assertPrivateFile, createPrivateFile } from '../server/secret-file.js';
import type { ClientTls, ServerTls } from '../server/tls.js';
import { openStore, sqliteStorePath } from '../store/open.js';
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
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
    'tls-ca': { type: 'string' },
    'tls-client-auth': { type: 'boolean', default: false },
    'custodian-tls-ca': { type: 'string' },
    'custodian-tls-cert': { type: 'string' },
    'custodian-tls-key': { type: 'string' },
    'no-teller': { type: 'boolean', default: false },
  });
  if (!values.keys) throw new SealmatchError('E_INVALID_ARGUMENT', '--keys DIR is required (create it with `sealmatch keygen --dir DIR`)');
  const role = values.role!;
  if (!['matcher', 'custodian', 'all'].includes(role)) throw new SealmatchError('E_INVALID_ARGUMENT', '--role must be matcher, custodian or all');
  const port = Number(values.port);
  const workers = Number(values['identify-workers']);
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) throw new SealmatchError('E_INVALID_ARGUMENT', '--identify-workers must be an integer in 0..256');
  const host = values.host!;
  const tls = serverTls(values);
  const running: Running[] = [];
  let custodianUrl: string | undefined;
  try {
    if (role === 'custodian' || role === 'all') {
      // The custodian's own state (key registry, nonces, reference MAC seeds, alarms, audit log).
      const statePath = values.state ?? join(values.keys, 'custodian-state.db');
      assertPrivateFile(join(values.keys, 'custodian.json'), 'custodian key file');
      createPrivateFile(statePath);
      assertPrivateDatabase(statePath, 'custodian state database');
      const c = await startCustodian({ secrets: loadCustodianFile(values.keys), host, port: role === 'all' ? port + 1 : port, evaluationMode: values['evaluation-mode'], statePath, identify: { trustMatcher: values['identify-trust-matcher'] }, ...(tls ? { tls } : {}) });
      custodianUrl = c.url;
      running.push(c);
      process.stderr.write(`custodian listening on ${c.url}${tls?.clientAuth ? ' (mutual TLS)' : ''}\n`);
    }
    let closeStore: (() => Promise<void>) | undefined;
    if (role === 'matcher' || role === 'all') {
      assertPrivateFile(join(values.keys, 'matcher.json'), 'matcher key file');
      const { custodianTls: fromFile, ...file } = loadMatcherFile(values.keys);
      // `all`: the custodian is this process's, over https only with --tls-*; matcher.json's TLS
      // settings are for the remote custodian it names.
      const custodianTls = role === 'all' && !tls ? undefined : matcherClientTls(values, fromFile, role === 'all' ? tls?.ca : undefined);
      if (role === 'all' && tls?.clientAuth && !custodianTls?.cert) {
        throw new SealmatchError('E_INVALID_ARGUMENT', '--role all with --tls-client-auth: give the matcher a client certificate (--custodian-tls-cert FILE --custodian-tls-key FILE)');
      }
      const secrets = { ...file, ...(custodianUrl ? { custodianUrl } : {}), ...(custodianTls ? { custodianTls } : {}) };
      const dbPath = sqliteStorePath(values.store!);
      if (dbPath) {
        createPrivateFile(dbPath);
        assertPrivateDatabase(dbPath, 'matcher database');
      }
      const store = await openStore(values.store!);
      closeStore = () => store.close();
      try {
        // `all`: --tls-client-auth guards the custodian (the matcher's link); terminals reach the matcher with server TLS only.
        const matcherTls = role === 'all' && tls ? { cert: tls.cert, key: tls.key } : tls;
        const m = await startMatcher({ bundle: loadPublicBundle(values.keys), secrets, store, host, port, identify: { workers }, teller: values['no-teller'] ? false : {}, ...(matcherTls ? { tls: matcherTls } : {}) });
        running.push(m);
        const teller = values['no-teller'] ? '' : tellerBuilt() ? `; teller page ${m.url}/teller/` : '; teller page not built (npm run build:teller; --no-teller to leave it out)';
        process.stderr.write(`matcher listening on ${m.url} (store ${store.kind})${teller}\n`);
      } catch (e) {
        await store.close();
        throw e;
      }
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
  } catch (e) {
    for (const r of running.reverse()) await r.close();
    throw e;
  }
}

type Flags = Partial<Record<'tls-cert' | 'tls-key' | 'tls-ca' | 'custodian-tls-ca' | 'custodian-tls-cert' | 'custodian-tls-key', string>> & { 'tls-client-auth'?: boolean };

/** --tls-*: both or neither of cert and key; the key file must be private. */
function serverTls(v: Flags): ServerTls | undefined {
  const cert = v['tls-cert'];
  const key = v['tls-key'];
  if (!cert && !key) {
    if (v['tls-ca'] || v['tls-client-auth']) throw new SealmatchError('E_INVALID_ARGUMENT', '--tls-ca / --tls-client-auth need --tls-cert FILE and --tls-key FILE');
    return undefined;
  }
  if (!cert || !key) throw new SealmatchError('E_INVALID_ARGUMENT', '--tls-cert FILE and --tls-key FILE go together');
  assertPrivateFile(key, 'TLS key');
  return { cert, key, ...(v['tls-ca'] ? { ca: v['tls-ca'] } : {}), clientAuth: v['tls-client-auth'] === true };
}

/** The matcher's TLS to the custodian: flags over matcher.json over (in `all`) the shared --tls-ca. */
function matcherClientTls(v: Flags, fromFile: ClientTls | undefined, sharedCa: ServerTls['ca']): ClientTls | undefined {
  const ca = v['custodian-tls-ca'] ?? fromFile?.ca ?? sharedCa;
  const cert = v['custodian-tls-cert'] ?? fromFile?.cert;
  const key = v['custodian-tls-key'] ?? fromFile?.key;
  if (typeof key === 'string') assertPrivateFile(key, 'matcher client TLS key');
  if (ca === undefined && cert === undefined && key === undefined) return undefined;
  return { ...(ca !== undefined ? { ca } : {}), ...(cert !== undefined ? { cert } : {}), ...(key !== undefined ? { key } : {}) };
}
