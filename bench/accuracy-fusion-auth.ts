/**
 * `npm run accuracy:fusion -- [--out docs/accuracy/fusion-auth.json] [--max-impostors 10000] [--json]`
 *
 * Accuracy of fused references on the authenticated preset (sm2-bgv4096-1to1-auth; issue #13
 * item 4), under the SHIPPED DEFAULT finger background, scored with the protocol's own arithmetic
 * (src/templates/fusion.ts: each part quantized on its own, fused score sum_i w_i <p_i, g_i>, as a
 * weighted mean cosine / (W 320^2)): exactly what one encrypted fused request decides on
 * (test/verify-fused.test.ts checks encrypted == plaintext decisions). Beside each fused figure the
 * single-modality figure on the same pairs. Finger data: the two neurotech collections (U.are.U,
 * CrossMatch), which the shipped background (fitted on FVC2002 B) never saw.
 *
 *   finger+finger (weights 1:1): a two-finger identity is a subject's fingers (2m-1, 2m) on one
 *     sensor (bench/accuracy-finger-shipped.ts twoFingerIdentities).
 *       pairs: genuine = impressions i < j of one identity, impostor = two identities, every
 *              impression pair, every-k-th subsample (fusionPairs; the protocol of the plaintext
 *              two-finger figure in docs/ACCURACY-FINGER.md);
 *       desk:  the desk's path: reference = multi-impression enrollment of impressions 1..3 of
 *              both fingers (combineImpressionVectors), probes = impressions 5..8; genuine = probe
 *              vs its identity's reference, impostor = probe vs every other identity's reference.
 *     Beside it: the first finger alone on the same pairs.
 *   face+finger (weights 6:1, DEFAULT_FUSION's): CHIMERIC identities (no dataset has both): LFW
 *     person k (shared/data/face, 10 people) with the k-th finger of a neurotech collection;
 *     impression j of identity k = face embedding j - 1 of person k and finger impression j
 *     (j = 1..8); genuine = i < j of one identity (280), impostor = two identities, every
 *     impression pair (2,880). Beside it: the face alone on the same pairs. Ten identities only:
 *     FNMR at FMR 0.1% rests on ~3 impostor scores and is indicative.
 * Thresholds: the fused weighted-mean cosine at FMR 1% pooled over both collections (the
 * composition's default threshold candidate, src/templates/fusion.ts COMPOSITIONS).
 * The JSON goes to --out (and is the last stdout line with --json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../src/params/presets.js';
import { chunkedScore } from '../src/templates/chunks.js';
import type { QuantizedTemplate } from '../src/templates/face.js';
import { combineImpressionVectors } from '../src/templates/fingerprint/enrollment.js';
import { minutiaeToVector } from '../src/templates/fingerprint/representation.js';
import { SHIPPED_BACKGROUND_SHA256 } from '../src/templates/fingerprint/gen/shipped-background.js';
import { COMPOSITIONS, fusedScore, quantizeFused, weightTotal, type Composition, type QuantizedFusedTemplate } from '../src/templates/fusion.js';
import { fusionPairs, twoFingerIdentities } from './accuracy-finger-shipped.js';
import { loadCollections, type Collection, type CollectionSample } from './finger-collections.js';
import { round } from './harness.js';
import { errorRates, ratesAt } from './metrics.js';

const preset = getPreset(DEFAULT_FACE_PRESET_ID);
const S2 = preset.quantScale * preset.quantScale;
const COLLECTIONS_USED: readonly Collection[] = ['uareu', 'crossmatch'];

interface Figures {
  eer: number;
  fnmrAtFmr1pct: number;
  fnmrAtFmr01pct: number;
  thresholdCosineAtFmr1pct: number;
  genuine: number;
  impostor: number;
}

function figuresOf(g: number[], im: number[]): Figures {
  const r1 = errorRates(g, im, 0.01);
  const r01 = errorRates(g, im, 0.001);
  return { eer: round(r1.eer, 4), fnmrAtFmr1pct: round(r1.fnmrAtFmr, 4), fnmrAtFmr01pct: round(r01.fnmrAtFmr, 4), thresholdCosineAtFmr1pct: round(r1.thresholdAtFmr, 4), genuine: g.length, impostor: im.length };
}

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

/** Weighted-mean cosine of a fused score: s / (W scale^2). */
const fusedCos = (c: Composition, probe: QuantizedFusedTemplate, ref: QuantizedFusedTemplate): number => fusedScore(c, probe, ref) / (weightTotal(c) * S2);
const singleCos = (a: QuantizedTemplate[], b: QuantizedTemplate[]): number => chunkedScore(a, b) / S2;

