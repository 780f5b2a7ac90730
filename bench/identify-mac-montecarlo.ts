/**
 * `npx tsx bench/identify-mac-montecarlo.ts [--trials N] [--trials-k2 N] [--t P] [--seed S]
 *   [--d D] [--slots S] [--pad-trials N] [--sanity-t P] [--sanity-trials N] [--only a,b,...]
 *   [--hole-factor F]`
 * Defaults: --trials 20000 (k = 1), --trials-k2 15 x trials, --pad-trials 2000 (ablation),
 * --sanity-t 65537 --sanity-trials 100000 (k = 1), --t 257 --seed 1 --d 8 --slots 8,
 * --hole-factor 8. A default run is about 6 CPU minutes (10.6M trials). --only filters families
 * by substring; 0 trials skips a section.
 *
 * Monte Carlo of the 1:N per-slot Catalano-Fiore-style MAC with "orthogonalized fills" proposed in
 * /work/shared/AUTHENTICATED-RESULTS.md §7, in PLAIN arithmetic mod a small prime t (the algebraic
 * model of the matcher; no HE). It is the 1:N counterpart of that note's §5.
 *
 * MODEL. k MAC instances (k = 1 and k = 2 are run). Coordinates of every vector (n = d + 2 + 2k):
 *   0..d-1 template | d: "-T" column | d+1: dither | Z = d+2..d+1+k: probe-side corrections z_i |
 *   Z' = d+2+k..d+1+2k: gallery-side corrections z'_i.
 * Base coordinates B = template, -T column, dither. x_B is x restricted to B.
 * - Fleet fills u_i, v_i in Z_t^n (held by the desks). Custodian knows only kappa_i = <u_i, v_i>
 *   (over all n coordinates).
 *     u_i: uniform on B; u_i[z'_j] = [i = j] (fixed); u_i[z_j] = uniform ("padding", see FIX 3).
 *     v_i: uniform on B; v_i[z_j]  = [i = j] (fixed); v_i[z'_j] = uniform ("padding", see FIX 3).
 * - Probe (per search, alpha_i uniform, known to the custodian):
 *     a_B = (rho*p, rho, rho'), a[z_i] = -<a_B, v_i_B>, a[z'_j] = 0    => <a, v_i> = 0 for all i.
 *   The matcher gets every coordinate of a and of A_i = alpha_i*a + u_i as its own ciphertext
 *   (SealPIR-style expansion).
 * - Gallery slot s (2 blocks of S slots; beta_{s,i} uniform, known to the custodian; r_s unknown):
 *     b_B = r_s*(g_s, -T, 1), b[z'_i] = -<u_i_B, b_B>, b[z_j] = 0    => <u_i, b_s> = 0 for all i.
 *   Columns (one vector over slots per coordinate): B^0 = b_s, B^i = beta_{s,i}*b_s + v_i.
 * - Honest search: y00_s = <a, B^0_s>, yii_s = <A_i, B^i_s>
 *     = alpha_i beta_{s,i} y00 + alpha_i<a,v_i> + beta_{s,i}<u_i,b_s> + kappa_i
 *     = alpha_i beta_{s,i} y00 + kappa_i                       (both cross terms asserted to be 0).
 *   Also asserted: y00 = <a_B, b_B> = rho r (<p,g> - T) + rho' r (the corrections never reach y00),
 *   so the custodian learns only y00 (every yii is a function of y00 and its own secrets).
 * - Custodian accepts slot s iff yii = alpha_i beta_{s,i} y00 + kappa_i (mod t) for every i, then
 *   decides MATCH iff centred(y00) >= 0. The range check is not applied to forged values (at
 *   t = 257 it would only scale every rate by about 2*87/257); strict mode (FIX 4) asserts that
 *   honest values pass it.
 * - Matcher (algebraic): per slot, any bilinear form sum f_jk * (probe ct j) * (column ct k) over
 *   every probe ciphertext (current a and A_i, the previous search's a' and A'_i = alpha'_i a' + u_i
 *   with the SAME fleet fills) x every column (B^0, B^i of every slot of both blocks), slot
 *   permutations, its own encryptions, and additive terms. Attack choices come from a PRNG stream
 *   that is independent of the secrets' stream, and attack code only reads the `View` (the
 *   plaintexts behind the matcher's ciphertexts, which it can only combine, never read).
 *
 * CONSTRUCTION DETAILS SETTLED (fixes to the §7 text):
 *   FIX 1. z_i and z'_i must be 2k DISJOINT coordinates (hence n = d+2+2k), a = 0 on Z' and b = 0
 *          on Z. If z_i = z'_i, y00 picks up a_z*b_z = <a_B,v_i_B><u_i_B,b_B> (garbage in the score).
 *   FIX 2. §7's "a_{z_i} = -<a, v_i>" is circular: it must read a[z_i] = -<a_B, v_i_B>, which needs
 *          v_i[z_j] = [i = j] and a = 0 on Z' (and symmetrically u_i[z'_j] = [i = j], b = 0 on Z),
 *          so that the k corrections of one side do not interfere with each other.
 *   FIX 3. The remaining correction entries u_i[Z] and v_i[Z'] must be SECRET UNIFORM fills, not 0.
 *          With zero padding, A_i[z_j] = alpha_i a[z_j] and B^i[z'_l] = beta_i b[z'_l] are pure
 *          MAC-ed scalars of a quadratic term; adding c*a[z_j]*b[z'_l] to y00 and
 *          c*A_i[z_j]*B^i[z'_l] to every yii passes every check with probability 1 and shifts y00 by
 *          c<a_B,v_j_B><u_l_B,b_B> (uniform): the "pad" ablation table below measures it
 *          (--pad-trials). Padding only the own entries (u_i[z_i], v_i[z'_i]; 'own') is not
 *          enough for k >= 2: E(z_j, z'_j) is then exact for every instance i != j, and k = 2
 *          falls back to one instance's 1/t. So ALL of u_i[Z] and v_i[Z'] are uniform.
 *          kappa_i then includes u_i[z_i] + v_i[z'_i].
 *   FIX 4. The honest score must never be 0. If y00 = 0 for some (probe, slot), its tags are
 *          yii = kappa_i whatever alpha and beta are, so that slot's result can be moved into any
 *          other slot (Galois rotation), into the other block, or replayed in a later search, and it
 *          passes every instance's check with MATCH (0 counts as >= 0). The pass rate is
 *          Pr[y00 = 0]: it does not fall with t or k. With §2's dither rho' in [0, rho), y00 = 0 iff
 *          <p,g> = T and rho' = 0. Settled: rho in [2, R], rho' in [1, rho-1] ('strict'), with the
 *          custodian's range check |y00| < t/2. Then y00 = r(rho(<p,g> - T) + rho') is a nonzero
 *          integer and the decision (y00 >= 0 iff <p,g> >= T) is unchanged. Here Q = 1, R = 3,
 *          T = 1, d = 8 give |y00| <= 87 < t/2 at t = 257 (no wrap, asserted). The 'spec' rows of the
 *          ablation table measure the §2 dither.
 *   (Minor: alpha_i = 0 or beta_{s,i} = 0 also unbinds a search or a slot. Drawn uniformly from
 *   Z_t, as here, that costs about 1/t per instance, which is why substitution-type rows sit near
 *   2/t at k = 1 and 4/t^2 at k = 2. Drawing them from Z_t^* removes it.)
 *
 * OUTPUT. For each attack family and k: trials, accepted (all checks pass), forged (accepted and
 * y00 != honest), flips (forged and the decision differs from the honest one), forged/trial and
 * forged/trial * t^k. Then the ablation ('zero' / 'own' padding, 'spec' dither) and a k = 1 sanity
 * run at --sanity-t (1/t scaling). "holes" lists rows whose rate exceeds hole-factor/t^k at 99 %.
 * Last stdout line: one JSON object.
 */

