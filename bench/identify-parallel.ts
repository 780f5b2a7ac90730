/**
 * `npx tsx bench/identify-parallel.ts [--templates N] [--dim 512|128] [--workers W] [--searches S]`
 * Wall time of one 1:N search over a gallery sharded across worker threads on this machine:
 * probe expansion (real, main thread) + every shard's multiply-accumulate, per-slot blinding and
 * result serialization (src/matcher/identify-shard-worker.ts). The gallery is held in memory
 * (WASM kernel memory per worker, <= 4 GiB each) and filled with uniformly random residues:
 * computationally indistinguishable from encryptions; correctness is tested on real ones
 * (test/identify.test.ts). Last stdout line: one JSON object.
 */
import { Worker } from 'node:worker_threads';
import { Custodian } from '../src/custodian/custodian.js';
import { HeContext } from '../src/he/context.js';
import { CoefficientEncryptor } from '../src/he/encryptor.js';
import { loadCiphertext } from '../src/he/ciphertext.js';
import { encodeExpandableProbe, expandSubtree, expansionDepth, generateExpansionKeys, loadGaloisKeys } from '../src/he/expansion.js';
import { productLevelOf } from '../src/he/gallery-block.js';
import { FACE_1TON_PRESET_IDS } from '../src/he/presets.js';
import { benchFlags, round } from './harness.js';

export async function identifyParallel(opts: { templates: number; dim: 128 | 512; workers: number; searches: number; log?: (s: string) => void }) {
  const log = opts.log ?? (() => {});
  const presetId = FACE_1TON_PRESET_IDS[opts.dim];
  const he = await HeContext.create(presetId);
  const N = he.N;
  const blocks = Math.ceil(opts.templates / N);
  const per = Array.from({ length: opts.workers }, (_, w) => Math.floor(((w + 1) * blocks) / opts.workers) - Math.floor((w * blocks) / opts.workers));
  log(`${opts.templates} templates = ${blocks} blocks of ${N} slots over ${opts.workers} workers (${per.join('/')})`);
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const galoisBytes = generateExpansionKeys(he, secrets.heSecretKey, opts.dim);
  const galois = loadGaloisKeys(he, galoisBytes);
  const enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  const probe = Array.from({ length: opts.dim }, (_, i) => ((i * 37) % 255) - 127);
  const probeCt = enc.encrypt(encodeExpandableProbe(probe, opts.dim, he.t));

  const started = performance.now();
  const workers = per.map(
    (count, w) => new Worker(new URL('../src/matcher/identify-shard-worker.ts', import.meta.url), { workerData: { presetId, galoisKeys: galoisBytes, blocks: count, fill: 'random', seed: 1234 + w } }),
  );
  const ready = await Promise.all(workers.map((wk) => new Promise<{ heapBytes: number }>((res, rej) => { wk.once('message', res); wk.once('error', rej); })));
  log(`gallery resident in ${((performance.now() - started) / 1000).toFixed(1)} s (kernel memory ${ready.map((r) => (r.heapBytes / 2 ** 30).toFixed(2)).join(' + ')} GiB)`);

  const runs: { expansionMs: number; wallMs: number; shardMs: number[] }[] = [];
  for (let s = 0; s < opts.searches; s++) {
    const t0 = performance.now();
    // Expansion shared by the workers: the first log2(W) steps here, one subtree per worker.
    const level = productLevelOf(he);
    const ct2 = 2 * (level + 1) * N;
    const shared = new SharedArrayBuffer(opts.dim * ct2 * 4);
    const topSteps = Math.min(Math.log2(opts.workers) | 0, expansionDepth(opts.dim));
    const probeSeal = loadCiphertext(he, probeCt, { sizes: [2], chainIndex: level });
    const top = expandSubtree(he, probeSeal, 0, 0, topSteps, opts.dim, galois);
    probeSeal.delete();
    const nodes = top.map(({ index, ct }) => {
      const bytes = Uint8Array.from(ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array);
      ct.delete();
      return { index, bytes };
    });
    await Promise.all(
      nodes.map((n, i) => {
        const wk = workers[i % workers.length]!;
        return new Promise((res) => {
          wk.once('message', res);
          wk.postMessage({ expand: { node: n.bytes, index: n.index, fromStep: topSteps }, probes: shared });
        });
      }),
    );
    const t1 = performance.now();
    const done = await Promise.all(workers.map((wk) => new Promise<{ ms: number }>((res) => { wk.once('message', res); wk.postMessage({ probes: shared, threshold: 3000 }); })));
    const t2 = performance.now();
    runs.push({ expansionMs: t1 - t0, wallMs: t2 - t0, shardMs: done.map((d) => d.ms) });
    log(`search ${s + 1}: expansion ${(t1 - t0).toFixed(0)} ms, shards ${done.map((d) => d.ms.toFixed(0)).join('/')} ms, wall ${(t2 - t0).toFixed(0)} ms`);
  }
  for (const wk of workers) wk.postMessage('exit');
  galois.delete();
  enc.delete();
  he.delete();
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const wall = med(runs.map((r) => r.wallMs));
  return {
    templates: opts.templates,
    dim: opts.dim,
    workers: opts.workers,
    blocks,
    searches: opts.searches,
    wallSecondsMedian: round(wall / 1000, 3),
    expansionSecondsMedian: round(med(runs.map((r) => r.expansionMs)) / 1000, 3),
    templatesPerSecWall: Math.round(opts.templates / (wall / 1000)),
    galoisKeyBytes: galoisBytes.length,
    gallery: 'uniformly random residues, resident in kernel memory (indistinguishable from encryptions)',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = benchFlags();
  const r = await identifyParallel({
    templates: f.num('templates', 1_000_000),
    dim: f.num('dim', 512) === 128 ? 128 : 512,
    workers: f.num('workers', 4),
    searches: f.num('searches', 3),
    log: (s) => void process.stderr.write(`[identify-parallel] ${s}\n`),
  });
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
