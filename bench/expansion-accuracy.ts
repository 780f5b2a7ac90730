/**
 * `npx tsx bench/expansion-accuracy.ts`: accuracy cost of the small quantization scales the 1:N
 * presets need (docs/PARAMETERS-1toN.md). EER and FNMR@FMR=0.1% on every LFW pair in
 * ../shared/data/face (dlib, 128-D), float vs q_i = clamp(round(s x_i), -qMax, qMax) for several s.
 *
 * There is no 512-D data in shared/data, so "512-D" rows rotate each 128-D embedding into 512-D
 * with one fixed random matrix with orthonormal columns (y = Q x): cosines are preserved exactly
 * (float rows are identical), while quantization then acts on 512 smaller coordinates, as it would
 * on a real 512-D embedding. Last stdout line: one JSON object.
 */
import { loadLfw } from '../src/cli/lfw.js';
import { cosine, quantizeEmbedding, quantizedScore, scoreToCosine } from '../src/templates/face.js';
import { round } from './harness.js';
import { errorRates } from './metrics.js';

const people = loadLfw();
const flat = people.flatMap((p, pi) => p.embeddings.map((e) => ({ e, pi })));

/** Deterministic PRNG (mulberry32) so the rotation is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** D x d matrix with orthonormal columns (Gram-Schmidt on Gaussian columns). */
function orthonormalColumns(D: number, d: number, seed: number): Float64Array[] {
  const r = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(r() + 1e-300)) * Math.cos(2 * Math.PI * r());
  const cols: Float64Array[] = [];
  for (let k = 0; k < d; k++) {
    const v = Float64Array.from({ length: D }, gauss);
    for (const u of cols) {
      let dot = 0;
      for (let i = 0; i < D; i++) dot += u[i]! * v[i]!;
      for (let i = 0; i < D; i++) v[i] -= dot * u[i]!;
    }
    let n = 0;
    for (let i = 0; i < D; i++) n += v[i]! * v[i]!;
    n = Math.sqrt(n);
    for (let i = 0; i < D; i++) v[i] /= n;
    cols.push(v);
  }
  return cols;
}

function rotate(x: number[], cols: Float64Array[], D: number): number[] {
  const y = new Array<number>(D).fill(0);
  for (let k = 0; k < x.length; k++) for (let i = 0; i < D; i++) y[i] += cols[k]![i]! * x[k]!;
  return y;
}

const cols512 = orthonormalColumns(512, 128, 1);
const sets = { '128': flat.map(({ e }) => e), '512': flat.map(({ e }) => rotate(e, cols512, 512)) };
const pairs: { i: number; j: number; genuine: boolean }[] = [];
for (let i = 0; i < flat.length; i++) for (let j = i + 1; j < flat.length; j++) pairs.push({ i, j, genuine: flat[i]!.pi === flat[j]!.pi });

const rows: Record<string, unknown>[] = [];
for (const [dim, emb] of Object.entries(sets)) {
  const d = Number(dim);
  let maxComp = 0;
  for (const e of emb) {
    const n = Math.sqrt(e.reduce((s, x) => s + x * x, 0));
    for (const x of e) maxComp = Math.max(maxComp, Math.abs(x) / n);
  }
  const fg: number[] = [];
  const fi: number[] = [];
  for (const p of pairs) (p.genuine ? fg : fi).push(cosine(emb[p.i]!, emb[p.j]!));
  const f = errorRates(fg, fi, 0.001);
  rows.push({ dim: d, scale: 'float', eer: round(f.eer, 5), fnmrAtFmr01pct: round(f.fnmrAtFmr, 5), maxNormalizedComponent: round(maxComp, 4) });
  for (const scale of [8, 16, 24, 32, 48, 64, 128, 320]) {
    const spec = { quantScale: scale, quantBits: 8, minDim: 1, maxDim: 1024 };
    const q = emb.map((e) => quantizeEmbedding(e, spec));
    const g: number[] = [];
    const im: number[] = [];
    let maxErr = 0;
    for (const p of pairs) {
      const c = scoreToCosine(quantizedScore(q[p.i]!, q[p.j]!), scale);
      maxErr = Math.max(maxErr, Math.abs(c - cosine(emb[p.i]!, emb[p.j]!)));
      (p.genuine ? g : im).push(c);
    }
    const r = errorRates(g, im, 0.001);
    const maxAbsQ = Math.max(...q.map((t) => Math.max(...Array.from(t.values, Math.abs))));
    rows.push({
      dim: d,
      scale,
      eer: round(r.eer, 5),
      fnmrAtFmr01pct: round(r.fnmrAtFmr, 5),
      maxCosineError: round(maxErr, 4),
      maxAbsQuantized: maxAbsQ,
      scoreBound: Math.ceil((scale + Math.sqrt(d) / 2) ** 2),
    });
  }
}
console.log('dim | scale | EER | FNMR@FMR=0.1% | max |cos err| | max |q|');
for (const r of rows) console.log([r.dim, r.scale, r.eer, r.fnmrAtFmr01pct, r.maxCosineError ?? '', r.maxAbsQuantized ?? ''].join(' | '));
console.log(JSON.stringify({ bench: 'expansion-accuracy', data: 'LFW dlib-128, all pairs', genuinePairs: pairs.filter((p) => p.genuine).length, impostorPairs: pairs.filter((p) => !p.genuine).length, rows }));
