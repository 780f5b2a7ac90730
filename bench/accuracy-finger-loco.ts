/**
 * `npx tsx bench/accuracy-finger-loco.ts [--json] [--skip baseline,fitted,default]
 *   [--max-impostors 10000] [--train-fingers 16] [--directions 128] [--folds DB1_B,...] [--no-cross] [--compact-only]`
 * `npx tsx bench/accuracy-finger-loco.ts --shipped [--out FILE]`: the shipped default's LOCO, the
 *   issue #13 figures (bench/accuracy-finger-shipped.ts: shipped recipe, baseline, cross-sensor,
 *   multi-impression, two-finger fusion, DET curves, in one run).
 *
 * Leave-one-collection-out (LOCO) accuracy of the fixed-length fingerprint representation on six
 * sensor collections (bench/finger-collections.ts: FVC2002 DB1-DB4 B, Neurotechnology U.are.U and
 * CrossMatch read from NBIS .xyt), beside a plaintext variable-length baseline matcher
 * (bench/baseline/minutiae-matcher.ts). Every representation score is the quantized integer score
 * of the encrypted path (preset sm2-bgv4096-1to1-auth: whole vector L2-normalized, scale 320, int8,
 * 16 chunks of 512 summed), divided by 320^2.
 *
 * Pair protocol, per held-out collection (the same pairs for every method):
 *   - genuine: every pair of impressions of one finger (FVC protocol: 28 per finger);
 *   - impostor: pairs (i < j, file order) of prints of different fingers of the collection; all of
 *     them for the FVC2002 B sets (2,880 each: their FVC first-impression protocol would give only
 *     45), a deterministic every-k-th subsample capped at --max-impostors (default 10,000) for the
 *     two larger neurotech collections (133,120 and 81,804 in all).
 *   - cross-sensor (its own figure): the 39 fingers on both neurotech sensors, U.are.U impression
 *     i vs CrossMatch impression j; genuine all 64 (i, j) of a finger (2,496), impostor finger
 *     a != b with i = j (11,856).
 * Methods:
 *   (a) default: the default representation as it is (`minutiaeToVector(record)`; since issue #13
 *       that is the shipped background fitted on the four FVC2002 B sets, so its FVC2002 folds
 *       are training-set figures: the honest LOCO of the shipped default is --shipped);
 *   (b) fitted: the representation fitted (`fitBackground(records, 0, labels)`: learned
 *       descriptor projection, mean, whitening) on the OTHER five collections, at most
 *       --train-fingers fingers per collection (all their impressions; first fingers in file
 *       order), and with the physical fingers of the held-out collection removed from the others
 *       (the 39 fingers shared by the two neurotech sensors);
 *   (b') fittedCompact: the fold's fitted background compacted as the shipped one is
 *       (background-codec.ts, --directions int8 whitening directions); its cross-sensor figure
 *       is fitted on the four FVC2002 sets (neither neurotech sensor seen);
 *   (c) baseline: the plaintext minutiae matcher on the same pairs (not fixed-length, never
 *       encrypted).
 * Multi-impression enrolment (`multiImpressionFigures`): with the (b') background of each fold,
 * references from impressions 1..k (k = 1..4) against probes 5..8.
 * Reported per fold and as the mean over the six folds: EER, FNMR at FMR = 1% and at FMR = 0.1%.
 * With --json the last stdout line is one JSON object.
 */
import { fileURLToPath } from 'node:url';
import { getPreset } from '../src/params/presets.js';
import { compactBackground } from '../src/templates/fingerprint/background-codec.js';
import { fingerScore, fitBackground, minutiaeToVector, quantizeFingerVector, type FingerBackground } from '../src/templates/fingerprint/representation.js';
import { baselineScore, baselineTemplate, type BaselineTemplate } from './baseline/minutiae-matcher.js';
import { COLLECTIONS, loadCollections, planar, type Collection, type CollectionSample } from './finger-collections.js';
import { round } from './harness.js';
import { errorRates } from './metrics.js';

export interface PairSet {
  genuine: [number, number][];
  impostor: [number, number][];
}

/** Genuine and impostor pairs (indices into `samples`) of one collection, as the header states. */
export function collectionPairs(samples: readonly CollectionSample[], collection: Collection, maxImpostors: number): PairSet {
  const idx = samples.flatMap((s, i) => (s.collection === collection ? [i] : []));
  const genuine: [number, number][] = [];
  const all: [number, number][] = [];
  for (let a = 0; a < idx.length; a++) {
    for (let b = a + 1; b < idx.length; b++) {
      const i = idx[a]!;
      const j = idx[b]!;
      (samples[i]!.finger === samples[j]!.finger ? genuine : all).push([i, j]);
    }
  }
  const stride = Math.max(1, Math.ceil(all.length / maxImpostors));
  return { genuine, impostor: stride === 1 ? all : all.filter((_, n) => n % stride === 0) };
}

