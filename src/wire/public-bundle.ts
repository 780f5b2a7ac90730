/**
 * sealmatch.v1.PublicBundle: the custodian's public keys, as the matcher serves them
 * (GET /v1/public-bundle, read by terminals and browsers) and as a deployment keeps them
 * (public-bundle.pb, server/config.ts). Browser-safe: no Node module.
 *
 * Security note: checks that the keys are present (a 32-byte decision key, a 32-byte seal key or
 * none) and nothing about whose they are: callers pin the bundle they trust.
 */
import { SealmatchError } from '../errors.js';
import { asPresetId, type PresetId } from '../params/presets.js';
import { decodeChecked, decodeWith, MAX_MESSAGE_BYTES, pb } from './codec.js';

/** The bundle's fields (custodian PublicBundle, plus the Galois keys of 1:N deployments). */
export interface PublicBundleKeys {
  /** Parameter set of the deployment (checked against this build's presets on decode). */
  readonly presetId: PresetId;
  /** The custodian's BGV public key (SMK container). */
  readonly hePublicKey: Uint8Array;
  /** The custodian's Ed25519 decision public key (32 bytes). */
  readonly decisionPublicKey: Uint8Array;
  /** The custodian's X25519 key (32 bytes) MAC seeds are sealed to; authenticated presets. */
  readonly sealPublicKey?: Uint8Array;
  /** 1:N parameter sets: the custodian's Galois keys (probe expansion), which only the matcher needs. */
  readonly galoisKeys?: Uint8Array;
}

/** Encodes a public bundle as sealmatch.v1.PublicBundle bytes (public-bundle.pb, `GET /v1/public-bundle`). */
export function encodePublicBundle(b: PublicBundleKeys): Uint8Array {
  return pb.PublicBundle.encode({
    parameterSetId: b.presetId,
    hePublicKey: b.hePublicKey,
    decisionPublicKey: b.decisionPublicKey,
    ...(b.galoisKeys?.length ? { galoisKeys: b.galoisKeys } : {}),
    ...(b.sealPublicKey?.length ? { sealPublicKey: b.sealPublicKey } : {}),
  }).finish();
}

/** Largest public bundle accepted (Galois keys of the N = 8192 1:N presets included). */
export const MAX_PUBLIC_BUNDLE_BYTES = 16 * 1024 * 1024;

/**
 * A bundle; E_MALFORMED_MESSAGE without a preset id, HE public key or 32-byte decision key,
 * E_UNKNOWN_PARAMS for a preset id this build does not know, E_TOO_LARGE above 16 MiB.
 */
export function decodePublicBundle(bytes: Uint8Array): PublicBundleKeys {
  // The N = 8192 authenticated 1:N Galois keys are ~4.2 MB: the bundle gets its own 16 MiB cap.
  if (bytes instanceof Uint8Array && bytes.length > MAX_PUBLIC_BUNDLE_BYTES) throw new SealmatchError('E_TOO_LARGE', `PublicBundle: ${bytes.length} bytes, limit ${MAX_PUBLIC_BUNDLE_BYTES}`);
  const m = bytes instanceof Uint8Array && bytes.length > MAX_MESSAGE_BYTES ? decodeChecked(pb.PublicBundle, bytes, 'PublicBundle') : decodeWith(pb.PublicBundle, bytes, 'PublicBundle');
  if (!m.parameterSetId || !m.hePublicKey?.length || m.decisionPublicKey?.length !== 32) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'public bundle incomplete');
  }
  return {
    presetId: asPresetId(m.parameterSetId),
    hePublicKey: new Uint8Array(m.hePublicKey),
    decisionPublicKey: new Uint8Array(m.decisionPublicKey),
    ...(m.galoisKeys?.length ? { galoisKeys: new Uint8Array(m.galoisKeys) } : {}),
    ...(m.sealPublicKey?.length === 32 ? { sealPublicKey: new Uint8Array(m.sealPublicKey) } : {}),
  };
}
