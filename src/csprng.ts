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
  const span = hi - lo;
  const out = draw(count, () => span);
  if (lo !== 0) for (let i = 0; i < count; i++) out[i] = out[i]! + lo;
  return out;
}

/** One integer uniform in [lo, hi) (hi - lo in 1..2^32), exact. */
export function uniformInt(lo: number, hi: number): number {
  return uniformInts(1, lo, hi)[0]!;
}

/** Fills `out` with residues uniform in [0, q) (q in 1..2^32). */
export function uniformResidues(out: Uint32Array, q: number): void {
  out.set(draw(out.length, () => q));
}

function draw(count: number, spanOf: (i: number) => number): Uint32Array {
  const out = new Uint32Array(count);
  const buf = new Uint32Array(Math.min(MAX_WORDS, Math.max(16, count + (count >> 3))));
  let at = buf.length;
  for (let i = 0; i < count; i++) {
    const n = spanOf(i);
    if (!(Number.isInteger(n) && n >= 1 && n <= 2 ** 32)) throw new SealmatchError('E_INTERNAL', `random span ${n} outside 1..2^32`);
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
