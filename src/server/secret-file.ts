/**
 * @module server/secret-file
 * Secret files of a deployment at rest and on disk:
 *   - sealing: the secret fields of custodian.json (and optionally matcher.json) encrypted with
 *     XChaCha20-Poly1305 under a key from a passphrase (scrypt, RFC 7914: N = 2^17, r = 8, p = 1,
 *     16-byte random salt; ~128 MiB and ~1 s per open) or a raw 32-byte key from the environment;
 *     the header (format version, role, preset id, KDF parameters, cipher) is the AEAD's AAD, so
 *     a header edited to weaken the KDF or to pass one role's file off as another's does not open;
 *   - file modes: key files and databases are created 0600 and refused at start when group or
 *     other has any access to them.
 *
 * Security note: a wrong passphrase and a tampered file are indistinguishable (AEAD tag failure):
 * both are E_MALFORMED_KEY. Fields outside `sealed` (custodianUrl, custodianTls paths of
 * matcher.json) are neither secret nor authenticated. Mode checks are POSIX only (skipped on
 * Windows) and do not look at ownership or ACLs.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { SealmatchError } from '../errors.js';
import { canonicalBytes } from '../wire/canonical.js';

/** Format tag of a sealed key file (in the AAD: a v2 reader cannot be tricked into v1 rules). */
export const SECRET_FILE_FORMAT = 'sealmatch-secret-file/v1';

/** scrypt cost used when sealing (RFC 7914; 128 * N * r = 128 MiB of memory per derivation). */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;

/** Bounds accepted when opening: a header cannot ask for more than 1 GiB or less than 2^14. */
const SCRYPT_LOG_N = { min: 14, max: 20 } as const;

/** Whose file it is: bound into the AAD. */
export type SecretFileRole = 'custodian' | 'matcher';

/** Where the file key comes from: a passphrase (scrypt) or 32 raw key bytes. */
export type SecretKeySource =
  | {
      /** Passphrase the file key is derived from (scrypt, SCRYPT_PARAMS), e.g. from the bank's secret manager. */
      readonly passphrase: string;
    }
  | {
      /** The 32-byte XChaCha20-Poly1305 file key itself (no derivation). */
      readonly key: Uint8Array;
    };

type Kdf = { readonly name: 'scrypt'; readonly N: number; readonly r: number; readonly p: number; readonly salt: string } | { readonly name: 'raw' };

/** The JSON form of a sealed file: header fields, nonce, ciphertext (base64). */
export interface SealedFile {
  readonly format: typeof SECRET_FILE_FORMAT;
  readonly role: SecretFileRole;
  readonly presetId?: string;
  readonly kdf: Kdf;
  readonly cipher: 'xchacha20-poly1305';
  readonly nonce: string;
  readonly sealed: string;
}

const ENV = {
  custodian: { passphrase: 'SEALMATCH_CUSTODIAN_PASSPHRASE', key: 'SEALMATCH_CUSTODIAN_KEY' },
  matcher: { passphrase: 'SEALMATCH_MATCHER_PASSPHRASE', key: 'SEALMATCH_MATCHER_KEY' },
} as const;

/** Names of the environment variables a role's file key is read from. */
export function secretKeyEnv(role: SecretFileRole): {
  /** Variable holding the passphrase, e.g. SEALMATCH_CUSTODIAN_PASSPHRASE. */
  readonly passphrase: string;
  /** Variable holding the raw key as 64 hex digits, e.g. SEALMATCH_CUSTODIAN_KEY. */
  readonly key: string;
} {
  return ENV[role];
}

/**
 * The file key source a role's environment names: `SEALMATCH_<ROLE>_PASSPHRASE` or
 * `SEALMATCH_<ROLE>_KEY` (64 hex digits); undefined when neither is set; both set is an error.
 * @example keySourceFromEnv('custodian') // { passphrase: '...' } with SEALMATCH_CUSTODIAN_PASSPHRASE set
 */
