/**
 * Authenticated 1:N (issue #10 item 4: presets sm2-bgv8192-face-1toN-auth, 512-D, 1,554 columns,
 * and sm2-bgv8192-face128-1toN-auth, 128-D, 402 columns; k = 2 MAC instances, 1 + k results per
 * block, no matcher blinding) through the code that ships, beside today's unauthenticated presets
 * of the same dimension (sm1-bgv4096-face{,128}-1toN) and the plaintext float32 loop, in the same
 * run. Per dimension:
 *
 * - a real deployment (custodian with its own state and registry, desk, matcher on this thread):
 *   two enrollment refreshes (1 and E desk-signed entries), timed at the custodian, with their
 *   bytes; one real search (the expansion time is its `lastSearch.expandMs`), decided by
 *   `Custodian.decideIdentify` (timed, one block with 1 + E registered slots) and checked against
 *   the plaintext decision; the 1 + k decryptions of that block (median) and the per-slot check of
 *   a full block of N honest slots (median): the custodian's time per full block;
 * - the multiply-accumulate (`GalleryKernel.scoreGroups`, the search's code path) over resident
 *   timing blocks: templates/s/core as the sm1 figure defines it (block products x N / time), then
 *   rounds that alternate an authenticated sweep, a sweep of today's kernel over as many templates,
 *   and the plaintext loop (the same machine state for all three);
 * - `IdentifyMatcher.identify` with `workers` shard threads over timing galleries
 *   (`fillTimingGallery`) of two sizes after a warm-up search, and the same for today's preset
 *   over as many templates; both extrapolated to 1M templates the same way (labelled; on today's
 *   preset the method can be checked against the measured 1M search, `identify.sharded512`);
 * - sm1's enrollment refresh over the same entries (baseline), and SEAL / kernel heap before and
 *   after; at 128-D a loop of real searches end to end with the heap before and after (leak check).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { availableParallelism } from 'node:os';
import { Custodian } from '../src/custodian/custodian.js';
import { containerLength } from '../src/he/codec/ciphertext-codec.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { encodeExpandableProbe, ExpansionKeys } from '../src/he/seal/expansion.js';
import { expandProbeResidues, GalleryKernel, productLevelOf, resultContainer } from '../src/he/seal/gallery-block.js';
import { RefreshCustodian } from '../src/he/seal/enrollment-refresh.js';
import { wasmKernelHeapBytes, type KernelRegion } from '../src/he/kernel/residue-kernel.js';
import { wasmHeapBytes } from '../src/he/seal/seal.js';
import { IdentifyMatcher } from '../src/identify/matcher/identify-matcher.js';
import { signIdentifyAuthorization } from '../src/identify/messages/identify-messages.js';
import { AUTH_FACE_1TON_PRESET_IDS, FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { keyId } from '../src/wire/signing.js';
import { plaintextBruteForce } from './baseline/plaintext-loop.js';
import { fillRandomResidues, medianMs, round } from './harness.js';
import { AuthBenchDeployment, benchSubjectRef, fullBlockCheck, nearCopy, quantizedTemplates, shardedTimingSearch, timedRefresh, type RefreshSample } from './identify-auth-parts.js';

export interface AuthIdentifyBenchOptions {
  readonly quick?: boolean;
  /** Shard threads of the end-to-end searches (bench/run.ts passes the sm1 sharded figure's count). */
  readonly workers: number;
  /** Real end-to-end searches of the 128-D leak loop. */
  readonly leakSearches?: number;
  /** Dimensions to run (default both, 512-D first). */
  readonly dims?: readonly (128 | 512)[];
  readonly log?: (s: string) => void;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const heap = () => ({ sealHeapBytes: wasmHeapBytes(), kernelHeapBytes: wasmKernelHeapBytes() });
const TEMPLATES_1M = 1_000_000;

/**
 * Extrapolation of the sharded search to 1M templates (labelled as such): the larger measured
 * search plus the shard phase's per-block cost, (shard(large) - shard(small)) / (large - small),
 * for every further block. Falls back to shard(large) / large if noise makes the difference <= 0.
 */