import {
  ModArith as Arith,
  drawMacFills,
  encodeMacProbe,
  encodeMacSlot,
  isPrime,
  macColumnEntry,
  macLayout,
  type MacLayout,
} from '../src/params/identify-mac-layout.js';

// ---------------------------------------------------------------------------------- PRNG, args

/** sfc32, seeded through splitmix32: small, fast, reproducible. */
class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(...seeds: number[]) {
    let h = 0x9e3779b9;
    const mix = (x: number): number => {
      h = (h + x + 0x9e3779b9) | 0;
      let z = h;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    for (const s of seeds) mix(s | 0);
    this.a = mix(1);
    this.b = mix(2);
    this.c = mix(3);
    this.d = mix(4);
    for (let i = 0; i < 12; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** uniform in [0, m), exact (rejection). */
  below(m: number): number {
    const limit = Math.floor(0x100000000 / m) * m;
    for (;;) {
      const x = this.u32();
      if (x < limit) return x % m;
    }
  }
  /** uniform in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const intFlag = (name: string, fallback: number): number => {
  const v = Number(flag(name, String(fallback)));
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer`);
  return v;
};

// ---------------------------------------------------------------------------------- model

type Vec = number[];
type Pad = 'random' | 'own' | 'zero';
/** 'strict': rho in [2, R], rho' in [1, rho-1] (FIX 4: y00 is never 0); 'spec': rho in [1, R], rho' in [0, rho-1] (§2/§7) */
type Dither = 'strict' | 'spec';

interface Config {
  t: number;
  d: number;
  S: number;
  k: number;
  pad: Pad;
  dither: Dither;
  /** template entries in [-Q, Q], rho, r in [1, R], public threshold T */
  Q: number;
  R: number;
  T: number;
}

const BLOCKS = 2;

const layout = macLayout;

/** What the matcher holds: the plaintexts behind its ciphertexts (it can combine them, not read them). */
interface View {
  t: number;
  L: MacLayout;
  S: number;
  T: number;
  /** current probe a and its tags A_i = alpha_i a + u_i (each coordinate its own ciphertext) */
  P0: Vec;
  P: Vec[];
  /** previous search (other alphas, other rho/p, same fleet fills) */
  O0: Vec;
  O: Vec[];
  /** gallery columns: G0[block][slot] = b, G[i][block][slot] = beta b + v_i */
  G0: Vec[][];
  G: Vec[][][];
}

/** Everything, including the custodian's and desks' secrets. */
interface World extends View {
  kappa: readonly number[];
  alpha: number[];
  /** beta[block][slot][i] */
  beta: number[][][];
  /** honest y00[block][slot] and yii[block][slot][i] */
  h00: number[][];
  hT: number[][][];
}

interface Out {
  y00: number;
  y: number[];
}

/** Sparse bilinear form: diag (undefined = identity) plus extra (j, k, c) entries. */
interface Form {
  diag?: Vec;
  extra: [number, number, number][];
}

function bil(A: Arith, p: Vec, c: Vec, f: Form): number {
  let s = 0;
  if (f.diag === undefined) s = A.dot(p, c);
  else for (let j = 0; j < p.length; j++) s = (s + A.mul(A.mul(f.diag[j]!, p[j]!), c[j]!)) % A.t;
  for (const [j, k, w] of f.extra) s = (s + A.mul(A.mul(w, p[j]!), c[k]!)) % A.t;
  return s;
}

/**
 * Fresh secrets and data. Slots are i.i.d., so only the slots the attack reads (`need`, chosen by
 * the matcher independently of the secrets) are materialized.
 */
/** max |honest y00| as an integer: r (rho (d Q^2 + |T|) + rho'), which strict mode keeps below t/2 (no wrap) */
function scoreBound(cfg: Config): number {
  return cfg.R * (cfg.R * (cfg.d * cfg.Q * cfg.Q + Math.abs(cfg.T)) + cfg.R - 1);
}

function makeWorld(cfg: Config, L: MacLayout, A: Arith, rng: Rng, need: [number, number][]): World {
  const { t, k, S, Q, R, T } = cfg;
  const strict = cfg.dither === 'strict';
  const { d } = L;
  // fleet fills (shared encoders: src/params/identify-mac-layout.ts; same draw order as before)
  const fills = drawMacFills(A, L, (m) => rng.below(m), (own) => cfg.pad === 'random' || (cfg.pad === 'own' && own));
  const u = fills.u;
  const v = fills.v;
  const kappa = fills.kappa;
  const baseDot = (x: Vec, y: Vec): number => A.dot(x, y, d + 2);
  const probe = (): { a: Vec; tags: Vec[]; alpha: number[]; raw: { p: number[]; rho: number; rho2: number } } => {
    const p = Array.from({ length: d }, () => rng.int(-Q, Q));
    const rho = strict ? rng.int(2, R) : rng.int(1, R);
    const rho2 = strict ? rng.int(1, rho - 1) : rng.int(0, rho - 1);
    const alpha = Array.from({ length: k }, () => rng.below(t));
    const { a, tags } = encodeMacProbe(A, L, fills, p, rho, rho2, alpha);
    return { a, tags, alpha, raw: { p, rho, rho2 } };
  };
  const cur = probe();
  const old = probe();
  const G0: Vec[][] = [];
  const G: Vec[][][] = Array.from({ length: k }, () => []);
  const beta: number[][][] = [];
  const h00: number[][] = [];
  const hT: number[][][] = [];
  for (let bl = 0; bl < BLOCKS; bl++) {
    G0.push(new Array<Vec>(S));
    for (let i = 0; i < k; i++) G[i]!.push(new Array<Vec>(S));
    beta.push(new Array<number[]>(S));
    h00.push(new Array<number>(S));
    hT.push(new Array<number[]>(S));
  }
  for (const [bl, s] of need) {
    {
      const g = Array.from({ length: d }, () => rng.int(-Q, Q));
      const r = rng.int(1, R);
      const b = encodeMacSlot(A, L, fills, g, r, T);
      const bs = Array.from({ length: k }, () => rng.below(t));
      G0[bl]![s] = b;
      for (let i = 0; i < k; i++) G[i]![bl]![s] = b.map((_, j) => macColumnEntry(A, b, bs[i]!, v[i]!, j));
      beta[bl]![s] = bs;
      // honest accumulations and the assertions of the construction
      const y00 = A.dot(cur.a, b);
      const pg = cur.raw.p.reduce((acc, x, j) => acc + x * g[j]!, 0);
      const expect = A.mod(cur.raw.rho * r * (pg - T) + cur.raw.rho2 * r);
      if (y00 !== baseDot(cur.a, b) || y00 !== expect) throw new Error('assert: corrections leak into y00');
      if (strict && (y00 === 0 || Math.abs(A.centred(y00)) > scoreBound(cfg))) throw new Error('assert: strict dither must give 0 < |y00| <= bound');
      const ys: number[] = [];
      for (let i = 0; i < k; i++) {
        const av = A.dot(cur.a, v[i]!);
        const oldAv = A.dot(old.a, v[i]!);
        const ub = A.dot(u[i]!, b);
        if (av !== 0 || oldAv !== 0 || ub !== 0) throw new Error('assert: cross term <a,v_i> or <u_i,b_s> is not 0');
        const yii = A.dot(cur.tags[i]!, G[i]![bl]![s]!);
        const decomposed = (A.mul(A.mul(cur.alpha[i]!, bs[i]!), y00) + A.mul(cur.alpha[i]!, av) + A.mul(bs[i]!, ub) + kappa[i]!) % t;
        if (yii !== decomposed || yii !== (A.mul(A.mul(cur.alpha[i]!, bs[i]!), y00) + kappa[i]!) % t) {
          throw new Error('assert: honest tag equation fails');
        }
        ys.push(yii);
      }
      h00[bl]![s] = y00;
      hT[bl]![s] = ys;
    }
  }
  return {
    t,
    L,
    S,
    T,
    P0: cur.a,
    P: cur.tags,
    O0: old.a,
    O: old.tags,
    G0,
    G,
    kappa,
    alpha: cur.alpha,
    beta,
    h00,
    hT,
  };
}

function custodianAccepts(w: World, A: Arith, bl: number, s: number, o: Out): boolean {
  for (let i = 0; i < w.L.k; i++) {
    const want = (A.mul(A.mul(w.alpha[i]!, w.beta[bl]![s]![i]!), o.y00) + w.kappa[i]!) % A.t;
    if (A.mod(o.y[i]!) !== want) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------- attacks

interface Ctx {
  A: Arith;
  /** target slot (block 0) and another slot of the same block */
  s: number;
  s2: number;
  r: Rng;
}

type Attack = (v: View, c: Ctx) => Out;

const ID: Form = { extra: [] };

/** the same form on the three (1 + k) accumulations of slot s (block bl), optionally with other probes */
function accumulate(v: View, c: Ctx, f: Form, bl = 0, s = c.s, P0 = v.P0, P = v.P): Out {
  return {
    y00: bil(c.A, P0, v.G0[bl]![s]!, f),
    y: P.map((Pi, i) => bil(c.A, Pi, v.G[i]![bl]![s]!, f)),
  };
}

const honest = (v: View, c: Ctx, bl = 0, s = c.s): Out => accumulate(v, c, ID, bl, s);
const nonzero = (c: Ctx): number => c.r.int(1, c.A.t - 1);
const add = (A: Arith, x: Out, y: Out): Out => ({ y00: (x.y00 + y.y00) % A.t, y: x.y.map((xi, i) => (xi + y.y[i]!) % A.t) });
const scale = (A: Arith, x: Out, m: number): Out => ({ y00: A.mul(m, x.y00), y: x.y.map((xi) => A.mul(m, xi)) });
const minus = (A: Arith, x: Vec, y: Vec): Vec => x.map((xj, j) => A.mod(xj - y[j]!));
const randCoord = (v: View, c: Ctx): number => c.r.below(v.L.n);
const corrCoord = (v: View, c: Ctx): number => {
  const all = [...v.L.z, ...v.L.zp];
  return all[c.r.below(all.length)]!;
};

/** A random probe-side correction coordinate j, gallery-side l, and a non-zero weight w. */
function correctionPick(v: View, c: Ctx): { j: number; l: number; w: number; A: Ctx['A'] } {
  return { j: v.L.z[c.r.below(v.L.k)]!, l: v.L.zp[c.r.below(v.L.k)]!, w: nonzero(c), A: c.A };
}

/** The honest result with `d0` added to y00 and `di(i)` to tag i (everything mod t). */
function shifted(v: View, c: Ctx, d0: number, di: (i: number) => number): Out {
  const { A } = c;
  const h = honest(v, c);
  return { y00: (h.y00 + d0) % A.t, y: h.y.map((yi, i) => (yi + di(i)) % A.t) };
}

interface Family {
  name: string;
  /** true: part of the §7 caveat (corrections) set, also run in the padding ablation */
  corr?: boolean;
  run: Attack;
}

const FAMILIES: Family[] = [
  { name: 'zero result', run: (v) => ({ y00: 0, y: v.P.map(() => 0) }) },
  { name: 'negate y00 and tags', run: (v, c) => scale(c.A, honest(v, c), c.A.t - 1) },
  { name: 'scale y00 and tags by c', run: (v, c) => scale(c.A, honest(v, c), c.r.int(2, c.A.t - 1)) },
  {
    name: 'f = -I on template coords',
    run: (v, c) => {
      const diag = Array.from({ length: v.L.n }, (_, j) => (j < v.L.d ? c.A.t - 1 : 1));
      return accumulate(v, c, { diag, extra: [] });
    },
  },
  {
    name: 'f = I + c·E_jk (j != k)',
    run: (v, c) => {
      const j = randCoord(v, c);
      let k = randCoord(v, c);
      while (k === j) k = randCoord(v, c);
      return accumulate(v, c, { extra: [[j, k, nonzero(c)]] });
    },
  },
  {
    name: 'f = I + 3 random entries',
    run: (v, c) => accumulate(v, c, { extra: Array.from({ length: 3 }, () => [randCoord(v, c), randCoord(v, c), nonzero(c)] as [number, number, number]) }),
  },
  {
    name: 'random sparse f (4 entries, no I)',
    run: (v, c) => {
      const diag = new Array<number>(v.L.n).fill(0);
      return accumulate(v, c, { diag, extra: Array.from({ length: 4 }, () => [randCoord(v, c), randCoord(v, c), nonzero(c)] as [number, number, number]) });
    },
  },
  { name: 'slot permutation s <-> s\'', run: (v, c) => honest(v, c, 0, c.s2) },
  { name: 'same slot of the other block', run: (v, c) => honest(v, c, 1, c.s) },
  { name: 'add another slot\'s product', run: (v, c) => add(c.A, honest(v, c), honest(v, c, 0, c.s2)) },
  {
    name: 'substitute b_s\' (y00 only)',
    run: (v, c) => ({ y00: c.A.dot(v.P0, v.G0[0]![c.s2]!), y: honest(v, c).y }),
  },
  { name: 'replay previous search', run: (v, c) => accumulate(v, c, ID, 0, c.s, v.O0, v.O) },
  {
    name: 'old probe + current tags',
    run: (v, c) => ({ y00: c.A.dot(v.O0, v.G0[0]![c.s]!), y: honest(v, c).y }),
  },
  { name: 'current + old search summed', run: (v, c) => add(c.A, honest(v, c), accumulate(v, c, ID, 0, c.s, v.O0, v.O)) },
  {
    name: 'additive Δ, tags + guessed αβ·Δ',
    run: (v, c) => {
      const h = honest(v, c);
      const delta = nonzero(c);
      return { y00: (h.y00 + delta) % c.A.t, y: h.y.map((yi) => (yi + c.A.mul(c.r.below(c.A.t), delta)) % c.A.t) };
    },
  },
  {
    name: 'lower threshold: + Enc(K), guessed β',
    run: (v, c) => {
      // K = δ at the -T column: y00 gains δρ (threshold moved by δ/r); the tag columns get β̃_i K.
      const K = new Array<number>(v.L.n).fill(0);
      K[v.L.tcol] = nonzero(c);
      const b = v.G0[0]![c.s]!.map((x, j) => (x + K[j]!) % c.A.t);
      return {
        y00: c.A.dot(v.P0, b),
        y: v.P.map((Pi, i) => {
          const bt = c.r.below(c.A.t);
          return c.A.dot(Pi, v.G[i]![0]![c.s]!.map((x, j) => (x + c.A.mul(bt, K[j]!)) % c.A.t));
        }),
      };
    },
  },
  {
    name: 'random bilinear, all sources (3 terms)',
    run: (v, c) => {
      // y00 += sum c*X*Y over X in {a, a', 1}, Y in {b_s, b_s', 1}; each tag += the "same" term with
      // X -> its tag counterpart (A_i, A'_i, 1) and Y -> (B^i_s, B^i_s', 1): a random use of every source.
      const h = honest(v, c);
      const { A } = c;
      const one = new Array<number>(v.L.n).fill(1);
      let y00 = h.y00;
      const y = [...h.y];
      for (let m = 0; m < 3; m++) {
        const xs = c.r.below(3);
        const ys = c.r.below(3);
        const j = randCoord(v, c);
        const k = randCoord(v, c);
        const w = nonzero(c);
        const X0 = [v.P0, v.O0, one][xs]!;
        const Y0 = [v.G0[0]![c.s]!, v.G0[0]![c.s2]!, one][ys]!;
        y00 = (y00 + A.mul(A.mul(w, X0[j]!), Y0[k]!)) % A.t;
        for (let i = 0; i < v.L.k; i++) {
          const Xi = [v.P[i]!, v.O[i]!, one][xs]!;
          const Yi = [v.G[i]![0]![c.s]!, v.G[i]![0]![c.s2]!, one][ys]!;
          y[i] = (y[i]! + A.mul(A.mul(w, Xi[j]!), Yi[k]!)) % A.t;
        }
      }
      return { y00, y };
    },
  },
  // ---- §7 caveat: the corrections make a and b (hence the plaintexts) quadratic in the fills
  {
    name: 'corr: scale correction coords (diag)',
    corr: true,
    run: (v, c) => {
      const diag = new Array<number>(v.L.n).fill(1);
      for (const j of [...v.L.z, ...v.L.zp]) diag[j] = nonzero(c);
      return accumulate(v, c, { diag, extra: [] });
    },
  },
  {
    name: 'corr: I + c·E(z_j, z\'_l)',
    corr: true,
    run: (v, c) => accumulate(v, c, { extra: [[v.L.z[c.r.below(v.L.k)]!, v.L.zp[c.r.below(v.L.k)]!, nonzero(c)]] }),
  },
  {
    name: 'corr: I + 3 entries on Z ∪ Z\'',
    corr: true,
    run: (v, c) => accumulate(v, c, { extra: Array.from({ length: 3 }, () => [corrCoord(v, c), corrCoord(v, c), nonzero(c)] as [number, number, number]) }),
  },
  {
    name: 'corr: correction × template (E(z_j,m), E(m,z\'_l))',
    corr: true,
    run: (v, c) => {
      const m = c.r.below(v.L.d + 2);
      const e: [number, number, number] = c.r.below(2) === 0 ? [v.L.z[c.r.below(v.L.k)]!, m, nonzero(c)] : [m, v.L.zp[c.r.below(v.L.k)]!, nonzero(c)];
      return accumulate(v, c, { extra: [e] });
    },
  },
  {
    name: 'corr: other slot\'s z\'_l',
    corr: true,
    run: (v, c) => {
      // Δ = w a[z_j] b_s'[z'_l], tags + w A_i[z_j] B^i_s'[z'_l]
      const { j, l, w, A } = correctionPick(v, c);
      return shifted(v, c, A.mul(A.mul(w, v.P0[j]!), v.G0[0]![c.s2]![l]!), (i) => A.mul(A.mul(w, v.P[i]![j]!), v.G[i]![0]![c.s2]![l]!));
    },
  },
  {
    name: 'corr: two slots (B^i_s - B^i_s\' cancels v pad)',
    corr: true,
    run: (v, c) => {
      // Δ = w a[z_j] b_s[z'_l] (the α β_s coefficient), tags + w A_i[z_j] (B^i_s - B^i_s')[z'_l]
      const { j, l, w, A } = correctionPick(v, c);
      return shifted(v, c, A.mul(A.mul(w, v.P0[j]!), v.G0[0]![c.s]![l]!), (i) => A.mul(A.mul(w, v.P[i]![j]!), minus(A, v.G[i]![0]![c.s]!, v.G[i]![0]![c.s2]!)[l]!));
    },
  },
  {
    name: 'corr: two slots × old probe (cancels u and v pads)',
    corr: true,
    run: (v, c) => {
      // tags + w (A_i - A'_i)[z_j] (B^i_s - B^i_s')[z'_l]: both fill paddings cancel, α β_s coefficient is w a[z_j] b_s[z'_l]
      const { j, l, w, A } = correctionPick(v, c);
      return shifted(v, c, A.mul(A.mul(w, v.P0[j]!), v.G0[0]![c.s]![l]!), (i) => {
        const x = A.mod(v.P[i]![j]! - v.O[i]![j]!);
        const g = A.mod(v.G[i]![0]![c.s]![l]! - v.G[i]![0]![c.s2]![l]!);
        return A.mul(A.mul(w, x), g);
      });
    },
  },
  {
    name: 'corr: quadratic (a[z]·B^i with a[z]·b folded)',
    corr: true,
    run: (v, c) => {
      // a[z_j] = -<a_B, v_j_B> is linear in the fill v_j: multiply the probe correction ct by the
      // tag column AND by the plain column, hoping the v-quadratic junk cancels between them.
      const j = v.L.z[c.r.below(v.L.k)]!;
      const m = c.r.below(v.L.n);
      const w = nonzero(c);
      const w2 = c.r.below(c.A.t);
      const { A } = c;
      const h = honest(v, c);
      return {
        y00: (h.y00 + A.mul(A.mul(w, v.P0[j]!), v.G0[0]![c.s]![m]!)) % A.t,
        y: h.y.map((yi, i) => {
          const t1 = A.mul(A.mul(w, v.P[i]![j]!), v.G[i]![0]![c.s]![m]!);
          const t2 = A.mul(A.mul(w2, v.P0[j]!), v.G[i]![0]![c.s]![m]!);
          return (yi + t1 + A.t - t2) % A.t;
        }),
      };
    },
  },
  {
    // k = 2: with padding only at the own index, instance i' != j sees A_i'[z_j] B^i'[z'_j] =
    // alpha beta a[z_j] b[z'_j] exactly (u_i'[z_j] = v_i'[z'_j] = 0), so only instance j still checks.
    name: 'corr: I + c·E(z_j, z\'_j) (same index)',
    corr: true,
    run: (v, c) => {
      const j = c.r.below(v.L.k);
      return accumulate(v, c, { extra: [[v.L.z[j]!, v.L.zp[j]!, nonzero(c)]] });
    },
  },
];

// ---------------------------------------------------------------------------------- runner

interface Row {
  family: string;
  k: number;
  t: number;
  pad: Pad;
  dither: Dither;
  trials: number;
  accepted: number;
  forged: number;
  flips: number;
  rate: number;
  /** forged/trial * t^k */
  ratio: number;
  /** Poisson 95 % upper bound of ratio (3/N when 0 events) */
  ratioHi: number;
  /** Poisson 99 % lower bound of ratio */
  ratioLo: number;
  ms: number;
}

/** crude Poisson bounds (Wilson-Hilferty style) for a count x */
function poissonBounds(x: number, z: number): [number, number] {
  if (x === 0) return [0, z >= 2.5 ? 4.6 : 3.0];
  const lo = x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const x1 = x + 1;
  const hi = x1 * (1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1))) ** 3;
  return [Math.max(0, lo), hi];
}

function runFamily(fam: Family, fi: number, cfg: Config, trials: number, seed: number): Row {
  const A = new Arith(cfg.t);
  const L = layout(cfg.d, cfg.k);
  const variant = ['random', 'own', 'zero'].indexOf(cfg.pad) + (cfg.dither === 'spec' ? 8 : 0);
  // two independent streams: the secrets, and the matcher's choices
  const wr = new Rng(seed, fi, cfg.k, cfg.t, variant, 0x5ec);
  const ar = new Rng(seed, fi, cfg.k, cfg.t, variant, 0xa77);
  let accepted = 0;
  let forged = 0;
  let flips = 0;
  const t0 = performance.now();
  for (let n = 0; n < trials; n++) {
    const s = ar.below(cfg.S);
    let s2 = ar.below(cfg.S - 1);
    if (s2 >= s) s2++;
    const w = makeWorld(cfg, L, A, wr, [[0, s], [0, s2], [1, s]]);
    const view: View = { t: w.t, L: w.L, S: w.S, T: w.T, P0: w.P0, P: w.P, O0: w.O0, O: w.O, G0: w.G0, G: w.G };
    const out = fam.run(view, { A, s, s2, r: ar });
    if (n === 0 || n % 64 === 0) {
      // the honest output always passes
      if (!custodianAccepts(w, A, 0, s, { y00: w.h00[0]![s]!, y: w.hT[0]![s]! })) throw new Error('assert: honest slot refused');
    }
    if (!custodianAccepts(w, A, 0, s, out)) continue;
    accepted++;
    const h = w.h00[0]![s]!;
    if (A.mod(out.y00) === h) continue;
    forged++;
    if (A.centred(A.mod(out.y00)) >= 0 !== A.centred(h) >= 0) flips++;
  }
  const ms = performance.now() - t0;
  const tk = cfg.t ** cfg.k;
  const rate = forged / trials;
  const [lo99] = poissonBounds(forged, 2.576);
  const [, hi95] = poissonBounds(forged, 1.96);
  return {
    family: fam.name,
    k: cfg.k,
    t: cfg.t,
    pad: cfg.pad,
    dither: cfg.dither,
    trials,
    accepted,
    forged,
    flips,
    rate,
    ratio: rate * tk,
    ratioHi: (hi95 / trials) * tk,
    ratioLo: (lo99 / trials) * tk,
    ms,
  };
}

const fmtE = (x: number): string => (x === 0 ? '0' : x.toExponential(2));
const fmtR = (x: number): string => (x === 0 ? '0' : x < 0.01 ? x.toExponential(1) : x.toFixed(2));

function table(title: string, rows: Row[]): void {
  console.log(`\n### ${title}\n`);
  console.log('| family | k | pad / dither | trials | accepted | forged | flips | forged/trial | ×t^k | 95% hi ×t^k |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.family} | ${r.k} | ${r.pad} / ${r.dither} | ${r.trials} | ${r.accepted} | ${r.forged} | ${r.flips} | ${fmtE(r.rate)} | ${fmtR(r.ratio)} | ${fmtR(r.ratioHi)} |`);
  }
}

function main(): void {
  const t = intFlag('t', 257);
  const trials = intFlag('trials', 20000);
  const trialsK2 = intFlag('trials-k2', 15 * trials);
  const padTrials = intFlag('pad-trials', 2000);
  const sanityT = intFlag('sanity-t', 65537);
  const sanityTrials = intFlag('sanity-trials', 100000);
  const seed = intFlag('seed', 1);
  const d = intFlag('d', 8);
  const S = intFlag('slots', 8);
  const only = flag('only', '');
  /** a family is a hole if its forged rate is, with 99 % confidence, above this multiple of 1/t^k */
  const holeFactor = Number(flag('hole-factor', '8'));
  for (const p of [t, sanityT]) if (!isPrime(p) || p >= 2 ** 26) throw new Error(`t = ${p} must be a prime below 2^26`);
  if (S < 2) throw new Error('--slots must be >= 2');
  const fams = FAMILIES.map((f, i) => ({ f, i })).filter(({ f }) => only === '' || only.split(',').some((o) => f.name.includes(o)));
  const base = { d, S, Q: 1, R: 3, T: 1 };
  const bound = scoreBound({ ...base, t, k: 1, pad: 'random', dither: 'strict' });
  if (2 * bound >= t) throw new Error(`d = ${d}: honest |y00| <= ${bound} must stay below t/2 (lower --d)`);
  const t0 = performance.now();

  console.log(`# 1:N per-slot CF-MAC (AUTHENTICATED-RESULTS §7), plain Monte Carlo`);
  console.log(`t = ${t}, d = ${d}, n = d+2+2k, ${BLOCKS} blocks × ${S} slots, seed ${seed}; forged = all checks pass and y00 != honest; flips = forged and decision != honest`);

  const main: Row[] = [];
  for (const k of [1, 2]) {
    for (const { f, i } of fams) main.push(runFamily(f, i, { ...base, t, k, pad: 'random', dither: 'strict' }, k === 1 ? trials : trialsK2, seed));
  }
  table(`Main (t = ${t}; settled construction: random correction padding, strict dither)`, main);

  const ablation: Row[] = [];
  if (padTrials > 0) {
    for (const pad of ['zero', 'own'] as Pad[]) {
      for (const k of [1, 2]) {
        if (pad === 'own' && k === 1) continue; // 'own' = 'random' at k = 1
        for (const { f, i } of fams) if (f.corr) ablation.push(runFamily(f, i, { ...base, t, k, pad, dither: 'strict' }, padTrials, seed));
      }
    }
    for (const k of [1, 2]) {
      for (const { f, i } of fams) if (!f.corr) ablation.push(runFamily(f, i, { ...base, t, k, pad: 'random', dither: 'spec' }, padTrials, seed));
    }
    table(
      `Ablation (t = ${t}): u_i[Z], v_i[Z'] zero ('zero') or random only at the own index ('own'); §2/§7 dither rho' in [0, rho) ('spec', y00 = 0 possible)`,
      ablation,
    );
  }

  const sanity: Row[] = [];
  if (sanityTrials > 0) {
    for (const { f, i } of fams) sanity.push(runFamily(f, i, { ...base, t: sanityT, k: 1, pad: 'random', dither: 'strict' }, sanityTrials, seed));
    table(`Sanity: 1/t scaling at t = ${sanityT}, k = 1`, sanity);
    const pooled = (rows: Row[]): number => rows.reduce((a, r) => a + r.forged, 0);
    const m257 = main.filter((r) => r.k === 1);
    const p1 = pooled(m257) / trials;
    const p2 = pooled(sanity) / sanityTrials;
    console.log(`\npooled over families, k = 1: Σ forged/trial = ${fmtE(p1)} (×t = ${(p1 * t).toFixed(2)}) at t = ${t}; ${fmtE(p2)} (×t = ${(p2 * sanityT).toFixed(2)}) at t = ${sanityT}`);
  }

  const holes = [...main, ...ablation, ...sanity].filter((r) => r.ratioLo > holeFactor);
  console.log(`\nholes (forged rate > ${holeFactor}/t^k with 99% confidence): ${holes.length === 0 ? 'none' : holes.map((h) => `${h.family} [k=${h.k}, pad=${h.pad}, dither=${h.dither}, t=${h.t}]: ${h.forged}/${h.trials}`).join('; ')}`);
  const elapsed = (performance.now() - t0) / 1000;
  console.log(`elapsed ${elapsed.toFixed(1)} s`);
  const strip = (r: Row): Row => ({ ...r, rate: Number(r.rate.toPrecision(4)), ratio: Number(r.ratio.toPrecision(4)), ratioHi: Number(r.ratioHi.toPrecision(4)), ratioLo: Number(r.ratioLo.toPrecision(4)), ms: Math.round(r.ms) });
  console.log(
    JSON.stringify({
      bench: 'identify-mac-montecarlo',
      t,
      d,
      slots: S,
      blocks: BLOCKS,
      seed,
      trials: { k1: trials, k2: trialsK2, pad: padTrials, sanity: sanityTrials, sanityT },
      main: main.map(strip),
      ablation: ablation.map(strip),
      sanity: sanity.map(strip),
      holes: holes.map((h) => ({ family: h.family, k: h.k, pad: h.pad, dither: h.dither, t: h.t, forged: h.forged, trials: h.trials })),
      elapsedS: Number(elapsed.toFixed(1)),
    }),
  );
}

main();
