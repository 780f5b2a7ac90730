/**
 * Key containers: "SMK" | kind u8 | preset id length u8 | preset id | SEAL key bytes (zstd, SEAL's
 * own format). The preset id is checked before SEAL parses the key; SEAL then checks the key's
 * parms_id against the context, and any SEAL failure becomes E_MALFORMED_KEY.
 */
import { SealmatchError } from '../../errors.js';
import { SMK_MAGIC, SMK_MIN_SEAL_BYTES, SMK_OFFSET } from './seal-format.js';

export const KEY_KIND = { public: 1, secret: 2, galois: 3 } as const;
export type KeyKind = keyof typeof KEY_KIND;

const MAGIC = SMK_MAGIC;
const AT = SMK_OFFSET;

/** Wraps SEAL key bytes with kind and preset id. */
export function encodeKey(kind: KeyKind, presetId: string, sealBytes: Uint8Array): Uint8Array {
  const id = new TextEncoder().encode(presetId);
  const out = new Uint8Array(AT.presetId + id.length + sealBytes.length);
  out.set(MAGIC, AT.magic);
  out[AT.kind] = KEY_KIND[kind];
  out[AT.presetIdLength] = id.length;
  out.set(id, AT.presetId);
  out.set(sealBytes, AT.presetId + id.length);
  return out;
}

/** Unwraps a key container, checking kind and preset id first. Returns the SEAL bytes. */
export function decodeKey(kind: KeyKind, expectedPresetId: string, bytes: Uint8Array): Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.length < AT.presetId || MAGIC.some((m, i) => bytes[AT.magic + i] !== m)) {
    throw new SealmatchError('E_MALFORMED_KEY', 'not a sealmatch key (bad magic)');
  }
  if (bytes[AT.kind] !== KEY_KIND[kind]) throw new SealmatchError('E_MALFORMED_KEY', `expected a ${kind} key`);
  const idLen = bytes[AT.presetIdLength]!;
  if (bytes.length < AT.presetId + idLen + SMK_MIN_SEAL_BYTES) throw new SealmatchError('E_MALFORMED_KEY', 'key truncated');
  const presetId = new TextDecoder().decode(bytes.subarray(AT.presetId, AT.presetId + idLen));
  if (presetId !== expectedPresetId) {
    throw new SealmatchError('E_PARAMS_MISMATCH', `key is for parameter set "${presetId}", expected "${expectedPresetId}"`);
  }
  return bytes.subarray(AT.presetId + idLen);
}
