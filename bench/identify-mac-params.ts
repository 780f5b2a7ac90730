/**
 * `npx tsx bench/identify-mac-params.ts [--dim 128|512] [--k 1,2] [--only NAME,...] [--refresh 1,64,4096] [--reps 5] [--json]`
 *
 * Which parameter set carries the authenticated 1:N search (AUTHENTICATED-RESULTS §7 with the
 * fixes of docs/THREAT-MODEL.md "1:N") under REAL BGV (docs/PARAMETERS-1toN.md, "Authenticated
 * 1:N: measured parameters"). For each candidate (N, coefficient modulus, t, k, d) and, in the
 * same run, today's unauthenticated preset of that dimension (k = 0, same code path):
 *   1. the desk's probe: a and A_i = alpha_i a + u_i, (1+k)(d+2+2k) coefficients, public-key
 *      encrypted; expanded (SealPIR, next power of two), switched to the product level;
 *   2. one full block (N slots) of gallery columns B^0 = b_s, B^i = beta_{s,i} b_s + v_i, each
 *      column as the refresh leaves it: the sum of n fresh secret-key encryptions, n in --refresh
 *      (src/he/seal/mac-lab.ts: one encryption plus the matching noise, checked against a real
 *      sum of 64 in every case);
 *   3. the 1+k multiply-accumulates in the WASM residue kernel (timed), decryption, and the
 *      custodian's check of every slot: tags exact, y^00 = <a, b_s> = r_s (rho (score - T) + rho').
 * WORST CASE (noise): probe p = +127 in every feature, rho = R, rho' = R - 1, every slot of every
 * template +-127 (random sign), r_s = R, T = 64^2, alpha, beta, fills uniform non-zero mod t (so
 * the MAC columns are uniform mod t), R the largest blinding with R (R (scoreBound + T) + R - 1)
 * < t/2. Scores of +-127 inputs exceed the quantizer's norm bound and wrap mod t: the checks are
 * exact equalities mod t. Figures: SEAL invariant noise budget, wall-clock medians, container
 * bytes. Last stdout line with --json: one JSON object.
 */
import { randomInt } from 'node:crypto';
import { drawMacFills, isPrime, macHonestBound, macLayout, macMaxBlinding, ModArith, smallestBatchingPrime } from '../src/params/identify-mac-layout.js';
import { FACE_1TON_PRESET_IDS, getPreset } from '../src/params/presets.js';
import { checkMacBlock, expandCountOf, openCase, presetOf, runMacBlock, type MacCase, type MacInputs } from './identify-mac-pipeline.js';

/** Smallest SEAL invariant noise budget accepted (test/expansion.test.ts REQUIRED_MARGIN_BITS, docs/PARAMETERS-1toN.md). */
const REQUIRED_MARGIN_BITS = 5;
/** Proven bound per attempt needs 4/t <= 2^-24 (Lemma 1 per instance). */
const MIN_T_BITS = 26;
/**
 * Worst forged/trial x t^k over all attack families of bench/identify-mac-montecarlo.ts with the
 * fixes (docs/THREAT-MODEL.md: "0.2-2.2/t (k = 1) and 0-5.5/t^2 (k = 2)"): the measured rate model.
 */
const MC_WORST_RATIO: Record<number, number> = { 1: 2.2, 2: 5.5 };

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const list = (s: string | undefined, fallback: number[]): number[] => (s ? s.split(',').map(Number) : fallback);

const dim = Number(flag('dim') ?? 512);
if (dim !== 128 && dim !== 512) throw new Error('--dim must be 128 or 512');
const ks = list(flag('k'), [1, 2]);
const refreshCounts = list(flag('refresh'), [1, 64, 4096]);
const reps = Number(flag('reps') ?? 5);
const only = flag('only')?.split(',');
const json = process.argv.includes('--json');

const T26 = BigInt(smallestBatchingPrime(MIN_T_BITS, 8192)); // = 1 mod 16384: batches at N = 4096 and 8192
const RINGS: { name: string; N: number; bits: number[]; drop: number }[] = [
  { name: 'N4096 28,28,28|25', N: 4096, bits: [28, 28, 28, 25], drop: 0 },
  { name: 'N8192 31,31,31|31', N: 8192, bits: [31, 31, 31, 31], drop: 0 },
  { name: 'N8192 31x4|31 drop1', N: 8192, bits: [31, 31, 31, 31, 31], drop: 1 },
  { name: 'N8192 31x4|31', N: 8192, bits: [31, 31, 31, 31, 31], drop: 0 },
];

const baseline: MacCase = (() => {
  const p = getPreset(FACE_1TON_PRESET_IDS[dim]);
  return { name: `today ${p.id}`, presetId: p.id, N: p.polyModulusDegree, bits: p.coeffModulusBits, t: p.plainModulus, drop: 0, d: dim, k: 0 };
})();
const cases: MacCase[] = [baseline];
for (const k of ks) for (const r of RINGS) cases.push({ name: `${r.name} t${T26} k${k}`, N: r.N, bits: r.bits, t: T26, drop: r.drop, d: dim, k });

