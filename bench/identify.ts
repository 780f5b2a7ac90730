/**
 * 1:N duplicate search benchmark (docs/IDENTIFY.md), 512-D and 128-D presets, beside its two
 * baselines measured in the same run: (a) naive node-seal 1:N (CKKS slot packing, one
 * multiply + relin + rescale + log2(d) rotations per template, bench/baseline/naive-ckks.ts),
 * measured per template and extrapolated (labelled); (b) plaintext float32 brute force in a JS loop.
 *
 * Timing galleries: columns are filled with uniformly random residues (computationally
 * indistinguishable from encryptions; the kernel's work does not depend on values). Correctness is
 * tested on real encryptions in test/identify.test.ts. Galleries larger than the resident cap are
 * timed by sweeping the resident blocks repeatedly (same bytes streamed from memory per block);
 * the JSON says which. This file measures one thread; the sharded 2-core search over a resident
 * 1M gallery is bench/identify-parallel.ts (reported beside it by bench/run.ts).
 */
import { SingleBar, Presets } from 'cli-progress';
import { ed25519 } from '@noble/curves/ed25519.js';
import { Custodian } from '../src/custodian/custodian.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { encodeExpandableProbe, ExpansionKeys } from '../src/he/seal/expansion.js';
import { expandProbeResidues, GalleryKernel, resultContainer } from '../src/he/seal/gallery-block.js';
import { BatchCodec } from '../src/he/seal/batch.js';
import { NaiveCkks } from './baseline/naive-ckks.js';
import { FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { wasmHeapBytes } from '../src/he/seal/seal.js';
import { wasmKernelHeapBytes } from '../src/he/kernel/residue-kernel.js';
import type { KernelRegion } from '../src/he/kernel/residue-kernel.js';
import { identifyRequestHashOf, signIdentifyAuthorization, type BlindedIdentifyResult } from '../src/identify/messages/identify-messages.js';
import { sha256 } from '../src/wire/digest.js';
import { fillRandomResidues, medianMs, round, unitVectors } from './harness.js';
import { plaintextBruteForce } from './baseline/plaintext-loop.js';
import { identifyMemoryLoop } from './identify-memory.js';
import { benchIdentifyAuth } from './identify-auth.js';

export interface IdentifyBenchOptions {
  readonly quick?: boolean;
  readonly searches?: number;
  /**
   * The authenticated presets beside these (bench/identify-auth.ts), with the shard workers of
   * their end-to-end search; false skips them.
   */
  readonly auth?: false | { readonly workers: number; readonly leakSearches?: number };
  readonly log?: (s: string) => void;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function benchDim(dim: 128 | 512, opts: IdentifyBenchOptions) {
  const log = opts.log ?? (() => {});
  const quick = opts.quick ?? false;
  const presetId = FACE_1TON_PRESET_IDS[dim];
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  // 1:N results carry no MAC yet: the custodian serves 1:N only for a matcher declared trusted
  // (src/identify/custodian/custodian-identify.ts), and checks an officer's authorization of every search itself.
  const custodian = await Custodian.create({ secrets, identify: { trustMatcher: true } });
  const officer = ed25519.utils.randomSecretKey();
  await custodian.registerKey({ publicKey: ed25519.getPublicKey(officer), ownerId: 'bench-officer', role: 'officer' });
  const he = await HeContext.create(presetId);
  const enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  const codec = new BatchCodec(he);
  const galoisBytes = custodian.expansionKeys();
  const gkeys = ExpansionKeys.load(he, galoisBytes);
  const gk = await GalleryKernel.create(he);
  const N = he.N;
  const regions: KernelRegion[] = [];
  try {
    const q = Array.from(unitVectors(1, dim, 5)[0]!, (x) => Math.round(64 * x));
    const probe = enc.encrypt(encodeExpandableProbe(q, dim, he.t));
    log(`${dim}-D: expansion...`);
    let probes: Uint32Array = new Uint32Array(0);
    const expandMs = await medianMs(`expand ${dim}`, () => {
      probes = expandProbeResidues(he, probe, gkeys);
    }, quick ? 1 : 3000, quick ? { iterations: 2 } : {});
    gk.loadProbes(probes);

    // Resident timing gallery of random residues.
    const want1M = Math.ceil(1_000_000 / N);
    const want100k = Math.ceil(100_000 / N);
    const bytesPerBlock = dim * gk.ct2 * 4;
    const cap = Math.max(want100k, Math.min(want1M, Math.floor((quick ? 1.4e9 : 3.2e9) / bytesPerBlock)));
    const bar = new SingleBar({ format: `[bench] ${dim}-D gallery {bar} {value}/{total} blocks`, stream: process.stderr }, Presets.shades_classic);
    bar.start(cap, 0);
    for (let b = 0; b < cap; b++) {
      const r = gk.allocBlock();
      regions.push(r);
      fillRandomResidues(gk.kernel.view(r), gk.level.primes, N, 1 + b);
      bar.increment();
    }
    bar.stop();
    const out = gk.kernel.allocCiphertexts(gk.level, 3, 1);
    regions.push(out);
    const sweep = (blocks: number): number => {
      const t0 = performance.now();
      for (let b = 0; b < blocks; b++) gk.scoreInto(regions[b % cap]!, 1, out);
      return performance.now() - t0;
    };
    sweep(Math.min(cap, 4)); // warm
    log(`${dim}-D: sweeping ${want100k} and ${want1M} blocks (resident ${cap})...`);
    const ms100k = Math.min(sweep(want100k), sweep(want100k));
    const ms1M = sweep(want1M);
    const templatesPerSecPerCore = Math.round((want1M * N) / (ms1M / 1000));

    // Side by side with the plaintext float32 loop: rounds alternate one kernel sweep of ~100k
    // templates and one plaintext pass over 100k (20k quick) templates, so both see the same
    // machine conditions; medians over the rounds.
    log(`${dim}-D: interleaved with the plaintext float32 loop...`);
    const plainCount = quick ? 20_000 : 100_000;
    const plain = plaintextBruteForce(dim, plainCount);
    const kernelMs: number[] = [];
    const plainMs: number[] = [];
    for (let r = 0; r < (quick ? 5 : 9); r++) {
      kernelMs.push(sweep(want100k));
      plainMs.push(plain.run());
    }
    const sideBySide = {
      rounds: kernelMs.length,
      kernelTemplatesPerSec: Math.round((want100k * N) / (median(kernelMs) / 1000)),
      plaintextTemplatesPerSec: Math.round(plainCount / (median(plainMs) / 1000)),
      plaintextGalleryTemplates: plainCount,
    };

    // Per-block blinding + serialization (matcher) and decryption + decision (custodian).
    const blind = new Uint32Array(N).fill(1);
    const level = gk.level.k - 1;
    let ct: Uint8Array = new Uint8Array(0);
    const blindMs = await medianMs(`blind ${dim}`, () => {
      ct = resultContainer(he, gk.score(regions[0]!, codec.nttResidues(blind, level)));
    }, quick ? 200 : 1000);
    // Each decision needs a fresh officer authorization (single use at the custodian), signed
    // untimed before the call; the timed decision includes the custodian's check of it.
    const blocks = [{ blockId: 0, tableRoot: new Uint8Array(32), occupied: new Uint8Array(N / 8), ciphertext: ct }];
    let pending: BlindedIdentifyResult | undefined;
    let caseNo = 0;
    const decideMs = await medianMs(`decide ${dim}`, async () => {
      const r = pending;
      pending = undefined;
      if (!r) throw new Error('no fresh result prepared');
      await custodian.decideIdentify(r);
    }, quick ? 200 : 1000, {
      beforeEach: () => {
        const authorization = signIdentifyAuthorization({ presetId, probe, caseId: `bench-${caseNo++}` }, officer);
        pending = { presetId, dim, requestHash: identifyRequestHashOf(presetId, dim, sha256(probe), authorization), authorization, blocks };
      },
    });

    const projected1MWallSingleCore = expandMs + ms1M + want1M * (blindMs + decideMs);
    return {
      dim,
      presetId,
      galleryFill: 'uniformly random residues (indistinguishable from encryptions); correctness: test/identify.test.ts on real encryptions',
      residentBlocks: cap,
      probeBytes: probe.length,
      galoisKeyBytes: galoisBytes.length,
      storedBytesPerTemplate: Math.round((dim * 2 * gk.level.primes.reduce((n, p) => n + Math.ceil(Math.log2(p + 1)), 0) * N) / 8 / N),
      kernelBytesPerTemplate: Math.round(bytesPerBlock / N),
      expansionMs: round(expandMs, 1),
      templatesPerSecPerCore,
      sideBySide,
      gallery100k: { blocks: want100k, accumulateMs: round(ms100k, 1), resident: true },
      gallery1M: { blocks: want1M, accumulateMs: round(ms1M, 1), resident: cap >= want1M, note: cap >= want1M ? 'all blocks resident' : `${want1M} block products over ${cap} resident blocks swept repeatedly (memory cap)` },
      perBlock: { blindAndSerializeMs: round(blindMs, 3), custodianDecideMs: round(decideMs, 3), resultBytes: ct.length, decideIncludes: 'one block and the per-search officer authorization check (signature, single-use claim, audit leaf)' },
      search1M: {
        singleCoreWallMs: round(projected1MWallSingleCore),
        twoCoreWallMsProjected: round(expandMs / 2 + (ms1M + want1M * (blindMs + decideMs)) / 2),
        note: 'single-core sum of measured parts (the per-block blind+serialize figure includes one accumulate); the measured 2-core sharded search is identify.sharded512 in the same JSON',
      },
    };
  } finally {
    for (const r of regions) gk.kernel.free(r);
    gk.delete();
    gkeys.delete();
    codec.delete();
    enc.delete();
    he.delete();
    custodian.delete();
  }
}

async function naiveBaseline(dim: number, quick: boolean) {
  const naive = await NaiveCkks.create(dim);
  try {
    const [g, p] = unitVectors(2, dim, 11);
    const a = naive.load(naive.encrypt(p!));
    const b = naive.load(naive.encrypt(g!));
    const ms = await medianMs(`naive ${dim}`, () => naive.match(a, b), quick ? 300 : 1500, quick ? { iterations: 10 } : {});
    a.delete();
    b.delete();
    return {
      perTemplateMs: round(ms, 3),
      templatesPerSecPerCore: round(1000 / ms, 1),
      extrapolated1MSingleCoreHours: round((1e6 * ms) / 3.6e6, 2),
      note: 'per-template 1:1 match (multiply+relin+rescale+rotations) on a 1-template gallery, extrapolated linearly',
      galoisPlusRelinKeyBytes: naive.galoisKeyBytes + naive.relinKeyBytes,
    };
  } finally {
    naive.delete();
  }
}

export async function benchIdentify(opts: IdentifyBenchOptions = {}) {
  const quick = opts.quick ?? false;
  const log = opts.log ?? (() => {});
  const out: Record<string, unknown> = {};
  for (const dim of [512, 128] as const) {
    const he = await benchDim(dim, opts);
    log(`${dim}-D: baselines...`);
    const naive = await naiveBaseline(dim, quick);
    const sbs = he.sideBySide;
    out[`d${dim}`] = {
      ...he,
      naiveCkks: naive,
      plaintextFloat32: { templatesPerSec: sbs.plaintextTemplatesPerSec, galleryTemplates: sbs.plaintextGalleryTemplates, note: 'JS loop over Float32Array, rounds interleaved with kernel sweeps (sideBySide)' },
      ratios: {
        vsNaive: round(he.templatesPerSecPerCore / naive.templatesPerSecPerCore, 0),
        ofPlaintext: round(sbs.kernelTemplatesPerSec / sbs.plaintextTemplatesPerSec, 3),
      },
    };
  }
  const searches = opts.searches ?? (quick ? 20 : 1000);
  log(`memory over ${searches} searches...`);
  out['memory'] = await identifyMemoryLoop(searches, log);
  out['heap'] = { sealBytes: wasmHeapBytes(), kernelBytes: wasmKernelHeapBytes() };
  if (opts.auth) {
    log('authenticated 1:N presets beside today\'s...');
    const auth = await benchIdentifyAuth({ quick, workers: opts.auth.workers, leakSearches: opts.auth.leakSearches ?? (quick ? 2 : 5), log });
    // Against the figures of today's presets measured above in this run (one core, same definition).
    for (const dim of [512, 128] as const) {
      const a = auth[`d${dim}`] as { templatesPerSecPerCore: number; ratios: Record<string, number> } | undefined;
      const base = out[`d${dim}`] as { templatesPerSecPerCore: number; naiveCkks: { templatesPerSecPerCore: number } } | undefined;
      if (a && base) {
        a.ratios['kernelVsSm1Figure'] = round(a.templatesPerSecPerCore / base.templatesPerSecPerCore, 3);
        a.ratios['kernelVsNaive'] = round(a.templatesPerSecPerCore / base.naiveCkks.templatesPerSecPerCore, 0);
      }
    }
    out['authenticated'] = auth;
  }
  return out;
}

if ((process.argv[1] ?? '').endsWith('bench/identify.ts')) {
  const { benchFlags } = await import('./harness.js');
  const flags = benchFlags();
  const r = await benchIdentify({ quick: flags.quick, searches: flags.num('searches', flags.quick ? 20 : 1000), log: (s) => void process.stderr.write(`[bench] ${s}\n`) });
  process.stdout.write(`${JSON.stringify(r, null, flags.json ? 0 : 2)}\n`);
}
