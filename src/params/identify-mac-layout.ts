/**
 * @module params/identify-mac-layout
 * The 1:N per-slot MAC of AUTHENTICATED-RESULTS §7 with the three fixes found by
 * `bench/identify-mac-montecarlo.ts` (docs/THREAT-MODEL.md, "1:N"), in plain arithmetic mod a
 * prime t: coordinates, fleet fills, the probe and gallery-slot encodings, the honest values and
 * the custodian's per-slot check. Pure code (no SEAL): the Monte Carlo and the real-BGV parameter
 * study (`bench/identify-mac-params.ts`, `test/identify-mac-bgv.test.ts`) share it.
 *
 * Coordinates of every vector (n = d + 2 + 2k): 0..d-1 template | d: the "-T" column | d+1: the
 * dither | z_i = d+2+i: probe-side corrections | z'_i = d+2+k+i: gallery-side corrections.
 * B = the d+2 base coordinates. Fleet fills u_i, v_i: uniform on B and on the other side's
 * corrections, u_i[z'_j] = v_i[z_j] = [i = j] (FIX 1-3). Probe a = (rho p, rho, rho'),
 * a[z_i] = -<a_B, v_i_B>, so <a, v_i> = 0; gallery slot b = r (g, -T, 1), b[z'_i] = -<u_i_B, b_B>,
 * so <u_i, b> = 0. Tags: A_i = alpha_i a + u_i, B^i = beta_i b + v_i; honest
 * <A_i, B^i> = alpha_i beta_i <a, b> + kappa_i with kappa_i = <u_i, v_i>.
 *
 * Security note: nothing here is secret-safe (plain numbers, no constant time); the honest range
 * and the check are the protocol's, the randomness is the caller's.
 */

/** A vector of residues mod t (each in [0, t)). */
export type ModVector = ArrayLike<number>;

/** True when p is prime (trial division; p below 2^53). */
export function isPrime(p: number): boolean {
  if (!Number.isSafeInteger(p) || p < 2) return false;
  if (p % 2 === 0) return p === 2;
  for (let q = 3; q * q <= p; q += 2) if (p % q === 0) return false;
  return true;
}

/**
 * Smallest prime t >= 2^bits with t = 1 mod 2N (BGV batching for ring dimension N).
 * @example smallestBatchingPrime(26, 8192) // 67239937 (= 1 mod 16384, so also 1 mod 8192)
 */
export function smallestBatchingPrime(bits: number, N: number): number {
  const m = 2 * N;
  let t = Math.ceil(2 ** bits / m) * m + 1;
  while (!isPrime(t)) t += m;
  return t;
}

/**
 * Exact arithmetic mod an odd modulus t < 2^31 on JS numbers. Products split the second factor
 * in 16-bit halves when t >= 2^26 (t^2 would pass 2^53); below, one multiplication is exact.
 */
export class ModArith {
  /** (x * y) mod t for x, y in [0, t). */
  readonly mul: (x: number, y: number) => number;
  constructor(readonly t: number) {
    if (!Number.isSafeInteger(t) || t < 3 || t >= 2 ** 31) throw new RangeError(`modulus ${t} outside [3, 2^31)`);
    this.mul =
      t < 2 ** 26
        ? (x, y) => (x * y) % t
        : (x, y) => ((((x * (y >>> 16)) % t) * 65536) + x * (y & 0xffff)) % t;
  }
  /** x mod t in [0, t) for any safe integer x. */
  mod(x: number): number {
    const r = x % this.t;
    return r < 0 ? r + this.t : r;
  }
  /** <x, y> mod t over the first `len` coordinates (default: all of x). */
  dot(x: ModVector, y: ModVector, len = x.length): number {
    let s = 0;
    for (let j = 0; j < len; j++) s = (s + this.mul(x[j]!, y[j]!)) % this.t;
    return s;
  }
  /** The centred representative of x in [0, t): in (-t/2, t/2]. */
  centred(x: number): number {
    return x > (this.t - 1) / 2 ? x - this.t : x;
  }
}

/** Coordinates of the §7-with-fixes layout for d template values and k MAC instances. */
export interface MacLayout {
  readonly d: number;
  readonly k: number;
  /** Coordinates per vector: d + 2 + 2k. */
  readonly n: number;
  /** The -T column and the dither coordinate. */
  readonly tcol: number;
  readonly dith: number;
  /** Probe-side corrections z_i and gallery-side corrections z'_i (disjoint: FIX 1). */
  readonly z: readonly number[];
  readonly zp: readonly number[];
}

/** The layout of d template values with k MAC instances. @example macLayout(128, 2).n // 134 */
export function macLayout(d: number, k: number): MacLayout {
  if (!Number.isInteger(d) || d < 1 || !Number.isInteger(k) || k < 1) throw new RangeError(`layout needs d >= 1 and k >= 1 (got ${d}, ${k})`);
  const z = Array.from({ length: k }, (_, i) => d + 2 + i);
  const zp = Array.from({ length: k }, (_, i) => d + 2 + k + i);
  return { d, k, n: d + 2 + 2 * k, tcol: d, dith: d + 1, z, zp };
}

/** The fleet fills (held by the desks) and the custodian's kappa_i = <u_i, v_i>. */
export interface MacFills {
  readonly u: readonly number[][];
  readonly v: readonly number[][];
  readonly kappa: readonly number[];
}

/**
 * Draws the fleet fills with `below(m)` (uniform in [0, m)), in a fixed order: per instance i,
 * u_i[j], v_i[j] for each base coordinate j, then per correction j: u_i[z_j], v_i[z'_j].
 * `padded(own)` says whether a correction fill is drawn (true, the settled construction: FIX 3)
 * or 0 (the Monte Carlo's ablations); `own` is true for the instance's own index.
 */
