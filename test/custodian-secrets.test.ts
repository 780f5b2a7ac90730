/**
 * Custodian secrets as a library API (saveCustodianSecrets / loadCustodianSecrets): always sealed
 * at rest (passphrase or raw key, explicit or from the environment), written 0600 every time
 * (also over a wider file), refused when readable by others, wrong passphrase a typed error, and
 * the loaded secrets run a custodian that decides for the original keys.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Custodian, type CustodianSecrets } from '../src/custodian/custodian.js';
import { isSealmatchError } from '../src/errors.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { loadCustodianSecrets, saveCustodianSecrets } from '../src/server/config.js';

const root = mkdtempSync(join(tmpdir(), 'sm-custodian-secrets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (p: string): number => statSync(p).mode & 0o777;
const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isSealmatchError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a SealmatchError');
};
const PASS = { passphrase: 'correct horse battery staple' };

describe('custodian secrets saved and loaded', () => {
  let secrets: CustodianSecrets;
  beforeAll(async () => {
    ({ secrets } = await Custodian.generateSecrets(DEFAULT_FACE_PRESET_ID));
  });

  it('round trip under a passphrase: byte-exact, sealed on disk, mode 0600; the loaded secrets make a working custodian', async () => {
    const path = join(root, 'custodian.json');
    saveCustodianSecrets(path, { ...secrets, matcherToken: 'tok' }, { key: PASS });
    expect(mode(path)).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(Buffer.from(secrets.decisionSecretKey).toString('hex'));
    expect(text).not.toContain(Buffer.from(secrets.heSecretKey).toString('base64').slice(0, 64));
    const loaded = loadCustodianSecrets(path, { key: PASS });
    expect(loaded.presetId).toBe(secrets.presetId);
    for (const k of ['heSecretKey', 'decisionSecretKey', 'hePublicKey', 'sealSecretKey'] as const) expect(Buffer.from(loaded[k]!).equals(Buffer.from(secrets[k]!))).toBe(true);
    expect(loaded.matcherToken).toBe('tok');
    const c = await Custodian.create({ secrets: loaded });
    await c.close();
  });

  it('wrong passphrase, altered file: E_MALFORMED_KEY', () => {
    const path = join(root, 'wrong.json');
    saveCustodianSecrets(path, secrets, { key: PASS });
    expect(codeOf(() => loadCustodianSecrets(path, { key: { passphrase: 'Correct horse battery staple' } }))).toBe('E_MALFORMED_KEY');
    const j = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    const sealed = Buffer.from(j.sealed!, 'base64');
    sealed[10]! ^= 1;
    writeFileSync(path, JSON.stringify({ ...j, sealed: sealed.toString('base64') }), { mode: 0o600 });
    expect(codeOf(() => loadCustodianSecrets(path, { key: PASS }))).toBe('E_MALFORMED_KEY');
  });

  it('a raw key from the environment; no key at all is refused (never written in the clear)', () => {
    const path = join(root, 'raw.json');
    const env = { SEALMATCH_CUSTODIAN_KEY: 'ab'.repeat(32) };
    saveCustodianSecrets(path, secrets, { env });
    expect(Buffer.from(loadCustodianSecrets(path, { env }).decisionSecretKey).equals(Buffer.from(secrets.decisionSecretKey))).toBe(true);
    expect(codeOf(() => loadCustodianSecrets(path, { env: { SEALMATCH_CUSTODIAN_KEY: 'cd'.repeat(32) } }))).toBe('E_MALFORMED_KEY');
    expect(codeOf(() => saveCustodianSecrets(join(root, 'none.json'), secrets, { env: {} }))).toBe('E_INVALID_ARGUMENT');
    expect(() => statSync(join(root, 'none.json'))).toThrow();
  });

  it('every write is 0600, also over a wider file; a file readable by others is refused at load', () => {
    const path = join(root, 'wide.json');
    writeFileSync(path, '{}', { mode: 0o644 });
    chmodSync(path, 0o644);
    saveCustodianSecrets(path, secrets, { key: PASS });
    expect(mode(path)).toBe(0o600);
    chmodSync(path, 0o640);
    expect(codeOf(() => loadCustodianSecrets(path, { key: PASS }))).toBe('E_INVALID_ARGUMENT');
    saveCustodianSecrets(path, secrets, { key: PASS });
    expect(mode(path)).toBe(0o600);
  });
});