function extrapolate(r: Awaited<ReturnType<typeof shardedTimingSearch>>, blocks1M: number) {
  const diff = (r.large.scoreMs - r.small.scoreMs) / (r.large.blocks - r.small.blocks);
  const perBlockMs = diff > 0 ? diff : r.large.scoreMs / r.large.blocks;
  return { perBlockShardMs: round(perBlockMs, 1), perBlockFrom: diff > 0 ? 'difference of the two sizes' : 'large / blocks (difference <= 0)', matcherWallMs1M: round(r.large.wallMs + perBlockMs * (blocks1M - r.large.blocks), 0) };
}

/** sm1 (today's preset) of the same dimension: kernel, sharded search and refresh, as the baseline. */
async function sm1Baseline(dim: 128 | 512, templates: readonly [number, number], entries: number, opts: AuthIdentifyBenchOptions) {
  const log = opts.log ?? (() => {});
  const presetId = FACE_1TON_PRESET_IDS[dim];
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const custodian = await Custodian.create({ secrets, identify: { trustMatcher: true } });
  const officer = ed25519.utils.randomSecretKey();
  const pub = ed25519.getPublicKey(officer);
  await custodian.registerKey({ publicKey: pub, ownerId: 'bench-officer', role: 'officer' });
  const keys = new Map([[bytesToHex(keyId(pub)), { publicKey: pub, role: 'officer' as const }]]);
  const he = await HeContext.create(presetId);
  const enc = new CoefficientEncryptor(he, bundle.hePublicKey);
  const galoisKeys = custodian.expansionKeys();
  const tn = Number(he.t);
  const probe = (s: number) => {
    const ct = enc.encrypt(encodeExpandableProbe(Array.from(quantizedTemplates(1, dim, 77 + s)[0]!), dim, he.t));
    return { presetId, dim, probe: ct, authorization: signIdentifyAuthorization({ presetId, probe: ct, caseId: `bench-sm1-${s}` }, officer) };
  };
  try {
    log(`  ${presetId}: enrollment refresh (1 and ${entries} entries)...`);
    const refreshes: RefreshSample[] = [];
    const m0 = await IdentifyMatcher.create({ presetId, galoisKeys, keys });
    try {
      const gallery = quantizedTemplates(1 + entries, dim, 5);
      const entry = (i: number) => ({ subjectRef: benchSubjectRef(i), presetId, dim, template: enc.encrypt(Array.from(gallery[i]!, (x) => ((x % tn) + tn) % tn)) });
      const hook = timedRefresh((r) => custodian.refreshForEnrollment(r), refreshes);
      await m0.enroll([entry(0)], hook);
      await m0.enroll(Array.from({ length: entries }, (_, i) => entry(1 + i)), hook);
    } finally {
      await m0.close();
    }
    const sharded = await shardedTimingSearch(await IdentifyMatcher.create({ presetId, galoisKeys, keys, workers: opts.workers }), templates[0] / he.N, templates[1] / he.N, probe, log);
    return { presetId, N: he.N, refreshes, sharded: { workers: opts.workers, ...sharded, ...extrapolate(sharded, Math.ceil(TEMPLATES_1M / he.N)) }, galoisKeyBytes: galoisKeys.length, probeBytes: probe(99).probe.length, expandedProbe: { he, galoisKeys, probe, dispose: () => { enc.delete(); he.delete(); } } };
  } catch (e) {
    enc.delete();
    he.delete();
    throw e;
  } finally {
    await custodian.close();
  }
}

