/**
 * One gallery block of the authenticated 1:N search (AUTHENTICATED-RESULTS §7 with the fixes of
 * docs/THREAT-MODEL.md "1:N") under real BGV, end to end: the desk's coefficient probe
 * (a, A_1..A_k back to back: (1+k)(d+2+2k) values), SealPIR expansion, (1+k)(d+2+2k) gallery
 * columns as the refresh leaves them, 1+k multiply-accumulates in the WASM residue kernel
 * (GalleryKernel: bit for bit SEAL's multiply/add), decryption and the custodian's per-slot check.
 * k = 0 runs today's unauthenticated layout (probe p, columns r_s g_s) on the same code path, as
 * the same-run baseline. Shared by bench/identify-mac-params.ts and test/identify-mac-bgv.test.ts.
 */
import { GalleryKernel, HeContext } from '../src/he/index.js';
import { MacBgvLab, type ExpansionRun, type ResidueCiphertext } from '../src/he/seal/mac-lab.js';
import { encodeMacProbe, encodeMacSlot, macColumnEntry, macLayout, macSlotAccepts, macSlotValue, ModArith, type MacFills, type MacLayout } from '../src/params/identify-mac-layout.js';
import { getPreset, type Preset, type PresetId } from '../src/params/presets.js';

/** A parameter set to measure: a registered preset (today's) or a candidate. */
export interface MacCase {
  readonly name: string;
  /** Registered preset id (today's baselines); candidates leave it out. */
  readonly presetId?: string;
  readonly N: number;
  /** Coefficient modulus bits, the last being SEAL's special prime. */
  readonly bits: readonly number[];
  readonly t: bigint;
  /** Data primes dropped (mod switch) between encryption/expansion and the products. */
  readonly drop: number;
  readonly d: number;
  /** MAC instances; 0 = today's layout. */
  readonly k: number;
}

/** Coefficients expanded for a case: (1+k)(d+2+2k), or d for today's layout. */
export function expandCountOf(c: Pick<MacCase, 'd' | 'k'>): number {
  return c.k === 0 ? c.d : (1 + c.k) * macLayout(c.d, c.k).n;
}

/** The preset object behind a case (a candidate is never registered, its id never on the wire). */
export function presetOf(c: MacCase): Preset {
  if (c.presetId) return getPreset(c.presetId);
  const C = expandCountOf(c);
  return {
    kind: '1:N',
    id: `cand-${c.name.replace(/[^A-Za-z0-9]+/g, '-')}` as PresetId,
    description: c.name,
    polyModulusDegree: c.N,
    coeffModulusBits: c.bits,
    plainModulus: c.t,
    maxDim: c.d,
    minDim: c.d,
    quantScale: 64,
    quantBits: 8,
    scoreBound: Math.ceil((64 + Math.sqrt(c.d) / 2) ** 2),
    blindFactorMax: 1,
    defaultThresholdCosine: 0.9,
    resultLevel: c.bits.length - 2 - c.drop,
    expansionDim: C,
    productLevel: c.bits.length - 2 - c.drop,
  };
}

/** Opens a case: its context (owned by the returned lab's caller) and lab. */
export async function openCase(c: MacCase): Promise<{ he: HeContext; lab: MacBgvLab }> {
  const preset = presetOf(c);
  const he = c.presetId ? await HeContext.create(c.presetId) : await HeContext.forCandidate(preset);
  try {
    const productLevel = he.firstLevel - c.drop;
    return { he, lab: await MacBgvLab.create(he, productLevel, expandCountOf(c)) };
  } catch (e) {
    he.delete();
    throw e;
  }
}

/** One slot's data: quantized template, the desk's r_s and the per-slot betas (k of them). */
export interface MacSlotData {
  readonly g: ArrayLike<number>;
  readonly r: number;
  readonly beta: readonly number[];
}

