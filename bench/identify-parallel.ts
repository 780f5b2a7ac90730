/**
 * `npx tsx bench/identify-parallel.ts [--templates N] [--dim 512|128] [--workers W] [--searches S]`
 * Wall time of one 1:N search through the library's `IdentifyMatcher` with its gallery sharded
 * over W worker threads (`workers` option, src/identify/matcher/gallery-residues.ts): officer
 * authorization check, probe validation, expansion (top steps here, subtrees in the workers),
 * every shard's multiply-accumulate, per-slot blinding and result serialization: everything
 * `identify()` does before the custodian's decision. The gallery is resident in the workers'
 * kernel memory (<= 4 GiB each) and filled by `fillTimingGallery` with uniformly random residues:
 * computationally indistinguishable from encryptions, same cost; correctness of the same path on
 * real encryptions: test/identify.test.ts. Last stdout line: one JSON object.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Custodian } from '../src/custodian/custodian.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { encodeExpandableProbe } from '../src/he/seal/expansion.js';
import { FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { IdentifyMatcher } from '../src/identify/matcher/identify-matcher.js';
import { signIdentifyAuthorization } from '../src/identify/messages/identify-messages.js';
import { keyId } from '../src/wire/signing.js';
import { benchFlags, round } from './harness.js';

export async function identifyParallel(opts: { templates: number; dim: 128 | 512; workers: number; searches: number; log?: (s: string) => void }) {
  const log = opts.log ?? (() => {});
  const presetId = FACE_1TON_PRESET_IDS[opts.dim];
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const custodian = await Custodian.create({ secrets });
  const galoisKeys = custodian.expansionKeys();
  const officer = ed25519.utils.randomSecretKey();
  const officerPub = ed25519.getPublicKey(officer);
  const he = await HeContext.create(presetId);
  const enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  const N = he.N;
  const blocks = Math.ceil(opts.templates / N);
  const started = performance.now();
  const matcher = await IdentifyMatcher.create({
    presetId,
    galoisKeys,
    keys: new Map([[bytesToHex(keyId(officerPub)), { publicKey: officerPub, role: 'officer' as const }]]),
    workers: opts.workers,
  });
  try {
    log(`${opts.templates} templates = ${blocks} blocks of ${N} slots over ${opts.workers} workers`);
    await matcher.fillTimingGallery(opts.templates, 1234);
    const heap = await matcher.residues.heapBytes();
    log(`gallery resident in ${((performance.now() - started) / 1000).toFixed(1)} s (kernel memory ${(heap / 2 ** 30).toFixed(2)} GiB over the workers)`);
    const probe = Array.from({ length: opts.dim }, (_, i) => ((i * 37) % 255) - 127);
    const runs: { wallMs: number; resultBytes: number; expandMs: number; scoreMs: number }[] = [];
    for (let s = 0; s < opts.searches; s++) {
      const ct = enc.encrypt(encodeExpandableProbe(probe, opts.dim, he.t));
      const req = { presetId, dim: opts.dim, probe: ct, authorization: signIdentifyAuthorization({ presetId, probe: ct, caseId: `bench-${s}` }, officer) };
      const t0 = performance.now();
      const blinded = await matcher.identify(req);
      const wallMs = performance.now() - t0;
      const resultBytes = blinded.blocks.reduce((n, b) => n + b.ciphertext.length, 0);
      const { expandMs, scoreMs } = matcher.residues.lastSearch;
      runs.push({ wallMs, resultBytes, expandMs, scoreMs });
      log(`search ${s + 1}: ${blinded.blocks.length} blinded blocks, ${(resultBytes / 2 ** 20).toFixed(0)} MiB, expansion ${expandMs.toFixed(0)} ms, shards ${scoreMs.toFixed(0)} ms, wall ${wallMs.toFixed(0)} ms`);
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const wall = med(runs.map((r) => r.wallMs));
    return {
      templates: opts.templates,
      dim: opts.dim,
      workers: opts.workers,
      blocks,
      searches: opts.searches,
      wallSecondsMedian: round(wall / 1000, 3),
      wallSecondsAll: runs.map((r) => round(r.wallMs / 1000, 3)),
      expansionSecondsMedian: round(med(runs.map((r) => r.expandMs)) / 1000, 3),
      shardSecondsMedian: round(med(runs.map((r) => r.scoreMs)) / 1000, 3),
      templatesPerSecWall: Math.round(opts.templates / (wall / 1000)),
      resultBytes: runs[0]?.resultBytes ?? 0,
      kernelHeapBytes: heap,
      galoisKeyBytes: galoisKeys.length,
      path: 'IdentifyMatcher.identify with workers (authorization, expansion, multiply-accumulate, blinding, serialization)',
      gallery: 'fillTimingGallery: uniformly random residues, resident in the workers (indistinguishable from encryptions)',
    };
  } finally {
    await matcher.close();
    enc.delete();
    he.delete();
    custodian.delete();
  }
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