export function drawMacFills(A: ModArith, L: MacLayout, below: (m: number) => number, padded: (own: boolean) => boolean = () => true): MacFills {
  const { t } = A;
  const u: number[][] = [];
  const v: number[][] = [];
  for (let i = 0; i < L.k; i++) {
    const ui = new Array<number>(L.n);
    const vi = new Array<number>(L.n);
    for (let j = 0; j < L.d + 2; j++) {
      ui[j] = below(t);
      vi[j] = below(t);
    }
    for (let j = 0; j < L.k; j++) {
      ui[L.z[j]!] = padded(i === j) ? below(t) : 0;
      ui[L.zp[j]!] = i === j ? 1 : 0;
      vi[L.z[j]!] = i === j ? 1 : 0;
      vi[L.zp[j]!] = padded(i === j) ? below(t) : 0;
    }
    u.push(ui);
    v.push(vi);
  }
  return { u, v, kappa: u.map((ui, i) => A.dot(ui, v[i]!)) };
}

/** A probe in the layout: a and its tag vectors A_i = alpha_i a + u_i. */
export interface MacProbe {
  readonly a: number[];
  readonly tags: number[][];
}

/**
 * The desk's probe: a = (rho p, rho, rho', corrections, 0 on Z'), A_i = alpha_i a + u_i.
 * p: quantized template (integers); rho in [2, R], rho' in [1, rho - 1] (FIX 4: the slot value is
 * never 0); alpha_i non-zero mod t.
 */
export function encodeMacProbe(A: ModArith, L: MacLayout, f: MacFills, p: ArrayLike<number>, rho: number, rho2: number, alpha: readonly number[]): MacProbe {
  const a = new Array<number>(L.n).fill(0);
  for (let j = 0; j < L.d; j++) a[j] = A.mod(rho * p[j]!);
  a[L.tcol] = A.mod(rho);
  a[L.dith] = A.mod(rho2);
  for (let i = 0; i < L.k; i++) a[L.z[i]!] = A.mod(-A.dot(a, f.v[i]!, L.d + 2));
  const tags = alpha.map((al, i) => a.map((x, j) => (A.mul(al, x) + f.u[i]![j]!) % A.t));
  return { a, tags };
}

/**
 * One gallery slot: b = r (g, -T, 1, 0 on Z, corrections). Column i's entries for this slot are
 * `macSlotColumn(A, b, beta_i, v_i)`.
 */
export function encodeMacSlot(A: ModArith, L: MacLayout, f: MacFills, g: ArrayLike<number>, r: number, T: number): number[] {
  const b = new Array<number>(L.n).fill(0);
  for (let j = 0; j < L.d; j++) b[j] = A.mod(r * g[j]!);
  b[L.tcol] = A.mod(-r * T);
  b[L.dith] = A.mod(r);
  for (let i = 0; i < L.k; i++) b[L.zp[i]!] = A.mod(-A.dot(f.u[i]!, b, L.d + 2));
  return b;
}

/** Coordinate j of the MAC column B^i = beta_i b + v_i of one slot. */
export function macColumnEntry(A: ModArith, b: ModVector, beta: number, v: ModVector, j: number): number {
  return (A.mul(beta, b[j]!) + v[j]!) % A.t;
}

/** The plaintext slot value y^00 = r (rho (<p, g> - T) + rho') mod t that <a, b> must equal. */
export function macSlotValue(A: ModArith, p: ArrayLike<number>, g: ArrayLike<number>, T: number, r: number, rho: number, rho2: number): number {
  let pg = 0;
  for (let j = 0; j < p.length; j++) pg += p[j]! * g[j]!;
  return A.mod(A.mul(A.mod(r), A.mod(rho * (pg - T) + rho2)));
}

/**
 * The custodian's per-slot check: y^ii = alpha_i beta_i y^00 + kappa_i (mod t) for every i.
 * (The honest-range check on centred y^00 is separate: `macHonestBound`.)
 */
export function macSlotAccepts(A: ModArith, alpha: readonly number[], beta: ArrayLike<number>, kappa: readonly number[], y00: number, y: ArrayLike<number>): boolean {
  for (let i = 0; i < kappa.length; i++) {
    const want = (A.mul(A.mul(alpha[i]!, beta[i]!), A.mod(y00)) + kappa[i]!) % A.t;
    if (A.mod(y[i]!) !== want) return false;
  }
  return true;
}

/**
 * Largest |y^00| an honest search produces: R_r (R_rho (scoreBound + Tmax) + R_rho - 1), for
 * r_s in [1, R_r], rho in [2, R_rho], rho' in [1, rho - 1], |score| <= scoreBound, |T| <= Tmax.
 * The custodian refuses a slot outside it; it must stay below t/2 (the decision is a sign).
 */
export function macHonestBound(rMax: number, rhoMax: number, scoreBound: number, thresholdMax: number): number {
  return rMax * (rhoMax * (scoreBound + thresholdMax) + rhoMax - 1);
}

/** Largest R (used for both r_s and rho) with macHonestBound(R, R, ...) < t/2. */
export function macMaxBlinding(t: number, scoreBound: number, thresholdMax: number): number {
  let R = 2;
  while (2 * macHonestBound(R + 1, R + 1, scoreBound, thresholdMax) < t) R++;
  return 2 * macHonestBound(R, R, scoreBound, thresholdMax) < t ? R : 0;
}
