/**
 * NTT-domain handles on one plaintext coefficient ("the score slot", index D-1), so the matcher
 * can add a value to that coefficient and mask all the others without leaving the NTT domain.
 *
 * SEAL's negacyclic NTT evaluates a polynomial at the N odd powers zeta_k of a primitive 2N-th
 * root of unity mod q: NTT(a)_k = a(zeta_k), and INTT(u)_j = N^-1 sum_k u_k zeta_k^-j. Hence
 *   e = NTT(X^m)                      adds 1 to coefficient m:      INTT(e)_m = 1, others 0
 *   w = -N^-1 NTT(X^(N-m)) (mod q)    reads coefficient m:         INTT(u)_m = sum_k u_k w_k
 * because zeta_k^-m = zeta_k^(2N-m) = -zeta_k^(N-m) (zeta_k^N = -1). Both vectors are taken from
 * SEAL's own plaintext NTT, so they follow SEAL's slot order exactly.
 */
import type { HeContext } from '../seal/context.js';
import { SEAL_PLAINTEXT_OFFSET, SEAL_WORD_BYTES, buildSealPlaintext } from '../codec/seal-format.js';
import { mulmod } from './residue-arith.js';

export interface ScoreSlot {
  /** Coefficient index m. */
  readonly index: number;
  /** NTT(X^m), one polynomial at the level: k*N residues, prime-major. */
  readonly e: Uint32Array;
  /** The functional reading coefficient m, same layout. */
  readonly w: Uint32Array;
}

function powmod(b: number, ex: number, q: number): number {
  let r = 1;
  let x = b % q;
  while (ex > 0) {
    if (ex & 1) r = mulmod(r, x, q);
    x = mulmod(x, x, q);
    ex = Math.floor(ex / 2);
  }
  return r;
}

/** NTT of the monomial X^m at `chainIndex`, per prime, via SEAL's plaintext NTT. */
function monomialNtt(he: HeContext, m: number, chainIndex: number): Uint32Array[] {
  const { seal, context, evaluator } = he;
  const coeffs = new Array<number>(m + 1).fill(0);
  coeffs[m] = 1;
  const pt = new seal.Plaintext();
  const ntt = new seal.Plaintext();
  // parms_id of the level: walk from the first level down.
  let cd = context.firstContextData();
  try {
    while (cd.chainIndex() > chainIndex) {
      const next = cd.nextContextData();
      cd.delete();
      cd = next;
    }
    const pid = cd.parmsId();
    try {
      pt.loadFromArray(context, buildSealPlaintext(coeffs));
      evaluator.plainTransformToNtt(pt, pid, ntt);
    } finally {
      pid.delete();
    }
    const bytes = ntt.saveToArray(seal.ComprModeType.none) as Uint8Array;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const k = he.level(chainIndex).primes.length;
    const base = SEAL_PLAINTEXT_OFFSET.data; // first u64 word of the NTT plaintext
    const out: Uint32Array[] = [];
    for (let i = 0; i < k; i++) {
      const v = new Uint32Array(he.N);
      for (let c = 0; c < he.N; c++) v[c] = dv.getUint32(base + SEAL_WORD_BYTES * (i * he.N + c), true);
      out.push(v);
    }
    return out;
  } finally {
    cd.delete();
    pt.delete();
    ntt.delete();
  }
}

/** Builds the score-slot vectors for coefficient `index` at `chainIndex`. */
export function scoreSlot(he: HeContext, index: number, chainIndex: number): ScoreSlot {
  const primes = he.level(chainIndex).primes;
  const e = monomialNtt(he, index, chainIndex);
  const wRaw = monomialNtt(he, he.N - index, chainIndex);
  const w = wRaw.map((v, i) => {
    const q = primes[i]!;
    const negInvN = q - powmod(he.N, q - 2, q); // -N^-1 mod q (q prime)
    return v.map((x) => mulmod(x, negInvN, q));
  });
  const concat = (parts: Uint32Array[]): Uint32Array => {
    const out = new Uint32Array(parts.length * he.N);
    parts.forEach((p, i) => out.set(p, i * he.N));
    return out;
  };
  return { index, e: concat(e), w: concat(w) };
}