/** Cross-sensor pairs: (U.are.U print, CrossMatch print) of the fingers on both sensors. */
export function crossSensorPairs(samples: readonly CollectionSample[]): PairSet {
  const u = samples.flatMap((s, i) => (s.collection === 'uareu' ? [i] : []));
  const c = samples.flatMap((s, i) => (s.collection === 'crossmatch' ? [i] : []));
  const shared = new Set(u.map((i) => samples[i]!.physical).filter((p) => c.some((j) => samples[j]!.physical === p)));
  const genuine: [number, number][] = [];
  const impostor: [number, number][] = [];
  for (const i of u) {
    const a = samples[i]!;
    if (!shared.has(a.physical)) continue;
    for (const j of c) {
      const b = samples[j]!;
      if (!shared.has(b.physical)) continue;
      if (a.physical === b.physical) genuine.push([i, j]);
      else if (a.impression === b.impression) impostor.push([i, j]);
    }
  }
  return { genuine, impostor };
}

export interface Figures {
  eer: number;
  fnmrAtFmr1pct: number;
  fnmrAtFmr01pct: number;
  genuine: number;
  impostor: number;
}

export function figures(score: (i: number, j: number) => number, pairs: PairSet): Figures {
  const g = pairs.genuine.map(([i, j]) => score(i, j));
  const im = pairs.impostor.map(([i, j]) => score(i, j));
  const r1 = errorRates(g, im, 0.01);
  const r01 = errorRates(g, im, 0.001);
  return { eer: round(r1.eer, 4), fnmrAtFmr1pct: round(r1.fnmrAtFmr, 4), fnmrAtFmr01pct: round(r01.fnmrAtFmr, 4), genuine: g.length, impostor: im.length };
}

/** Quantized encrypted-path score (as a cosine) of two float vectors' templates. */
export function quantizedScorer(vectors: readonly (Float64Array | undefined)[]): (i: number, j: number) => number {
  const preset = getPreset('sm2-bgv4096-1to1-auth');
  const q = vectors.map((v) => (v ? quantizeFingerVector(v, preset) : undefined));
  const s2 = preset.quantScale * preset.quantScale;
  return (i, j) => fingerScore(q[i]!, q[j]!) / s2;
}

/** Training prints for a fold: the other collections, without the held-out's physical fingers. */
export function trainingSet(samples: readonly CollectionSample[], heldOut: readonly Collection[], maxFingers: number): CollectionSample[] {
  const excluded = new Set(samples.filter((s) => heldOut.includes(s.collection)).map((s) => s.physical));
  const out: CollectionSample[] = [];
  for (const c of COLLECTIONS) {
    if (heldOut.includes(c)) continue;
    const fingers: string[] = [];
    for (const s of samples) {
      if (s.collection !== c || excluded.has(s.physical)) continue;
      if (!fingers.includes(s.finger)) {
        if (fingers.length >= maxFingers) continue;
        fingers.push(s.finger);
      }
      out.push(s);
    }
  }
  return out;
}

/**
 * Multi-impression enrolment on one collection: references from impressions 1..k of each finger
 * (float vectors summed after L2 normalization, then quantized as one template), probes are
 * impressions 5..8 (never in a reference); genuine = probe vs its finger's reference, impostor =
 * probe vs every other finger's reference. k = 1 is the single-impression reference on the same
 * probes.
 */
export function multiImpressionFigures(samples: readonly CollectionSample[], vectors: readonly (Float64Array | undefined)[], collection: Collection, k: number): Figures {
  const idx = samples.flatMap((s, i) => (s.collection === collection ? [i] : []));
  const fingers = [...new Set(idx.map((i) => samples[i]!.finger))];
  const dim = vectors[idx[0]!]!.length;
  const refs = fingers.map((f) => {
    const r = new Float64Array(dim);
    for (const i of idx) {
      const s = samples[i]!;
      if (s.finger !== f || s.impression > k) continue;
      const v = vectors[i]!;
      let n = 0;
      for (let t = 0; t < dim; t++) n += v[t]! * v[t]!;
      const inv = n > 0 ? 1 / Math.sqrt(n) : 0;
      for (let t = 0; t < dim; t++) r[t]! += v[t]! * inv;
    }
    return r;
  });
  const probes = idx.filter((i) => samples[i]!.impression >= 5);
  const all = [...vectors, ...refs];
  const base = vectors.length;
  const pairs: PairSet = { genuine: [], impostor: [] };
  for (const p of probes) fingers.forEach((f, r) => (samples[p]!.finger === f ? pairs.genuine : pairs.impostor).push([p, base + r]));
  return figures(quantizedScorer(all), pairs);
}

