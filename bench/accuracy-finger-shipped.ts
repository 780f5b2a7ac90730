/**
 * `npx tsx bench/accuracy-finger-loco.ts --shipped [--out docs/accuracy/finger-loco-shipped.json]
 *   [--folds DB1_B,...] [--no-cross] [--no-baseline] [--max-impostors 10000] [--dim 512] [--background synthetic]`
 *
 * Leave-one-collection-out accuracy of the SHIPPED DEFAULT fingerprint representation (issue #13),
 * one process, one run, the same pairs for every method (pair protocol of
 * bench/accuracy-finger-loco.ts):
 *   - shipped recipe: for each neurotech fold (uareu, crossmatch) the shipped constant itself
 *     (src/templates/fingerprint/gen/shipped-background.ts, fitted on the four FVC2002 B sets only:
 *     it never saw either sensor); for each FVC2002 fold the same recipe (`fitShippedRecipe`:
 *     labelled fit, within-finger whitening, compacted to --directions int8 directions) fitted on
 *     the OTHER three FVC2002 sets, so no fold is scored by a background that saw it. Scores are
 *     the quantized encrypted-path scores (sm2-bgv4096-1to1-auth, /320^2).
 *   - baseline: the plaintext minutiae matcher (bench/baseline/minutiae-matcher.ts) on the same pairs.
 *   - cross-sensor: U.are.U vs CrossMatch prints of the 39 shared fingers, shipped constant.
 *   - multi-impression enrollment (src/templates/fingerprint/enrollment.ts: references from
 *     impressions 1..k, k = 1..4, probes 5..8).
 *   - two-finger fusion (neurotech folds only: subjects with several fingers; FVC2002 B has no
 *     subject labels): the two fingers of a request are a subject's fingers (2m-1, 2m) on one
 *     sensor; fused score = sum of the two fingers' quantized scores (what one encrypted request
 *     with both fingers' chunks summed would compute); genuine = impressions i < j of the same
 *     subject and pair, impostor = different (subject, pair) identities, every impression pair,
 *     every-k-th subsample capped at --max-impostors. Beside it: the first finger alone on the same
 *     pairs, and the baseline's summed scores.
 *   - the pooled threshold at FMR 1% (a default-threshold candidate) and per-fold FMR/FNMR at it.
 *   - DET curves (FMR, FNMR) per fold and method, for bench/finger-det-svg.ts.
 * The JSON goes to --out (and is the last stdout line with --json). `--dim 512`: the same for the
 * 512-value 1:N representation (minutiaeToIdentifyVector, its own shipped constant, 1:N finger
 * preset quantization), without the baseline (see the 8,192 run). `--background synthetic`: every
 * fold scored with the synthetic background instead (the default before issue #13), to compare
 * (its scores stand under `results.shipped`; `backgrounds` says which background each fold used).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compactBackground } from '../src/templates/fingerprint/background-codec.js';
import { combineImpressionVectors } from '../src/templates/fingerprint/enrollment.js';
import { FINGER_1TON_PRESET_ID, getPreset } from '../src/params/presets.js';
import { quantizeEmbedding, quantizedScore } from '../src/templates/face.js';
import { FINGER_DIM, fingerIdentifyRepresentation, fitBackground, minutiaeToVector, type FingerBackground, type FingerRepresentation } from '../src/templates/fingerprint/representation.js';
import { shippedFingerBackground, shippedFingerIdentifyBackground } from '../src/templates/fingerprint/shipped-background.js';
import { SHIPPED_BACKGROUND_SHA256 } from '../src/templates/fingerprint/gen/shipped-background.js';
import { SHIPPED_1TON_BACKGROUND_SHA256 } from '../src/templates/fingerprint/gen/shipped-background-1ton.js';
import { collectionPairs, crossSensorPairs, figures, quantizedScorer, trainingSet, type Figures, type PairSet } from './accuracy-finger-loco.js';
import { baselineScore, baselineTemplate, type BaselineTemplate } from './baseline/minutiae-matcher.js';
import { COLLECTIONS, loadCollections, planar, type Collection, type CollectionSample } from './finger-collections.js';
import { round } from './harness.js';
import { errorRates, ratesAt } from './metrics.js';

/** The public collections a shipped constant may be fitted on (the neurotech sets may not be redistributed). */
export const SHIPPED_COLLECTIONS: readonly Collection[] = ['DB1_B', 'DB2_B', 'DB3_B', 'DB4_B'];
export const SHIPPED_TRAIN_FINGERS = 16;
export const SHIPPED_DIRECTIONS = 128;