const nonzero = (t: number): number => randomInt(1, t);

/** The worst-case inputs described in the header. */
function worstCase(c: MacCase): { inputs: MacInputs; R: number } {
  const t = Number(c.t);
  const preset = presetOf(c);
  const Tmax = preset.quantScale ** 2;
  const R = c.k === 0 ? preset.blindFactorMax : macMaxBlinding(t, preset.scoreBound, Tmax);
  const A = new ModArith(t);
  const fills = c.k === 0 ? undefined : drawMacFills(A, macLayout(c.d, c.k), (m) => randomInt(0, m));
  const slots = Array.from({ length: c.N }, () => ({
    g: Int8Array.from({ length: c.d }, () => (randomInt(0, 2) === 0 ? -127 : 127)),
    r: R,
    beta: Array.from({ length: c.k }, () => nonzero(t)),
  }));
  return {
    R,
    inputs: { p: new Array<number>(c.d).fill(127), rho: R, rho2: R - 1, T: Tmax, alpha: Array.from({ length: c.k }, () => nonzero(t)), ...(fills ? { fills } : {}), slots },
  };
}

interface Row {
  name: string;
  N: number;
  bits: string;
  productBits: number;
  t: string;
  tBits: number;
  d: number;
  k: number;
  n: number;
  expanded: number;
  expandedTo: number;
  R: number;
  honestBound: number;
  fitsHalfT: boolean;
  budgetProbe: number;
  budgetExpanded: number;
  budgetColumn: Record<string, number>;
  budgetResult: Record<string, number>;
  synthesisCheck: { real64: number; synthetic64: number };
  exact: Record<string, boolean>;
  expandMs: number;
  accumulateMsPerBlock: number;
  accumulateUsPerTemplate: number;
  templatesPerSecPerCore: number;
  probeBytes: number;
  galoisKeyBytes: number;
  galleryBytesPerTemplate: number;
  resultBytesPerBlock: number;
  log2ProvenForgery: number;
  log2MeasuredForgery: number;
  meets: boolean;
  why: string[];
  extrapolated1M: { accumulateS2Cores: number; expansionS2Cores: number; totalS2Cores: number; resultMB: number; galleryGB: number };
  error?: string;
}

