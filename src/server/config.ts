/**
 * Deployment key files, one per trust domain (written by `sealmatch keygen --dir DIR`):
 *   custodian.json     HE secret key, Ed25519 decision key, the token the matcher presents.
 *                      Read ONLY by the custodian process. Sealed at rest (secret-file.ts) when
 *                      SEALMATCH_CUSTODIAN_PASSPHRASE / _KEY is set; plain is refused in production.
 *   matcher.json       audit-log signing key, admin, auditor and custodian tokens, custodian URL (+ the paths of
 *                      its client TLS to the custodian). Read ONLY by the matcher process. Holds
 *                      no HE key of any kind. Optionally sealed (SEALMATCH_MATCHER_PASSPHRASE / _KEY).
 *   public-bundle.pb   sealmatch.v1.PublicBundle: HE public key + decision public key (+ Galois
 *                      keys for 1:N parameter sets). Public.
 * Key files are written 0600; an existing deployment is never overwritten unless `force`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { Custodian, type CustodianSecrets, type PublicBundle } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import { asPresetId, getPreset, type PresetId } from '../params/presets.js';
import { decodePublicBundle, encodePublicBundle } from '../wire/public-bundle.js';
import { assertPrivateFile, isSealedFile, keySourceFromEnv, openSecretFields, sealSecretFields, secretKeyEnv, writePrivateFile, type SecretFileRole, type SecretKeySource } from './secret-file.js';
import type { ClientTls } from './tls.js';

/** The matcher's secrets (matcher.json): log signing key, tokens, custodian URL and TLS. No HE key. */
export interface MatcherSecrets {
  /** Ed25519 key that signs audit tree heads (32 bytes). Not an HE key. */
  readonly logSigningKey: Uint8Array;
  /** Bearer token for /v1/admin routes (key registration). */
  readonly adminToken: string;
  /** Bearer token presented to the custodian's /v1/decide. */
  readonly custodianToken: string;
  /**
   * Bearer token of the auditors: /v1/audit/export and /v1/audit/proof/* (entries name subjects,
   * terminals and outcomes). Absent in files written before it existed: those routes then refuse.
   */
  readonly auditorToken?: string;
  /** Base URL of the custodian service (http:// or https://; mutual TLS with `custodianTls`). */
  readonly custodianUrl: string;
  /** Mutual TLS to an https custodian: its pinned CA, the matcher's client certificate and key. */
  readonly custodianTls?: ClientTls;
}

/** custodian.json as `sealmatch keygen` writes it: the secrets plus the service's tokens and log key. */
export interface CustodianFile extends CustodianSecrets {
  /** Bearer token the matcher must present. */
  readonly matcherToken: string;
  /** Bearer token of the custodian's own operators (key registration, audit export). */
  readonly adminToken?: string;
  /** Ed25519 key that signs the custodian's own audit tree heads (32 bytes). */
  readonly logSigningKey?: Uint8Array;
}

/**
 * The public bundle as a deployment file: for 1:N parameter sets it also carries the custodian's
 * Galois keys (probe expansion, ~1.5-1.9 MB), which only the matcher needs.
 */
export interface DeploymentBundle extends PublicBundle {
  /** The custodian's Galois keys (SMK container), 1:N parameter sets only. */
  readonly galoisKeys?: Uint8Array;
}

export { decodePublicBundle, encodePublicBundle };

/** The key files a deployment directory holds. */
export const DEPLOYMENT_FILES = ['custodian.json', 'matcher.json', 'public-bundle.pb'] as const;

