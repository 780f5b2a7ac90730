/**
 * LSB-first bit packing of residues below 2^31 (each at a fixed width of 1..31 bits): value i
 * occupies bits [i*bits, (i+1)*bits) of the little-endian bit string. Implemented on 32-bit words
 * (the byte string is the little-endian serialization of those words), which is ~10x faster
 * than byte-at-a-time packing. Invariant: unpack(pack(v)) = v for values < 2^bits.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Bytes needed for `count` values of `bits` bits (rounded up to a whole byte). */
export function packedByteLength(count: number, bits: number): number {
  return Math.ceil((count * bits) / 8);
}

function wordsFor(count: number, bits: number): number {
  return Math.ceil((count * bits) / 32);
}

let scratch = new Uint32Array(0);

function scratchWords(n: number): Uint32Array {
  if (scratch.length < n) scratch = new Uint32Array(Math.max(n, 2 * scratch.length));
  return scratch;
}

/** Packs `values` (each < 2^bits) into `out` at `offset`; returns the bytes written. */
export function packResidues(values: ArrayLike<number>, bits: number, out: Uint8Array, offset: number): number {
  const nbytes = packedByteLength(values.length, bits);
  const words = scratchWords(wordsFor(values.length, bits));
  let word = 0;
  let used = 0;
  let o = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! >>> 0;
    word = (word | (v << used)) >>> 0;
    used += bits;
    if (used >= 32) {
      words[o++] = word;
      used -= 32;
      // The high `used` bits of v that did not fit.
      word = used === 0 ? 0 : v >>> (bits - used);
    }
  }
  if (used > 0) words[o++] = word;
  if (LITTLE_ENDIAN) {
    out.set(new Uint8Array(words.buffer, 0, nbytes), offset);
  } else {
    for (let b = 0; b < nbytes; b++) out[offset + b] = (words[b >>> 2]! >>> ((b & 3) * 8)) & 0xff;
  }
  return nbytes;
}

/** Unpacks `out.length` values of `bits` bits from `bytes` at `offset`; returns bytes consumed. */
export function unpackResidues(bytes: Uint8Array, offset: number, bits: number, out: Uint32Array): number {
  const nbytes = packedByteLength(out.length, bits);
  const nwords = wordsFor(out.length, bits);
  const words = scratchWords(nwords + 1);
  words[nwords - 1] = 0;
  words[nwords] = 0;
  if (LITTLE_ENDIAN) {
    new Uint8Array(words.buffer, 0, nbytes).set(bytes.subarray(offset, offset + nbytes));
  } else {
    for (let b = 0; b < nbytes; b++) words[b >>> 2] = (words[b >>> 2]! | (bytes[offset + b]! << ((b & 3) * 8))) >>> 0;
  }
  const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
  let w = 0;
  let pos = 0;
  for (let i = 0; i < out.length; i++) {
    let v = words[w]! >>> pos;
    if (pos + bits > 32) v |= words[w + 1]! << (32 - pos);
    out[i] = (v & mask) >>> 0;
    pos += bits;
    if (pos >= 32) {
      pos -= 32;
      w++;
    }
  }
  return nbytes;
}
