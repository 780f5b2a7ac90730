// Attacker: a MALICIOUS MATCHER on the authenticated 1:N preset. It holds every gallery ciphertext
// (its own kernel memory: it may read, permute, overwrite any column and run the kernel on any
// probe), the Galois keys of the probe expansion, the custodian's HE public key, every message
// desks send it (officer-signed enrollments with their mask seeds, deletions, search requests with
// their authorizations and sealed MAC envelopes), every refresh answer and search result it ever
// got, and it may call any custodian 1:N route with any arguments, replay, reorder and combine
// them. It crafts ciphertexts with ./craft.ts (exact residue algebra, no key) and encrypts
// anything under the public key. It has NOT the custodian's HE secret key, seal key, decision
// key or the 1:N fleet secret, nor any officer's signing key. Desks and custodian honest.
/**
 * Red team, authenticated 1:N (preset sm2-bgv8192-face128-1toN-auth, issue #10 items 4-6):
 * every attack of the issue against the REAL custodian of an in-process deployment
 * (test/identify-auth-deployment.ts). Each must end in a typed refusal: E_RESULT_UNAUTHENTIC
 * after one decryption, with an 'alarm' leaf in the custodian's own audit log, the alarm counted
 * in its stats and in the credential's alarm state; or a refusal before any decryption (no
 * decryption call at all, no audit leaf, no alarm). No attack ever gets a decision signed.
 *
 * 1. Forged MATCH (all-zero size-3 results for a real search).
 * 2. Refresh key recovery (A3's (0, +-X^k) ciphertexts) with no enrollment, beside a real one,
 *    inside a re-signed or tampered enrollment; replayed enrollments (another slot, another
 *    block, after deletion); crafted, misdirected and replayed deletions.
 * 3. decideIdentify key recovery (c0 = 0 or -X^m, c1 = +-X^a, c2 = 0) against two custodians
 *    with different keys: identical outcome sequences; suspension after 3 alarms until reenable.
 * 4. Tampering with honest results: negation, scaling, monomials and sums of monomials (NTT
 *    form), a Galois slot permutation of a block (the two registered slots of block 1 sit on one
 *    2-cycle of the permutation, so each receives the other's genuine triple), another slot's or
 *    block's product added or subtracted, another block's result, y^00 and a tag swapped, a
 *    Galois automorphism of the probe, an earlier result replayed, a probe reused under another
 *    authorization, random bytes and residues, truncated or reshaped containers, the matcher's own
 *    public-key encryptions, an omitted block.
 * 5. Key binding: enrollment and search under another custodian's HE key id, and a custodian
 *    whose key was rotated under the same state -> E_KEY_MISMATCH before any computation.
 * 6. After all of it (and reenable), honest searches still find exactly the right subjects.
 *
 * Prints one JSON line per attack family and a summary table. Slower variants: full tier.
 */
import { randomBytes } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Custodian } from '../../src/custodian/custodian.js';
import { DecisionKey } from '../../src/custodian/decision-key.js';
import { SealmatchError } from '../../src/errors.js';
import { buildSealPlaintext, sealPlaintextCoefficient } from '../../src/he/codec/seal-format.js';
import { BatchCodec } from '../../src/he/seal/batch.js';
import { loadCiphertext } from '../../src/he/seal/ciphertext.js';
import { HeContext } from '../../src/he/seal/context.js';
import { CoefficientEncryptor } from '../../src/he/seal/encryptor.js';
import { RefreshCustodian } from '../../src/he/seal/enrollment-refresh.js';
import { generateExpansionKeys, loadGaloisKeys } from '../../src/he/seal/expansion.js';
import { generateKeyPair } from '../../src/he/seal/keys.js';
import { columnContainer, columnResidues, productLevelOf, residuesOf } from '../../src/he/seal/gallery-block.js';
import type { AuthenticatedIdentify } from '../../src/identify/custodian/authenticated-identify.js';
import { DeskClient } from '../../src/identify/desk/desk-client.js';
import { decodeGalleryDeleteRequest, decodeGalleryEnrollRequest, decodeGalleryEnrollSubmission, encodeGalleryDeleteRequest, encodeGalleryEnrollRequest } from '../../src/identify/messages/identify-codec.js';
import { enrollmentMask } from '../../src/identify/messages/identify-mac-keys.js';
import {
  identifyRequestHash,
  verifyIdentifyDecisionSignature,
  verifyIdentifyResponse,
  type BlindedBlock,
  type BlindedIdentifyResult,
  type DeletionRefreshRequest,
  type EnrollmentRefreshRequest,
  type IdentifyRequest,
} from '../../src/identify/messages/identify-messages.js';
import { asSubjectRef } from '../../src/subjects/subject-reference.js';
import { decodeSignedRequest, encodeSignedRequest, signRequest } from '../../src/wire/signed-request.js';
import { AUTH_PRESET, AuthDeployment, authRef, nearCopy, randomTemplate } from '../identify-auth-deployment.js';
import { FULL } from '../tier.js';
import * as craft from './craft.js';

const D = 128;
const hex = bytesToHex;
const report = (o: Record<string, unknown>): void => console.log(JSON.stringify(o));

// Every decryption the 1:N custodian can perform goes through these two methods; every signed
// decision through DecisionKey.sign (src/identify/custodian/authenticated-identify.ts).
const decryptSlots = vi.spyOn(RefreshCustodian.prototype, 'decryptSlots');
const decryptCoefficients = vi.spyOn(RefreshCustodian.prototype, 'decryptCoefficients');
const signs = vi.spyOn(DecisionKey.prototype, 'sign');
const decryptCalls = (): number => decryptSlots.mock.calls.length + decryptCoefficients.mock.calls.length;

/** The custodian's authenticated 1:N engine (its stats: decryptions, alarms, refusals). */
const engineOf = (c: Custodian): AuthenticatedIdentify => (c as unknown as { identifyEngine: { authenticated: AuthenticatedIdentify } }).identifyEngine.authenticated;

// ------------------------------------------------------------------ bookkeeping

interface Row {
  trials: number;
  codes: Record<string, number>;
  signed: number;
  decryptions: number;
  alarms: number;
}
const table = new Map<string, Row>();
const rowOf = (family: string): Row => {
  let r = table.get(family);
  if (!r) table.set(family, (r = { trials: 0, codes: {}, signed: 0, decryptions: 0, alarms: 0 }));
  return r;
};

interface Snapshot {
  calls: number;
  decryptions: number;
  alarms: number;
  audit: number;
  signs: number;
  credentialAlarms: number;
}
async function snapshot(c: Custodian, credential: string): Promise<Snapshot> {
  const s = engineOf(c).stats;
  return { calls: decryptCalls(), decryptions: s.decryptions, alarms: s.alarms, audit: c.state.audit.size, signs: signs.mock.calls.length, credentialAlarms: (await c.state.alarmState(credential)).alarms };
}

interface Attempt {
  readonly code: string;
  readonly message: string;
}

/**
 * One attack call against custodian `c`. Asserts the refusal `expected` and its bookkeeping:
 * E_RESULT_UNAUTHENTIC is one decryption, one alarm (engine and credential) and one 'alarm'
 * audit leaf for `requestHash`; every other refusal decrypts nothing (no decryption call), writes
 * no leaf and raises no alarm. Nothing is ever signed.
 */
