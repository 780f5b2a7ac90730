/**
 * Fused references over real HTTP on loopback (matcher and custodian services, default preset):
 * a desk enrolls a two-finger reference with TerminalClient.enrollFused (multi-impression finger
 * parts), an ATM verifies with verifyFused: the genuine subject gets a signed MATCH, an impostor a
 * signed NO MATCH, and a request of another composition gets E_COMPOSITION with the store and the
 * audit log unchanged. The two-finger messages (~2.9 MB) pass the matcher's 1:1 body limit.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../src/server/config.js';
import { registerKey, startCustodian, startMatcher } from '../src/server/deployment.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { parseMinutiaeRecord } from '../src/templates/fingerprint/parse.js';
import { minutiaeToVector } from '../src/templates/fingerprint/representation.js';
import { TerminalClient, officerApprover } from '../src/verify/terminal/terminal-client.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { subjectReference } from '../src/subjects/subject-reference.js';
import { asyncErrorCode, lfw, SHARED_DATA } from './helpers.js';

const record = (f: number, i: number) => parseMinutiaeRecord(new Uint8Array(readFileSync(resolve(SHARED_DATA, 'fingerprint/fvc2002/DB3_B', `${f}_${i}.iso`))));

describe('fused references over HTTP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sm-http-fused-'));
  let custodian: Awaited<ReturnType<typeof startCustodian>>;
  let matcher: Awaited<ReturnType<typeof startMatcher>>;
  let store: SqliteStore;
  let atm: TerminalClient;
  let desk: TerminalClient;
  const terminals: Terminal[] = [];
  const bankKey = new Uint8Array(32).fill(5);
  const alice = subjectReference(bankKey, '900101300027');
  const sink = new Writable({ write: (_c, _e, cb) => cb() });

  beforeAll(async () => {
    await writeDeploymentKeys(dir, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0');
    custodian = await startCustodian({ secrets: loadCustodianFile(dir), logLevel: 'warn', logStream: sink });
    store = new SqliteStore(':memory:');
    const secrets = { ...loadMatcherFile(dir), custodianUrl: custodian.url };
    const bundle = loadPublicBundle(dir);
    matcher = await startMatcher({ bundle, secrets, store, logLevel: 'warn', logStream: sink });
    const custodianToken = loadCustodianFile(dir).adminToken!;
    const atmKey = ed25519.utils.randomSecretKey();
    const deskKey = ed25519.utils.randomSecretKey();
    const officerKey = ed25519.utils.randomSecretKey();
    for (const [url, token] of [[matcher.url, secrets.adminToken], [custodian.url, custodianToken]] as const) {
      await registerKey(url, token, ed25519.getPublicKey(atmKey), 'atm-1', 'terminal');
      await registerKey(url, token, ed25519.getPublicKey(deskKey), 'desk-1', 'desk', 'bank-a');
      await registerKey(url, token, ed25519.getPublicKey(officerKey), 'officer-1', 'officer', 'bank-a');
    }
    terminals.push(await Terminal.create({ ...bundle, terminalId: 'atm-1' }), await Terminal.create({ ...bundle, terminalId: 'desk-1' }));
    atm = new TerminalClient({ matcherUrl: matcher.url, terminal: terminals[0]!, deviceKey: atmKey });
    desk = new TerminalClient({ matcherUrl: matcher.url, terminal: terminals[1]!, deviceKey: deskKey });
    await desk.enrollFused(alice, 'finger+finger', [{ impressions: [1, 2, 3].map((i) => record(101, i)) }, { impressions: [1, 2, 3].map((i) => record(102, i)) }], { approve: officerApprover(officerKey) });
  }, 120_000);
  afterAll(async () => {
    for (const t of terminals) t.delete();
    await matcher?.close();
    await custodian?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('genuine MATCH, impostor NO MATCH, both signed; another composition is E_COMPOSITION and changes nothing', async () => {
    const tx = { amountMinor: 100_00n, currency: 'KZT' };
    const stored = await store.getReference(alice, 'finger+finger');
    expect(stored?.partDims).toEqual([8192, 8192]);
    const genuine = await atm.verifyFused(alice, 'finger+finger', [minutiaeToVector(record(101, 6)), minutiaeToVector(record(102, 6))], tx);
    expect(genuine.match).toBe(true);
    const impostor = await atm.verifyFused(alice, 'finger+finger', [minutiaeToVector(record(103, 6)), minutiaeToVector(record(104, 6))], tx);
    expect(impostor.match).toBe(false);
    const before = { refs: await store.countReferences(), audit: await store.auditSize() };
    expect(await asyncErrorCode(() => atm.verifyFused(alice, 'face+finger', [lfw()[0]!.embeddings[0]!, minutiaeToVector(record(101, 7))], tx))).toBe('E_COMPOSITION');
    expect({ refs: await store.countReferences(), audit: await store.auditSize() }).toEqual(before);
  }, 120_000);
});