/**
 * The shipped recipe, full precision: a labelled fit (descriptor projection, mean, within-finger
 * whitening) on the public FVC2002 B sets except `heldOut`, at most `trainFingers` fingers each.
 * bench/gen-finger-background.ts compacts it to the shipped constant.
 */
export function fitShippedRecipe(
  samples: readonly CollectionSample[],
  heldOut: readonly Collection[] = [],
  trainFingers = SHIPPED_TRAIN_FINGERS,
  fit: FingerRepresentation['fit'] = fitBackground,
): { background: FingerBackground; prints: number } {
  const train = trainingSet(
    samples.filter((s) => SHIPPED_COLLECTIONS.includes(s.collection)),
    heldOut,
    trainFingers,
  );
  return { background: fit(train.map((s) => s.record), 0, train.map((s) => `${s.collection}:${s.finger}`)), prints: train.length };
}

/**
 * DET curve points (FMR, FNMR) at the distinct thresholds, thinned for a log-log plot: a point is
 * kept when FMR or FNMR moved by more than `step` decades since the last kept one (rates of 0
 * count as 1e-5), plus the last point.
 */
export function detCurve(genuine: readonly number[], impostor: readonly number[], step = 0.02): [number, number][] {
  const g = [...genuine].sort((a, b) => a - b);
  const im = [...impostor].sort((a, b) => a - b);
  const thr = [...new Set([...g, ...im])].sort((a, b) => a - b);
  const pts: [number, number][] = [];
  let gi = 0;
  let ii = 0;
  for (const t of thr) {
    while (gi < g.length && g[gi]! < t) gi++;
    while (ii < im.length && im[ii]! < t) ii++;
    pts.push([(im.length - ii) / im.length, gi / g.length]);
  }
  const lg = (v: number) => Math.log10(Math.max(v, 1e-5));
  const out: [number, number][] = [];
  pts.forEach((p, k) => {
    const last = out[out.length - 1];
    if (!last || k === pts.length - 1 || Math.abs(lg(p[0]) - lg(last[0])) > step || Math.abs(lg(p[1]) - lg(last[1])) > step) out.push(p);
  });
  return out.map(([a, b]) => [round(a, 6), round(b, 6)]);
}

/** Two-finger identities of one neurotech collection: a subject's fingers (2m-1, 2m), both present. */
export function twoFingerIdentities(samples: readonly CollectionSample[], collection: Collection): { subject: string; fingers: [string, string] }[] {
  const fingers = [...new Set(samples.filter((s) => s.collection === collection).map((s) => s.finger))];
  const out: { subject: string; fingers: [string, string] }[] = [];
  for (const f of fingers) {
    const [subject, n] = f.split('_') as [string, string];
    const k = Number(n);
    if (k % 2 === 1 && fingers.includes(`${subject}_${k + 1}`)) out.push({ subject, fingers: [f, `${subject}_${k + 1}`] });
  }
  return out;
}

interface TwoFingerFigures {
  /** Two-finger identities (subject, finger pair) and the subjects they come from. */
  identities: number;
  subjects: number;
  fused: Figures;
  firstFingerAlone: Figures;
  baselineFused?: Figures;
  baselineFirstFingerAlone?: Figures;
}

export interface FusionPairs {
  /** [identity, impression, identity, impression] */
  genuine: [number, number, number, number][];
  impostor: [number, number, number, number][];
}

/** Two-finger fusion pairs: genuine = impressions i < j of one identity; impostor = two identities, every impression pair, every-k-th subsample capped at maxImpostors. */
export function fusionPairs(ids: number, impressions: number, maxImpostors: number): FusionPairs {
  const genuine: FusionPairs['genuine'] = [];
  const all: FusionPairs['impostor'] = [];
  for (let a = 0; a < ids; a++) {
    for (let i = 1; i <= impressions; i++) for (let j = i + 1; j <= impressions; j++) genuine.push([a, i, a, j]);
    for (let b = a + 1; b < ids; b++) for (let i = 1; i <= impressions; i++) for (let j = 1; j <= impressions; j++) all.push([a, i, b, j]);
  }
  const stride = Math.max(1, Math.ceil(all.length / maxImpostors));
  return { genuine, impostor: all.filter((_, n) => n % stride === 0) };
}

function fromScores(g: number[], im: number[]): Figures {
  const r1 = errorRates(g, im, 0.01);
  const r01 = errorRates(g, im, 0.001);
  return { eer: round(r1.eer, 4), fnmrAtFmr1pct: round(r1.fnmrAtFmr, 4), fnmrAtFmr01pct: round(r01.fnmrAtFmr, 4), genuine: g.length, impostor: im.length };
}

