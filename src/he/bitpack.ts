/**
 * LSB-first bit packing of residues below 2^31 (each at a fixed width of 1..31 bits).
 * Invariant: pack then unpack at the same width is the identity for values < 2^bits.
 */

/** Bytes needed for `count` values of `bits` bits (rounded up to a whole byte). */
export function packedByteLength(count: number, bits: number): number {
  return Math.ceil((count * bits) / 8);
}

/** Packs `values` (each < 2^bits) into `out` at `offset`; returns the bytes written. */
export function packResidues(values: ArrayLike<number>, bits: number, out: Uint8Array, offset: number): number {
  let acc = 0; // pending bits, fewer than 8 after each flush
  let nacc = 0;
  let o = offset;
  for (let i = 0; i < values.length; i++) {
    let v = values[i]! >>> 0;
    let left = bits;
    // Feed the value in chunks so `acc` never holds more than 31 bits (JS bit ops are 32-bit).
    while (left > 0) {
      const take = Math.min(left, 24 - nacc > 0 ? 24 - nacc : 8);
      acc |= (v & ((1 << take) - 1)) << nacc;
      nacc += take;
      v = take === 32 ? 0 : v >>> take;
      left -= take;
      while (nacc >= 8) {
        out[o++] = acc & 0xff;
        acc >>>= 8;
        nacc -= 8;
      }
    }
  }
  if (nacc > 0) out[o++] = acc & 0xff;
  return o - offset;
}

/** Unpacks `out.length` values of `bits` bits from `bytes` at `offset`; returns bytes consumed. */
export function unpackResidues(bytes: Uint8Array, offset: number, bits: number, out: Uint32Array): number {
  let acc = 0;
  let nacc = 0;
  let o = offset;
  const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
  for (let i = 0; i < out.length; i++) {
    let v = 0;
    let got = 0;
    while (got < bits) {
      if (nacc === 0) {
        acc = bytes[o++]!;
        nacc = 8;
      }
      const take = Math.min(bits - got, nacc);
      v |= (acc & ((1 << take) - 1)) << got;
      acc >>>= take;
      nacc -= take;
      got += take;
    }
    out[i] = (v & mask) >>> 0;
  }
  return packedByteLength(out.length, bits);
}