async function benchAuthDim(dim: 128 | 512, opts: AuthIdentifyBenchOptions) {
  const log = opts.log ?? (() => {});
  const quick = opts.quick ?? false;
  const presetId = AUTH_FACE_1TON_PRESET_IDS[dim];
  const heapAtStart = heap();
  const entries = quick ? 2 : 4;
  // Timing galleries of the sharded search (small, large): 512-D blocks are 305 MB each (8,192 slots).
  const shardedBlocks: [number, number] = dim === 512 ? (quick ? [1, 3] : [2, 8]) : quick ? [2, 6] : [4, 16];
  const dep = new AuthBenchDeployment(presetId);
  await dep.init();
  const he = await HeContext.create(presetId);
  const N = he.N;
  const C = he.preset.expansionDim!;
  const gk = dep.matcher.kernel;
  const regions: KernelRegion[] = [];
  let sm1: Awaited<ReturnType<typeof sm1Baseline>> | undefined;
  const sm1Regions: KernelRegion[] = [];
  let sm1Gk: GalleryKernel | undefined;
  try {
    // ---------------------------------------------------------------- real deployment
    log(`${presetId}: keys in ${(dep.keygenMs / 1000).toFixed(1)} s; enrollment refresh (1 and ${entries} entries)...`);
    const gallery = quantizedTemplates(1 + entries, dim, 5);
    const refreshes: RefreshSample[] = [];
    const hook = timedRefresh((r) => dep.custodian.refreshForEnrollment(r), refreshes);
    const e0 = performance.now();
    await dep.matcher.enroll([dep.entry(0, gallery[0]!)], hook);
    const enrollOneMs = performance.now() - e0;
    await dep.matcher.enroll(Array.from({ length: entries }, (_, i) => dep.entry(1 + i, gallery[1 + i]!)), hook);

    log(`${presetId}: one real search (expansion on this thread)...`);
    const prepared = dep.desk.prepareIdentifyQuantized(nearCopy(gallery[1]!), 'bench-real-0');
    const s0 = performance.now();
    const blinded = await dep.matcher.identify(prepared.request);
    const identifyMs = performance.now() - s0;
    const { expandMs, scoreMs } = dep.matcher.residues.lastSearch;
    const d0 = performance.now();
    const decision = await dep.custodian.decideIdentify(blinded);
    const decideRealMs = performance.now() - d0;
    const resp = await dep.matcher.finishIdentify(decision);
    const found = resp.matches.map((m) => m.subjectRef);
    const decisionCorrect = found.length === 1 && found[0] === benchSubjectRef(1);
    if (!decisionCorrect) log(`  WARNING: the real search found ${JSON.stringify(found)}, expected subject 1 only`);

    const refreshC = new RefreshCustodian(he, dep.secrets.heSecretKey);
    const block = blinded.blocks[0]!;
    const results = [block.ciphertext, ...(block.tags ?? [])];
    let decrypt3Ms: number;
    try {
      decrypt3Ms = await medianMs(`decrypt ${presetId}`, () => {
        for (const c of results) refreshC.decryptSlots(c, [3]);
      }, quick ? 300 : 1500, { iterations: quick ? 5 : 15 });
    } finally {
      refreshC.delete();
    }
    const check = fullBlockCheck(he.preset, dep.secrets.identifyFleetSecret!, N);
    const checkMs = await medianMs(`slot check ${presetId}`, () => check.run(), quick ? 300 : 1500, { iterations: quick ? 5 : 15 });
    const fullBlockDecideMs = decrypt3Ms + checkMs;

    // ---------------------------------------------------------------- the multiply-accumulate
    // The matcher's own kernel holds the expanded probe of the real search.
    const resident = dim === 512 ? (quick ? 2 : 4) : quick ? 4 : 8;
    for (let b = 0; b < resident; b++) regions.push(gk.allocBlock());
    for (const [b, r] of regions.entries()) fillRandomResidues(gk.kernel.view(r), gk.level.primes, N, 11 + b);
    const sweep = (blocks: number): number => {
      const t0 = performance.now();
      for (let b = 0; b < blocks; b++) gk.scoreGroups(regions[b % resident]!);
      return performance.now() - t0;
    };
    sweep(1); // warm
    const sweepBlocks = dim === 512 ? (quick ? 3 : 8) : quick ? 8 : 24;
    log(`${presetId}: multiply-accumulate over ${sweepBlocks} block products (${resident} resident)...`);
    const sweepMs = sweep(sweepBlocks);
    const perBlockAccMs = sweepMs / sweepBlocks;
    const templatesPerSecPerCore = Math.round((sweepBlocks * N) / (sweepMs / 1000));
    const outs = gk.scoreGroups(regions[0]!);
    let blindedBlock: Uint8Array[] = [];
    const serializeMs = await medianMs(`serialize ${presetId}`, () => {
      blindedBlock = outs.map((r) => resultContainer(he, r));
    }, quick ? 200 : 800, { iterations: quick ? 5 : 20 });

    // ---------------------------------------------------------------- today's preset, same rounds
    log(`${presetId}: today's ${FACE_1TON_PRESET_IDS[dim]} (refresh, sharded search) as the baseline...`);
    sm1 = await sm1Baseline(dim, [shardedBlocks[0] * N, shardedBlocks[1] * N], entries, opts);
    const sm1He = sm1.expandedProbe.he;
    sm1Gk = await GalleryKernel.create(sm1He);
    const sm1Keys = ExpansionKeys.load(sm1He, sm1.expandedProbe.galoisKeys);
    try {
      sm1Gk.loadProbes(expandProbeResidues(sm1He, sm1.expandedProbe.probe(0).probe, sm1Keys));
    } finally {
      sm1Keys.delete();
    }
    const ratioBlocks = N / sm1He.N; // sm1 blocks per authenticated block (same templates)
    const roundAuth = dim === 512 ? 2 : 4;
    for (let b = 0; b < roundAuth * ratioBlocks; b++) sm1Regions.push(sm1Gk.allocBlock());
    for (const [b, r] of sm1Regions.entries()) fillRandomResidues(sm1Gk.kernel.view(r), sm1Gk.level.primes, sm1He.N, 31 + b);
    const sm1Out = sm1Gk.kernel.allocCiphertexts(sm1Gk.level, 3, 1);
    sm1Regions.push(sm1Out);
    const sm1Sweep = (): number => {
      const t0 = performance.now();
      for (let b = 0; b < roundAuth * ratioBlocks; b++) sm1Gk!.scoreInto(sm1Regions[b]!, 1, sm1Out);
      return performance.now() - t0;
    };
    sm1Sweep();
    const plainCount = quick ? 20_000 : 100_000;
    const plain = plaintextBruteForce(dim, plainCount);
    const rounds = quick ? 3 : 7;
    const authMs: number[] = [];
    const sm1Ms: number[] = [];
    const plainMs: number[] = [];
    log(`${presetId}: ${rounds} rounds alternating authenticated / today's kernel / plaintext loop...`);
    for (let r = 0; r < rounds; r++) {
      authMs.push(sweep(roundAuth));
      sm1Ms.push(sm1Sweep());
      plainMs.push(plain.run());
    }
    const roundTemplates = roundAuth * N;
    const sideBySide = {
      rounds,
      templatesPerRound: roundTemplates,
      authTemplatesPerSec: Math.round(roundTemplates / (median(authMs) / 1000)),
      sm1TemplatesPerSec: Math.round(roundTemplates / (median(sm1Ms) / 1000)),
      plaintextTemplatesPerSec: Math.round(plainCount / (median(plainMs) / 1000)),
      plaintextGalleryTemplates: plainCount,
    };

    // ---------------------------------------------------------------- sharded end to end
    log(`${presetId}: IdentifyMatcher.identify, ${opts.workers} workers, timing galleries of ${shardedBlocks.join(' and ')} blocks...`);
    const sharded = await shardedTimingSearch(await dep.newMatcher(opts.workers), shardedBlocks[0], shardedBlocks[1], (s) => dep.desk.prepareIdentifyQuantized(gallery[0]!, `bench-sharded-${s}`).request, log);
    const blocks1M = Math.ceil(TEMPLATES_1M / N);
    const authX = extrapolate(sharded, blocks1M);
    const sm1Blocks1M = Math.ceil(TEMPLATES_1M / sm1He.N);
    // Lower estimate: the measured sharded expansion + every block's single-core accumulate and
    // serialization spread over min(workers, cores) cores.
    const cores = Math.min(opts.workers, availableParallelism());
    const fromKernel1M = sharded.large.wallMs - sharded.large.scoreMs + (blocks1M * (perBlockAccMs + serializeMs)) / cores;

    // ---------------------------------------------------------------- leak loop (128-D)
    let leak: Record<string, unknown> | undefined;
    if (dim === 128 && (opts.leakSearches ?? 0) > 0) {
      const n = opts.leakSearches!;
      log(`${presetId}: ${n} real searches end to end (desk, matcher, custodian), heap before and after...`);
      const one = async (i: number): Promise<{ identifyMs: number; decideMs: number }> => {
        const p = dep.desk.prepareIdentifyQuantized(i % 2 === 0 ? nearCopy(gallery[i % gallery.length]!) : quantizedTemplates(1, dim, 900 + i)[0]!, `bench-leak-${i}`);
        const t0 = performance.now();
        const b = await dep.matcher.identify(p.request);
        const t1 = performance.now();
        const dcs = await dep.custodian.decideIdentify(b);
        const t2 = performance.now();
        await dep.matcher.finishIdentify(dcs);
        return { identifyMs: t1 - t0, decideMs: t2 - t1 };
      };
      await one(0);
      global.gc?.();
      const before = { rssBytes: process.memoryUsage().rss, ...heap() };
      const samples: { identifyMs: number; decideMs: number }[] = [];
      for (let i = 1; i <= n; i++) samples.push(await one(i));
      global.gc?.();
      const after = { rssBytes: process.memoryUsage().rss, ...heap() };
      leak = {
        searches: n, gallery: 1 + entries, before, after,
        sealHeapGrowth: after.sealHeapBytes - before.sealHeapBytes,
        kernelHeapGrowth: after.kernelHeapBytes - before.kernelHeapBytes,
        identifyMsMedian: round(median(samples.map((s) => s.identifyMs)), 1),
        custodianDecideMsMedian: round(median(samples.map((s) => s.decideMs)), 1),
      };
    }

    const level = productLevelOf(he);
    const bits = he.level(level).primes.reduce((n, p) => n + Math.ceil(Math.log2(p + 1)), 0);
    const sm1Refresh = sm1.refreshes;
    return {
      dim,
      presetId,
      baselinePresetId: sm1.presetId,
      columns: C,
      resultsPerBlock: results.length,
      slotsPerBlock: N,
      keygenMs: round(dep.keygenMs, 0),
      probeBytes: prepared.request.probe.length,
      galoisKeyBytes: dep.galoisKeys.length,
      storedBytesPerTemplate: Math.round((C * 2 * bits) / 8),
      containerBytesPerTemplate: Math.round((C * containerLength(he, 2, level)) / N),
      kernelBytesPerTemplate: Math.round((C * gk.ct2 * 4) / N),
      kernelBytes1M: blocks1M * C * gk.ct2 * 4,
      expansionMs: round(expandMs, 1),
      templatesPerSecPerCore,
      accumulate: { sweepBlocks, residentBlocks: resident, sweepMs: round(sweepMs, 1), perBlockMs: round(perBlockAccMs, 1), path: 'GalleryKernel.scoreGroups (1 + k accumulations, results copied out)' },
      sideBySide,
      perBlock: {
        serializeMs: round(serializeMs, 3),
        resultBytes: blindedBlock.reduce((n, c) => n + c.length, 0),
        decrypt1PlusKMs: round(decrypt3Ms, 2),
        slotCheckFullBlockMs: round(checkMs, 2),
        custodianFullBlockMs: round(fullBlockDecideMs, 2),
        note: 'custodian per full block = 1 + k decryptions (SEAL, batch decode) + the per-slot check of N honest slots (checkSlotValues); the store read of N slot records is not in it',
      },
      realSearch: {
        gallery: 1 + entries,
        identifyMs: round(identifyMs, 0),
        expandMs: round(expandMs, 0),
        scoreMs: round(scoreMs, 1),
        custodianDecideMs: round(decideRealMs, 1),
        decisionCorrect,
        decideIncludes: 'Custodian.decideIdentify on one block with 1 + E registered slots: officer authorization (own registry), nonce claim, 1 + k decryptions, slot checks, audit leaf, signature',
      },
      refresh: {
        samples: refreshes,
        enrollOneMatcherMs: round(enrollOneMs, 0),
        custodianMsPerRefresh: refreshes[0]!.custodianMs,
        responseBytesPerRefresh: refreshes[0]!.responseBytes,
        baseline: { presetId: sm1.presetId, samples: sm1Refresh, custodianMsPerRefresh: sm1Refresh[0]!.custodianMs, responseBytesPerRefresh: sm1Refresh[0]!.responseBytes },
      },
      sharded: { workers: opts.workers, ...sharded, ...authX },
      search1M: {
        blocks: blocks1M,
        matcherWallMs: authX.matcherWallMs1M,
        matcherWallMsFromKernel: round(fromKernel1M, 0),
        custodianMs: round(blocks1M * fullBlockDecideMs, 0),
        totalMs: round(authX.matcherWallMs1M + blocks1M * fullBlockDecideMs, 0),
        resultBytes: blocks1M * blindedBlock.reduce((n, c) => n + c.length, 0),
        note: `extrapolated, not measured: the sharded search over ${shardedBlocks[1]} blocks + its per-block shard time (from ${shardedBlocks[0]} and ${shardedBlocks[1]} blocks) x ${blocks1M - shardedBlocks[1]} more blocks (${opts.workers} workers on this machine), then the custodian's full-block time x ${blocks1M} on one core. matcherWallMsFromKernel (lower estimate): the measured search without its shard part + ${blocks1M} x (single-core accumulate + serialization) / ${cores} cores. The 1M gallery would need ${(blocks1M * C * gk.ct2 * 4 / 2 ** 30).toFixed(1)} GiB of kernel memory (${Math.ceil((blocks1M * C * gk.ct2 * 4) / 2 ** 32)}+ workers)`,
      },
      baseline: {
        presetId: sm1.presetId,
        galoisKeyBytes: sm1.galoisKeyBytes,
        probeBytes: sm1.probeBytes,
        sharded: sm1.sharded,
        search1M: { blocks: sm1Blocks1M, matcherWallMs: sm1.sharded.matcherWallMs1M, note: 'same extrapolation from timing galleries of as many templates, same workers, same run' },
      },
      ratios: {
        kernelVsSm1SameRounds: round(sideBySide.authTemplatesPerSec / sideBySide.sm1TemplatesPerSec, 3),
        kernelOfPlaintextSameRounds: round(sideBySide.authTemplatesPerSec / sideBySide.plaintextTemplatesPerSec, 3),
        matcherWall1MVsSm1: round(authX.matcherWallMs1M / sm1.sharded.matcherWallMs1M, 2),
      },
      leak,
      heap: { atStart: heapAtStart, beforeClose: heap() },
    };
  } finally {
    for (const r of regions) gk.kernel.free(r);
    if (sm1Gk) {
      for (const r of sm1Regions) sm1Gk.kernel.free(r);
      sm1Gk.delete();
    }
    sm1?.expandedProbe.dispose();
    he.delete();
    await dep.close();
  }
}

/** The authenticated 1:N presets (512-D, then 128-D) beside today's, one object per dimension. */
export async function benchIdentifyAuth(opts: AuthIdentifyBenchOptions) {
  const out: Record<string, unknown> = {};
  for (const dim of opts.dims ?? ([512, 128] as const)) out[`d${dim}`] = await benchAuthDim(dim, opts);
  out['heapAfterClose'] = heap();
  return out;
}

if ((process.argv[1] ?? '').endsWith('bench/identify-auth.ts')) {
  const { benchFlags } = await import('./harness.js');
  const flags = benchFlags();
  const dim = flags.num('dim', 0);
  const r = await benchIdentifyAuth({ quick: flags.quick, ...(dim === 128 || dim === 512 ? { dims: [dim] } : {}), workers: flags.num('workers', flags.quick ? 2 : 4), leakSearches: flags.num('leak-searches', flags.quick ? 2 : 5), log: (s) => void process.stderr.write(`[bench] ${s}\n`) });
  process.stdout.write(`${JSON.stringify(r, null, flags.json ? 0 : 2)}\n`);
}
