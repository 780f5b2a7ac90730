/**
 * Parts of the authenticated-1:N benchmark (bench/identify-auth.ts): a small real authenticated
 * deployment (custodian with its own state and registry, enrollment desk, matcher in this thread),
 * a timed refresh hook, a sharded search over a timing gallery (any 1:N preset), and the
 * custodian's per-slot check over a whole block of honest values.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Custodian, type CustodianSecrets, type PublicBundle } from '../src/custodian/custodian.js';
import { uniformInts } from '../src/csprng.js';
import { checkSlotValues, identifyHonestBound } from '../src/identify/custodian/slot-check.js';
import { DeskClient } from '../src/identify/desk/desk-client.js';
import { IdentifyMatcher, type GalleryEntry } from '../src/identify/matcher/identify-matcher.js';
import { decodeGalleryEnrollRequest, decodeGalleryEnrollSubmission } from '../src/identify/messages/identify-codec.js';
import { fleetFills, identifyModArith, searchAlphas } from '../src/identify/messages/identify-mac-keys.js';
import type { EnrollmentRefreshRequest, IdentifyRequest, RefreshResponse } from '../src/identify/messages/identify-messages.js';
import type { Preset, PresetId } from '../src/params/presets.js';
import { asSubjectRef } from '../src/subjects/subject-reference.js';
import { sha256 } from '../src/wire/digest.js';
import { decodeSignedRequest } from '../src/wire/signed-request.js';
import { keyId } from '../src/wire/signing.js';
import { round, unitVectors } from './harness.js';

/** One custodian refresh as the matcher saw it: entries, custodian time, bytes each way. */
export interface RefreshSample {
  readonly entries: number;
  readonly custodianMs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly columns: number;
}

/** Wraps a custodian refresh call: times it and records its sizes in `into`. */
export function timedRefresh(call: (r: EnrollmentRefreshRequest) => Promise<RefreshResponse>, into: RefreshSample[]): (r: EnrollmentRefreshRequest) => Promise<RefreshResponse> {
  return async (r) => {
    const t0 = performance.now();
    const resp = await call(r);
    into.push({
      entries: r.entries.length,
      custodianMs: round(performance.now() - t0, 1),
      requestBytes: r.entries.reduce((n, e) => n + e.ciphertext.length + (e.enrollment?.length ?? 0), 0),
      responseBytes: resp.columns.reduce((n, c) => n + c.length, 0),
      columns: resp.columns.length,
    });
    return resp;
  };
}

/** Quantized templates at s = 64 (values in [-127, 127]), deterministic. */
export function quantizedTemplates(count: number, dim: number, seed: number): Int32Array[] {
  return unitVectors(count, dim, seed).map((v) => Int32Array.from(v, (x) => Math.max(-127, Math.min(127, Math.round(64 * x)))));
}

/** The template with its first `flips` values moved by one (a genuine probe). */
export function nearCopy(g: Int32Array, flips = 3): Int32Array {
  const out = Int32Array.from(g);
  for (let i = 0; i < flips; i++) out[i] = out[i]! + (i % 2 === 0 ? 1 : -1);
  return out;
}

export const benchSubjectRef = (i: number): string => bytesToHex(sha256(new TextEncoder().encode(`bench-auth-subject-${i}`)));

/**
 * An authenticated deployment in this process. The custodian is not told to trust the matcher:
 * everything it decrypts must authenticate (desk-signed enrollments, per-slot tags).
 */
export class AuthBenchDeployment {
  secrets!: CustodianSecrets;
  bundle!: PublicBundle;
  custodian!: Custodian;
  matcher!: IdentifyMatcher;
  desk!: DeskClient;
  galoisKeys!: Uint8Array;
  readonly officer = ed25519.utils.randomSecretKey();
  keygenMs = 0;

  constructor(readonly presetId: PresetId) {}

  async init(): Promise<void> {
    const t0 = performance.now();
    const { secrets, bundle } = await Custodian.generateSecrets(this.presetId);
    this.secrets = secrets;
    this.bundle = bundle;
    this.custodian = await Custodian.create({ secrets });
    this.galoisKeys = this.custodian.expansionKeys();
    this.keygenMs = performance.now() - t0;
    const publicKey = ed25519.getPublicKey(this.officer);
    await this.custodian.registerKey({ publicKey, ownerId: 'bench-officer', role: 'officer' });
    this.matcher = await this.newMatcher(0);
    this.desk = await DeskClient.create({
      matcherUrl: 'http://matcher.invalid',
      presetId: this.presetId,
      hePublicKey: bundle.hePublicKey,
      decisionPublicKey: bundle.decisionPublicKey,
      officerKey: this.officer,
      sealPublicKey: bundle.sealPublicKey!,
      fleetSecret: secrets.identifyFleetSecret!,
    });
  }

  /** A matcher of this deployment (same keys and officer), with `workers` shard threads. */
  newMatcher(workers: number): Promise<IdentifyMatcher> {
    const publicKey = ed25519.getPublicKey(this.officer);
    return IdentifyMatcher.create({
      presetId: this.presetId,
      galoisKeys: this.galoisKeys,
      keys: new Map([[bytesToHex(keyId(publicKey)), { publicKey, role: 'officer' as const }]]),
      heKeyId: sha256(this.bundle.hePublicKey),
      workers,
    });
  }