async function attempt(
  c: Custodian,
  family: string,
  call: () => Promise<unknown>,
  expected: string,
  o: { credential?: string; requestHash?: Uint8Array; why?: RegExp } = {},
): Promise<Attempt> {
  const credential = o.credential ?? 'matcher';
  const s0 = await snapshot(c, credential);
  let code = 'ACCEPTED';
  let message = '';
  let details: Record<string, unknown> | undefined;
  try {
    await call();
  } catch (e) {
    if (!(e instanceof SealmatchError)) throw e;
    code = e.code;
    message = e.message;
    details = e.details;
  }
  const s1 = await snapshot(c, credential);
  const row = rowOf(family);
  row.trials++;
  row.codes[code] = (row.codes[code] ?? 0) + 1;
  row.signed += s1.signs - s0.signs;
  row.decryptions += s1.calls - s0.calls;
  row.alarms += s1.alarms - s0.alarms;
  expect(code, `${family}: ${message}`).toBe(expected);
  expect(s1.signs, `${family}: nothing signed`).toBe(s0.signs);
  if (code === 'E_RESULT_UNAUTHENTIC') {
    expect(s1.decryptions, `${family}: one decryption operation`).toBe(s0.decryptions + 1);
    expect(s1.alarms, `${family}: alarm counted`).toBe(s0.alarms + 1);
    expect(s1.credentialAlarms, `${family}: credential alarm`).toBe(s0.credentialAlarms + 1);
    expect(s1.audit, `${family}: one audit leaf`).toBe(s0.audit + 1);
    const leaf = await c.state.audit.entry(details!['auditSeq'] as number);
    expect(leaf).toMatchObject({ kind: 'identify', outcome: 'alarm', reason: 'E_RESULT_UNAUTHENTIC' });
    if (o.requestHash) expect(leaf.requestHash).toBe(hex(o.requestHash));
    if (o.why) expect(message, family).toMatch(o.why);
  } else {
    expect(s1.calls, `${family}: no decryption`).toBe(s0.calls);
    expect(s1.decryptions, `${family}: no decryption counted`).toBe(s0.decryptions);
    expect(s1.audit, `${family}: no audit leaf`).toBe(s0.audit);
    expect(s1.alarms, `${family}: no alarm`).toBe(s0.alarms);
    expect(s1.credentialAlarms, `${family}: no credential alarm`).toBe(s0.credentialAlarms);
  }
  return { code, message };
}

/** A decideIdentify attack: the refusal, and the leaf naming this result's request. */
const decide = (c: Custodian, family: string, r: BlindedIdentifyResult, expected = 'E_RESULT_UNAUTHENTIC', o: { credential?: string; why?: RegExp } = {}): Promise<Attempt> =>
  attempt(c, family, () => c.decideIdentify(r, { credential: o.credential ?? 'matcher' }), expected, { ...o, requestHash: r.requestHash });

// ------------------------------------------------------------------ what the matcher builds

/** A result for request `req` carrying `blocks` (the request hash and authorization are the real ones). */
const resultFor = (req: IdentifyRequest, blocks: readonly BlindedBlock[]): BlindedIdentifyResult => ({
  presetId: req.presetId,
  requestHash: identifyRequestHash(req),
  blocks,
  authorization: req.authorization,
  dim: req.dim,
});

const containersOf = (b: BlindedBlock): Uint8Array[] => [b.ciphertext, ...b.tags!];
const withContainers = (b: BlindedBlock, cts: readonly Uint8Array[]): BlindedBlock => ({ ...b, ciphertext: cts[0]!, tags: cts.slice(1) });
/** The result with every container of the blocks `only` (default all) mapped by `f`. */
const mapContainers = (r: BlindedIdentifyResult, f: (ct: Uint8Array, i: number, b: BlindedBlock) => Uint8Array, only?: readonly number[]): BlindedIdentifyResult => ({
  ...r,
  blocks: r.blocks.map((b) => (only && !only.includes(b.blockId) ? b : withContainers(b, containersOf(b).map((ct, i) => f(ct, i, b))))),
});

/**
 * The slot permutation of X -> X^g on batched plaintexts: perm[s] is the slot whose value lands in
 * slot s. Key-free (it depends on the parameters only): encode the slot indices, apply the
 * automorphism to the coefficients (negacyclic), decode. applyGalois does the same under the key.
 */
function slotPermutation(he: HeContext, g: number): Uint32Array {
  const codec = new BatchCodec(he);
  const N = he.N;
  const tn = Number(he.t);
  const pt = codec.encode(Array.from({ length: N }, (_, s) => s));
  const out = new he.seal.Plaintext();
  try {
    const raw = pt.saveToArray(he.seal.ComprModeType.none) as Uint8Array;
    const moved = new Array<number>(N).fill(0);
    for (let j = 0; j < N; j++) {
      const c = sealPlaintextCoefficient(raw, j);
      const e = (j * g) % (2 * N);
      if (e < N) moved[e] = c;
      else moved[e - N] = (tn - c) % tn;
    }
    out.loadFromArray(he.context, buildSealPlaintext(moved));
    return codec.decode(out);
  } finally {
    pt.delete();
    out.delete();
    codec.delete();
  }
}

const t0 = performance.now();
afterAll(() => {
  const lines = [...table.entries()].map(([f, r]) => `| ${f} | ${r.trials} | ${Object.entries(r.codes).map(([c, n]) => `${c}×${n}`).join(', ')} | ${r.signed} | ${r.decryptions} | ${r.alarms} |`);
  console.log(['| attack | trials | outcome | signed | decryption calls | alarms |', '|---|---|---|---|---|---|', ...lines].join('\n'));
  console.log(`total ${[...table.values()].reduce((n, r) => n + r.trials, 0)} attack trials, ${Math.round(performance.now() - t0)} ms`);
});

// ------------------------------------------------------------------ 1, 2, 4, 6: one deployment, many attacks