function meanOf(rows: readonly Figures[]): Pick<Figures, 'eer' | 'fnmrAtFmr1pct' | 'fnmrAtFmr01pct'> & { worstEer: number } {
  const m = (k: 'eer' | 'fnmrAtFmr1pct' | 'fnmrAtFmr01pct') => round(rows.reduce((a, r) => a + r[k], 0) / rows.length, 4);
  return { eer: m('eer'), fnmrAtFmr1pct: m('fnmrAtFmr1pct'), fnmrAtFmr01pct: m('fnmrAtFmr01pct'), worstEer: Math.max(...rows.map((r) => r.eer)) };
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The --shipped mode of bench/accuracy-finger-loco.ts. */
export function runShippedLoco(): void {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const t0 = performance.now();
  const at = () => `[${((performance.now() - t0) / 1000).toFixed(0)} s]`;
  const maxImpostors = Number(flag('max-impostors', '10000'));
  const out = flag('out', 'docs/accuracy/finger-loco-shipped.json');
  const only = flag('folds', COLLECTIONS.join(',')).split(',');
  const samples = loadCollections();
  const folds = COLLECTIONS.filter((c) => only.includes(c));
  // --dim 512: the 1:N representation (minutiaeToIdentifyVector, its own shipped constant, scores
  // quantized as the 1:N finger preset does: s = 64); the baseline is left to the 8,192 run.
  const dim = Number(flag('dim', String(FINGER_DIM)));
  const identify = dim !== FINGER_DIM;
  const rep: Pick<FingerRepresentation, 'fit' | 'toVector'> = identify ? fingerIdentifyRepresentation() : { fit: fitBackground, toVector: minutiaeToVector };
  const shipped = identify ? shippedFingerIdentifyBackground() : shippedFingerBackground();
  const shippedSha = identify ? SHIPPED_1TON_BACKGROUND_SHA256 : SHIPPED_BACKGROUND_SHA256;
  const scorerOf = identify ? identifyScorer : quantizedScorer;
  const withBaseline = !identify && !process.argv.includes('--no-baseline');
  const noCross = process.argv.includes('--no-cross');

  const vectors: (Float64Array | undefined)[] = samples.map(() => undefined);
  const backgrounds: Record<string, string> = {};
  const byCollection = (c: Collection) => samples.flatMap((s, i) => (s.collection === c ? [i] : []));
  const vectorize = (c: Collection, bg: FingerBackground | 'synthetic') => {
    for (const i of byCollection(c)) vectors[i] = rep.toVector(samples[i]!.record, { background: bg });
  };
  const repFolds = new Set<Collection>([...folds, ...(noCross ? [] : (['uareu', 'crossmatch'] as const))]);
  // --background synthetic: the synthetic background on every fold instead (the pre-#13 default), for comparison.
  const synthetic = flag('background', '') === 'synthetic';
  for (const c of COLLECTIONS.filter((x) => repFolds.has(x))) {
    if (synthetic) {
      vectorize(c, 'synthetic');
      backgrounds[c] = 'synthetic (seeded synthetic prints, no real print)';
    } else if (SHIPPED_COLLECTIONS.includes(c)) {
      const { background, prints } = fitShippedRecipe(samples, [c], SHIPPED_TRAIN_FINGERS, rep.fit);
      vectorize(c, compactBackground(background, SHIPPED_DIRECTIONS));
      backgrounds[c] = `shipped recipe fitted on the other three FVC2002 B sets (${prints} prints), compacted to ${SHIPPED_DIRECTIONS} directions`;
    } else {
      vectorize(c, shipped);
      backgrounds[c] = `the shipped constant (FVC2002 DB1-DB4 B; sha256 ${shippedSha})`;
    }
    log(`vectors ${c} ${at()}`);
  }
  const score = scorerOf(vectors);
  const templates: (BaselineTemplate | undefined)[] = samples.map((s) => (withBaseline && repFolds.has(s.collection) ? baselineTemplate(planar(s.record)) : undefined));
  const base = (i: number, j: number) => (withBaseline ? baselineScore(templates[i]!, templates[j]!) : 0);

  type Method = 'shipped' | 'baseline';
  const perFold: Record<Method, Record<string, Figures>> = { shipped: {}, baseline: {} };
  const det: Record<Method, Record<string, [number, number][]>> = { shipped: {}, baseline: {} };
  const pooled = { g: [] as number[], i: [] as number[] };
  const foldScores: Record<string, { g: number[]; i: number[] }> = {};
  const multi: Record<string, Record<string, Figures>> = {};
  const fusion: Record<string, TwoFingerFigures> = {};
  const scoresOf = (f: (i: number, j: number) => number, p: PairSet) => ({ g: p.genuine.map(([i, j]) => f(i, j)), i: p.impostor.map(([i, j]) => f(i, j)) });

  for (const c of folds) {
    const pairs = collectionPairs(samples, c, maxImpostors);
    for (const [m, f] of withBaseline ? ([['shipped', score], ['baseline', base]] as const) : ([['shipped', score]] as const)) {
      const s = scoresOf(f, pairs);
      perFold[m][c] = fromScores(s.g, s.i);
      det[m][c] = detCurve(s.g, s.i);
      if (m === 'shipped') {
        foldScores[c] = s;
        pooled.g.push(...s.g);
        pooled.i.push(...s.i);
      }
    }
    multi[c] = Object.fromEntries([1, 2, 3, 4].map((k) => [`k${k}`, multiImpression(samples, vectors, c, k, scorerOf)]));
    if (c === 'uareu' || c === 'crossmatch') fusion[c] = twoFinger(samples, c, score, withBaseline ? base : undefined, maxImpostors);
    log(`${c}: shipped EER ${pct(perFold.shipped[c]!.eer)}, baseline ${withBaseline ? pct(perFold.baseline[c]!.eer) : '-'}; multi k=1..4 ${[1, 2, 3, 4].map((k) => pct(multi[c]![`k${k}`]!.eer)).join(' / ')}${fusion[c] ? `; two-finger EER ${pct(fusion[c]!.fused.eer)}` : ''} ${at()}`);
  }

  let crossSensor: Partial<Record<Method, Figures>> & { shipped: Figures } | undefined;
  if (!noCross) {
    const cross = crossSensorPairs(samples);
    const s = scoresOf(score, cross);
    crossSensor = { shipped: fromScores(s.g, s.i) };
    det.shipped.crossSensor = detCurve(s.g, s.i);
    if (withBaseline) {
      const b = scoresOf(base, cross);
      crossSensor.baseline = fromScores(b.g, b.i);
      det.baseline.crossSensor = detCurve(b.g, b.i);
    }
    log(`cross-sensor: shipped ${pct(crossSensor.shipped.eer)}, baseline ${crossSensor.baseline ? pct(crossSensor.baseline.eer) : '-'} ${at()}`);
  }

  // Default-threshold candidates: the cosine at FMR 1% pooled over the folds' shipped-recipe
  // scores, and over the neurotech folds only (scored by the shipped constant itself).
  const thresholdOf = (g: number[], i: number[]) => {
    const r = errorRates(g, i, 0.01);
    const thr = round(r.thresholdAtFmr, 4);
    return { thresholdCosineAtFmr1pct: thr, pooledFnmr: round(r.fnmrAtFmr, 4), perFold: Object.fromEntries(Object.entries(foldScores).map(([c, s]) => [c, { fmr: round(ratesAt(s.g, s.i, thr).fmr, 4), fnmr: round(ratesAt(s.g, s.i, thr).fnmr, 4) }])) };
  };
  const nt = Object.entries(foldScores).filter(([c]) => c === 'uareu' || c === 'crossmatch');
  const thresholds = {
    pooledAllFolds: pooled.g.length ? thresholdOf(pooled.g, pooled.i) : undefined,
    pooledNeurotechFolds: nt.length ? thresholdOf(nt.flatMap(([, s]) => s.g), nt.flatMap(([, s]) => s.i)) : undefined,
  };

  const report = {
    data: 'six collections: FVC2002 DB1-DB4 B (ISO), neurotech uareu and crossmatch (NBIS .xyt)',
    protocol: identify
      ? { maxImpostors, dim, preset: FINGER_1TON_PRESET_ID, score: 'quantized (s = 64) inner product / 64^2', directions: SHIPPED_DIRECTIONS, trainFingers: SHIPPED_TRAIN_FINGERS }
      : { maxImpostors, dim, preset: 'sm2-bgv4096-1to1-auth', score: 'quantized chunk sum / 320^2', directions: SHIPPED_DIRECTIONS, trainFingers: SHIPPED_TRAIN_FINGERS },
    backgrounds,
    seconds: round((performance.now() - t0) / 1000, 0),
    results: Object.fromEntries((withBaseline ? (['shipped', 'baseline'] as const) : (['shipped'] as const)).map((m) => [m, { perFold: perFold[m], mean: folds.length ? meanOf(Object.values(perFold[m])) : undefined, crossSensor: crossSensor?.[m] }])),
    multiImpression: { perFold: multi, mean: Object.fromEntries([1, 2, 3, 4].map((k) => [`k${k}`, meanOf(Object.values(multi).map((m) => m[`k${k}`]!))])) },
    twoFingerFusion: fusion,
    thresholds,
    det,
  };
  for (const m of withBaseline ? (['shipped', 'baseline'] as const) : (['shipped'] as const)) {
    log(`${m}:`);
    for (const [c, x] of Object.entries(perFold[m])) log(`  ${c.padEnd(10)} EER ${pct(x.eer)}  FNMR@FMR1% ${pct(x.fnmrAtFmr1pct)}  FNMR@FMR0.1% ${pct(x.fnmrAtFmr01pct)}  (${x.genuine} g / ${x.impostor} i)`);
    const mm = report.results[m]!.mean;
    if (mm) log(`  mean       EER ${pct(mm.eer)} (worst fold ${pct(mm.worstEer)})  FNMR@FMR1% ${pct(mm.fnmrAtFmr1pct)}  FNMR@FMR0.1% ${pct(mm.fnmrAtFmr01pct)}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  log(`wrote ${out} ${at()}`);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
}

/**
 * Multi-impression enrollment on one collection with the enrollment code itself
 * (combineImpressionVectors): references from impressions 1..k, probes impressions 5..8;
 * genuine = probe vs its finger's reference, impostor = probe vs every other finger's reference.
 */
function multiImpression(
  samples: readonly CollectionSample[],
  vectors: readonly (Float64Array | undefined)[],
  c: Collection,
  k: number,
  scorerOf: (v: readonly (Float64Array | undefined)[]) => (i: number, j: number) => number,
): Figures {
  const idx = samples.flatMap((s, i) => (s.collection === c ? [i] : []));
  const fingers = [...new Set(idx.map((i) => samples[i]!.finger))];
  const refs = fingers.map((f) => combineImpressionVectors(idx.filter((i) => samples[i]!.finger === f && samples[i]!.impression <= k).map((i) => vectors[i]!)));
  const probes = idx.filter((i) => samples[i]!.impression >= 5);
  const base = vectors.length;
  const pairs: PairSet = { genuine: [], impostor: [] };
  for (const p of probes) fingers.forEach((f, r) => (samples[p]!.finger === f ? pairs.genuine : pairs.impostor).push([p, base + r]));
  return figures(scorerOf([...vectors, ...refs]), pairs);
}

/** 1:N scores: the finger 1:N preset's quantization (s = 64, one 512-value product), as a cosine. */
function identifyScorer(vectors: readonly (Float64Array | undefined)[]): (i: number, j: number) => number {
  const preset = getPreset(FINGER_1TON_PRESET_ID);
  const q = vectors.map((v) => (v ? quantizeEmbedding(v, preset) : undefined));
  const s2 = preset.quantScale * preset.quantScale;
  return (i, j) => quantizedScore(q[i]!, q[j]!) / s2;
}

/** Two-finger fusion figures on one neurotech collection (header). */
function twoFinger(
  samples: readonly CollectionSample[],
  c: Collection,
  score: (i: number, j: number) => number,
  base: ((i: number, j: number) => number) | undefined,
  maxImpostors: number,
): TwoFingerFigures {
  const ids = twoFingerIdentities(samples, c);
  const index = new Map(samples.map((s, i) => [`${s.collection}|${s.finger}|${s.impression}`, i] as const));
  const at = (finger: string, impression: number) => index.get(`${c}|${finger}|${impression}`)!;
  const pairs = fusionPairs(ids.length, 8, maxImpostors);
  const run = (f: (i: number, j: number) => number, fingersUsed: 1 | 2) => {
    const s = (p: [number, number, number, number]) => {
      const [a, i, b, j] = p;
      let v = f(at(ids[a]!.fingers[0], i), at(ids[b]!.fingers[0], j));
      if (fingersUsed === 2) v += f(at(ids[a]!.fingers[1], i), at(ids[b]!.fingers[1], j));
      return v;
    };
    return fromScores(pairs.genuine.map(s), pairs.impostor.map(s));
  };
  return {
    identities: ids.length,
    subjects: new Set(ids.map((x) => x.subject)).size,
    fused: run(score, 2),
    firstFingerAlone: run(score, 1),
    ...(base ? { baselineFused: run(base, 2), baselineFirstFingerAlone: run(base, 1) } : {}),
  };
}
