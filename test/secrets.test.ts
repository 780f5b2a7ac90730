/**
 * Key files on disk and at rest: keygen never overwrites a deployment without --force; key files
 * and databases are 0600 and `serve` refuses them wider; custodian.json sealed under a passphrase
 * (or a raw key) opens only with it, and any edit of header or ciphertext is a typed error; plain
 * custodian secrets are refused in production; the bearer scheme is required.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { isSealmatchError } from '../src/errors.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { bearerMatches } from '../src/server/base.js';
import { loadCustodianFile, loadMatcherFile, loadPublicBundle, writeDeploymentKeys } from '../src/server/config.js';
import { startCustodian } from '../src/server/deployment.js';
import { openSecretFields, SCRYPT_PARAMS, sealSecretFields } from '../src/server/secret-file.js';
import { openStore } from '../src/store/open.js';
import { tiered } from './tier.js';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
  try {
    return { code: await main(argv), out: out.join(''), err: err.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const mode = (path: string): number => statSync(path).mode & 0o777;

/** The SealmatchError code `p` rejects with (fails the test if it resolves or throws something else). */
async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (isSealmatchError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a SealmatchError');
}

const root = mkdtempSync(join(tmpdir(), 'sm-secrets-'));
const PASS = 'correct horse battery staple';
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('keygen and file modes', () => {
  const dir = join(root, 'keys');

  beforeAll(async () => {
    const r = await run(['keygen', '--dir', dir]);
    expect(r.code, r.err).toBe(0);
  });

  it('writes the key files 0600 and refuses to overwrite them without --force', async () => {
    expect(mode(join(dir, 'custodian.json'))).toBe(0o600);
    expect(mode(join(dir, 'matcher.json'))).toBe(0o600);
    const before = readFileSync(join(dir, 'custodian.json'));
    const r = await run(['keygen', '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^sealmatch keygen: E_INVALID_ARGUMENT: /);
    expect(r.err).toMatch(/already exist.*--force/);
    expect(readFileSync(join(dir, 'custodian.json'))).toEqual(before);
    // --force replaces them, and a file widened meanwhile comes back 0600.
    chmodSync(join(dir, 'matcher.json'), 0o644);
    const forced = await run(['keygen', '--dir', dir, '--force']);
    expect(forced.code, forced.err).toBe(0);
    expect(readFileSync(join(dir, 'custodian.json'))).not.toEqual(before);
    expect(mode(join(dir, 'matcher.json'))).toBe(0o600);
  });

  it('creates the custodian state and the matcher database 0600 (with their WAL files)', async () => {
    const statePath = join(root, 'custodian-state.db');
    const c = await startCustodian({ secrets: loadCustodianFile(dir), statePath, logLevel: 'silent' });
    await c.close();
    expect(mode(statePath)).toBe(0o600);
    const dbPath = join(root, 'matcher.db');
    const store = await openStore(`sqlite:${dbPath}`);
    try {
      // Open (schema written): SQLite's WAL and shared-memory files exist and take the database's mode.
      expect(existsSync(`${dbPath}-wal`)).toBe(true);
      for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) expect(mode(p), p).toBe(0o600);
    } finally {
      await store.close();
    }
  });

  it('serve refuses a key file, a state or a matcher database, or a TLS key that group/other can read', async () => {
    const refused = async (argv: string[], file: string): Promise<void> => {
      const r = await run(['serve', ...argv]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^sealmatch serve: E_INVALID_ARGUMENT: /);
      expect(r.err).toContain('mode 0644');
      expect(r.err).toContain(`chmod 600 ${file}`);
    };
    const custodianJson = join(dir, 'custodian.json');
    chmodSync(custodianJson, 0o644);
    await refused(['--role', 'custodian', '--keys', dir], custodianJson);
    chmodSync(custodianJson, 0o600);

    const state = join(root, 'wide-state.db');
    writeFileSync(state, '', { mode: 0o644 });
    chmodSync(state, 0o644);
    await refused(['--role', 'custodian', '--keys', dir, '--state', state], state);

    const matcherJson = join(dir, 'matcher.json');
    chmodSync(matcherJson, 0o644);
    await refused(['--role', 'matcher', '--keys', dir, '--store', 'sqlite::memory:'], matcherJson);
    chmodSync(matcherJson, 0o600);

    const db = join(root, 'wide.db');
    writeFileSync(db, '');
    chmodSync(db, 0o644);
    await refused(['--role', 'matcher', '--keys', dir, '--store', `sqlite:${db}`], db);

    const tlsKey = join(root, 'tls.key');
    writeFileSync(tlsKey, '-----BEGIN PRIVATE KEY-----\n');
    chmodSync(tlsKey, 0o644);
    await refused(['--role', 'custodian', '--keys', dir, '--tls-cert', join(root, 'tls.crt'), '--tls-key', tlsKey], tlsKey);
  });
});

describe('custodian.json sealed at rest (scrypt + XChaCha20-Poly1305)', () => {
  const dir = join(root, 'sealed');
  const env = { SEALMATCH_CUSTODIAN_PASSPHRASE: PASS };

  beforeAll(async () => {
    vi.stubEnv('SEALMATCH_CUSTODIAN_PASSPHRASE', PASS);
    try {
      const r = await run(['keygen', '--dir', dir, '--encrypt']);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ encrypted: { custodian: true, matcher: false } });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('holds no secret in the clear and opens with the passphrase to the keys of the public bundle', async () => {
    const j = JSON.parse(readFileSync(join(dir, 'custodian.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(j).sort()).toEqual(['cipher', 'format', 'kdf', 'nonce', 'presetId', 'role', 'sealed']);
    expect(j).toMatchObject({ format: 'sealmatch-secret-file/v1', role: 'custodian', presetId: DEFAULT_FACE_PRESET_ID, cipher: 'xchacha20-poly1305', kdf: { name: 'scrypt', ...SCRYPT_PARAMS } });
    const secrets = loadCustodianFile(dir, { env });
    expect(ed25519.getPublicKey(secrets.decisionSecretKey)).toEqual(loadPublicBundle(dir).decisionPublicKey);
    expect(secrets.matcherToken).toBe(loadMatcherFile(dir).custodianToken);
    // The HE secret key inside loads into a running custodian.
    const c = await startCustodian({ secrets, logLevel: 'silent' });
    await c.close();
  });

  it('a wrong passphrase, a missing one, or any edited byte of header or ciphertext is a typed error', async () => {
    expect(await codeOf(() => loadCustodianFile(dir, { env: { SEALMATCH_CUSTODIAN_PASSPHRASE: 'wrong' } }))).toBe('E_MALFORMED_KEY');
    expect(await codeOf(() => loadCustodianFile(dir, { env: {} }))).toBe('E_INVALID_ARGUMENT');
    const original = readFileSync(join(dir, 'custodian.json'), 'utf8');
    const t = join(root, 'tampered');
    mkdirSync(t);
    const edit = (f: (j: Record<string, any>) => void): string => {
      const j = JSON.parse(original) as Record<string, any>;
      f(j);
      writeFileSync(join(t, 'custodian.json'), JSON.stringify(j), { mode: 0o600 });
      return t;
    };
    const flipped = (b64: string): string => {
      const b = Buffer.from(b64, 'base64');
      b[b.length >> 1] ^= 0x01;
      return b.toString('base64');
    };
    // Each load runs the passphrase KDF (~1 s): three of the six edits in the fast tier (seeded), all in the full tier.
    for (const f of tiered([
      (j: Record<string, any>) => void (j.sealed = flipped(j.sealed)),
      (j: Record<string, any>) => void (j.nonce = `${j.nonce.slice(0, -1)}${j.nonce.endsWith('0') ? '1' : '0'}`),
      (j: Record<string, any>) => void (j.presetId = 'sm1-bgv4096-face-1to1'),
      (j: Record<string, any>) => void (j.kdf.N = 2 ** 14), // a weakened KDF is not accepted in place of the sealed one
      (j: Record<string, any>) => void (j.kdf.salt = `${j.kdf.salt.slice(0, -1)}${j.kdf.salt.endsWith('0') ? '1' : '0'}`),
      (j: Record<string, any>) => void (j.role = 'matcher'),
    ], 3, 'secrets/tampered-fields')) {
      expect(await codeOf(() => loadCustodianFile(edit(f), { env }))).toBe('E_MALFORMED_KEY');
    }
  });

  it('round-trips byte-exact under a raw 32-byte key; a file sealed for one role does not open as the other', () => {
    const key = new Uint8Array(32).fill(5);
    const fields = { heSecretKey: 'AAEC', matcherToken: 'ab'.repeat(32) };
    const sealed = sealSecretFields('custodian', 'p1', fields, { key });
    expect(openSecretFields('custodian', { ...sealed }, { key }, 'x')).toEqual(fields);
    expect(() => openSecretFields('matcher', { ...sealed }, { key }, 'x')).toThrow(/E_MALFORMED_KEY/);
    expect(() => openSecretFields('custodian', { ...sealed }, { key: new Uint8Array(32).fill(6) }, 'x')).toThrow(/E_MALFORMED_KEY/);
    expect(() => openSecretFields('custodian', { ...sealed }, { passphrase: 'p' }, 'x')).toThrow(/E_INVALID_ARGUMENT/);
  });

  it('SEALMATCH_CUSTODIAN_KEY (hex) seals and opens; matcher.json is sealed with its own variable', async () => {
    const d = join(root, 'rawkey');
    const hex = 'c3'.repeat(32);
    await writeDeploymentKeys(d, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0', { env: { SEALMATCH_CUSTODIAN_KEY: hex, SEALMATCH_MATCHER_PASSPHRASE: 'm-pass' } });
    const c = loadCustodianFile(d, { env: { SEALMATCH_CUSTODIAN_KEY: hex } });
    expect(ed25519.getPublicKey(c.decisionSecretKey)).toEqual(loadPublicBundle(d).decisionPublicKey);
    expect(await codeOf(() => loadCustodianFile(d, { env: { SEALMATCH_CUSTODIAN_KEY: 'c4'.repeat(32) } }))).toBe('E_MALFORMED_KEY');
    expect(await codeOf(() => loadCustodianFile(d, { env: { SEALMATCH_CUSTODIAN_KEY: 'c3' } }))).toBe('E_INVALID_ARGUMENT');
    const m = loadMatcherFile(d, { env: { SEALMATCH_MATCHER_PASSPHRASE: 'm-pass' } });
    expect(m.custodianToken).toBe(c.matcherToken);
    expect(m.custodianUrl).toBe('http://127.0.0.1:0');
    expect(await codeOf(() => loadMatcherFile(d, { env: {} }))).toBe('E_INVALID_ARGUMENT');
  });

  it('plain custodian secrets are refused with NODE_ENV=production, sealed ones accepted; --encrypt needs a passphrase', async () => {
    expect(await codeOf(() => loadCustodianFile(join(root, 'keys'), { env: { NODE_ENV: 'production' } }))).toBe('E_INVALID_ARGUMENT');
    expect(loadCustodianFile(dir, { env: { ...env, NODE_ENV: 'production' } }).presetId).toBe(DEFAULT_FACE_PRESET_ID);
    vi.stubEnv('SEALMATCH_CUSTODIAN_PASSPHRASE', undefined);
    vi.stubEnv('SEALMATCH_CUSTODIAN_KEY', undefined);
    try {
      const r = await run(['keygen', '--dir', join(root, 'never'), '--encrypt']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/SEALMATCH_CUSTODIAN_PASSPHRASE/);
      expect(existsSync(join(root, 'never', 'custodian.json'))).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('bearer tokens', () => {
  it('bearerMatches requires the "Bearer " scheme (any case) before the token', () => {
    expect(bearerMatches('Bearer tok', 'tok')).toBe(true);
    expect(bearerMatches('bearer tok', 'tok')).toBe(true);
    expect(bearerMatches('BEARER tok', 'tok')).toBe(true);
    expect(bearerMatches('tok', 'tok')).toBe(false);
    expect(bearerMatches('Bearertok', 'tok')).toBe(false);
    expect(bearerMatches('Basic tok', 'tok')).toBe(false);
    expect(bearerMatches(undefined, 'tok')).toBe(false);
  });

  it('a token without the Bearer prefix gets 403 from the service', async () => {
    const dir = join(root, 'keys');
    const secrets = loadCustodianFile(dir);
    const c = await startCustodian({ secrets, logLevel: 'silent' });
    try {
      const register = (authorization: string): Promise<number> =>
        fetch(new URL('/v1/admin/keys', c.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ publicKey: Buffer.from(ed25519.getPublicKey(ed25519.utils.randomSecretKey())).toString('hex'), ownerId: 'atm-9', role: 'terminal' }),
        }).then((r) => r.status);
      expect(await register(secrets.adminToken!)).toBe(403);
      expect(await register(`Token ${secrets.adminToken!}`)).toBe(403);
      expect(await register(`bearer ${secrets.adminToken!}`)).toBeLessThan(300);
    } finally {
      await c.close();
    }
  });
});