describe('authenticated 1:N vs a malicious matcher (sm2-bgv8192-face128-1toN-auth)', () => {
  const dep = new AuthDeployment(AUTH_PRESET, { alarmThreshold: 1_000_000 });
  const gallery = Array.from({ length: 5 }, () => randomTemplate(D));
  let he: HeContext;
  let level: number;
  let galois: ReturnType<typeof loadGaloisKeys>;
  let codec: BatchCodec;
  let ownEnc: CoefficientEncryptor;
  /** X -> X^G is an involution on slots (G = N + 1, G^2 = 1 mod 2N): block 1 holds one of its 2-cycles. */
  const G = 8193;
  let perm: Uint32Array;
  /** Slot 1 of block 1 (subject 3) overlaps slot 1 of block 0 (subject 1): adding blocks is never a no-op there. */
  const Q = 1;
  let partner: number;
  const SCRATCH = 9; // a region of the matcher's kernel memory outside its gallery table
  let caseNo = 0;

  const request = (values: ArrayLike<number> = nearCopy(gallery[3]!)) => dep.desk.prepareIdentifyQuantized(values, `atk-case-${caseNo++}`);
  const liveBlocks = () => dep.matcher.gallery.blocks.filter((b) => b.factors.some((f) => f !== 0));

  /**
   * What the matcher computes for `req` with its own kernel (one probe expansion): the honest
   * result over its gallery, and the result containers of extra regions (e.g. a permuted copy).
   */
  async function compute(req: IdentifyRequest, extra: readonly number[] = [], probe = req.probe): Promise<{ result: BlindedIdentifyResult; extra: Uint8Array[][] }> {
    const live = liveBlocks();
    const out = await dep.matcher.residues.search(probe, [...live, ...extra.map((id) => ({ id }))].map((b) => ({ blockId: b.id })));
    const g = dep.matcher.gallery;
    const blocks = live.map((b, i) => {
      const [ciphertext, ...tags] = out[i]!;
      return { blockId: b.id, tableRoot: g.tableRoot(b), occupied: g.occupied(b), ciphertext: ciphertext!, tags };
    });
    return { result: resultFor(req, blocks), extra: out.slice(live.length) };
  }

  /**
   * The matcher places a verified desk enrollment where IT chooses (the custodian accepts any
   * block and slot for a verified, fresh enrollment): one refresh, then the columns and the mask
   * are added at that slot of its own gallery, exactly as IdentifyMatcher.enroll does.
   */
  async function place(blockId: number, entries: readonly { slot: number; i: number; e: ReturnType<AuthDeployment['enrollment']> }[]): Promise<void> {
    const req: EnrollmentRefreshRequest = { presetId: dep.presetId, blockId, entries: entries.map(({ slot, e }) => ({ slot, ciphertext: e.body.template, enrollment: e.signedRequest })) };
    const resp = await dep.custodian.refreshForEnrollment(req);
    const g = dep.matcher.gallery;
    const block = g.blocks[blockId] ?? g.addBlock();
    expect(block.id).toBe(blockId);
    const C = dep.matcher.d;
    const tn = Number(he.t);
    const masks = entries.map(({ e }) => enrollmentMask(e.maskSeed, he.preset));
    const unmask = Array.from({ length: C }, (_, j) => {
      const v = new Uint32Array(he.N);
      entries.forEach(({ slot }, n) => (v[slot] = (tn - masks[n]![j]!) % tn));
      return codec.nttResidues(v, level);
    });
    await dep.matcher.residues.update(blockId, { add: resp.columns.map((c) => columnResidues(he, c)), plainC0: unmask });
    for (const { slot, e } of entries) {
      block.refs[slot] = e.body.subjectRef;
      block.factors[slot] = 1; // the matcher's table marks the slot live (authenticated sets carry no matcher factor)
    }
    block.root = undefined;
    block.leafHashes = undefined;
  }

  /** An honest decision through the real path; the desk's checks pass and the matches are `expected`. Returns the (decided) result. */
  async function honestSearch(values: ArrayLike<number>, expected: string[]): Promise<BlindedIdentifyResult> {
    const prepared = request(values);
    const a0 = dep.custodian.state.audit.size;
    const result = await dep.matcher.identify(prepared.request);
    const resp = await dep.matcher.finishIdentify(await dep.custodian.decideIdentify(result));
    expect(verifyIdentifyResponse(resp, prepared.request, dep.bundle.decisionPublicKey)).toBe(true);
    expect(resp.matches.map((m) => m.subjectRef).sort()).toEqual([...expected].sort());
    expect(dep.custodian.state.audit.size).toBe(a0 + 1);
    return result;
  }
  /** The control search's result, decided honestly at the start (the "earlier search" of the replays). */
  let controlResult: BlindedIdentifyResult;

  /** The matcher's own public-key encryption of chosen slot values, as a size-3 result container. */
  function ownEncryption(slots: ArrayLike<number>): Uint8Array {
    const zero = craft.parseContainer(he, ownEnc.encrypt([0]));
    const residues = Uint32Array.from(zero.raw.residues);
    const add = codec.nttResidues(slots, level);
    const primes = he.level(level).primes;
    primes.forEach((q, i) => {
      for (let j = i * he.N; j < (i + 1) * he.N; j++) residues[j] = (residues[j]! + add[j]!) % q;
    });
    return craft.resize(he, craft.serializeContainer(he, { ...zero.raw, residues }, zero.correctionFactor), 3);
  }

  /** A Galois automorphism X -> X^g of a size-2 container with the matcher's keys. */
  function applyGalois(bytes: Uint8Array, g: number): Uint8Array {
    const ct = loadCiphertext(he, bytes, { sizes: [2] });
    try {
      he.evaluator.applyGaloisInplace(ct, g, galois);
      return columnContainer(he, residuesOf(he, ct, 2, level));
    } finally {
      ct.delete();
    }
  }

  beforeAll(async () => {
    await dep.init();
    he = await HeContext.create(dep.presetId);
    level = productLevelOf(he);
    codec = new BatchCodec(he);
    ownEnc = new CoefficientEncryptor(he, dep.bundle.hePublicKey);
    galois = loadGaloisKeys(he, dep.custodian.expansionKeys()); // what the matcher was given
    perm = slotPermutation(he, G);
    partner = perm[Q]!;
    expect(partner).not.toBe(Q);
    expect(perm[partner]).toBe(Q); // a 2-cycle
    {
      // Test-side check of `perm` (not an attacker step): under a throwaway key of our own,
      // applyGalois(X -> X^G) moves the value of slot perm[s] into slot s.
      const own = generateKeyPair(he);
      const rc = new RefreshCustodian(he, own.secretKey);
      const gk = loadGaloisKeys(he, generateExpansionKeys(he, own.secretKey, dep.matcher.d));
      const ct = loadCiphertext(he, rc.encryptSlots(Array.from({ length: he.N }, (_, s) => s)), { sizes: [2] });
      try {
        he.evaluator.applyGaloisInplace(ct, G, gk);
        expect(Array.from(rc.decryptSlots(columnContainer(he, residuesOf(he, ct, 2, level)), [2]))).toEqual(Array.from(perm));
      } finally {
        ct.delete();
        gk.delete();
        rc.delete();
      }
    }
    // Block 0: subjects 0..2 through the matcher's own enrollment; block 1: subjects 3 and 4 on
    // slots Q and perm[Q], placed by the matcher.
    await dep.enroll([0, 1, 2].map((i) => ({ i, values: gallery[i]! })));
    await place(1, [
      { slot: Q, i: 3, e: dep.enrollment(3, gallery[3]!) },
      { slot: partner, i: 4, e: dep.enrollment(4, gallery[4]!) },
    ]);
  }, 240_000);

  afterAll(async () => {
    galois?.delete();
    ownEnc?.delete();
    codec?.delete();
    he?.delete();
    await dep.close();
  });

  it('control: an honest search over both blocks finds exactly subject 3 (block 1)', async () => {
    controlResult = await honestSearch(nearCopy(gallery[3]!), [authRef(3)]);
  }, 60_000);

  // ---------------------------------------------------------------- 1. forged MATCH
  it('1. forged MATCH: all-zero size-3 y^00 and tags for a real search -> alarm, nothing signed', async () => {
    const zero = craft.zeroResult(he, 3, level);
    for (const only of [[0, 1], [1]]) {
      const prepared = request();
      const g = dep.matcher.gallery;
      const blocks = liveBlocks().map((b) => ({ blockId: b.id, tableRoot: g.tableRoot(b), occupied: g.occupied(b), ciphertext: zero, tags: [zero, zero] }));
      // [1]: block 0 omitted, block 1 zero: the omission alone is an alarm too.
      await decide(dep.custodian, 'forged MATCH: zero y^00 and tags', resultFor(prepared.request, blocks.filter((b) => only.includes(b.blockId))));
    }
    report({ attack: 'forged MATCH (zero)', ...rowOf('forged MATCH: zero y^00 and tags') });
  });

  // ---------------------------------------------------------------- 2. refresh key recovery
  describe('2. enrollment refresh: only desk-signed, fresh, unregistered enrollments are ever decrypted', () => {
    /** A3's crafted refresh inputs: (0, +-X^(N - d i)) re-encrypt key coefficients into slots if decrypted. */
    const a3 = (i: number, sign: 1 | -1 = 1): Uint8Array => craft.keyMonomialResult(he, { a: he.N - dep.matcher.d * i, c1Sign: sign, size: 2, chainIndex: level });
    const refresh = (blockId: number, entries: EnrollmentRefreshRequest['entries']) => () => dep.custodian.refreshForEnrollment({ presetId: dep.presetId, blockId, entries });
    const recorded = (i: number): { slot: number; blockId: number; ciphertext: Uint8Array; enrollment: Uint8Array } => {
      for (const { request } of dep.refreshes) {
        if (!('entries' in request)) continue;
        for (const e of request.entries) {
          if (e.enrollment && decodeGalleryEnrollRequest(decodeSignedRequest(e.enrollment, 'sealmatch.v1.GalleryEnrollRequest').body).subjectRef === authRef(i)) {
            return { slot: e.slot, blockId: request.blockId, ciphertext: e.ciphertext, enrollment: e.enrollment };
          }
        }
      }
      throw new Error(`no recorded enrollment of subject ${i}`);
    };

    it('(a) crafted ciphertexts with no desk enrollment, or with bytes that are no SignedRequest -> E_UNAUTHORIZED / E_MALFORMED_MESSAGE', async () => {
      const F = '2a refresh, no enrollment';
      await attempt(dep.custodian, F, refresh(0, Array.from({ length: 8 }, (_, i) => ({ slot: 100 + i, ciphertext: a3(i, i % 2 === 0 ? 1 : -1) }))), 'E_UNAUTHORIZED');
      await attempt(dep.custodian, F, refresh(0, [{ slot: 100, ciphertext: a3(0), enrollment: new Uint8Array(randomBytes(200)) }]), 'E_MALFORMED_MESSAGE');
      report({ attack: F, ...rowOf(F) });
    });

    it('(b) a real enrollment beside a substituted ciphertext: refused as a whole, the real one is not consumed', async () => {
      const F = '2b real enrollment + crafted ciphertext';
      const e5 = dep.enrollment(5, randomTemplate(D));
      const real = { slot: 300, ciphertext: e5.body.template, enrollment: e5.signedRequest };
      await attempt(dep.custodian, F, refresh(0, [real, { slot: 301, ciphertext: a3(1) }]), 'E_UNAUTHORIZED');
      await attempt(dep.custodian, F, refresh(0, [real, { slot: 301, ciphertext: a3(1), enrollment: e5.signedRequest }]), 'E_MALFORMED_MESSAGE');
      await attempt(dep.custodian, F, refresh(0, [{ ...real, ciphertext: a3(0) }]), 'E_MALFORMED_MESSAGE');
      // A fresh enrollment and a slot another enrollment holds: the transaction rolls back whole.
      const e6 = dep.enrollment(6, randomTemplate(D));
      await attempt(dep.custodian, F, refresh(0, [real, { slot: recorded(0).slot, ciphertext: e6.body.template, enrollment: e6.signedRequest }]), 'E_ALREADY_ENROLLED');
      // Nothing was burnt: the real enrollment still refreshes (one decryption, its desk's bytes).
      const c0 = decryptCalls();
      await place(0, [{ slot: 300, i: 5, e: e5 }]);
      expect(decryptCalls()).toBe(c0 + 1);
      report({ attack: F, ...rowOf(F) });
    });

    it('(c) the desk-signed enrollment with its template replaced: the signature breaks (E_SIGNATURE); re-signed by the matcher: E_UNAUTHORIZED', async () => {
      const F = '2c tampered or re-signed enrollment';
      const e7 = dep.enrollment(7, randomTemplate(D));
      const signed = decodeSignedRequest(e7.signedRequest, 'sealmatch.v1.GalleryEnrollRequest');
      for (const [i, sign] of [[0, 1], [3, -1]] as const) {
        const body = encodeGalleryEnrollRequest({ ...e7.body, template: a3(i, sign) });
        const tampered = encodeSignedRequest({ ...signed, body });
        await attempt(dep.custodian, F, refresh(0, [{ slot: 400, ciphertext: a3(i, sign), enrollment: tampered }]), 'E_SIGNATURE');
        const own = encodeSignedRequest(signRequest(body, 'sealmatch.v1.GalleryEnrollRequest', ed25519.utils.randomSecretKey()));
        await attempt(dep.custodian, F, refresh(0, [{ slot: 400, ciphertext: a3(i, sign), enrollment: own }]), 'E_UNAUTHORIZED');
      }
      report({ attack: F, ...rowOf(F) });
    });

    it('(d) a real enrollment replayed into another slot or another block -> E_ALREADY_ENROLLED; the retried refresh of the same slot decrypts only the desk\'s bytes again (logged)', async () => {
      const F = '2d replayed enrollment';
      const r0 = recorded(0);
      await attempt(dep.custodian, F, refresh(0, [{ slot: 500, ciphertext: r0.ciphertext, enrollment: r0.enrollment }]), 'E_ALREADY_ENROLLED');
      await attempt(dep.custodian, F, refresh(3, [{ slot: r0.slot, ciphertext: r0.ciphertext, enrollment: r0.enrollment }]), 'E_ALREADY_ENROLLED');
      // By design (a retry after a lost answer): the same enrollment into its own slot is refreshed
      // again. What is decrypted is the desk's fresh ciphertext (uniform h = x + m), never
      // matcher-chosen bytes; one more 'enroll' leaf; nothing new registered.
      const s0 = await snapshot(dep.custodian, 'matcher');
      const slots0 = dep.custodian.state.transaction(async (_o, tx) => tx.identifySlots(dep.presetId).length);
      await dep.custodian.refreshForEnrollment({ presetId: dep.presetId, blockId: r0.blockId, entries: [{ slot: r0.slot, ciphertext: r0.ciphertext, enrollment: r0.enrollment }] });
      const s1 = await snapshot(dep.custodian, 'matcher');
      expect(s1.calls - s0.calls).toBe(1);
      expect(s1.audit - s0.audit).toBe(1);
      expect((await dep.custodian.state.audit.entry(s1.audit - 1)).kind).toBe('enroll');
      expect(await dep.custodian.state.transaction(async (_o, tx) => tx.identifySlots(dep.presetId).length)).toBe(await slots0);
      report({ attack: F, ...rowOf(F), retrySameSlot: 'refreshed again (desk ciphertext), logged' });
    });

    it('deletion: no officer deletion, crafted columns, another subject, a tampered deletion, replays (also of the enrollment after deletion) -> refused before decrypting', async () => {
      const F = '2e crafted deletion';
      const G2 = '2f replay after deletion';
      const r2 = recorded(2);
      const slotOf = (i: number): number => dep.matcher.gallery.addressOf(authRef(i))!.slot;
      const del = (r: Omit<DeletionRefreshRequest, 'presetId' | 'columns'> & { columns?: DeletionRefreshRequest['columns'] }) => () =>
        dep.custodian.refreshForDeletion({ presetId: dep.presetId, columns: [], ...r });
      const crafted = Array.from({ length: 4 }, (_, i) => ({ ciphertext: a3(i), set: [{ slot: i, value: 0 }] }));
      const d2 = dep.deletion(2);
      const d1 = dep.deletion(1);
      await attempt(dep.custodian, F, del({ blockId: 0, slot: slotOf(2), enrollment: r2.enrollment, columns: crafted }), 'E_UNAUTHORIZED');
      await attempt(dep.custodian, F, del({ blockId: 0, columns: crafted }), 'E_MALFORMED_MESSAGE'); // the sm1 form
      await attempt(dep.custodian, F, del({ blockId: 0, slot: slotOf(2), enrollment: r2.enrollment, deletion: d1 }), 'E_UNKNOWN_SUBJECT');
      await attempt(dep.custodian, F, del({ blockId: 0, slot: slotOf(1), enrollment: r2.enrollment, deletion: d2 }), 'E_UNKNOWN_SUBJECT');
      await attempt(dep.custodian, F, del({ blockId: 1, slot: slotOf(2), enrollment: r2.enrollment, deletion: d2 }), 'E_UNKNOWN_SUBJECT');
      const signedDel = decodeSignedRequest(d2, 'sealmatch.v1.GalleryDeleteRequest');
      const moved = encodeSignedRequest({ ...signedDel, body: encodeGalleryDeleteRequest({ ...decodeGalleryDeleteRequest(signedDel.body), subjectRef: authRef(1) }) });
      await attempt(dep.custodian, F, del({ blockId: 0, slot: slotOf(1), enrollment: recorded(1).enrollment, deletion: moved }), 'E_SIGNATURE');
      const ownDel = encodeSignedRequest(signRequest(signedDel.body, 'sealmatch.v1.GalleryDeleteRequest', ed25519.utils.randomSecretKey()));
      await attempt(dep.custodian, F, del({ blockId: 0, slot: slotOf(2), enrollment: r2.enrollment, deletion: ownDel }), 'E_UNAUTHORIZED');
      report({ attack: F, ...rowOf(F) });

      // The officer's real deletion of subject 2 (not consumed by the refusals above).
      const oldSlot = slotOf(2);
      await dep.matcher.deleteSubject(authRef(2), (r) => dep.custodian.refreshForDeletion(r), d2);
      // Replayed deletion: the slot no longer holds that enrollment.
      await attempt(dep.custodian, G2, del({ blockId: 0, slot: oldSlot, enrollment: r2.enrollment, deletion: d2 }), 'E_UNKNOWN_SUBJECT');
      // The deleted enrollment replayed into its old slot, another slot, another block: its nonce is spent.
      for (const [blockId, slot] of [[0, oldSlot], [0, 600], [4, 0]] as const) {
        await attempt(dep.custodian, G2, refresh(blockId, [{ slot, ciphertext: r2.ciphertext, enrollment: r2.enrollment }]), 'E_REPLAY');
      }
      // Subject 2 re-enrolled by the desk; the old deletion replayed against the new enrollment: its nonce is spent.
      await dep.enroll([{ i: 2, values: gallery[2]! }]);
      const again = recordedLast(2);
      await attempt(dep.custodian, G2, del({ blockId: 0, slot: slotOf(2), enrollment: again, deletion: d2 }), 'E_REPLAY');
      report({ attack: G2, ...rowOf(G2) });
    }, 120_000);

    /** The latest recorded enrollment of subject i. */
    const recordedLast = (i: number): Uint8Array => {
      let last: Uint8Array | undefined;
      for (const { request } of dep.refreshes) {
        if (!('entries' in request)) continue;
        for (const e of request.entries) {
          if (e.enrollment && decodeGalleryEnrollRequest(decodeSignedRequest(e.enrollment, 'sealmatch.v1.GalleryEnrollRequest').body).subjectRef === authRef(i)) last = e.enrollment;
        }
      }
      return last!;
    };
  });

  // ---------------------------------------------------------------- 4. tampering with honest results
  describe('4. tampering with an honest result (each on its own fresh, real search) -> alarm', () => {
    interface Family {
      readonly name: string;
      readonly full?: boolean;
      /** Extra kernel regions computed with the same probe expansion. */
      readonly extra?: number[];
      readonly why?: RegExp;
      make(c: { result: BlindedIdentifyResult; extra: Uint8Array[][]; request: IdentifyRequest }): BlindedIdentifyResult;
    }
    const MAC = /fails its MAC/;
    const families: Family[] = [
      { name: 'negation', why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.negate(he, ct)) },
      { name: 'scale ×2', full: true, why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.scale(he, ct, 2)) },
      { name: 'scale ×2^-1 mod t', full: true, why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.scale(he, ct, craft.centreModT(he, craft.invModT(he, 2)))) },
      { name: 'scale ×3 via the correction factor', full: true, why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.scaleByCorrectionFactor(he, ct, 3n)) },
      { name: '× X^1 (NTT of the monomial)', why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.mulMonomial(he, ct, 1)) },
      { name: '× -X^7', full: true, why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.mulMonomial(he, ct, 7, -1)) },
      { name: '× (1 + X^1 - X^134)', full: true, why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.mulPoly(he, ct, new Map([[0, 1], [1, 1], [134, -1]]))) },
      { name: '× (2 - X^4096)', full: true, why: MAC, make: ({ result }) => mapContainers(result, (ct) => craft.mulPoly(he, ct, new Map([[0, 2], [4096, -1]]))) },
      {
        name: 'Galois slot permutation of block 1 (each slot gets the other\'s genuine triple)',
        extra: [SCRATCH],
        why: MAC,
        make: ({ result, extra }) => ({ ...result, blocks: result.blocks.map((b) => (b.blockId === 1 ? withContainers(b, extra[0]!) : b)) }),
      },
      {
        name: 'another slot\'s product added (honest + permuted block 1)',
        extra: [SCRATCH],
        why: MAC,
        make: ({ result, extra }) => mapContainers(result, (ct, i) => craft.add(he, ct, extra[0]![i]!), [1]),
      },
      {
        name: 'another block\'s product added (block 1 += block 0)', full: true,
        why: MAC,
        make: ({ result }) => mapContainers(result, (ct, i) => craft.add(he, ct, containersOf(result.blocks[0]!)[i]!), [1]),
      },
      {
        name: 'another block\'s product subtracted (block 0 -= block 1)',
        full: true,
        why: MAC,
        make: ({ result }) => mapContainers(result, (ct, i) => craft.sub(he, ct, containersOf(result.blocks[1]!)[i]!), [0]),
      },
      {
        name: 'another block\'s result substituted (blocks 0 and 1 swapped)', full: true,
        why: MAC,
        make: ({ result }) => ({ ...result, blocks: result.blocks.map((b, n) => withContainers(b, containersOf(result.blocks[1 - n]!))) }),
      },
      { name: 'y^00 and tag 1 swapped', why: MAC, make: ({ result }) => ({ ...result, blocks: result.blocks.map((b) => withContainers(b, [b.tags![0]!, b.ciphertext, b.tags![1]!])) }) },
      {
        name: 'a block holding registered slots omitted',
        why: /block 1 holds registered slots and is missing/,
        make: ({ result }) => ({ ...result, blocks: result.blocks.filter((b) => b.blockId !== 1) }),
      },
    ];

    beforeAll(async () => {
      // The matcher's permuted copy of block 1 (every column under X -> X^G, with its Galois keys).
      const columns = await dep.matcher.residues.readColumns(1);
      const permuted = columns.map((c) => columnResidues(he, applyGalois(columnContainer(he, c), G)));
      await dep.matcher.residues.update(SCRATCH, { replace: permuted });
    }, 120_000);

    for (const f of families) {
      it.runIf(FULL || !f.full)(f.name, async () => {
        const prepared = request();
        const c = await compute(prepared.request, f.extra);
        await decide(dep.custodian, f.name, f.make({ ...c, request: prepared.request }), 'E_RESULT_UNAUTHENTIC', f.why ? { why: f.why } : {});
        report({ attack: f.name, ...rowOf(f.name) });
      }, 60_000);
    }

    it.runIf(FULL)('a Galois automorphism of the probe (its coordinates permuted with signs) before the search', async () => {
      const F = 'probe under X -> X^g';
      for (const g of [G, 4097]) {
        const prepared = request();
        const c = await compute(prepared.request, [], applyGalois(prepared.request.probe, g));
        await decide(dep.custodian, F, c.result, 'E_RESULT_UNAUTHENTIC', { why: MAC });
      }
      report({ attack: F, ...rowOf(F) });
    }, 60_000);

    it('replays and reuse: an earlier (decided) result for a new search, a probe reused under another authorization; refused shapes do not burn the honest authorization', async () => {
      // An earlier search, decided honestly (the control).
      const oldResult = controlResult;
      await decide(dep.custodian, 'replay: the decided result verbatim', oldResult, 'E_REPLAY');
      await decide(dep.custodian, 'replay: an earlier result for a new search', resultFor(request().request, oldResult.blocks), 'E_RESULT_UNAUTHENTIC', { why: MAC });
      // A search the matcher computed honestly (not yet decided), its blocks presented under
      // another officer authorization (the probe reused for another search).
      const first = request(nearCopy(gallery[1]!));
      const firstResult = await dep.matcher.identify(first.request);
      const second = request(nearCopy(gallery[1]!));
      await decide(dep.custodian, 'probe reused under another authorization', resultFor(second.request, firstResult.blocks), 'E_RESULT_UNAUTHENTIC', { why: MAC });
      // Malformed shapes of the honest result: refused before its authorization is claimed.
      const F = 'random bytes, truncated or reshaped containers';
      const b0 = firstResult.blocks[0]!;
      const shape = (blocks: BlindedBlock[]): BlindedIdentifyResult => ({ ...firstResult, blocks });
      const rest = firstResult.blocks.slice(1);
      await decide(dep.custodian, F, shape([{ ...b0, ciphertext: new Uint8Array(randomBytes(b0.ciphertext.length)) }, ...rest]), 'E_MALFORMED_CIPHERTEXT');
      await decide(dep.custodian, F, shape([{ ...b0, tags: [b0.tags![0]!, new Uint8Array(randomBytes(b0.tags![1]!.length))] }, ...rest]), 'E_MALFORMED_CIPHERTEXT');
      await decide(dep.custodian, F, shape([{ ...b0, ciphertext: b0.ciphertext.subarray(0, b0.ciphertext.length - 1) }, ...rest]), 'E_MALFORMED_CIPHERTEXT');
      await decide(dep.custodian, F, shape([{ ...b0, tags: [b0.tags![0]!, b0.tags![1]!.subarray(0, 64)] }, ...rest]), 'E_MALFORMED_CIPHERTEXT');
      await decide(dep.custodian, F, shape([{ ...b0, ciphertext: craft.resize(he, b0.ciphertext, 2) }, ...rest]), 'E_MALFORMED_CIPHERTEXT');
      await decide(dep.custodian, F, shape([{ ...b0, tags: [b0.tags![0]!] }, ...rest]), 'E_MALFORMED_MESSAGE');
      await decide(dep.custodian, F, shape([{ ...b0, tags: [...b0.tags!, b0.ciphertext] }, ...rest]), 'E_MALFORMED_MESSAGE');
      await decide(dep.custodian, F, shape([b0, b0, ...rest]), 'E_MALFORMED_MESSAGE');
      await decide(dep.custodian, F, { ...firstResult, requestHash: new Uint8Array(randomBytes(32)) }, 'E_MALFORMED_MESSAGE');
      await decide(dep.custodian, F, { ...firstResult, dim: 512 }, 'E_DIMENSION');
      const { authorization: _a, ...bare } = firstResult;
      await decide(dep.custodian, F, bare, 'E_UNAUTHORIZED');
      report({ attack: F, ...rowOf(F) });
      // The honest result of the first search still decides (the refusals claimed nothing).
      const resp = await dep.matcher.finishIdentify(await dep.custodian.decideIdentify(firstResult));
      expect(verifyIdentifyResponse(resp, first.request, dep.bundle.decisionPublicKey)).toBe(true);
      expect(resp.matches.map((m) => m.subjectRef)).toEqual([authRef(1)]);
    }, 120_000);

    it('random residues in valid containers, and the matcher\'s own public-key encryptions of chosen y^00 and tags', async () => {
      const F = 'random residues (valid containers)';
      const randomContainer = (): Uint8Array => {
        const lv = he.level(level);
        const k = lv.primes.length;
        const words = new Uint32Array(new Uint8Array(randomBytes(4 * 3 * k * he.N)).buffer);
        const residues = Uint32Array.from(words, (w, i) => w % lv.primes[Math.floor(i / he.N) % k]!);
        return craft.serializeContainer(he, { parmsId: lv.parmsId, ntt: true, size: 3, N: he.N, k, residues }, 1n);
      };
      const g = dep.matcher.gallery;
      const blocksWith = (cts: () => Uint8Array[]): BlindedBlock[] => liveBlocks().map((b) => withContainers({ blockId: b.id, tableRoot: g.tableRoot(b), occupied: g.occupied(b), ciphertext: new Uint8Array(0) }, cts()));
      await decide(dep.custodian, F, resultFor(request().request, blocksWith(() => [randomContainer(), randomContainer(), randomContainer()])), 'E_RESULT_UNAUTHENTIC', { why: MAC });
      report({ attack: F, ...rowOf(F) });

      const O = 'own encryptions of chosen y^00 and tags';
      const N = he.N;
      const tn = Number(he.t);
      const constant = (v: number): Uint32Array => new Uint32Array(N).fill(v);
      const choices: { y00: Uint32Array; tags: Uint32Array[] }[] = [
        // A large positive "score" in every slot; tags guessed as alpha beta = 1, kappa = 0.
        { y00: constant(1000), tags: [constant(1000), constant(1000)] },
        // Per-slot chosen values and uniformly random tags.
        { y00: Uint32Array.from({ length: N }, (_, s) => 1 + (s % 5000)), tags: [0, 1].map(() => Uint32Array.from(new Uint32Array(new Uint8Array(randomBytes(4 * N)).buffer), (w) => w % tn)) },
      ];
      if (FULL) choices.push({ y00: constant(tn - 1000), tags: [constant(0), constant(0)] });
      for (const ch of choices) {
        await decide(dep.custodian, O, resultFor(request().request, blocksWith(() => [ownEncryption(ch.y00), ...ch.tags.map(ownEncryption)])), 'E_RESULT_UNAUTHENTIC', { why: MAC });
      }
      await decide(dep.custodian, 'no blocks at all', resultFor(request().request, []), 'E_RESULT_UNAUTHENTIC', { why: /missing/ });
      report({ attack: O, ...rowOf(O) });
    }, 60_000);
  });

  // ---------------------------------------------------------------- 6. not a blanket denial
  it('6. after every failed attempt: honest searches find exactly the right subjects (both blocks, the re-enrolled and the matcher-placed ones)', async () => {
    expect((await dep.custodian.state.alarmState('matcher')).suspended).toBe(false);
    await honestSearch(nearCopy(gallery[4]!), [authRef(4)]);
    if (FULL) {
      await honestSearch(nearCopy(gallery[2]!), [authRef(2)]);
      await honestSearch(randomTemplate(D), []);
    }
  }, 120_000);
});

