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
 * Before starting, key files (custodian.json / matcher.json, TLS keys) and SQLite databases
 * (custodian state, matcher store) must be 0600: anything group/other can read is refused.
 * For a 1:N parameter set (keys from `sealmatch keygen --preset sm1-bgv4096-face*-1toN`) both also
 * serve the identify routes; --identify-workers sets the matcher's gallery worker threads (default 0).
 * Graceful shutdown on SIGINT/SIGTERM (also through npx / npm run: serve-process.ts): stop accepting,
 * finish in-flight requests, close the stores, exit 0. One start-up line per service names its
 * role, preset, URL and routes.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SealmatchError } from '../errors.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle } from '../server/config.js';
import { startCustodian, startMatcher, type Running } from '../server/deployment.js';
import { assertPrivateDatabase, assertPrivateFile, createPrivateFile } from '../server/secret-file.js';
import type { ClientTls, ServerTls } from '../server/tls.js';
import { openStore, sqliteStorePath } from '../store/open.js';
import { UsageError, choiceFlag, integerFlag, parseCommandLine, required } from './args.js';
import { drain, routesOf, untilStopRequested } from './serve-process.js';

/** How long a stop waits for in-flight requests (every custodian call has a 2 s deadline; 1:N searches take longer). */
const DRAIN_DEADLINE_MS = 30_000;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** EADDRINUSE / EACCES from listen() as the typed one-liner a user can act on. */
function listenError(e: unknown, host: string, port: number, allHint: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new SealmatchError('E_UNAVAILABLE', `port ${port} on ${host} is already in use: stop what holds it or choose another --port${allHint}`);
  if (code === 'EACCES') return new SealmatchError('E_UNAVAILABLE', `no permission to listen on port ${port} on ${host} (ports below 1024 need privileges): choose another --port`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new SealmatchError('E_INVALID_ARGUMENT', `--host ${host} is not an address of this machine`);
  return e;
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('serve', argv);
  const keys = required('serve', 'keys', values.keys, '(create it with `sealmatch keygen --dir DIR`)');
  const role = choiceFlag('serve', 'role', values.role, ['matcher', 'custodian', 'all'] as const);
  // `all` puts the custodian on port + 1, which must exist too.
  const port = integerFlag('serve', 'port', values.port, 0, role === 'all' ? 65534 : 65535);
  const workers = integerFlag('serve', 'identify-workers', values['identify-workers'], 0, 256);
  const host = values.host;
  if (!existsSync(keys) || !statSync(keys).isDirectory()) throw new SealmatchError('E_INVALID_ARGUMENT', `--keys ${keys}: no such folder (create it with \`sealmatch keygen --dir ${keys}\`)`);
  const tls = serverTls(values);
  const running: { readonly name: string; readonly service: Running }[] = [];
  let closeStore: (() => Promise<void>) | undefined;
  const closeAll = async (): Promise<void> => {
    // Matcher first (it calls the custodian), then the custodian (its state closes with it), then the store.
    for (const { name, service } of [...running].reverse()) {
      await service.close();
      log(`sealmatch serve: ${name} closed`);
    }
    running.length = 0;
    await closeStore?.();
    closeStore = undefined;
  };
  // Signals are taken from here on, so one that comes during start-up still stops cleanly.
  const stopRequested = untilStopRequested(log);
  let custodianUrl: string | undefined;
  try {
    if (role === 'custodian' || role === 'all') {
      // The custodian's own state (key registry, nonces, reference MAC seeds, alarms, audit log).
      const statePath = values.state ?? join(keys, 'custodian-state.db');
      assertPrivateFile(join(keys, 'custodian.json'), 'custodian key file');
      const secrets = loadCustodianFile(keys);
      createPrivateFile(statePath);
      assertPrivateDatabase(statePath, 'custodian state database');
      // `all` on --port 0: the custodian takes a free port of its own too.
      const cport = role === 'all' && port !== 0 ? port + 1 : port;
      const c = await startCustodian({ secrets, host, port: cport, evaluationMode: values['evaluation-mode'], statePath, identify: { trustMatcher: values['identify-trust-matcher'] }, ...(tls ? { tls } : {}) }).catch((e: unknown) => {
        throw listenError(e, host, cport, role === 'all' ? ` (role all puts the custodian on --port + 1 = ${cport})` : '');
      });
      custodianUrl = c.url;
      running.push({ name: `custodian (state ${statePath})`, service: c });
      const mode = [tls?.clientAuth ? 'mutual TLS' : tls ? 'TLS' : 'plain HTTP', values['evaluation-mode'] ? 'evaluation mode' : ''].filter(Boolean).join(', ');
      log(`sealmatch serve: custodian on ${c.url} (pid ${process.pid}, role ${role}, preset ${secrets.presetId}, state ${statePath}, ${mode}): ${routesOf(c.app).join(', ')}`);
    }
    if (role === 'matcher' || role === 'all') {
      assertPrivateFile(join(keys, 'matcher.json'), 'matcher key file');
      const { custodianTls: fromFile, ...file } = loadMatcherFile(keys);
      // `all`: the custodian is this process's, over https only with --tls-*; matcher.json's TLS
      // settings are for the remote custodian it names.
      const custodianTls = role === 'all' && !tls ? undefined : matcherClientTls(values, fromFile, role === 'all' ? tls?.ca : undefined);
      if (role === 'all' && tls?.clientAuth && !custodianTls?.cert) {
        throw new UsageError('--role all with --tls-client-auth: give the matcher a client certificate (--custodian-tls-cert FILE --custodian-tls-key FILE)', 'serve');
      }
      const secrets = { ...file, ...(custodianUrl ? { custodianUrl } : {}), ...(custodianTls ? { custodianTls } : {}) };
      const dbPath = sqliteStorePath(values.store);
      if (dbPath) {
        createPrivateFile(dbPath);
        assertPrivateDatabase(dbPath, 'matcher database');
      }
      const bundle = loadPublicBundle(keys);
      const store = await openStore(values.store);
      closeStore = async () => {
        await store.close();
        log(`sealmatch serve: matcher store closed (${store.kind}${dbPath ? ` ${dbPath}` : ''})`);
      };
      // `all`: --tls-client-auth guards the custodian (the matcher's link); terminals reach the matcher with server TLS only.
      const matcherTls = role === 'all' && tls ? { cert: tls.cert, key: tls.key } : tls;
      const m = await startMatcher({ bundle, secrets, store, host, port, identify: { workers }, ...(matcherTls ? { tls: matcherTls } : {}) }).catch((e: unknown) => {
        throw listenError(e, host, port, '');
      });
      running.push({ name: 'matcher', service: m });
      const mode = matcherTls ? 'TLS' : 'plain HTTP';
      log(`sealmatch serve: matcher on ${m.url} (pid ${process.pid}, role ${role}, preset ${bundle.presetId}, store ${store.kind}${dbPath ? ` ${dbPath}` : ''}, custodian ${secrets.custodianUrl}, ${mode}): ${routesOf(m.app).join(', ')}`);
    }
  } catch (e) {
    await closeAll();
    throw e;
  }
  const { why } = await stopRequested;
  log(`sealmatch serve: ${why}: no new connections; finishing in-flight requests, then closing the stores`);
  if (!(await drain(closeAll, DRAIN_DEADLINE_MS, log))) {
    log(`sealmatch serve: in-flight requests did not finish within ${DRAIN_DEADLINE_MS / 1000} s: exiting anyway`);
    return 1;
  }
  log('sealmatch serve: stopped cleanly');
  return 0;
}

type Flags = Partial<Record<'tls-cert' | 'tls-key' | 'tls-ca' | 'custodian-tls-ca' | 'custodian-tls-cert' | 'custodian-tls-key', string>> & { 'tls-client-auth'?: boolean };

/** --tls-*: both or neither of cert and key; the key file must be private. */
function serverTls(v: Flags): ServerTls | undefined {
  const cert = v['tls-cert'];
  const key = v['tls-key'];
  if (!cert && !key) {
    if (v['tls-ca'] || v['tls-client-auth']) throw new UsageError('--tls-ca / --tls-client-auth need --tls-cert FILE and --tls-key FILE', 'serve');
    return undefined;
  }
  if (!cert || !key) throw new UsageError('--tls-cert FILE and --tls-key FILE go together', 'serve');
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