  /** The gallery entry a desk enrollment of `values` gives the matcher. */
  entry(i: number, values: ArrayLike<number>): GalleryEntry {
    const sub = decodeGalleryEnrollSubmission(this.desk.prepareEnrollQuantized(asSubjectRef(benchSubjectRef(i)), values, `bench-enroll-${i}`));
    const body = decodeGalleryEnrollRequest(decodeSignedRequest(sub.signedRequest, 'sealmatch.v1.GalleryEnrollRequest').body);
    return { subjectRef: body.subjectRef, presetId: body.presetId, dim: body.dim, template: body.template, ...(body.heKeyId ? { heKeyId: body.heKeyId } : {}), signedRequest: sub.signedRequest, maskSeed: sub.maskSeed };
  }

  async close(): Promise<void> {
    this.desk.close();
    await this.matcher.close();
    await this.custodian.close();
  }
}

/** One sharded search over a timing gallery: wall, its phases and the result size. */
export interface ShardedRun {
  readonly blocks: number;
  readonly wallMs: number;
  readonly expandMs: number;
  readonly scoreMs: number;
  readonly resultBytes: number;
}

/**
 * `IdentifyMatcher.identify` with its shard threads over a timing gallery (fillTimingGallery:
 * uniformly random residues) of `small` blocks (one untimed warm-up search, which allocates the
 * workers' probe buffers, then one timed), then grown to `large` blocks (one timed): the two sizes
 * separate the shard phase's per-block cost from its per-search part. The matcher is closed (its
 * workers exit) before returning.
 */
export async function shardedTimingSearch(matcher: IdentifyMatcher, small: number, large: number, request: (s: number) => IdentifyRequest, log: (s: string) => void): Promise<{ warm: ShardedRun; small: ShardedRun; large: ShardedRun; kernelHeapBytes: number }> {
  const N = matcher.gallery.N;
  try {
    let blocks = 0;
    const search = async (s: number): Promise<ShardedRun> => {
      const req = request(s);
      const t1 = performance.now();
      const blinded = await matcher.identify(req);
      const wallMs = performance.now() - t1;
      const { expandMs, scoreMs } = matcher.residues.lastSearch;
      const resultBytes = blinded.blocks.reduce((n, b) => n + b.ciphertext.length + (b.tags ?? []).reduce((m, c) => m + c.length, 0), 0);
      log(`  ${matcher.presetId}: search over ${blocks} blocks of ${N}, ${matcher.residues.workers} workers: wall ${wallMs.toFixed(0)} ms (expansion ${expandMs.toFixed(0)}, shards ${scoreMs.toFixed(0)})`);
      return { blocks, wallMs: round(wallMs, 1), expandMs: round(expandMs, 1), scoreMs: round(scoreMs, 1), resultBytes };
    };
    await matcher.fillTimingGallery(small * N, 4321);
    blocks = small;
    const warm = await search(0);
    const first = await search(1);
    await matcher.fillTimingGallery((large - small) * N, 8765);
    blocks = large;
    const last = await search(2);
    return { warm, small: first, large: last, kernelHeapBytes: await matcher.residues.heapBytes() };
  } finally {
    await matcher.close();
  }
}

/**
 * Honest decrypted values for every one of N slots (y^00 in the honest range, y^ii = alpha_i
 * beta_i y^00 + kappa_i mod t) and a run of the custodian's per-slot check over all of them,
 * exactly as `decideIdentify` calls it (values gathered per slot from the 1+k decryptions).
 */
export function fullBlockCheck(p: Preset, fleetSecret: Uint8Array, N: number): { run: () => number } {
  const A = identifyModArith(p);
  const t = A.t;
  const bound = identifyHonestBound(p);
  const kappa = fleetFills(fleetSecret, p).kappa;
  const k = kappa.length;
  const alphas = searchAlphas(crypto.getRandomValues(new Uint8Array(32)), p);
  const betaDraw = uniformInts(N * k, 1, t);
  const betas = Array.from({ length: N }, (_, s) => Array.from({ length: k }, (_, i) => betaDraw[s * k + i]!));
  const mags = uniformInts(N, 1, bound + 1);
  const ys = Array.from({ length: 1 + k }, () => new Uint32Array(N));
  for (let s = 0; s < N; s++) {
    const y00 = s % 2 === 0 ? mags[s]! : t - mags[s]!;
    ys[0]![s] = y00;
    for (let i = 0; i < k; i++) ys[1 + i]![s] = (A.mul(A.mul(alphas[i]!, betas[s]![i]!), A.mod(y00)) + kappa[i]!) % t;
  }
  return {
    run: () => {
      let alarms = 0;
      for (let s = 0; s < N; s++) if (checkSlotValues(A, bound, alphas, betas[s]!, kappa, ys.map((v) => v[s]!)) === 'alarm') alarms++;
      if (alarms > 0) throw new Error(`honest synthetic slots raised ${alarms} alarms: the model is wrong`);
      return N;
    },
  };
}