/** Options of writeDeploymentKeys: overwrite, how to seal each key file, the matcher's client TLS. */
export interface DeploymentKeyOptions {
  /** Replace existing key files (every reference enrolled under the old keys becomes unusable). */
  readonly force?: boolean;
  /** Seal custodian.json under this key source (default: SEALMATCH_CUSTODIAN_PASSPHRASE / _KEY if set). */
  readonly custodianKey?: SecretKeySource;
  /** Seal matcher.json under this key source (default: SEALMATCH_MATCHER_PASSPHRASE / _KEY if set). */
  readonly matcherKey?: SecretKeySource;
  /** Written into matcher.json as `custodianTls` (paths; relative ones are read from the key directory). */
  readonly custodianTls?: {
    /** PEM file of the CA the custodian's server certificate must chain to. */
    readonly ca?: string;
    /** PEM file of the matcher's client certificate. */
    readonly cert?: string;
    /** PEM file of the matcher's client private key. */
    readonly key?: string;
  };
  /** Where the default key sources are read from (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Generates all key files of a deployment into `dir` (custodian.json and matcher.json 0600).
 * Refuses (E_INVALID_ARGUMENT) when any of them exists, unless `force`.
 */
export async function writeDeploymentKeys(dir: string, presetId: PresetId, custodianUrl: string, opts: DeploymentKeyOptions = {}): Promise<DeploymentBundle> {
  const existing = [...DEPLOYMENT_FILES, DESK_FILE].filter((f) => existsSync(join(dir, f)));
  if (existing.length > 0 && !opts.force) {
    throw new SealmatchError(
      'E_INVALID_ARGUMENT',
      `${existing.map((f) => join(dir, f)).join(', ')} already exist${existing.length === 1 ? 's' : ''}: new keys would make every reference enrolled under the old ones unusable; pass --force to overwrite`,
    );
  }
  const env = opts.env ?? process.env;
  const custodianKey = opts.custodianKey ?? keySourceFromEnv('custodian', env);
  const matcherKey = opts.matcherKey ?? keySourceFromEnv('matcher', env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const generated = await Custodian.generateSecrets(asPresetId(presetId));
  const { secrets } = generated;
  let bundle: DeploymentBundle = generated.bundle;
  if (getPreset(presetId).expansionDim !== undefined) {
    // 1:N parameter set: the matcher needs the Galois keys for probe expansion.
    const c = await Custodian.create({ secrets });
    try {
      bundle = { ...bundle, galoisKeys: c.expansionKeys() };
    } finally {
      await c.close();
    }
  }
  const token = randomBytes(32).toString('hex');
  const custodianSecret = custodianSecretFields({ ...secrets, matcherToken: token, adminToken: randomBytes(32).toString('hex'), logSigningKey: ed25519.utils.randomSecretKey() });
  const custodian = custodianKey ? sealSecretFields('custodian', presetId, custodianSecret, custodianKey) : { presetId, ...custodianSecret };
  const matcherSecret = {
    logSigningKey: Buffer.from(ed25519.utils.randomSecretKey()).toString('hex'),
    adminToken: randomBytes(32).toString('hex'),
    custodianToken: token,
    auditorToken: randomBytes(32).toString('hex'),
  };
  // custodianUrl and custodianTls stay outside the sealed part: operators edit them.
  const matcherPublic = { custodianUrl, ...(opts.custodianTls ? { custodianTls: opts.custodianTls } : {}) };
  const matcher = matcherKey ? { ...sealSecretFields('matcher', undefined, matcherSecret, matcherKey), ...matcherPublic } : { ...matcherSecret, ...matcherPublic };
  writePrivateFile(join(dir, 'custodian.json'), JSON.stringify(custodian, null, 2));
  writePrivateFile(join(dir, 'matcher.json'), JSON.stringify(matcher, null, 2));
  writeFileSync(join(dir, 'public-bundle.pb'), encodePublicBundle(bundle));
  // Authenticated 1:N: the fleet secret every enrollment desk holds (never the matcher).
  if (secrets.identifyFleetSecret) writePrivateFile(join(dir, DESK_FILE), JSON.stringify({ presetId, fleetSecret: Buffer.from(secrets.identifyFleetSecret).toString('hex') }, null, 2));
  else rmSync(join(dir, DESK_FILE), { force: true }); // a stale fleet secret of replaced keys (--force)
  return bundle;
}

/** Written beside the three deployment files for authenticated 1:N presets: the desks' fleet secret (0600). */
export const DESK_FILE = 'desk.json';

/** The 1:N fleet secret of an enrollment desk (desk.json written by writeDeploymentKeys). */
export function loadDeskFleetSecret(dir: string): Uint8Array {
  const path = join(dir, DESK_FILE);
  assertPrivateFile(path, 'the desk fleet secret');
  const j = JSON.parse(readFileSync(path, 'utf8')) as { fleetSecret?: unknown };
  if (typeof j.fleetSecret !== 'string' || !/^[0-9a-f]{64}$/.test(j.fleetSecret)) throw new SealmatchError('E_MALFORMED_KEY', `${path}: fleetSecret must be 64 hex digits`);
  return new Uint8Array(Buffer.from(j.fleetSecret, 'hex'));
}

/** The custodian's secrets with the tokens and log key a custodian service also keeps (all optional). */
export type StoredCustodianSecrets = CustodianSecrets & Partial<Pick<CustodianFile, 'matcherToken' | 'adminToken' | 'logSigningKey'>>;

/** The string fields custodian.json holds (sealed or plain), presetId apart (it is in the header). */
function custodianSecretFields(s: StoredCustodianSecrets): Record<string, string> {
  const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
  return {
    heSecretKey: Buffer.from(s.heSecretKey).toString('base64'),
    ...(s.hePublicKey ? { hePublicKey: Buffer.from(s.hePublicKey).toString('base64') } : {}),
    decisionSecretKey: hex(s.decisionSecretKey),
    ...(s.sealSecretKey ? { sealSecretKey: hex(s.sealSecretKey) } : {}),
    ...(s.identifyFleetSecret ? { identifyFleetSecret: hex(s.identifyFleetSecret) } : {}),
    ...(s.matcherToken !== undefined ? { matcherToken: s.matcherToken } : {}),
    ...(s.adminToken !== undefined ? { adminToken: s.adminToken } : {}),
    ...(s.logSigningKey ? { logSigningKey: hex(s.logSigningKey) } : {}),
  };
}

/**
 * Saves the custodian's secrets to `path` (custodian.json format, which `sealmatch serve --role
 * custodian` also reads), always sealed (XChaCha20-Poly1305; key from a passphrase through scrypt
 * or a raw 32-byte key: secret-file.ts): under `opts.key`, else the key source the environment
 * names (SEALMATCH_CUSTODIAN_PASSPHRASE or SEALMATCH_CUSTODIAN_KEY); neither is E_INVALID_ARGUMENT,
 * secrets are never written in the clear. The file is written atomically with mode 0600, replacing
 * any file there (whatever its mode was).
 * @example saveCustodianSecrets('/etc/sealmatch/custodian.json', secrets, { key: { passphrase } })
 */
export function saveCustodianSecrets(path: string, secrets: StoredCustodianSecrets, opts: KeyFileOptions = {}): void {
  const key = opts.key ?? keySourceFromEnv('custodian', opts.env ?? process.env);
  if (!key) {
    const names = secretKeyEnv('custodian');
    throw new SealmatchError('E_INVALID_ARGUMENT', `custodian secrets are only written encrypted: pass a key source or set ${names.passphrase} (or ${names.key}, 64 hex digits)`);
  }
  const presetId = asPresetId(secrets.presetId);
  writePrivateFile(path, JSON.stringify(sealSecretFields('custodian', presetId, custodianSecretFields(secrets), key), null, 2));
}

/**
 * Loads custodian secrets saved by {@link saveCustodianSecrets} (or a custodian.json of `sealmatch
 * keygen`). Refuses a file group or other can access (E_INVALID_ARGUMENT, with the chmod that
 * fixes it); a wrong passphrase or key and an altered file are both E_MALFORMED_KEY; a plain
 * (unsealed) file is refused with NODE_ENV=production.
 * @example const secrets = loadCustodianSecrets('/etc/sealmatch/custodian.json', { key: { passphrase } });
 */
export function loadCustodianSecrets(path: string, opts: KeyFileOptions = {}): StoredCustodianSecrets {
  assertPrivateFile(path, 'custodian key file');
  return parseCustodianFields(path, opts);
}

function parseCustodianFields(path: string, opts: KeyFileOptions): StoredCustodianSecrets {
  const { fields: j, sealed } = keyFileFields('custodian', path, opts);
  if (!sealed && (opts.env ?? process.env).NODE_ENV === 'production') {
    throw new SealmatchError(
      'E_INVALID_ARGUMENT',
      `${path} holds the custodian's secrets unencrypted, refused with NODE_ENV=production: generate it sealed (SEALMATCH_CUSTODIAN_PASSPHRASE set, sealmatch keygen --encrypt)`,
    );
  }
  if (typeof j.heSecretKey !== 'string' || typeof j.decisionSecretKey !== 'string') throw new SealmatchError('E_MALFORMED_KEY', `${path}: heSecretKey or decisionSecretKey missing`);
  return {
    presetId: asPresetId(j.presetId),
    heSecretKey: new Uint8Array(Buffer.from(j.heSecretKey, 'base64')),
    decisionSecretKey: new Uint8Array(Buffer.from(j.decisionSecretKey, 'hex')),
    ...(typeof j.matcherToken === 'string' ? { matcherToken: j.matcherToken } : {}),
    ...(typeof j.hePublicKey === 'string' ? { hePublicKey: new Uint8Array(Buffer.from(j.hePublicKey, 'base64')) } : {}),
    ...(typeof j.sealSecretKey === 'string' ? { sealSecretKey: new Uint8Array(Buffer.from(j.sealSecretKey, 'hex')) } : {}),
    ...(typeof j.identifyFleetSecret === 'string' ? { identifyFleetSecret: new Uint8Array(Buffer.from(j.identifyFleetSecret, 'hex')) } : {}),
    ...(typeof j.adminToken === 'string' ? { adminToken: j.adminToken } : {}),
    ...(typeof j.logSigningKey === 'string' ? { logSigningKey: new Uint8Array(Buffer.from(j.logSigningKey, 'hex')) } : {}),
  };
}

/** How a key file is opened: an explicit key source, else the role's environment variables. */
export interface KeyFileOptions {
  /** Key the file is sealed under (passphrase or 32 raw bytes); default from the role's environment variables. */
  readonly key?: SecretKeySource;
  /** Default process.env: key source variables and NODE_ENV. */
  readonly env?: NodeJS.ProcessEnv;
}

/** A key file's fields, opening the sealed form with the role's key source. */
function keyFileFields(role: SecretFileRole, path: string, opts: KeyFileOptions): { fields: Record<string, unknown>; sealed: boolean } {
  const j = readJson(path);
  if (!isSealedFile(j)) return { fields: j, sealed: false };
  const env = opts.env ?? process.env;
  const key = opts.key ?? keySourceFromEnv(role, env);
  if (!key) {
    const names = secretKeyEnv(role);
    throw new SealmatchError('E_INVALID_ARGUMENT', `${path} is encrypted: set ${names.passphrase} (or ${names.key}, 64 hex digits)`);
  }
  const opened = openSecretFields(role, j, key, path);
  const { format: _f, role: _r, kdf: _k, cipher: _c, nonce: _n, sealed: _s, ...plain } = j;
  return { fields: { ...plain, ...opened, ...(typeof j.presetId === 'string' ? { presetId: j.presetId } : {}) }, sealed: true };
}

function readJson(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read ${path}`, undefined, { cause: e });
  }
}

/** Reads DIR/public-bundle.pb. */
export function loadPublicBundle(dir: string): DeploymentBundle {
  return decodePublicBundle(new Uint8Array(readFileSync(join(dir, 'public-bundle.pb'))));
}

/**
 * Reads custodian.json: the sealed form (with SEALMATCH_CUSTODIAN_PASSPHRASE / _KEY or `opts.key`;
 * wrong key or altered file: E_MALFORMED_KEY), or the plain form, which NODE_ENV=production refuses.
 */
export function loadCustodianFile(dir: string, opts: KeyFileOptions = {}): CustodianFile {
  const path = join(dir, 'custodian.json');
  const secrets = parseCustodianFields(path, opts);
  if (secrets.matcherToken === undefined) throw new SealmatchError('E_MALFORMED_KEY', `${path}: matcherToken missing (a custodian service needs the token the matcher presents)`);
  return { ...secrets, matcherToken: secrets.matcherToken };
}

/** Reads matcher.json (plain, or sealed with SEALMATCH_MATCHER_PASSPHRASE / _KEY or `opts.key`). */
export function loadMatcherFile(dir: string, opts: KeyFileOptions = {}): MatcherSecrets {
  const { fields: j } = keyFileFields('matcher', join(dir, 'matcher.json'), opts);
  return {
    logSigningKey: new Uint8Array(Buffer.from(String(j.logSigningKey), 'hex')),
    adminToken: String(j.adminToken),
    custodianToken: String(j.custodianToken),
    ...(typeof j.auditorToken === 'string' && j.auditorToken !== '' ? { auditorToken: j.auditorToken } : {}),
    custodianUrl: String(j.custodianUrl),
    ...(j.custodianTls !== undefined ? { custodianTls: custodianTlsPaths(dir, j.custodianTls) } : {}),
  };
}

/** matcher.json `custodianTls`: {ca?, cert?, key?} file paths, relative ones from the key directory. */
function custodianTlsPaths(dir: string, v: unknown): ClientTls {
  if (typeof v !== 'object' || v === null) throw new SealmatchError('E_INVALID_ARGUMENT', 'matcher.json custodianTls must be an object {ca, cert, key} of file paths');
  const out: Record<string, string> = {};
  for (const k of ['ca', 'cert', 'key'] as const) {
    const p = (v as Record<string, unknown>)[k];
    if (p === undefined) continue;
    if (typeof p !== 'string' || p.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', `matcher.json custodianTls.${k} must be a file path`);
    out[k] = isAbsolute(p) ? p : resolve(dir, p);
  }
  return out;
}