interface Scores {
  fused: { g: number[]; i: number[] };
  single: { g: number[]; i: number[] };
}

function twoFinger(samples: readonly CollectionSample[], vectors: readonly Float64Array[], c: Collection, maxImpostors: number): { identities: number; pairs: Scores; desk: Scores } {
  const comp = COMPOSITIONS['finger+finger'];
  const ids = twoFingerIdentities(samples, c);
  const index = new Map(samples.map((s, i) => [`${s.collection}|${s.finger}|${s.impression}`, i] as const));
  const vec = (finger: string, impression: number) => vectors[index.get(`${c}|${finger}|${impression}`)!]!;
  const fusedQ = new Map<string, QuantizedFusedTemplate>();
  const probeOf = (a: number, i: number) => {
    const key = `${a}/${i}`;
    let q = fusedQ.get(key);
    if (!q) fusedQ.set(key, (q = quantizeFused(comp, [vec(ids[a]!.fingers[0], i), vec(ids[a]!.fingers[1], i)], preset)));
    return q;
  };
  const single = (q: QuantizedFusedTemplate) => q.chunks.slice(q.partStarts[0], q.partStarts[1]);
  const pairs = fusionPairs(ids.length, 8, maxImpostors);
  const score = (p: [number, number, number, number]) => {
    const [a, i, b, j] = p;
    const x = probeOf(a, i);
    const y = probeOf(b, j);
    return { f: fusedCos(comp, x, y), s: singleCos(single(x), single(y)) };
  };
  const gs = pairs.genuine.map(score);
  const is = pairs.impostor.map(score);
  // Desk path: multi-impression references (impressions 1..3 of both fingers), probes 5..8.
  const refs = ids.map((id) => quantizeFused(comp, id.fingers.map((f) => combineImpressionVectors([1, 2, 3].map((k) => vec(f, k)))), preset));
  const desk: Scores = { fused: { g: [], i: [] }, single: { g: [], i: [] } };
  ids.forEach((_, a) => {
    for (let i = 5; i <= 8; i++) {
      const p = probeOf(a, i);
      refs.forEach((r, b) => {
        const into = a === b ? 'g' : 'i';
        desk.fused[into].push(fusedCos(comp, p, r));
        desk.single[into].push(singleCos(single(p), single(r)));
      });
    }
  });
  return {
    identities: ids.length,
    pairs: { fused: { g: gs.map((x) => x.f), i: is.map((x) => x.f) }, single: { g: gs.map((x) => x.s), i: is.map((x) => x.s) } },
    desk,
  };
}

function faceFinger(samples: readonly CollectionSample[], vectors: readonly Float64Array[], c: Collection, faces: { name: string; embeddings: number[][] }[]): { identities: number; fingers: string[]; scores: Scores } {
  const comp = COMPOSITIONS['face+finger'];
  const idx = samples.flatMap((s, i) => (s.collection === c ? [i] : []));
  const fingers = [...new Set(idx.map((i) => samples[i]!.finger))].slice(0, faces.length);
  const vec = (f: string, impression: number) => vectors[idx.find((i) => samples[i]!.finger === f && samples[i]!.impression === impression)!]!;
  const q = fingers.map((f, k) => Array.from({ length: 8 }, (_, j) => quantizeFused(comp, [faces[k]!.embeddings[j]!, vec(f, j + 1)], preset)));
  const face = (x: QuantizedFusedTemplate) => x.chunks.slice(x.partStarts[0], x.partStarts[1]);
  const scores: Scores = { fused: { g: [], i: [] }, single: { g: [], i: [] } };
  for (let a = 0; a < fingers.length; a++) {
    for (let b = a; b < fingers.length; b++) {
      for (let i = 0; i < 8; i++) {
        for (let j = a === b ? i + 1 : 0; j < 8; j++) {
          const into = a === b ? 'g' : 'i';
          scores.fused[into].push(fusedCos(comp, q[a]![i]!, q[b]![j]!));
          scores.single[into].push(singleCos(face(q[a]![i]!), face(q[b]![j]!)));
        }
      }
    }
  }
  return { identities: fingers.length, fingers, scores };
}

