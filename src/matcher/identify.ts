/**
 * Matcher side of 1:N duplicate search (docs/IDENTIFY.md): enrollment into the column-packed
 * gallery (custodian-assisted refresh), deletion (zero and re-randomize), and the search itself:
 * expand the probe (Galois keys only), multiply-accumulate every block in the residue kernel,
 * blind per slot, send to the custodian; then resolve the custodian's matching slots to subject
 * references with Merkle proofs. Holds the custodian's public material only: Galois keys for the
 * expansion; no secret key, no relinearization key.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import type { GaloisKeys } from 'node-seal';
import type { AuditLog } from '../audit/log.js';
import { SealmatchError, isSealmatchError } from '../errors.js';
import { BatchCodec } from '../he/batch.js';
import { HeContext } from '../he/context.js';
import { maskColumn, maskEnrollmentTemplate, uniformModT } from '../he/enrollment-refresh.js';
import { loadGaloisKeys } from '../he/expansion.js';
import { columnResidues, expandProbeResidues, GalleryKernel, resultContainer } from '../he/gallery-block.js';
import { scoreThreshold } from '../templates/face.js';
import { sha256 } from '../wire/digest.js';
import type { BlindedIdentifyResult, DeletionRefreshRequest, EnrollmentRefreshRequest, RefreshResponse, IdentifyMatch, IdentifyRequest, IdentifyResponse, SignedIdentifyDecision } from '../wire/identify-messages.js';
import { IDENTIFY_PURPOSE, identifyRequestHash, verifyAuthorizationSignature } from '../wire/identify-messages.js';
import { equalBytes } from '../wire/signing.js';
import { Gallery, uniformInts } from './gallery.js';
import { maxThreshold } from './blinding.js';

/** A registered key allowed to sign identify authorizations (role 'officer') or not. */
export interface RegisteredKey {
  readonly publicKey: Uint8Array;
  readonly role: 'officer' | 'terminal';
}

export interface IdentifyMatcherOptions {
  readonly presetId: string;
  /** Galois keys (SMK container) from the custodian. */
  readonly galoisKeys: Uint8Array;
  /** Registered keys by key id (hex of SHA-256 of the public key). */
  readonly keys: ReadonlyMap<string, RegisteredKey>;
  readonly thresholdCosine?: number;
  /** Authorizations older than this are refused (default 10 minutes). */
  readonly authorizationMaxAgeMs?: number;
  readonly audit?: AuditLog;
  readonly now?: () => number;
}

/** Custodian calls the matcher needs (in-process or over the network). */
export type RefreshCall<Req> = (req: Req) => RefreshResponse | Promise<RefreshResponse>;

interface PendingSearch {
  readonly request: IdentifyRequest;
  readonly actor: string;
}

export class IdentifyMatcher implements Disposable {
  readonly presetId: string;
  readonly threshold: number;
  readonly d: number;
  readonly gallery: Gallery;
  private readonly he: HeContext;
  private readonly gk: GalleryKernel;
  private readonly codec: BatchCodec;
  private readonly galois: GaloisKeys;
  private readonly opts: IdentifyMatcherOptions;
  private readonly usedAuthorizations = new Set<string>();
  private readonly pending = new Map<string, PendingSearch>();

  private constructor(he: HeContext, gk: GalleryKernel, opts: IdentifyMatcherOptions) {
    this.he = he;
    this.gk = gk;
    this.opts = opts;
    this.presetId = he.preset.id;
    this.d = he.preset.expansionDim!;
    this.threshold = scoreThreshold(opts.thresholdCosine ?? he.preset.defaultThresholdCosine, he.preset.quantScale);
    if (Math.abs(this.threshold) > maxThreshold(he.preset)) throw new SealmatchError('E_INVALID_ARGUMENT', 'threshold out of range');
    this.codec = new BatchCodec(he);
    this.galois = loadGaloisKeys(he, opts.galoisKeys);
    this.gallery = new Gallery(gk, he.preset.blindFactorMax);
  }

  static async create(opts: IdentifyMatcherOptions): Promise<IdentifyMatcher> {
    const he = await HeContext.create(opts.presetId);
    try {
      const gk = await GalleryKernel.create(he);
      return new IdentifyMatcher(he, gk, opts);
    } catch (e) {
      he.delete();
      throw e;
    }
  }

  /** The kernel holding the gallery (benchmarks: heap size). */
  get kernel(): GalleryKernel {
    return this.gk;
  }