function mean(rows: readonly Figures[]): Omit<Figures, 'genuine' | 'impostor'> {
  const m = (k: 'eer' | 'fnmrAtFmr1pct' | 'fnmrAtFmr01pct') => round(rows.reduce((a, r) => a + r[k], 0) / rows.length, 4);
  return { eer: m('eer'), fnmrAtFmr1pct: m('fnmrAtFmr1pct'), fnmrAtFmr01pct: m('fnmrAtFmr01pct') };
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--shipped')) {
  // The shipped default's LOCO (issue #13): bench/accuracy-finger-shipped.ts. Not awaited: that
  // module imports this one, which must finish evaluating first.
  void import('./accuracy-finger-shipped.js').then((m) => m.runShippedLoco());
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const skip = new Set(flag('skip', '').split(',').filter(Boolean));
  const maxImpostors = Number(flag('max-impostors', '10000'));
  const trainFingers = Number(flag('train-fingers', '16'));
  const directions = Number(flag('directions', '128'));
  // --compact-only: only (b'), the shipped recipe (halves the vector work of the fitted folds).
  const compactOnly = process.argv.includes('--compact-only');
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const t0 = performance.now();
  const samples = loadCollections();
  // --folds / --no-cross split one run over processes (merge their JSON; the figures are the same).
  const only = flag('folds', COLLECTIONS.join(',')).split(',');
  const folds = COLLECTIONS.filter((c) => only.includes(c)).map((c) => ({ collection: c, pairs: collectionPairs(samples, c, maxImpostors) }));
  const cross = process.argv.includes('--no-cross') ? { genuine: [], impostor: [] } : crossSensorPairs(samples);
  const needed = (s: CollectionSample) => only.includes(s.collection) || (cross.genuine.length > 0 && (s.collection === 'uareu' || s.collection === 'crossmatch'));
  const crossFigures = (score: (i: number, j: number) => number) => (cross.genuine.length > 0 ? figures(score, cross) : undefined);
  let defaultPooled: { thresholdCosineAtFmr1pct: number; fnmrAtFmr1pct: number; eer: number } | undefined;
  let multiImpression: { perFold: Record<string, Record<string, Figures>>; mean: Record<string, ReturnType<typeof mean>> } | undefined;
  const results: Record<string, { perFold: Record<string, Figures>; mean?: ReturnType<typeof mean>; crossSensor?: Figures }> = {};

  if (!skip.has('default')) {
    const score = quantizedScorer(samples.map((s) => (needed(s) ? minutiaeToVector(s.record) : undefined)));
    const perFold = Object.fromEntries(folds.map((f) => [f.collection, figures(score, f.pairs)]));
    results.default = { perFold, mean: mean(Object.values(perFold)), crossSensor: crossFigures(score) };
    // Pooled over the folds' pairs: the cosine threshold at FMR 1% (a candidate default threshold).
    const pooled = errorRates(folds.flatMap((f) => f.pairs.genuine.map(([i, j]) => score(i, j))), folds.flatMap((f) => f.pairs.impostor.map(([i, j]) => score(i, j))), 0.01);
    defaultPooled = { thresholdCosineAtFmr1pct: round(pooled.thresholdAtFmr, 4), fnmrAtFmr1pct: round(pooled.fnmrAtFmr, 4), eer: round(pooled.eer, 4) };
    log(`(a) pooled over the folds: threshold at FMR 1% cosine ${defaultPooled.thresholdCosineAtFmr1pct} (FNMR ${pct(defaultPooled.fnmrAtFmr1pct)})`);
    log(`(a) default: ${folds.map((f) => `${f.collection} ${pct(perFold[f.collection]!.eer)}`).join('  ')}  mean ${pct(results.default.mean!.eer)}  cross-sensor ${results.default.crossSensor ? pct(results.default.crossSensor.eer) : '-'}  [${((performance.now() - t0) / 1000).toFixed(0)} s]`);
  }

  if (!skip.has('fitted')) {
    // (b) the full fitted background, and (b') the same background compacted as the shipped default
    // is (background-codec.ts: --directions int8 whitening directions): what the shipped default,
    // fitted on all six, scores on a collection it has not seen.
    const perFold: Record<string, Figures> = {};
    const perFoldCompact: Record<string, Figures> = {};
    const fitFor = (heldOut: Collection[], only: (s: CollectionSample) => boolean, compactOnly = false) => {
      const train = trainingSet(samples, heldOut, trainFingers);
      const bg = fitBackground(train.map((s) => s.record), 0, train.map((s) => `${s.collection}:${s.finger}`));
      const compact = compactBackground(bg, directions);
      const vec = (b: FingerBackground) => samples.map((s) => (only(s) ? minutiaeToVector(s.record, { background: b }) : undefined));
      return { full: compactOnly ? [] : vec(bg), compact: vec(compact), n: train.length };
    };
    const multi: Record<string, Record<string, Figures>> = {};
    for (const f of folds) {
      const { full, compact, n } = fitFor([f.collection], (s) => s.collection === f.collection, compactOnly);
      if (!compactOnly) perFold[f.collection] = figures(quantizedScorer(full), f.pairs);
      perFoldCompact[f.collection] = figures(quantizedScorer(compact), f.pairs);
      multi[f.collection] = Object.fromEntries([1, 2, 3, 4].map((k) => [`k${k}`, multiImpressionFigures(samples, compact, f.collection, k)]));
      log(`(b) fitted on the other five (${n} prints): ${f.collection} EER ${compactOnly ? '-' : pct(perFold[f.collection]!.eer)}, compacted ${pct(perFoldCompact[f.collection]!.eer)}  [${((performance.now() - t0) / 1000).toFixed(0)} s]`);
    }
    // Cross-sensor: fitted on the four FVC2002 sets, only the compacted (shipped-recipe) vectors and
    // only for the prints of the shared fingers (to save time on a busy machine).
    const inCross = new Set(cross.genuine.flat());
    const { compact } = cross.genuine.length > 0 ? fitFor(['uareu', 'crossmatch'], (s) => inCross.has(samples.indexOf(s)), true) : { compact: [] };
    if (!compactOnly) results.fitted = { perFold, mean: mean(Object.values(perFold)) };
    results.fittedCompact = { perFold: perFoldCompact, mean: mean(Object.values(perFoldCompact)), crossSensor: crossFigures(quantizedScorer(compact)) };
    multiImpression = {
      perFold: multi,
      mean: Object.fromEntries([1, 2, 3, 4].map((k) => [`k${k}`, mean(Object.values(multi).map((m) => m[`k${k}`]!))])),
    };
    log(`multi-impression reference (compacted fitted background, probes impressions 5-8): mean EER ${[1, 2, 3, 4].map((k) => `k=${k} ${pct(multiImpression!.mean[`k${k}`]!.eer)}`).join('  ')}`);
    log(`(b) fitted: mean ${results.fitted ? pct(results.fitted.mean!.eer) : '-'} (compacted ${pct(results.fittedCompact.mean!.eer)})  cross-sensor (compacted, fitted on FVC2002) ${results.fittedCompact.crossSensor ? pct(results.fittedCompact.crossSensor.eer) : '-'}`);
  }

  if (!skip.has('baseline')) {
    const templates: (BaselineTemplate | undefined)[] = samples.map((s) => (needed(s) ? baselineTemplate(planar(s.record)) : undefined));
    const score = (i: number, j: number) => baselineScore(templates[i]!, templates[j]!);
    const perFold: Record<string, Figures> = {};
    for (const f of folds) {
      perFold[f.collection] = figures(score, f.pairs);
      log(`(c) baseline: ${f.collection} EER ${pct(perFold[f.collection]!.eer)}  [${((performance.now() - t0) / 1000).toFixed(0)} s]`);
    }
    results.baseline = { perFold, mean: mean(Object.values(perFold)), crossSensor: crossFigures(score) };
    log(`(c) baseline: mean ${pct(results.baseline.mean!.eer)}  cross-sensor ${results.baseline.crossSensor ? pct(results.baseline.crossSensor.eer) : '-'}`);
  }

  for (const [name, r] of Object.entries(results)) {
    log(`${name}:`);
    for (const [c, x] of Object.entries(r.perFold)) log(`  ${c.padEnd(10)} EER ${pct(x.eer)}  FNMR@FMR1% ${pct(x.fnmrAtFmr1pct)}  FNMR@FMR0.1% ${pct(x.fnmrAtFmr01pct)}  (${x.genuine} g / ${x.impostor} i)`);
    if (r.mean) log(`  mean       EER ${pct(r.mean.eer)}  FNMR@FMR1% ${pct(r.mean.fnmrAtFmr1pct)}  FNMR@FMR0.1% ${pct(r.mean.fnmrAtFmr01pct)}`);
    if (r.crossSensor) log(`  cross-sensor EER ${pct(r.crossSensor.eer)}  FNMR@FMR1% ${pct(r.crossSensor.fnmrAtFmr1pct)}  FNMR@FMR0.1% ${pct(r.crossSensor.fnmrAtFmr01pct)}  (${r.crossSensor.genuine} g / ${r.crossSensor.impostor} i)`);
  }
  const report = {
    data: 'six collections: FVC2002 DB1-DB4 B (ISO), neurotech uareu and crossmatch (NBIS .xyt)',
    protocol: { maxImpostors, trainFingers, directions, preset: 'sm2-bgv4096-1to1-auth', score: 'quantized chunk sum / 320^2' },
    seconds: round((performance.now() - t0) / 1000, 0),
    results,
    defaultPooled,
    multiImpression,
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
}