function main(): void {
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const t0 = performance.now();
  const out = flag('out', 'docs/accuracy/fusion-auth.json');
  const maxImpostors = Number(flag('max-impostors', '10000'));
  const samples = loadCollections(COLLECTIONS_USED);
  const vectors = samples.map((s) => minutiaeToVector(s.record));
  log(`vectors: ${vectors.length} prints, shipped background [${((performance.now() - t0) / 1000).toFixed(0)} s]`);
  const faces = JSON.parse(readFileSync(fileURLToPath(new URL('../../shared/data/face/lfw10-dlib128.json', import.meta.url)), 'utf8')) as { name: string; embeddings: number[][] }[];
  if (!faces.every((p) => p.embeddings.length >= 8)) throw new Error('every LFW person needs 8 embeddings');

  const pooled = { ff: { g: [] as number[], i: [] as number[] }, xf: { g: [] as number[], i: [] as number[] } };
  const results: Record<string, unknown> = {};
  for (const c of COLLECTIONS_USED) {
    const tf = twoFinger(samples, vectors, c, maxImpostors);
    const xf = faceFinger(samples, vectors, c, faces);
    pooled.ff.g.push(...tf.pairs.fused.g);
    pooled.ff.i.push(...tf.pairs.fused.i);
    pooled.xf.g.push(...xf.scores.fused.g);
    pooled.xf.i.push(...xf.scores.fused.i);
    results[c] = {
      'finger+finger': {
        identities: tf.identities,
        pairs: { fused: figuresOf(tf.pairs.fused.g, tf.pairs.fused.i), firstFingerAlone: figuresOf(tf.pairs.single.g, tf.pairs.single.i) },
        desk: { fused: figuresOf(tf.desk.fused.g, tf.desk.fused.i), firstFingerAlone: figuresOf(tf.desk.single.g, tf.desk.single.i) },
      },
      'face+finger': {
        identities: xf.identities,
        chimericFingers: xf.fingers,
        fused: figuresOf(xf.scores.fused.g, xf.scores.fused.i),
        faceAlone: figuresOf(xf.scores.single.g, xf.scores.single.i),
      },
    };
    log(`${c}: ${JSON.stringify(results[c])}`);
  }
  const thr = (g: number[], i: number[]) => {
    const r = errorRates(g, i, 0.01);
    return { thresholdCosineAtFmr1pct: round(r.thresholdAtFmr, 4), fnmr: round(r.fnmrAtFmr, 4) };
  };
  const atDefault = (c: Composition, g: number[], i: number[]) => {
    const r = ratesAt(g, i, c.defaultThresholdCosine);
    return { thresholdCosine: c.defaultThresholdCosine, fmr: round(r.fmr, 4), fnmr: round(r.fnmr, 4) };
  };
  const report = {
    bench: 'accuracy-fusion-auth',
    preset: preset.id,
    background: `the shipped constant (FVC2002 DB1-DB4 B; sha256 ${SHIPPED_BACKGROUND_SHA256})`,
    weights: Object.fromEntries(Object.values(COMPOSITIONS).map((c) => [c.modality, c.parts.map((p) => `${p.modality}:${p.weight}`)])),
    score: 'sum_i w_i <p_i, g_i> / (W 320^2), each part quantized on its own (src/templates/fusion.ts)',
    maxImpostors,
    results,
    thresholds: { 'finger+finger': thr(pooled.ff.g, pooled.ff.i), 'face+finger': thr(pooled.xf.g, pooled.xf.i) },
    atDefaultThresholds: { 'finger+finger': atDefault(COMPOSITIONS['finger+finger'], pooled.ff.g, pooled.ff.i), 'face+finger': atDefault(COMPOSITIONS['face+finger'], pooled.xf.g, pooled.xf.i) },
    seconds: round((performance.now() - t0) / 1000, 0),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  log(`thresholds ${JSON.stringify(report.thresholds)}; wrote ${out} [${report.seconds} s]`);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