async function measure(c: MacCase): Promise<Row> {
  const { he, lab } = await openCase(c);
  try {
    const { inputs, R } = worstCase(c);
    const preset = presetOf(c);
    const n = c.k === 0 ? c.d : macLayout(c.d, c.k).n;
    const C = expandCountOf(c);
    const probe = lab.encryptProbe(new Array<number>(C).fill(1));
    const budgetProbe = lab.sealBytesBudget(probe);
    const run = await runMacBlock(lab, c, inputs, refreshCounts, { timingReps: reps });
    const budgetResult: Record<string, number> = {};
    const budgetColumn: Record<string, number> = {};
    const exact: Record<string, boolean> = {};
    refreshCounts.forEach((rc, i) => {
      const chk = checkMacBlock(lab, c, inputs, run.results[i]!);
      budgetResult[rc] = Math.min(...chk.budgets);
      budgetColumn[rc] = run.columnBudget[i]!;
      exact[rc] = chk.wrongValue === 0 && chk.layoutMismatch === 0 && chk.accepted === he.N && chk.forged === 0;
    });
    // The refresh-sum synthesis against a real sum of 64 fresh encryptions (uniform slots).
    const tn = Number(he.t);
    const uni = Array.from({ length: he.N }, () => randomInt(0, tn));
    const synthesisCheck = { real64: lab.columnBudget(lab.realRefreshSum(uni, 64)), synthetic64: lab.columnBudget(lab.encryptColumn(uni, [64])[0]!) };
    const inst = c.k + 1;
    const productBits = he.level(lab.productLevel).primeBits.reduce((a, b) => a + b, 0);
    const rate = he.N / (run.accumulateMs / 1000);
    const honestBound = c.k === 0 ? R * (preset.scoreBound + preset.quantScale ** 2 + 1) : macHonestBound(R, R, preset.scoreBound, preset.quantScale ** 2);
    const fitsHalfT = R >= (c.k === 0 ? 1 : 2) && 2 * honestBound < tn;
    const resultBytesPerBlock = inst * lab.containerBytes(3);
    const why: string[] = [];
    if (c.k === 0) why.push('baseline (no MAC)');
    if (!isPrime(tn) || he.t % BigInt(2 * he.N) !== 1n) why.push('t not a batching prime');
    if (c.k > 0 && tn < 2 ** MIN_T_BITS) why.push(`t < 2^${MIN_T_BITS}`);
    if (!fitsHalfT) why.push('honest range does not fit t/2');
    for (const rc of refreshCounts) {
      if (budgetResult[rc]! < REQUIRED_MARGIN_BITS) why.push(`budget ${budgetResult[rc]} < ${REQUIRED_MARGIN_BITS} at ${rc} refreshes`);
      if (!exact[rc]) why.push(`not exact at ${rc} refreshes`);
    }
    const blocks1M = Math.ceil(1e6 / he.N);
    const accS = 1e6 / rate / 2;
    const expS = run.expansion.ms / 1000 / 2;
    return {
      name: c.name,
      N: he.N,
      bits: c.bits.join(','),
      productBits,
      t: he.t.toString(),
      tBits: Math.round(Math.log2(tn) * 100) / 100,
      d: c.d,
      k: c.k,
      n,
      expanded: C,
      expandedTo: 2 ** Math.ceil(Math.log2(C)),
      R,
      honestBound,
      fitsHalfT,
      budgetProbe,
      budgetExpanded: run.expansion.minBudget,
      budgetColumn,
      budgetResult,
      synthesisCheck,
      exact,
      expandMs: Math.round(run.expansion.ms),
      accumulateMsPerBlock: Math.round(run.accumulateMs * 10) / 10,
      accumulateUsPerTemplate: Math.round((run.accumulateMs * 1000 / he.N) * 100) / 100,
      templatesPerSecPerCore: Math.round(rate),
      probeBytes: lab.containerBytes(2, he.firstLevel),
      galoisKeyBytes: lab.galoisKeyBytes,
      galleryBytesPerTemplate: Math.round((inst * n * lab.containerBytes(2)) / he.N),
      resultBytesPerBlock,
      log2ProvenForgery: c.k === 0 ? 0 : Math.round(Math.log2(4 / tn) * 10) / 10,
      log2MeasuredForgery: c.k === 0 ? 0 : Math.round(Math.log2(MC_WORST_RATIO[c.k]! / tn ** c.k) * 10) / 10,
      meets: why.length === 0,
      why,
      extrapolated1M: {
        accumulateS2Cores: Math.round(accS * 100) / 100,
        expansionS2Cores: Math.round(expS * 100) / 100,
        totalS2Cores: Math.round((accS + expS) * 100) / 100,
        resultMB: Math.round((blocks1M * resultBytesPerBlock) / 1e5) / 10,
        galleryGB: Math.round((1e6 * inst * n * lab.containerBytes(2)) / he.N / 1e8) / 10,
      },
    };
  } finally {
    lab.delete();
    he.delete();
  }
}

const rows: Row[] = [];
const started = new Date().toISOString();
for (const c of cases) {
  if (only && c.k > 0 && !only.some((o) => c.name.includes(o))) continue;
  let r: Row;
  try {
    r = await measure(c);
  } catch (e) {
    r = { name: c.name, N: c.N, bits: c.bits.join(','), d: c.d, k: c.k, error: e instanceof Error ? e.message.split('\n')[0]! : `SEAL threw ${String(e)}` } as Row;
  }
  rows.push(r);
  process.stderr.write(`${JSON.stringify(r)}\n`);
}

const base = rows[0]!;
const fmt = (o: Record<string, number | boolean> | undefined): string => (o ? refreshCounts.map((rc) => String(o[rc])).join('/') : '');
console.log(`# authenticated 1:N under real BGV, ${dim}-D, refresh counts ${refreshCounts.join('/')}, ${started}, node ${process.version}`);
console.log('| case | q bits (product) | t bits | R | fresh probe | expanded | column | result | exact | expand ms | acc us/tmpl | tmpl/s/core | x today | probe B | Galois B | B/tmpl | result B/block | log2 proven / measured | meets |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  if (r.error) {
    console.log(`| ${r.name} | ERROR ${r.error} |`);
    continue;
  }
  const ratio = base.templatesPerSecPerCore ? (r.templatesPerSecPerCore / base.templatesPerSecPerCore).toFixed(2) : '';
  console.log(
    `| ${r.name} | ${r.bits} (${r.productBits}) | ${r.tBits} | ${r.R} | ${r.budgetProbe} | ${r.budgetExpanded} | ${fmt(r.budgetColumn)} | ${fmt(r.budgetResult)} | ${fmt(r.exact)} | ${r.expandMs} | ${r.accumulateUsPerTemplate} | ${r.templatesPerSecPerCore} | ${ratio} | ${r.probeBytes} | ${r.galoisKeyBytes} | ${r.galleryBytesPerTemplate} | ${r.resultBytesPerBlock} | ${r.log2ProvenForgery} / ${r.log2MeasuredForgery} | ${r.meets ? 'yes' : r.why.join('; ')} |`,
  );
}
if (json) console.log(JSON.stringify({ bench: 'identify-mac-params', started, node: process.version, dim, refreshCounts, reps, requiredMarginBits: REQUIRED_MARGIN_BITS, rows }));