// ------------------------------------------------------------------ 3. key recovery through decideIdentify; 5. key binding

describe('3. decideIdentify key recovery against two custodians with different keys; suspension; 5. key binding', () => {
  const A = new AuthDeployment(AUTH_PRESET, { alarmThreshold: 3 });
  const B = new AuthDeployment(AUTH_PRESET, { alarmThreshold: 3 });
  const templates = Array.from({ length: 2 }, () => randomTemplate(D));
  let he: HeContext;
  let level: number;

  beforeAll(async () => {
    await A.init();
    await B.init();
    he = await HeContext.create(AUTH_PRESET);
    level = productLevelOf(he);
    for (const d of [A, B]) await d.enroll(templates.map((values, i) => ({ i, values })));
  }, 240_000);

  afterAll(async () => {
    he?.delete();
    await A.close();
    await B.close();
  });

  /**
   * The crafted sequence (the same bytes for both custodians: crafting needs no key). Trial n:
   * y^00 = c0 + c1 s with c1 = +-X^a (a reads key coefficients into every slot's evaluation),
   * c0 = 0 or -X^m, c2 = 0; the tags are 0 or another key monomial.
   */
  const SEQUENCE = Array.from({ length: FULL ? 12 : 6 }, (_, n) => ({ a: [0, 1, 578, 4095, 8191, 133][n % 6]! + 7 * Math.floor(n / 6), sign: (n % 2 === 0 ? 1 : -1) as 1 | -1, c0: n % 3 === 1 ? { c0Monomial: n, c0Coeff: -1 } : {}, tagKey: n % 4 === 3 }));
  const crafted = (n: number): Uint8Array[] => {
    const s = SEQUENCE[n]!;
    const y00 = craft.keyMonomialResult(he, { a: s.a, c1Sign: s.sign, size: 3, chainIndex: level, ...s.c0 });
    const zero = craft.zeroResult(he, 3, level);
    return [y00, s.tagKey ? craft.keyMonomialResult(he, { a: s.a + 1, size: 3, chainIndex: level }) : zero, zero];
  };

  /** Runs the sequence against `d`: every 3 alarms suspend; the next call (and a refresh) is E_SUSPENDED until reenable. */
  async function run(d: AuthDeployment, label: string): Promise<string[]> {
    const outcomes: string[] = [];
    const F = `3 key monomials (${label})`;
    let pending: ReturnType<AuthDeployment['desk']['prepareIdentifyQuantized']> | undefined;
    for (let n = 0; n < SEQUENCE.length; n++) {
      const prepared = pending ?? d.desk.prepareIdentifyQuantized(randomTemplate(D), `k-${n}`);
      pending = undefined;
      const b = d.matcher.gallery.blocks[0]!;
      const block = withContainers({ blockId: 0, tableRoot: d.matcher.gallery.tableRoot(b), occupied: d.matcher.gallery.occupied(b), ciphertext: new Uint8Array(0) }, crafted(n));
      const o = await decide(d.custodian, F, resultFor(prepared.request, [block]), 'E_RESULT_UNAUTHENTIC', { why: /slot 0 of block 0 fails its MAC/ });
      outcomes.push(`${o.code}: ${o.message.replace(/[0-9a-f]{64}/g, '<hash>')}`);
      const st = await d.custodian.state.alarmState('matcher');
      expect(st.alarms).toBe((n % 3) + 1);
      expect(st.suspended).toBe(st.alarms >= 3);
      if (st.suspended) {
        // Suspended: the next crafted result, and any refresh, are refused before any decryption.
        const next = d.desk.prepareIdentifyQuantized(randomTemplate(D), `k-${n}-next`);
        const S = `3 suspended (${label})`;
        const s = await decide(d.custodian, S, resultFor(next.request, [withContainers(block, crafted((n + 1) % SEQUENCE.length))]), 'E_SUSPENDED');
        outcomes.push(s.code);
        const e = d.enrollment(50 + n, randomTemplate(D));
        await attempt(d.custodian, S, () => d.custodian.refreshForEnrollment({ presetId: d.presetId, blockId: 0, entries: [{ slot: 700 + n, ciphertext: e.body.template, enrollment: e.signedRequest }] }), 'E_SUSPENDED');
        await attempt(d.custodian, S, () => d.custodian.refreshForDeletion({ presetId: d.presetId, blockId: 0, columns: [], slot: 0, enrollment: (d.refreshes[0]!.request as EnrollmentRefreshRequest).entries[0]!.enrollment!, deletion: d.deletion(0) }), 'E_SUSPENDED');
        await d.custodian.reenable(); // operator action
        outcomes.push('reenabled');
        pending = next; // refused before its nonce was claimed: still usable
      }
    }
    report({ attack: F, ...rowOf(F), outcomes: outcomes.length });
    return outcomes;
  }

  it('the same crafted sequence gives the same outcomes under two different keys (no key-dependent bit); 3 alarms suspend until reenable', async () => {
    expect(A.bundle.hePublicKey).not.toEqual(B.bundle.hePublicKey);
    const a = await run(A, 'custodian A');
    const b = await run(B, 'custodian B');
    expect(a).toEqual(b);
    expect(a.filter((o) => o === 'E_SUSPENDED')).toHaveLength(Math.floor(SEQUENCE.length / 3));
    report({ attack: '3 key recovery, two keys', identicalOutcomes: true, sequence: a.length });
  }, 120_000);

  it('6. after suspension and reenable, an honest search at custodian A decides correctly', async () => {
    const prepared = A.desk.prepareIdentifyQuantized(nearCopy(templates[1]!), 'after-reenable');
    const decision = await A.custodian.decideIdentify(await A.matcher.identify(prepared.request));
    expect(verifyIdentifyDecisionSignature(decision, A.bundle.decisionPublicKey)).toBe(true);
    const resp = await A.matcher.finishIdentify(decision);
    expect(verifyIdentifyResponse(resp, prepared.request, A.bundle.decisionPublicKey)).toBe(true);
    expect(resp.matches.map((m) => m.subjectRef)).toEqual([authRef(1)]);
  }, 60_000);

  describe('5. key binding', () => {
    /** A desk of custodian A's fleet (A's officer, seal key, fleet secret) encrypting under `hePublicKey`. */
    const deskUnder = (hePublicKey: Uint8Array, seal = A) =>
      DeskClient.create({
        matcherUrl: 'http://matcher.invalid',
        presetId: AUTH_PRESET,
        hePublicKey,
        decisionPublicKey: seal.bundle.decisionPublicKey,
        officerKey: A.officer,
        sealPublicKey: seal.bundle.sealPublicKey!,
        fleetSecret: seal.secrets.identifyFleetSecret!,
      });

    it('an enrollment and a search under custodian B\'s HE key id -> E_KEY_MISMATCH at A\'s matcher (before computing) and at custodian A (before decrypting)', async () => {
      const F = '5 another custodian\'s key';
      const foreign = await deskUnder(B.bundle.hePublicKey);
      try {
        const sub = decodeGalleryEnrollSubmission(foreign.prepareEnrollQuantized(asSubjectRef(authRef(40)), randomTemplate(D), 'case-foreign'));
        const body = decodeGalleryEnrollRequest(decodeSignedRequest(sub.signedRequest, 'sealmatch.v1.GalleryEnrollRequest').body);
        // The matcher bound to A's key refuses before any refresh call.
        const refreshCall = vi.fn(() => A.custodian.refreshForEnrollment({ presetId: AUTH_PRESET, blockId: 0, entries: [] }));
        const size0 = A.matcher.gallery.size;
        await expect(A.matcher.enroll([{ subjectRef: body.subjectRef, presetId: body.presetId, dim: body.dim, template: body.template, heKeyId: body.heKeyId!, signedRequest: sub.signedRequest, maskSeed: sub.maskSeed }], refreshCall)).rejects.toMatchObject({ code: 'E_KEY_MISMATCH' });
        expect(refreshCall).not.toHaveBeenCalled();
        expect(A.matcher.gallery.size).toBe(size0);
        // A malicious matcher forwards it anyway.
        await attempt(A.custodian, F, () => A.custodian.refreshForEnrollment({ presetId: AUTH_PRESET, blockId: 0, entries: [{ slot: 900, ciphertext: body.template, enrollment: sub.signedRequest }] }), 'E_KEY_MISMATCH');
        // A search under B's key: the matcher refuses before expanding anything.
        const prepared = foreign.prepareIdentifyQuantized(nearCopy(templates[0]!), 'case-foreign-search');
        const search = vi.spyOn(A.matcher.residues, 'search');
        await expect(A.matcher.identify(prepared.request)).rejects.toMatchObject({ code: 'E_KEY_MISMATCH' });
        expect(search).not.toHaveBeenCalled();
        search.mockRestore();
        // A malicious matcher computes it anyway (full tier; the fast tier attaches the blocks of an
        // earlier search: the custodian refuses before it looks at any ciphertext).
        const blocks = FULL
          ? (await A.matcher.residues.search(prepared.request.probe, [{ blockId: 0 }])).map(([ciphertext, ...tags]) => ({ blockId: 0, tableRoot: A.matcher.gallery.tableRoot(A.matcher.gallery.blocks[0]!), occupied: A.matcher.gallery.occupied(A.matcher.gallery.blocks[0]!), ciphertext: ciphertext!, tags }))
          : [withContainers({ blockId: 0, tableRoot: new Uint8Array(32), occupied: new Uint8Array(he.N / 8), ciphertext: new Uint8Array(0) }, [0, 1, 2].map(() => craft.zeroResult(he, 3, level)))];
        await decide(A.custodian, F, resultFor(prepared.request, blocks), 'E_KEY_MISMATCH');
        report({ attack: F, ...rowOf(F) });
      } finally {
        foreign.close();
      }
    }, 60_000);

    it('a custodian whose HE key was rotated under the same state: a search and an enrollment touching slots registered under the old key -> E_KEY_MISMATCH before decrypting', async () => {
      const F = '5 rotated custodian key';
      // Rotation: A's state (registry, nonces, registered slots), B's keys.
      const rotated = await Custodian.create({ secrets: B.secrets, state: A.custodian.state, alarmThreshold: 1_000 });
      const desk = await deskUnder(B.bundle.hePublicKey, B);
      try {
        const prepared = desk.prepareIdentifyQuantized(nearCopy(templates[0]!), 'case-rotated');
        // A's matcher (gallery under A's key) refuses the new-key search.
        await expect(A.matcher.identify(prepared.request)).rejects.toMatchObject({ code: 'E_KEY_MISMATCH' });
        // A malicious matcher runs it over the old-key gallery anyway (full tier; the fast tier
        // sends zero containers: the refusal comes before any ciphertext is looked at).
        const cts = FULL ? (await A.matcher.residues.search(prepared.request.probe, [{ blockId: 0 }]))[0]! : [0, 1, 2].map(() => craft.zeroResult(he, 3, level));
        const b = A.matcher.gallery.blocks[0]!;
        const result = resultFor(prepared.request, [withContainers({ blockId: 0, tableRoot: A.matcher.gallery.tableRoot(b), occupied: A.matcher.gallery.occupied(b), ciphertext: new Uint8Array(0) }, cts)]);
        await decide(rotated, F, result, 'E_KEY_MISMATCH', { credential: 'atk-rotated' });
        // An enrollment under the new key into block 0, which holds old-key slots.
        const sub = decodeGalleryEnrollSubmission(desk.prepareEnrollQuantized(asSubjectRef(authRef(41)), randomTemplate(D), 'case-rotated-enroll'));
        const body = decodeGalleryEnrollRequest(decodeSignedRequest(sub.signedRequest, 'sealmatch.v1.GalleryEnrollRequest').body);
        await attempt(rotated, F, () => rotated.refreshForEnrollment({ presetId: AUTH_PRESET, blockId: 0, entries: [{ slot: 901, ciphertext: body.template, enrollment: sub.signedRequest }] }, { credential: 'atk-rotated' }), 'E_KEY_MISMATCH', { credential: 'atk-rotated' });
        report({ attack: F, ...rowOf(F) });
      } finally {
        desk.close();
        await rotated.close();
      }
    }, 60_000);
  });
});
