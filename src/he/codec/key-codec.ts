/**
 * Key containers: "SMK" | kind u8 | preset id length u8 | preset id | SEAL key bytes (zstd, SEAL's
 * own format). The preset id is checked before SEAL parses the key; SEAL then checks the key's
 * parms_id against the context, and any SEAL failure becomes E_MALFORMED_KEY.
 */
import { SealmatchError } from '../../errors.js';

export const KEY_KIND = { public: 1, secret: 2, galois: 3 } as const;
export type KeyKind = keyof typeof KEY_KIND;

const MAGIC = [0x53, 0x4d, 0x4b]; // "SMK"

/** Wraps SEAL key bytes with kind and preset id. */
export function encodeKey(kind: KeyKind, presetId: string, sealBytes: Uint8Array): Uint8Array {
  const id = new TextEncoder().encode(presetId);
  const out = new Uint8Array(5 + id.length + sealBytes.length);
  out.set(MAGIC, 0);
  out[3] = KEY_KIND[kind];
  out[4] = id.length;
  out.set(id, 5);
  out.set(sealBytes, 5 + id.length);
  return out;
}

/** Unwraps a key container, checking kind and preset id first. Returns the SEAL bytes. */
export function decodeKey(kind: KeyKind, expectedPresetId: string, bytes: Uint8Array): Uint8Array {
  if (!(bytes instanceof Uint8Array) || bytes.length < 5 || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new SealmatchError('E_MALFORMED_KEY', 'not a sealmatch key (bad magic)');
  }
  if (bytes[3] !== KEY_KIND[kind]) throw new SealmatchError('E_MALFORMED_KEY', `expected a ${kind} key`);
  const idLen = bytes[4]!;
  if (bytes.length < 5 + idLen + 16) throw new SealmatchError('E_MALFORMED_KEY', 'key truncated');
  const presetId = new TextDecoder().decode(bytes.subarray(5, 5 + idLen));
  if (presetId !== expectedPresetId) {
    throw new SealmatchError('E_PARAMS_MISMATCH', `key is for parameter set "${presetId}", expected "${expectedPresetId}"`);
  }
  return bytes.subarray(5 + idLen);
}
