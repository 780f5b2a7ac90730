/**
 * Canonical bytes for hashing and signing: a domain-separation label, then each field as
 * u32 big-endian length || bytes, in a fixed order. Unambiguous (length-prefixed) and stable;
 * the label keeps a signature over one message kind from ever verifying as another.
 */
import { concatBytes } from '@noble/hashes/utils.js';

export type CanonicalField = Uint8Array | string | number | bigint | boolean;

const enc = new TextEncoder();

function fieldBytes(f: CanonicalField): Uint8Array {
  if (f instanceof Uint8Array) return f;
  if (typeof f === 'string') return enc.encode(f);
  if (typeof f === 'boolean') return Uint8Array.of(f ? 1 : 0);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigInt64(0, BigInt(f), false);
  return out;
}

/** label || (len || field)* as one byte string. */
export function canonicalBytes(label: string, fields: readonly CanonicalField[]): Uint8Array {
  const parts = [enc.encode(label), Uint8Array.of(0), ...fields.flatMap((f) => {
    const b = fieldBytes(f);
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, b.length, false);
    return [len, b];
  })];
  return concatBytes(...parts);
}
