/**
 * `npm run bench:server [-- --json] [-- --quick]`: verifies/s and p50/p99 latency of POST /v1/verify
 * over loopback HTTP at concurrency 1, 16 and 64 (autocannon, load generator in a worker
 * thread), matcher (embedded SQLite) and custodian as two HTTP services, each request a distinct
 * signed, encrypted probe (no replays). Beside it, in the same run: the in-process 1:1 end-to-end
 * latency of the same computation without HTTP. Last stdout line: one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ed25519 } from '@noble/curves/ed25519.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../src/server/config.js';
import { registerKey, startCustodian, startMatcher } from '../src/server/deployment.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { TerminalClient, officerApprover } from '../src/verify/terminal/terminal-client.js';
import { subjectReference } from '../src/subjects/subject-reference.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { benchFlags, round, unitVectors } from './harness.js';
import { benchVerify } from './verify.js';

const flags = benchFlags();
const log = (s: string): void => void process.stderr.write(`[bench:server] ${s}\n`);
const dir = mkdtempSync(join(tmpdir(), 'sm-bench-'));
await writeDeploymentKeys(dir, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0');
const custodian = await startCustodian({ secrets: loadCustodianFile(dir), logLevel: 'silent' });
const store = new SqliteStore(join(dir, 'bench.db'));
const secrets = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
const bundle = loadPublicBundle(dir);
const matcher = await startMatcher({ bundle, secrets, store, logLevel: 'silent', ratePerMinute: 1_000_000 });
const key = ed25519.utils.randomSecretKey();
await registerKey(matcher.url, secrets.adminToken, ed25519.getPublicKey(key), 'atm-bench', 'terminal');
await registerKey(custodian.url, loadCustodianFile(dir).adminToken!, ed25519.getPublicKey(key), 'atm-bench', 'terminal');
const client = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'atm-bench' }), deviceKey: key });
const [g, p] = unitVectors(2, 512, 11);
const probe = Array.from(p!, (v, i) => 0.2 * v + g![i]!); // cosine ~0.98: a genuine customer (no lockouts)
const subject = subjectReference(new Uint8Array(32).fill(1), '900101300027');
// Enrollment: a desk key with an officer's approval (two-person rule), on both services.
const deskKey = ed25519.utils.randomSecretKey();
const officerKey = ed25519.utils.randomSecretKey();
for (const [url, token] of [[matcher.url, secrets.adminToken], [custodian.url, loadCustodianFile(dir).adminToken!]] as const) {
  await registerKey(url, token, ed25519.getPublicKey(deskKey), 'desk-bench', 'desk');
  await registerKey(url, token, ed25519.getPublicKey(officerKey), 'officer-bench', 'officer');
}
const desk = new TerminalClient({ matcherUrl: matcher.url, terminal: await Terminal.create({ ...bundle, terminalId: 'desk-bench' }), deviceKey: deskKey });
await desk.enroll(subject, g!, { approve: officerApprover(officerKey) });

const levels = [1, 16, 64];
const perLevel = flags.quick ? 128 : flags.num("requests", 400);
const results: Record<string, unknown>[] = [];
for (const c of levels) {
  log(`preparing ${perLevel} signed probes for concurrency ${c}...`);
  const bodies: Buffer[] = [];
  for (let i = 0; i < perLevel; i++) bodies.push(Buffer.from(client.prepareVerify(subject, probe, { amountMinor: 250_000_00n, currency: 'KZT' }).signed));
  let next = 0;
  log(`running concurrency ${c}...`);
  const started = performance.now();
  const r = await autocannon({
    url: matcher.url,
    connections: c,
    amount: perLevel,
    workers: 0,
    requests: [
      {
        method: 'POST',
        path: '/v1/verify',
        headers: { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf', 'x-sealmatch-terminal': client.deviceKeyId },
        setupRequest: (req: autocannon.Request) => ({ ...req, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  results.push({
    concurrency: c,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    verifiesPerSec: round((r.requests.total - r.non2xx) / seconds, 1),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
  });
}
await matcher.close();
await custodian.close();
await store.close();
rmSync(dir, { recursive: true, force: true });

log('in-process 1:1 baseline (same machine, same run)...');
const inProcess = await benchVerify({ heapVerifies: 0, timeMs: flags.quick ? 300 : 1000, log });
const report = {
  node: process.version,
  date: new Date().toISOString(),
  server: results,
  // The server runs the default (authenticated) preset: its in-process figures are sm2's.
  inProcess: {
    presetId: inProcess.verify.sm2.presetId,
    endToEndMs: inProcess.verify.sm2.endToEndMs,
    serverMatchMs: inProcess.verify.sm2.serverMatchMs,
    matcherVerifyMs: inProcess.verify.sm2.matcherVerifyMs,
    custodianDecideMs: inProcess.verify.sm2.custodianDecideMs,
  },
  note: 'server and load generator share this 2-core machine; each request is a fresh signed, encrypted 512-D probe',
};
process.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