  private checkPreset(id: string): void {
    if (id !== this.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', `message for "${id}", matcher runs "${this.presetId}"`);
  }

  private checkDim(dim: number): void {
    if (dim !== this.d) throw new SealmatchError('E_DIMENSION', `dimension ${dim}, gallery holds ${this.d}-D templates`);
  }

  // ---------------------------------------------------------------- enrollment

  /**
   * Enrolls templates (coefficient-encoded Enc(sum_j g_j X^j), size 2, from the enrollment desk)
   * with one custodian refresh per block touched. All-or-nothing per call: on any error no slot
   * or column changes. Throws E_ALREADY_ENROLLED, E_PARAMS_MISMATCH, E_MALFORMED_CIPHERTEXT.
   */
  async enroll(entries: readonly { subjectRef: string; presetId: string; dim: number; template: Uint8Array }[], refresh: RefreshCall<EnrollmentRefreshRequest>): Promise<void> {
    const held: string[] = [];
    try {
      const byBlock = new Map<number, { slot: number; ciphertext: Uint8Array; mask: Uint32Array; subjectRef: string }[]>();
      for (const e of entries) {
        this.checkPreset(e.presetId);
        this.checkDim(e.dim);
        columnResidues(this.he, e.template); // full validation before anything is reserved
        const { address, factor } = this.gallery.reserve(e.subjectRef);
        held.push(e.subjectRef);
        const mask = uniformModT(this.he.t, this.he.N);
        const ciphertext = maskEnrollmentTemplate(this.he, this.gk, e.template, factor, mask);
        const list = byBlock.get(address.block.id) ?? [];
        list.push({ slot: address.slot, ciphertext, mask, subjectRef: e.subjectRef });
        byBlock.set(address.block.id, list);
      }
      // Ask the custodian for every block first; columns change only once every answer is in.
      const updates: { blockId: number; columns: Uint32Array[]; unmask: Uint32Array[] }[] = [];
      for (const [blockId, list] of byBlock) {
        const resp = await refresh({ presetId: this.presetId, blockId, entries: list.map(({ slot, ciphertext }) => ({ slot, ciphertext })) });
        if (resp.blockId !== blockId || resp.columns.length !== this.d) throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh response does not match the request');
        const columns = resp.columns.map((c) => columnResidues(this.he, c));
        const tn = Number(this.he.t);
        const unmask = Array.from({ length: this.d }, (_, j) => {
          const slots = new Uint32Array(this.he.N);
          for (const e of list) slots[e.slot] = (tn - e.mask[j]!) % tn;
          return this.codec.nttResidues(slots, this.gk.level.k - 1);
        });
        updates.push({ blockId, columns, unmask });
      }
      for (const u of updates) {
        const block = this.gallery.blocks[u.blockId]!;
        for (let j = 0; j < this.d; j++) this.gk.addToColumn(block.region, j, u.columns[j], u.unmask[j]);
      }
      for (const ref of held) this.gallery.commit(ref);
      await this.opts.audit?.append({ kind: 'enroll', actor: 'matcher', outcome: 'accepted' });
    } catch (e) {
      for (const ref of held) this.gallery.release(ref);
      throw e;
    }
  }

  // ---------------------------------------------------------------- deletion

  /**
   * Zeroes the subject's slot and re-randomizes every column of its block (custodian refresh):
   * afterwards no stored byte of the block equals what it was. Throws E_UNKNOWN_SUBJECT.
   */
  async deleteSubject(subjectRef: string, refresh: RefreshCall<DeletionRefreshRequest>): Promise<void> {
    const a = this.gallery.addressOf(subjectRef);
    if (!a) throw new SealmatchError('E_UNKNOWN_SUBJECT', 'subject not in the gallery');
    const level = this.gk.level.k - 1;
    const masks = Array.from({ length: this.d }, () => uniformModT(this.he.t, this.he.N));
    const columns = masks.map((M, j) => ({
      ciphertext: maskColumn(this.gk, this.he, this.gk.readColumn(a.block.region, j), this.codec.nttResidues(M, level)),
      set: [{ slot: a.slot, value: M[a.slot]! }],
    }));
    const resp = await refresh({ presetId: this.presetId, blockId: a.block.id, columns });
    if (resp.blockId !== a.block.id || resp.columns.length !== this.d) throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh response does not match the request');
    const fresh = resp.columns.map((c) => columnResidues(this.he, c));
    const tn = Number(this.he.t);
    for (let j = 0; j < this.d; j++) {
      const neg = Uint32Array.from(masks[j]!, (m) => (tn - m) % tn);
      this.gk.writeColumn(a.block.region, j, fresh[j]!);
      this.gk.addToColumn(a.block.region, j, undefined, this.codec.nttResidues(neg, level));
    }
    this.gallery.vacate(subjectRef);
    await this.opts.audit?.append({ kind: 'delete', actor: 'matcher', outcome: 'accepted' });
  }

  // ---------------------------------------------------------------- search

  /**
   * Checks the request completely (parameter set, dimension, officer authorization for this exact
   * probe) and computes the blinded per-slot result of every non-empty block. Refusals change
   * nothing stored: E_PARAMS_MISMATCH, E_DIMENSION, E_UNAUTHORIZED, E_REPLAY, E_MALFORMED_CIPHERTEXT.
   */
  async identify(req: IdentifyRequest): Promise<BlindedIdentifyResult> {
    let actor = 'unknown';
    try {
      this.checkPreset(req.presetId);
      this.checkDim(req.dim);
      actor = this.authorize(req);
    } catch (e) {
      if (isSealmatchError(e)) await this.opts.audit?.append({ kind: 'policy-refusal', actor, outcome: 'refused', reason: e.code });
      throw e;
    }
    const requestHash = identifyRequestHash(req);
    const probes = expandProbeResidues(this.he, req.probe, this.galois);
    this.usedAuthorizations.add(bytesToHex(req.authorization.signature));
    const result = this.scoreBlocks(requestHash, probes);
    this.pending.set(bytesToHex(requestHash), { request: req, actor });
    await this.opts.audit?.append({ kind: 'identify', actor, requestHash: bytesToHex(requestHash), outcome: 'accepted' });
    return result;
  }

  /** Score and blind every non-empty block for already-expanded probe residues. */
  scoreBlocks(requestHash: Uint8Array, probes: Uint32Array): BlindedIdentifyResult {
    this.gk.loadProbes(probes);
    const t = Number(this.he.t);
    const T = this.threshold;
    const level = this.gk.level.k - 1;
    const blocks = [];
    for (const block of this.gallery.blocks) {
      if (block.factors.every((f) => f === 0)) continue;
      // slot s: r'_s - r_s T (r'_s uniform in [0, r_s)); empty slots: uniform mod t.
      const rand = uniformInts(this.he.N, 0, 2 ** 32 - 1 + 1);
      const noise = uniformInts(this.he.N, 0, t);
      const blind = new Uint32Array(this.he.N);
      for (let s = 0; s < this.he.N; s++) {
        const r = block.factors[s]!;
        if (r === 0) blind[s] = noise[s]!;
        else {
          const rp = rand[s]! % r; // bias < r / 2^32 <= 2^-27
          blind[s] = (((rp - r * T) % t) + t) % t;
        }
      }
      const out = this.gk.score(block.region, this.codec.nttResidues(blind, level));
      blocks.push({ blockId: block.id, tableRoot: this.gallery.tableRoot(block), occupied: this.gallery.occupied(block), ciphertext: resultContainer(this.he, out) });
    }
    return { presetId: this.presetId, requestHash, blocks };
  }

  /**
   * Resolves the custodian's signed matching slots to subject references with Merkle proofs.
   * The decision must answer a search this matcher ran (request hash) over its current tables.
   */
  async finishIdentify(decision: SignedIdentifyDecision): Promise<IdentifyResponse> {
    const key = bytesToHex(decision.requestHash);
    const p = this.pending.get(key);
    if (!p) throw new SealmatchError('E_MALFORMED_MESSAGE', 'decision answers no pending search');
    this.pending.delete(key);
    const matches: IdentifyMatch[] = [];
    for (const b of decision.blocks) {
      const block = this.gallery.blocks[b.blockId];
      if (!block || !equalBytes(this.gallery.tableRoot(block), b.tableRoot)) throw new SealmatchError('E_MALFORMED_MESSAGE', `block ${b.blockId} changed since the search`);
      for (const slot of b.matchingSlots) {
        matches.push({ blockId: b.blockId, slot, subjectRef: block.refs[slot]!, proof: await this.gallery.proof(block, slot) });
      }
    }
    await this.opts.audit?.append({ kind: 'identify', actor: p.actor, requestHash: key, outcome: matches.length > 0 ? 'match' : 'no-match' });
    return { decision, matches, slotsPerBlock: this.he.N };
  }

  /** Returns the officer's key id (hex) or throws E_UNAUTHORIZED / E_REPLAY / E_EXPIRED. */
  private authorize(req: IdentifyRequest): string {
    const a = req.authorization;
    if (!a || !(a.signature instanceof Uint8Array) || !(a.officerKeyId instanceof Uint8Array)) throw new SealmatchError('E_UNAUTHORIZED', '1:N search needs a signed enrollment authorization');
    const id = bytesToHex(a.officerKeyId);
    const key = this.opts.keys.get(id);
    if (!key || key.role !== 'officer') throw new SealmatchError('E_UNAUTHORIZED', 'authorization not signed by a registered enrollment officer');
    if (a.presetId !== req.presetId || a.purpose !== IDENTIFY_PURPOSE || !equalBytes(a.probeHash, sha256(req.probe))) {
      throw new SealmatchError('E_UNAUTHORIZED', 'authorization is for another probe, parameter set or purpose');
    }
    if (!verifyAuthorizationSignature(a, key.publicKey)) throw new SealmatchError('E_UNAUTHORIZED', 'authorization signature invalid');
    const now = (this.opts.now ?? Date.now)();
    const maxAge = this.opts.authorizationMaxAgeMs ?? 10 * 60_000;
    if (!(a.issuedAtMs <= now + 60_000 && now - a.issuedAtMs <= maxAge)) throw new SealmatchError('E_EXPIRED', 'authorization expired');
    if (this.usedAuthorizations.has(bytesToHex(a.signature))) throw new SealmatchError('E_REPLAY', 'authorization already used');
    return id;
  }

  delete(): void {
    this.codec.delete();
    this.galois.delete();
    this.he.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