/** A search: the probe's secrets and every slot's data (N slots). */
export interface MacInputs {
  readonly p: ArrayLike<number>;
  readonly rho: number;
  readonly rho2: number;
  readonly T: number;
  readonly alpha: readonly number[];
  readonly fills?: MacFills;
  readonly slots: readonly MacSlotData[];
}

/** What one block's run produced. */
export interface MacRun {
  readonly expansion: ExpansionRun;
  /** Kernel time of the 1+k accumulations of one block (sum of per-accumulation medians), ms. */
  readonly accumulateMs: number;
  /** Per refresh count: the 1+k size-3 results. */
  readonly results: ResidueCiphertext[][];
  /** Per refresh count: smallest sampled column budget (bits). */
  readonly columnBudget: number[];
  /** Results with every column permuted by the Galois element `permute` (first refresh count), if asked. */
  readonly permuted?: ResidueCiphertext[];
}

/** The plaintext vectors of a search: probe coefficients per instance and each slot's b (or r_s g). */
function plainVectors(A: ModArith, L: MacLayout | undefined, inp: MacInputs): { probe: number[][]; b: Uint32Array[] } {
  if (!L) {
    return {
      probe: [Array.from(inp.p, (x) => A.mod(x))],
      b: inp.slots.map((s) => Uint32Array.from(s.g, (x) => A.mod(s.r * x))),
    };
  }
  const f = inp.fills!;
  const { a, tags } = encodeMacProbe(A, L, f, inp.p, inp.rho, inp.rho2, inp.alpha);
  return { probe: [a, ...tags], b: inp.slots.map((s) => Uint32Array.from(encodeMacSlot(A, L, f, s.g, s.r, inp.T))) };
}

/**
 * Runs one block: encrypt and expand the probe, build the columns for every refresh count,
 * accumulate (timed `timingReps` times on the first count), return the results.
 */
export async function runMacBlock(lab: MacBgvLab, c: MacCase, inp: MacInputs, refreshCounts: readonly number[], opts: { timingReps?: number; budgetSamples?: number; permute?: number } = {}): Promise<MacRun> {
  const { he } = lab;
  const A = new ModArith(Number(he.t));
  const L = c.k === 0 ? undefined : macLayout(c.d, c.k);
  const n = L ? L.n : c.d;
  const inst = 1 + (L ? L.k : 0);
  const { probe, b } = plainVectors(A, L, inp);
  if (inp.slots.length !== he.N) throw new Error(`need ${he.N} slots, got ${inp.slots.length}`);
  const gk = await GalleryKernel.forPrimes(lab.productPrimes, he.N, n);
  const ct2 = gk.ct2;
  // Expansion: output j = instance floor(j / n), coordinate j mod n.
  const expanded = Array.from({ length: inst }, () => new Uint32Array(n * ct2));
  const every = Math.max(1, Math.floor(inst * n / (opts.budgetSamples ?? 32)));
  const expansion = lab.expand(
    lab.encryptProbe(probe.flat()),
    (j, out) => expanded[Math.floor(j / n)]!.set(out.residues, (j % n) * ct2),
    (j) => j % every === 0 || j === inst * n - 1,
  );
  const results: ResidueCiphertext[][] = refreshCounts.map(() => []);
  const columnBudget = refreshCounts.map(() => Infinity);
  const permuted: ResidueCiphertext[] = [];
  let accumulateMs = 0;
  const out = gk.kernel.allocCiphertexts(gk.level, 3, 1);
  const blocks = refreshCounts.map(() => gk.allocBlock());
  const pblock = opts.permute !== undefined ? gk.allocBlock() : undefined;
  try {
    for (let i = 0; i < inst; i++) {
      gk.loadProbes(expanded[i]!);
      let colCf = 1n;
      for (let j = 0; j < n; j++) {
        const slots = new Uint32Array(he.N);
        const v = i === 0 ? undefined : inp.fills!.v[i - 1]!;
        for (let s = 0; s < he.N; s++) slots[s] = v ? macColumnEntry(A, b[s]!, inp.slots[s]!.beta[i - 1]!, v, j) : b[s]![j]!;
        const cols = lab.encryptColumn(slots, refreshCounts);
        cols.forEach((col, ci) => {
          gk.writeColumn(blocks[ci]!, j, col.residues);
          if (j === 0) columnBudget[ci] = Math.min(columnBudget[ci]!, lab.columnBudget(col));
        });
        colCf = cols[0]!.correctionFactor;
        if (pblock) gk.writeColumn(pblock, j, lab.applyGalois(cols[0]!, opts.permute!).residues);
      }
      const cf = (expansion.correctionFactor * colCf) % he.t;
      blocks.forEach((blk, ci) => results[ci]!.push({ residues: gk.score(blk), correctionFactor: cf }));
      if (pblock) permuted.push({ residues: gk.score(pblock), correctionFactor: cf });
      const times: number[] = [];
      for (let r = 0; r < (opts.timingReps ?? 5); r++) {
        const t0 = performance.now();
        gk.scoreInto(blocks[0]!, 1, out);
        times.push(performance.now() - t0);
      }
      accumulateMs += median(times);
    }
  } finally {
    for (const blk of blocks) gk.freeBlock(blk);
    if (pblock) gk.freeBlock(pblock);
    gk.kernel.free(out);
  }
  return { expansion, accumulateMs, results, columnBudget, ...(pblock ? { permuted } : {}) };
}

