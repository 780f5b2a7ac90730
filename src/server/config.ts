/**
 * Deployment key files, one per trust domain (written by `sealmatch keygen --dir DIR`):
 *   custodian.json     HE secret key, Ed25519 decision key, the token the matcher presents.
 *                      Read ONLY by the custodian process.
 *   matcher.json       audit-log signing key, admin token, custodian token and URL.
 *                      Read ONLY by the matcher process. Holds no HE key of any kind.
 *   public-bundle.pb   sealmatch.v1.PublicBundle: HE public key + decision public key (+ Galois
 *                      keys for 1:N parameter sets). Public.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { Custodian, type CustodianSecrets, type PublicBundle } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import { getPreset } from '../he/presets.js';
import { decodeWith, pb } from '../wire/codec.js';

export interface MatcherSecrets {
  /** Ed25519 key that signs audit tree heads (32 bytes). Not an HE key. */
  readonly logSigningKey: Uint8Array;
  /** Bearer token for /v1/admin routes (key registration). */
  readonly adminToken: string;
  /** Bearer token presented to the custodian's /v1/decide. */
  readonly custodianToken: string;
  readonly custodianUrl: string;
}

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
  readonly galoisKeys?: Uint8Array;
}

export function encodePublicBundle(b: DeploymentBundle): Uint8Array {
  return pb.PublicBundle.encode({
    parameterSetId: b.presetId,
    hePublicKey: b.hePublicKey,
    decisionPublicKey: b.decisionPublicKey,
    ...(b.galoisKeys?.length ? { galoisKeys: b.galoisKeys } : {}),
    ...(b.sealPublicKey?.length ? { sealPublicKey: b.sealPublicKey } : {}),
  }).finish();
}

export function decodePublicBundle(bytes: Uint8Array): DeploymentBundle {
  const m = decodeWith(pb.PublicBundle, bytes, 'PublicBundle');
  if (!m.parameterSetId || !m.hePublicKey?.length || m.decisionPublicKey?.length !== 32) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'public bundle incomplete');
  }
  return {
    presetId: m.parameterSetId,
    hePublicKey: new Uint8Array(m.hePublicKey),
    decisionPublicKey: new Uint8Array(m.decisionPublicKey),
    ...(m.galoisKeys?.length ? { galoisKeys: new Uint8Array(m.galoisKeys) } : {}),
    ...(m.sealPublicKey?.length === 32 ? { sealPublicKey: new Uint8Array(m.sealPublicKey) } : {}),
  };
}

/** Generates all key files of a deployment into `dir`. */
export async function writeDeploymentKeys(dir: string, presetId: string, custodianUrl: string): Promise<DeploymentBundle> {
  mkdirSync(dir, { recursive: true });
  const generated = await Custodian.generateSecrets(presetId);
  const { secrets } = generated;
  let bundle: DeploymentBundle = generated.bundle;
  if (getPreset(presetId).expansionDim !== undefined) {
    // 1:N parameter set: the matcher needs the Galois keys for probe expansion.
    const c = await Custodian.create({ secrets });
    try {
      await c.attachIdentify(secrets);
      bundle = { ...bundle, galoisKeys: c.expansionKeys() };
    } finally {
      c.closeIdentify();
      c.delete();
    }
  }
  const token = randomBytes(32).toString('hex');
  const custodian = {
    presetId,
    heSecretKey: Buffer.from(secrets.heSecretKey).toString('base64'),
    hePublicKey: Buffer.from(secrets.hePublicKey!).toString('base64'),
    decisionSecretKey: Buffer.from(secrets.decisionSecretKey).toString('hex'),
    sealSecretKey: Buffer.from(secrets.sealSecretKey!).toString('hex'),
    matcherToken: token,
    adminToken: randomBytes(32).toString('hex'),
    logSigningKey: Buffer.from(ed25519.utils.randomSecretKey()).toString('hex'),
  };
  const matcher = {
    logSigningKey: Buffer.from(ed25519.utils.randomSecretKey()).toString('hex'),
    adminToken: randomBytes(32).toString('hex'),
    custodianToken: token,
    custodianUrl,
  };
  writeFileSync(join(dir, 'custodian.json'), JSON.stringify(custodian, null, 2), { mode: 0o600 });
  writeFileSync(join(dir, 'matcher.json'), JSON.stringify(matcher, null, 2), { mode: 0o600 });
  writeFileSync(join(dir, 'public-bundle.pb'), encodePublicBundle(bundle));
  return bundle;
}

function readJson(path: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read ${path}`, undefined, { cause: e });
  }
}

export function loadPublicBundle(dir: string): DeploymentBundle {
  return decodePublicBundle(new Uint8Array(readFileSync(join(dir, 'public-bundle.pb'))));
}

export function loadCustodianFile(dir: string): CustodianFile {
  const j = readJson(join(dir, 'custodian.json'));
  return {
    presetId: String(j.presetId),
    heSecretKey: new Uint8Array(Buffer.from(String(j.heSecretKey), 'base64')),
    decisionSecretKey: new Uint8Array(Buffer.from(String(j.decisionSecretKey), 'hex')),
    matcherToken: String(j.matcherToken),
    ...(typeof j.hePublicKey === 'string' ? { hePublicKey: new Uint8Array(Buffer.from(j.hePublicKey, 'base64')) } : {}),
    ...(typeof j.sealSecretKey === 'string' ? { sealSecretKey: new Uint8Array(Buffer.from(j.sealSecretKey, 'hex')) } : {}),
    ...(typeof j.adminToken === 'string' ? { adminToken: j.adminToken } : {}),
    ...(typeof j.logSigningKey === 'string' ? { logSigningKey: new Uint8Array(Buffer.from(j.logSigningKey, 'hex')) } : {}),
  };
}

export function loadMatcherFile(dir: string): MatcherSecrets {
  const j = readJson(join(dir, 'matcher.json'));
  return {
    logSigningKey: new Uint8Array(Buffer.from(String(j.logSigningKey), 'hex')),
    adminToken: String(j.adminToken),
    custodianToken: String(j.custodianToken),
    custodianUrl: String(j.custodianUrl),
  };
}
