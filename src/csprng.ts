/**
 * @module csprng
 * Every secret random draw of sealmatch: blinding factors and offsets, masks, MAC seeds, nonces.
 * One source (the platform CSPRNG through WebCrypto's getRandomValues, present in Node >= 19 and
 * every browser) and exact uniform draws by rejection sampling on 32-bit words, never `x % n` on
 * a word (whose bias is what a range check or a blinding argument would then have to absorb).
 */
import { SealmatchError } from './errors.js';

const MAX_WORDS = 16384; // getRandomValues fills at most 65,536 bytes per call

function fill(words: Uint32Array): void {
  for (let at = 0; at < words.length; at += MAX_WORDS) globalThis.crypto.getRandomValues(words.subarray(at, Math.min(words.length, at + MAX_WORDS)));
}

/** `n` fresh random bytes. */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let at = 0; at < n; at += 65536) globalThis.crypto.getRandomValues(out.subarray(at, Math.min(n, at + 65536)));
  return out;
}

/**
 * Integers with out[i] uniform in [0, spans[i]) (each span in 1..2^32), exact: a word x is kept
 * for span n when x < floor(2^32 / n) * n, so every residue has the same number of preimages.
 */
export function uniformBelow(spans: ArrayLike<number>): Uint32Array {
  return draw(spans.length, (i) => spans[i]!);
}

/** `count` integers uniform in [lo, hi) (hi - lo in 1..2^32), exact. */
export function uniformInts(count: number, lo: number, hi: number): Uint32Array {
  const out = new Uint32Array(count);
  drawConstant(out, hi - lo);
  if (lo !== 0) for (let i = 0; i < count; i++) out[i] = out[i]! + lo;
  return out;
}

/** One integer uniform in [lo, hi) (hi - lo in 1..2^32), exact. */
export function uniformInt(lo: number, hi: number): number {
  return uniformInts(1, lo, hi)[0]!;
}

/** Fills `out` with residues uniform in [0, q) (q in 1..2^32). */
export function uniformResidues(out: Uint32Array, q: number): void {
  drawConstant(out, q);
}

/**
 * Fills `out` with integers uniform in [0, n), exact, for one span n (the hot path: a matcher's
 * mask is 3 x 4,096 residues per verify). Rejection on the low ceil(log2 n) bits of each word: a
 * masked word is uniform in [0, 2^bits) and kept when below n, so the kept ones are uniform in
 * [0, n); fewer than half are rejected, and for the NTT primes (just below a power of two) almost
 * none. Same distribution as `draw`, without its per-element span and modulo.
 */
function drawConstant(out: Uint32Array, n: number): void {
  checkSpan(n);
  let bits = 0;
  while (2 ** bits < n) bits++;
  const mask = bits >= 32 ? 0xffffffff : 2 ** bits - 1;
  fill(out);
  let spare = new Uint32Array(0);
  let at = 0;
  for (let i = 0; i < out.length; i++) {
    let v = (out[i]! & mask) >>> 0;
    while (v >= n) {
      if (at === spare.length) {
        spare = new Uint32Array(64);
        fill(spare);
        at = 0;
      }
      v = (spare[at++]! & mask) >>> 0;
    }
    out[i] = v;
  }
}

function checkSpan(n: number): void {
  if (!(Number.isInteger(n) && n >= 1 && n <= 2 ** 32)) throw new SealmatchError('E_INTERNAL', `random span ${n} outside 1..2^32`);
}

function draw(count: number, spanOf: (i: number) => number): Uint32Array {
  const out = new Uint32Array(count);
  const buf = new Uint32Array(Math.min(MAX_WORDS, Math.max(16, count + (count >> 3))));
  let at = buf.length;
  for (let i = 0; i < count; i++) {
    const n = spanOf(i);
    checkSpan(n);
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      if (at === buf.length) {
        fill(buf);
        at = 0;
      }
      const x = buf[at++]!;
      if (x < limit) {
        out[i] = x % n;
        break;
      }
    }
  }
  return out;
}