export function keySourceFromEnv(role: SecretFileRole, env: NodeJS.ProcessEnv = process.env): SecretKeySource | undefined {
  const names = ENV[role];
  const passphrase = env[names.passphrase];
  const hex = env[names.key];
  if (passphrase && hex) throw new SealmatchError('E_INVALID_ARGUMENT', `set only one of ${names.passphrase} and ${names.key}`);
  if (hex) {
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new SealmatchError('E_INVALID_ARGUMENT', `${names.key} must be 32 bytes as 64 hex digits`);
    return { key: new Uint8Array(Buffer.from(hex, 'hex')) };
  }
  if (passphrase !== undefined) {
    if (passphrase.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', `${names.passphrase} is empty`);
    return { passphrase };
  }
  return undefined;
}

/** True when a parsed key file is in the sealed form (whatever its version). */
export function isSealedFile(json: Record<string, unknown>): boolean {
  return typeof json.format === 'string' && json.format.startsWith('sealmatch-secret-file/');
}

function aad(h: Pick<SealedFile, 'format' | 'role' | 'presetId' | 'kdf' | 'cipher'>): Uint8Array {
  const kdf = h.kdf.name === 'scrypt' ? [h.kdf.name, h.kdf.N, h.kdf.r, h.kdf.p, h.kdf.salt] : [h.kdf.name];
  return canonicalBytes('sealmatch/v1/secret-file-header', [h.format, h.role, h.presetId ?? '', h.cipher, ...kdf]);
}

function fileKey(kdf: Kdf, source: SecretKeySource): Uint8Array {
  if (kdf.name === 'raw') {
    if (!('key' in source)) throw new SealmatchError('E_INVALID_ARGUMENT', 'this key file is sealed with a raw key: set the _KEY variable, not the _PASSPHRASE one');
    if (source.key.length !== 32) throw new SealmatchError('E_INVALID_ARGUMENT', 'file key must be 32 bytes');
    return source.key;
  }
  if (!('passphrase' in source)) throw new SealmatchError('E_INVALID_ARGUMENT', 'this key file is sealed with a passphrase: set the _PASSPHRASE variable, not the _KEY one');
  return scrypt(source.passphrase, Buffer.from(kdf.salt, 'hex'), { N: kdf.N, r: kdf.r, p: kdf.p, dkLen: 32, maxmem: 2 ** 30 + 2 ** 20 });
}

/**
 * Seals `secret` (string fields) for `role`. The result is the whole JSON file body; the caller
 * may add non-secret fields beside it.
 * @example sealSecretFields('custodian', 'sm1-...', { heSecretKey: '...' }, { passphrase: 'pw' })
 */
export function sealSecretFields(role: SecretFileRole, presetId: string | undefined, secret: Readonly<Record<string, string>>, source: SecretKeySource): SealedFile {
  const kdf: Kdf = 'passphrase' in source ? { name: 'scrypt', ...SCRYPT_PARAMS, salt: randomBytes(16).toString('hex') } : { name: 'raw' };
  const header = { format: SECRET_FILE_FORMAT as typeof SECRET_FILE_FORMAT, role, ...(presetId !== undefined ? { presetId } : {}), kdf, cipher: 'xchacha20-poly1305' as const };
  const nonce = new Uint8Array(randomBytes(24));
  const plain = new TextEncoder().encode(JSON.stringify(secret));
  const ct = xchacha20poly1305(fileKey(kdf, source), nonce, aad(header)).encrypt(plain);
  plain.fill(0);
  return { ...header, nonce: Buffer.from(nonce).toString('hex'), sealed: Buffer.from(ct).toString('base64') };
}

function malformed(what: string, detail: string): SealmatchError {
  return new SealmatchError('E_MALFORMED_KEY', `${what}: ${detail}`);
}

function parseKdf(k: unknown, what: string): Kdf {
  const o = (k ?? {}) as Record<string, unknown>;
  if (o.name === 'raw') return { name: 'raw' };
  if (o.name !== 'scrypt') throw malformed(what, 'unknown KDF');
  const { N, r, p, salt } = o;
  const logN = typeof N === 'number' ? Math.log2(N) : NaN;
  if (!Number.isInteger(logN) || logN < SCRYPT_LOG_N.min || logN > SCRYPT_LOG_N.max) throw malformed(what, 'scrypt N out of range');
  if (r !== 8 || p !== 1) throw malformed(what, 'scrypt r/p must be 8/1');
  if (typeof salt !== 'string' || !/^[0-9a-f]{32,128}$/.test(salt)) throw malformed(what, 'scrypt salt malformed');
  return { name: 'scrypt', N: N as number, r, p, salt };
}

/**
 * Opens a sealed file body for `role`. Wrong key or passphrase, edited header, edited ciphertext:
 * E_MALFORMED_KEY (indistinguishable by design). `what` names the file in messages.
 */
export function openSecretFields(role: SecretFileRole, json: Record<string, unknown>, source: SecretKeySource, what: string): Record<string, string> {
  if (json.format !== SECRET_FILE_FORMAT) throw malformed(what, `unsupported format ${String(json.format)}`);
  if (json.role !== role) throw malformed(what, `sealed for the ${String(json.role)}, not the ${role}`);
  if (json.cipher !== 'xchacha20-poly1305') throw malformed(what, 'unknown cipher');
  if (json.presetId !== undefined && typeof json.presetId !== 'string') throw malformed(what, 'presetId malformed');
  if (typeof json.nonce !== 'string' || !/^[0-9a-f]{48}$/.test(json.nonce) || typeof json.sealed !== 'string') throw malformed(what, 'nonce or ciphertext malformed');
  const kdf = parseKdf(json.kdf, what);
  const header = { format: SECRET_FILE_FORMAT as typeof SECRET_FILE_FORMAT, role, presetId: json.presetId as string | undefined, kdf, cipher: 'xchacha20-poly1305' as const };
  let plain: Uint8Array;
  try {
    plain = xchacha20poly1305(fileKey(kdf, source), new Uint8Array(Buffer.from(json.nonce, 'hex')), aad(header)).decrypt(new Uint8Array(Buffer.from(json.sealed, 'base64')));
  } catch (e) {
    if (e instanceof SealmatchError) throw e;
    throw new SealmatchError('E_MALFORMED_KEY', `${what} does not open: wrong passphrase or key, or the file was altered`, undefined, { cause: e });
  }
  try {
    const fields = JSON.parse(new TextDecoder().decode(plain)) as unknown;
    if (typeof fields !== 'object' || fields === null || Object.values(fields).some((v) => typeof v !== 'string')) throw new Error('not a string map');
    return fields as Record<string, string>;
  } catch (e) {
    throw new SealmatchError('E_MALFORMED_KEY', `${what}: sealed content malformed`, undefined, { cause: e });
  } finally {
    plain.fill(0);
  }
}

/**
 * Writes `data` to `path` with mode 0600, atomically (temporary file in the same directory, then
 * rename): a replaced file never keeps an older, wider mode, and a crash leaves old or new.
 */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot write ${path}`, undefined, { cause: e });
  }
}

/** True for SQLite names that are not files on disk. */
function notAFile(path: string): boolean {
  return path === '' || path === ':memory:' || path.startsWith('file:');
}

/** Creates an empty file with mode 0600 if `path` does not exist (before SQLite opens it). */
export function createPrivateFile(path: string): void {
  if (notAFile(path)) return;
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new SealmatchError('E_INVALID_ARGUMENT', `cannot create ${path}`, undefined, { cause: e });
  }
}

/**
 * Refuses a file that group or other can access at all (mode & 077 != 0), with the mode found
 * and the command that fixes it. A missing file is the caller's business (not checked here).
 * @example assertPrivateFile('/etc/sealmatch/custodian.json', 'custodian key file')
 */
export function assertPrivateFile(path: string, what: string): void {
  if (process.platform === 'win32' || notAFile(path) || !existsSync(path)) return;
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new SealmatchError(
      'E_INVALID_ARGUMENT',
      `${what} ${path} is accessible by group/other (mode 0${mode.toString(8).padStart(3, '0')}); it must be 0600: chmod 600 ${path}`,
      { path, mode },
    );
  }
}

/** assertPrivateFile for an SQLite database and its WAL / shared-memory / journal files. */
export function assertPrivateDatabase(path: string, what: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) assertPrivateFile(p, what);
}