/** The custodian's view of one block's results. */
export interface MacCheck {
  /** Noise budget of each of the 1+k results (bits). */
  readonly budgets: number[];
  /** Slots whose tag equations all hold (k >= 1; N for today's layout, which has none). */
  readonly accepted: number;
  /** Slots whose y^00 differs from <a, b_s> (the honest value). */
  readonly wrongValue: number;
  /** Slots whose honest <a, b_s> differs from r_s (rho (<p, g_s> - T) + rho') mod t (layout self-check). */
  readonly layoutMismatch: number;
  /** Accepted slots with a value other than the honest one. */
  readonly forged: number;
  /** Centred decrypted y^00 per slot. */
  readonly y00: Int32Array;
}

/** Decrypts the 1+k results of a block and checks every slot (exact equality mod t). */
export function checkMacBlock(lab: MacBgvLab, c: MacCase, inp: MacInputs, results: readonly ResidueCiphertext[]): MacCheck {
  const { he } = lab;
  const A = new ModArith(Number(he.t));
  const L = c.k === 0 ? undefined : macLayout(c.d, c.k);
  const { probe, b } = plainVectors(A, L, inp);
  const dec = results.map((r) => lab.decryptSlots(r, 3));
  let accepted = 0;
  let wrongValue = 0;
  let layoutMismatch = 0;
  let forged = 0;
  const y00 = new Int32Array(he.N);
  for (let s = 0; s < he.N; s++) {
    const slot = inp.slots[s]!;
    const honest = A.dot(probe[0]!, b[s]!);
    const plain = L ? macSlotValue(A, inp.p, slot.g, inp.T, slot.r, inp.rho, inp.rho2) : A.mod(A.mul(A.mod(slot.r), A.mod(Array.from(inp.p).reduce((acc, x, j) => acc + x * slot.g[j]!, 0))));
    if (honest !== plain) layoutMismatch++;
    const got = dec[0]!.slots[s]!;
    y00[s] = A.centred(got);
    if (got !== honest) wrongValue++;
    const ok = !L || macSlotAccepts(A, inp.alpha, slot.beta, inp.fills!.kappa, got, dec.slice(1).map((x) => x.slots[s]!));
    if (ok) {
      accepted++;
      if (got !== honest) forged++;
    }
  }
  return { budgets: dec.map((x) => x.budget), accepted, wrongValue, layoutMismatch, forged, y00 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
