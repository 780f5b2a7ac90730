/**
 * Matcher side of 1:N duplicate search (docs/IDENTIFY.md): enrollment into the column-packed
 * gallery (custodian-assisted refresh), deletion (zero and re-randomize), and the search itself:
 * expand the probe (Galois keys only), multiply-accumulate every block in the residue kernel,
 * blind per slot, send to the custodian; then resolve the custodian's matching slots to subject
 * references with Merkle proofs. Holds the custodian's public material only: Galois keys for the
 * expansion; no secret key, no relinearization key.
 */
import { asIdentifyPreset, type PresetId } from '../../params/presets.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AuditLog } from '../../audit/log.js';
import { SealmatchError, isSealmatchError } from '../../errors.js';
import { BatchCodec } from '../../he/index.js';
import { HeContext } from '../../he/index.js';
import { maskColumn, maskEnrollmentTemplate, uniformModT } from '../../he/index.js';
import { columnResidues, decodeGalleryBlock, encodeGalleryBlock, GalleryKernel } from '../../he/index.js';
import type { GalleryBlockRecord, Store } from '../../store/store.js';
import { scoreThreshold } from '../../templates/face.js';
import { sha256 } from '../../wire/digest.js';
import type { BlindedIdentifyResult, DeletionRefreshRequest, EnrollmentRefreshRequest, RefreshResponse, IdentifyMatch, IdentifyRequest, IdentifyResponse, SignedIdentifyDecision, SlotRegistration } from '../messages/identify-messages.js';
import { IDENTIFY_PURPOSE, identifyRequestHash, verifyAuthorizationSignature } from '../messages/identify-messages.js';
import { equalBytes } from '../../wire/signing.js';
import { Gallery } from './gallery.js';
import { uniformBelow, uniformInts } from '../../csprng.js';
import { LocalResidues, ShardedResidues, type GalleryResidues, type ScoreJob } from './gallery-residues.js';
import { maxThreshold } from '../../params/bounds.js';
import { enrollmentMask } from '../messages/identify-mac-keys.js';
import { decodeGalleryEnrollRequest, decodeGalleryEnrollSubmission, encodeGalleryEnrollSubmission } from '../messages/identify-codec.js';
import { decodeSignedRequest } from '../../wire/signed-request.js';

/** A registered key allowed to sign identify authorizations (role 'officer') or not. */
export interface RegisteredKey {
  /** Ed25519 public key (32 bytes). */
  readonly publicKey: Uint8Array;
  /** Only 'officer' keys may authorize searches and change the gallery. */
  readonly role: 'officer' | 'terminal';
}

/** What an IdentifyMatcher is created with: preset, Galois keys, officer keys, workers, store. */
export interface IdentifyMatcherOptions {
  /** A 1:N parameter set (FACE_1TON_PRESET_IDS, FINGER_1TON_PRESET_ID); a 1:1 one is refused. */
  readonly presetId: PresetId;
  /** Galois keys (SMK container) from the custodian. */
  readonly galoisKeys: Uint8Array;
  /** Registered keys by key id (hex of SHA-256 of the public key). */
  readonly keys: ReadonlyMap<string, RegisteredKey>;
  /** Match threshold as a cosine; default the preset's (docs/ACCURACY.md, docs/ACCURACY-FINGER.md). */
  readonly thresholdCosine?: number;
  /** Authorizations older than this are refused (default 10 minutes). */
  readonly authorizationMaxAgeMs?: number;
  /** Where refusals, searches, enrollments and deletions are recorded (only `append` is used). */
  readonly audit?: Pick<AuditLog, 'append'>;
  /** Clock (ms since the epoch); default Date.now. */
  readonly now?: () => number;
  /**
   * Worker threads holding the gallery's residues and sharing each search (gallery-residues.ts).
   * 0 (default): the calling thread, whose kernel memory (<= 4 GiB) holds ~330k 512-D templates;
   * a million needs >= 4 workers. Use about one per core.
   */
  readonly workers?: number;
  /**
   * Where the gallery persists (SQLite or PostgreSQL store): loaded at `create`, and every block an
   * enrollment or deletion changes is written (columns + slot table) in one transaction before
   * the change becomes visible; if that write fails, the in-memory block is put back as it was.
   * Without a store the gallery lives only in memory.
   */
  readonly store?: Pick<Store, 'transaction' | 'galleryBlockIds' | 'getGalleryBlock'>;
  /**
   * SHA-256 of the custodian's HE public key the gallery and the Galois keys belong to. When set,
   * an authenticated search or enrollment naming another key id is refused (E_KEY_MISMATCH)
   * before any computation.
   */
  readonly heKeyId?: Uint8Array;
  // (transaction also claims used search authorizations: they survive a restart)
}

/** Custodian calls the matcher needs (in-process or over the network). */
export type RefreshCall<Req> = (req: Req) => RefreshResponse | Promise<RefreshResponse>;

/** One template to enroll (decoded from a desk's signed GalleryEnrollRequest). */
export interface GalleryEntry {
  /** Subject reference (64 hex digits). */
  readonly subjectRef: string;
  /** Parameter set the template was encrypted for (must be the matcher's). */
  readonly presetId: string;
  /** Template dimension (must be the preset's). */
  readonly dim: number;
  /** The desk's size-2 container: Enc(g) (sm1) or Enc(x + m) (authenticated). */
  readonly template: Uint8Array;
  /** The enrollment's HE key id (authenticated sets). */
  readonly heKeyId?: Uint8Array;
  /** Authenticated sets: the desk's SignedRequest bytes (forwarded unchanged to the custodian and kept for deletion). */
  readonly signedRequest?: Uint8Array;
  /** Authenticated sets: the 32-byte mask seed the desk gave this matcher (never forwarded). */
  readonly maskSeed?: Uint8Array;
}

interface PendingSearch {
  readonly request: IdentifyRequest;
  readonly actor: string;
}

/** The 1:N matcher: an encrypted gallery in blocks (optionally sharded over worker threads), probe expansion, blinded slot scores. */
export class IdentifyMatcher implements AsyncDisposable {
  /** The 1:N parameter set it runs. */
  readonly presetId: PresetId;
  /** Threshold on the integer score: ceil(cosine threshold * quantScale^2). */
  readonly threshold: number;
  /** Columns per block: the preset's expansion dimension (= the template dimension on the sm1 sets; (1+k)(d+2+2k) on the authenticated ones). */
  readonly d: number;
  /** Template dimension (128 or 512). */
  readonly templateDim: number;
  /** Authenticated 1:N (per-slot MAC): no matcher blinding, desk-encrypted refresh. */
  readonly authenticated: boolean;
  /** Authenticated sets: per enrolled subject, the desk's signed enrollment and the mask seed (for deletion). */
  private readonly enrollments = new Map<string, { signedRequest: Uint8Array; maskSeed: Uint8Array }>();
  /** Slot tables of the gallery: subject, secret blinding factor and Merkle commitment per slot (no ciphertexts). */
  readonly gallery: Gallery;
  private readonly he: HeContext;
  private readonly gk: GalleryKernel;
  private readonly codec: BatchCodec;
  /** Where the column residues live (this thread or shard workers). */
  readonly residues: GalleryResidues;
  private readonly opts: IdentifyMatcherOptions;
  private readonly usedAuthorizations = new Set<string>();
  private readonly pending = new Map<string, PendingSearch>();

  private constructor(he: HeContext, gk: GalleryKernel, residues: GalleryResidues, opts: IdentifyMatcherOptions) {
    this.he = he;
    this.gk = gk;
    this.residues = residues;
    this.opts = opts;
    this.presetId = he.preset.id;
    this.d = asIdentifyPreset(he.preset).expansionDim;
    this.templateDim = he.preset.maxDim;
    this.authenticated = he.preset.authenticated === true;
    this.threshold = scoreThreshold(opts.thresholdCosine ?? he.preset.defaultThresholdCosine, he.preset.quantScale);
    if (Math.abs(this.threshold) > maxThreshold(he.preset)) throw new SealmatchError('E_INVALID_ARGUMENT', 'threshold out of range');
    this.codec = new BatchCodec(he);
    this.gallery = new Gallery(he.N, he.preset.blindFactorMax);
  }

  /** Creates the 1:N matcher and restores the gallery persisted in the store. */
  static async create(opts: IdentifyMatcherOptions): Promise<IdentifyMatcher> {
    const he = await HeContext.create(opts.presetId);
    let residues: GalleryResidues | undefined;
    try {
      const gk = await GalleryKernel.create(he);
      const workers = opts.workers ?? 0;
      residues = workers > 0 ? await ShardedResidues.start(he, opts.galoisKeys, workers) : await LocalResidues.create(he, gk, opts.galoisKeys);
      const m = new IdentifyMatcher(he, gk, residues, opts);
      if (opts.store) await m.load(opts.store);
      return m;
    } catch (e) {
      await residues?.close();
      he.delete();
      throw e;
    }
  }

  /**
   * BENCHMARKS ONLY: appends `templates` synthetic slots (references "timing-<i>", random
   * blinding factors) whose residues are uniformly random (computationally indistinguishable from
   * encryptions; the search costs the same). Lets a benchmark time `identify` on a million-template
   * gallery without encrypting a million templates. Refused (E_INVALID_ARGUMENT) on a matcher
   * with a store: a persisted gallery is a real one, and timing slots must never reach it.
   * @internal
   */
  async fillTimingGallery(templates: number, seed = 1): Promise<void> {
    if (this.opts.store) throw new SealmatchError('E_INVALID_ARGUMENT', 'fillTimingGallery is for benchmarks: refused on a matcher with a store');
    const first = this.gallery.blocks.length;
    const blocks = Math.ceil(templates / this.he.N);
    for (let b = 0; b < blocks; b++) {
      const block = this.gallery.addBlock();
      const n = Math.min(this.he.N, templates - b * this.he.N);
      const factors = uniformInts(n, 1, this.he.preset.blindFactorMax + 1);
      for (let s = 0; s < n; s++) {
        block.refs[s] = `timing-${b * this.he.N + s}`;
        block.factors[s] = factors[s]!;
      }
    }
    await this.residues.fillRandom(Array.from({ length: blocks }, (_, i) => first + i), seed);
    for (let b = first; b < first + blocks; b++) this.gallery.tableRoot(this.gallery.blocks[b]!);
  }

  private async load(store: NonNullable<IdentifyMatcherOptions['store']>): Promise<void> {
    for (const id of await store.galleryBlockIds(this.presetId)) {
      const rec = await store.getGalleryBlock(this.presetId, id);
      if (!rec) throw new SealmatchError('E_STORE', `gallery block ${id} vanished while loading`);
      const columns = decodeGalleryBlock(this.he, rec.columns);
      this.gallery.tableRoot(this.gallery.restoreBlock(id, rec.slots));
      for (const sl of rec.slots) {
        if (!sl.enrollment) continue;
        const sub = decodeGalleryEnrollSubmission(sl.enrollment);
        this.enrollments.set(sl.subjectRef, { signedRequest: sub.signedRequest, maskSeed: sub.maskSeed });
      }
      if (this.authenticated && rec.slots.some((sl) => !sl.enrollment)) throw new SealmatchError('E_STORE', `gallery block ${id}: a slot keeps no desk enrollment`);
      await this.residues.update(id, { replace: columns });
    }
  }

  /** Writes the given blocks (current residues + slot tables incl. `pending` references) in one transaction. */
  private async persist(blockIds: readonly number[], pending: readonly string[] = [], without?: string): Promise<void> {
    const store = this.opts.store;
    if (!store) return;
    const recs: GalleryBlockRecord[] = [];
    for (const id of blockIds) {
      const block = this.gallery.blocks[id]!;
      const columns = encodeGalleryBlock(this.he, await this.residues.readColumns(id));
      const slots = this.gallery.slotRows(block, pending).filter((r) => r.subjectRef !== without).map((r) => {
        const e = this.enrollments.get(r.subjectRef);
        return e ? { ...r, enrollment: encodeGalleryEnrollSubmission(e) } : r;
      });
      recs.push({ presetId: this.presetId, blockId: id, columns, slots });
    }
    await store.transaction(async (tx) => {
      for (const r of recs) await tx.putGalleryBlock(r);
    });
  }

  /** Applies `change`, persists the blocks, and puts their residues back if either fails. */
  private async changeBlocks(
    blockIds: readonly number[],
    change: () => Promise<void>,
    pending: readonly string[] = [],
    without?: string,
    known?: readonly Uint32Array[][],
  ): Promise<void> {
    // `known`: the blocks' current columns when the caller already read them (deletion does).
    const before = this.opts.store ? (known ?? (await Promise.all(blockIds.map((id) => this.residues.readColumns(id))))) : undefined;
    try {
      await change();
      await this.persist(blockIds, pending, without);
    } catch (e) {
      if (before) for (const [i, id] of blockIds.entries()) await this.residues.update(id, { replace: before[i]! });
      throw e;
    }
  }

  /** SHA-256 over every stored residue, slot table and blinding factor ("did anything stored change?"). */
  async storedDigest(): Promise<Uint8Array> {
    return this.gallery.digest(await this.residues.digests(this.gallery.blocks.map((b) => b.id)));
  }

  /** The kernel holding the gallery (benchmarks: heap size). */
  get kernel(): GalleryKernel {
    return this.gk;
  }

  private checkPreset(id: string): void {
    if (id !== this.presetId) throw new SealmatchError('E_PARAMS_MISMATCH', `message for "${id}", matcher runs "${this.presetId}"`);
  }

  private checkDim(dim: number): void {
    if (dim !== this.templateDim) throw new SealmatchError('E_DIMENSION', `dimension ${dim}, gallery holds ${this.templateDim}-D templates`);
  }

  private checkKey(id: Uint8Array | undefined): void {
    if (!this.authenticated) return;
    if (!(id instanceof Uint8Array) || id.length !== 32) throw new SealmatchError('E_MALFORMED_MESSAGE', 'authenticated 1:N messages name the HE key id (32 bytes)');
    if (this.opts.heKeyId && !equalBytes(id, this.opts.heKeyId)) throw new SealmatchError('E_KEY_MISMATCH', 'encrypted under another custodian key than this gallery');
  }

  /** Authenticated sets: the mask m_j of every column at the given slots, negated, as NTT plaintexts. */
  private slotMaskPlaintexts(list: readonly { slot: number; mask: Uint32Array }[], sign: 1 | -1): Uint32Array[] {
    const tn = Number(this.he.t);
    return Array.from({ length: this.d }, (_, j) => {
      const slots = new Uint32Array(this.he.N);
      for (const e of list) slots[e.slot] = sign === 1 ? e.mask[j]! : (tn - e.mask[j]!) % tn;
      return this.codec.nttResidues(slots, this.gk.level.k - 1);
    });
  }

  // ---------------------------------------------------------------- enrollment

  /**
   * Enrolls templates (coefficient-encoded Enc(sum_j g_j X^j), size 2, from the enrollment desk)
   * with one custodian refresh per block touched. All-or-nothing per call: on any error no slot
   * or column changes. Throws E_ALREADY_ENROLLED, E_PARAMS_MISMATCH, E_MALFORMED_CIPHERTEXT.
   */
  async enroll(entries: readonly GalleryEntry[], refresh: RefreshCall<EnrollmentRefreshRequest>): Promise<Map<string, SlotRegistration>> {
    const held: string[] = [];
    const registered = new Map<string, SlotRegistration>();
    try {
      const byBlock = new Map<number, { slot: number; ciphertext: Uint8Array; mask: Uint32Array; subjectRef: string; enrollment?: Uint8Array; maskSeed?: Uint8Array }[]>();
      for (const e of entries) {
        this.checkPreset(e.presetId);
        this.checkDim(e.dim);
        this.checkKey(e.heKeyId);
        columnResidues(this.he, e.template); // full validation before anything is reserved
        if (this.authenticated && (!(e.signedRequest instanceof Uint8Array) || !(e.maskSeed instanceof Uint8Array) || e.maskSeed.length !== 32)) {
          throw new SealmatchError('E_MALFORMED_MESSAGE', 'authenticated enrollment needs the signed request and a 32-byte mask seed');
        }
        const { address, factor } = this.gallery.reserve(e.subjectRef);
        held.push(e.subjectRef);
        const list = byBlock.get(address.block.id) ?? [];
        if (this.authenticated) {
          // The desk encrypted h = x + m itself; the custodian decrypts exactly these bytes.
          list.push({ slot: address.slot, ciphertext: e.template, mask: enrollmentMask(e.maskSeed!, this.he.preset), subjectRef: e.subjectRef, enrollment: e.signedRequest!, maskSeed: e.maskSeed! });
        } else {
          const mask = uniformModT(this.he.t, this.he.N);
          list.push({ slot: address.slot, ciphertext: maskEnrollmentTemplate(this.he, this.gk, e.template, factor, mask), mask, subjectRef: e.subjectRef });
        }
        byBlock.set(address.block.id, list);
      }
      // Ask the custodian for every block first; columns change only once every answer is in.
      const updates: { blockId: number; columns: Uint32Array[]; unmask: Uint32Array[] }[] = [];
      for (const [blockId, list] of byBlock) {
        const resp = await refresh({
          presetId: this.presetId,
          blockId,
          entries: list.map(({ slot, ciphertext, enrollment }) => ({ slot, ciphertext, ...(enrollment ? { enrollment } : {}) })),
        });
        if (resp.blockId !== blockId || resp.columns.length !== this.d) throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh response does not match the request');
        const columns = resp.columns.map((c) => columnResidues(this.he, c));
        if (this.authenticated) {
          // The custodian's signed registration of each entry, relayed to the desks.
          const regs = resp.registrations ?? [];
          if (regs.length !== list.length || regs.some((r, i) => r.subjectRef !== list[i]!.subjectRef || r.slot !== list[i]!.slot || r.blockId !== blockId)) {
            throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh response does not register the entries sent');
          }
          regs.forEach((r) => registered.set(r.subjectRef, r));
        }
        updates.push({ blockId, columns, unmask: this.slotMaskPlaintexts(list, -1) });
      }
      // Kept (and persisted with the slot table) for the deletion refresh; dropped again on failure.
      for (const list of byBlock.values()) for (const e of list) if (e.enrollment) this.enrollments.set(e.subjectRef, { signedRequest: e.enrollment, maskSeed: e.maskSeed! });
      await this.changeBlocks(
        updates.map((u) => u.blockId),
        async () => {
          for (const u of updates) await this.residues.update(u.blockId, { add: u.columns, plainC0: u.unmask });
        },
        held,
      );
      for (const ref of held) this.gallery.commit(ref);
      // Slot-table roots now, once per touched block (not lazily in the next search: 2 x 4,096 hashes each).
      for (const u of updates) this.gallery.tableRoot(this.gallery.blocks[u.blockId]!);
      await this.opts.audit?.append({ kind: 'enroll', actor: 'matcher', outcome: 'accepted' });
      return registered;
    } catch (e) {
      for (const ref of held) {
        this.gallery.release(ref);
        this.enrollments.delete(ref);
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- deletion

  /**
   * Zeroes the subject's slot and re-randomizes every column of its block (custodian refresh):
   * afterwards no stored byte of the block equals what it was. Throws E_UNKNOWN_SUBJECT.
   */
  async deleteSubject(subjectRef: string, refresh: RefreshCall<DeletionRefreshRequest>, deletion?: Uint8Array): Promise<void> {
    const a = this.gallery.addressOf(subjectRef);
    if (!a) throw new SealmatchError('E_UNKNOWN_SUBJECT', 'subject not in the gallery');
    if (this.authenticated) return this.deleteAuthenticated(subjectRef, a, refresh, deletion);
    const level = this.gk.level.k - 1;
    const masks = Array.from({ length: this.d }, () => uniformModT(this.he.t, this.he.N));
    const current = await this.residues.readColumns(a.block.id);
    const columns = masks.map((M, j) => ({
      ciphertext: maskColumn(this.gk, this.he, current[j]!, this.codec.nttResidues(M, level)),
      set: [{ slot: a.slot, value: M[a.slot]! }],
    }));
    const resp = await refresh({ presetId: this.presetId, blockId: a.block.id, columns });
    if (resp.blockId !== a.block.id || resp.columns.length !== this.d) throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh response does not match the request');
    const fresh = resp.columns.map((c) => columnResidues(this.he, c));
    const tn = Number(this.he.t);
    const unmask = masks.map((M) => this.codec.nttResidues(Uint32Array.from(M, (m) => (tn - m) % tn), level));
    await this.changeBlocks([a.block.id], () => this.residues.update(a.block.id, { replace: fresh, plainC0: unmask }), [], subjectRef, [current]);
    this.gallery.vacate(subjectRef);
    this.gallery.tableRoot(a.block);
    await this.opts.audit?.append({ kind: 'delete', actor: 'matcher', outcome: 'accepted' });
  }

  /**
   * Authenticated sets: the custodian checks the officer's signed deletion and the desk-signed
   * enrollment of the slot, and returns fresh Enc(-h) at the slot per column; adding them and
   * m at the slot leaves 0 there, and every residue of every column changes.
   */
  private async deleteAuthenticated(subjectRef: string, a: { block: { id: number }; slot: number }, refresh: RefreshCall<DeletionRefreshRequest>, deletion: Uint8Array | undefined): Promise<void> {
    const kept = this.enrollments.get(subjectRef);
    if (!kept) throw new SealmatchError('E_STORE', 'the desk enrollment of this slot is not kept');
    if (!(deletion instanceof Uint8Array)) throw new SealmatchError('E_UNAUTHORIZED', 'authenticated deletion needs the officer-signed deletion request');
    const resp = await refresh({ presetId: this.presetId, blockId: a.block.id, columns: [], slot: a.slot, enrollment: kept.signedRequest, deletion });
    if (resp.blockId !== a.block.id || resp.columns.length !== this.d) throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh response does not match the request');
    const fresh = resp.columns.map((c) => columnResidues(this.he, c));
    const remask = this.slotMaskPlaintexts([{ slot: a.slot, mask: enrollmentMask(kept.maskSeed, this.he.preset) }], 1);
    await this.changeBlocks([a.block.id], () => this.residues.update(a.block.id, { add: fresh, plainC0: remask }), [], subjectRef);
    this.gallery.vacate(subjectRef);
    this.enrollments.delete(subjectRef);
    this.gallery.tableRoot(this.gallery.blocks[a.block.id]!);
    await this.opts.audit?.append({ kind: 'delete', actor: 'matcher', outcome: 'accepted' });
  }

  /**
   * Authenticated sets: rebuilds a block's columns from fresh encryptions only. Every enrollment
   * and deletion adds one fresh encryption to every column of its block, so column noise grows
   * with the block's history (docs/IDENTIFY.md, "Noise"). Compaction re-sends the desk-signed
   * enrollment of every occupied slot, `perRefresh` at a time (default 64), to the custodian,
   * which refreshes each into the slot it is registered at (the idempotent retry path; one audit
   * leaf per enrollment), and the block's columns are REPLACED by the sum of the answers: the
   * noise of ceil(occupied / perRefresh) fresh encryptions, whatever came before. Nothing changes
   * if any call fails (the old columns are put back). Returns the number of refresh calls.
   */
  async compactBlock(blockId: number, refresh: RefreshCall<EnrollmentRefreshRequest>, perRefresh = 64): Promise<number> {
    if (!this.authenticated) throw new SealmatchError('E_INVALID_ARGUMENT', 'compaction rebuilds authenticated galleries from their desk enrollments');
    const block = this.gallery.blocks[blockId];
    if (!block) throw new SealmatchError('E_INVALID_ARGUMENT', `no block ${blockId}`);
    if (!Number.isInteger(perRefresh) || perRefresh < 1) throw new SealmatchError('E_INVALID_ARGUMENT', 'perRefresh must be a positive integer');
    const slots: { slot: number; subjectRef: string; signedRequest: Uint8Array; template: Uint8Array; mask: Uint32Array }[] = [];
    for (let s = 0; s < this.he.N; s++) {
      if (block.factors[s] === 0) continue;
      const ref = block.refs[s]!;
      const kept = this.enrollments.get(ref);
      if (!kept) throw new SealmatchError('E_STORE', `slot ${s} keeps no desk enrollment`);
      const body = decodeGalleryEnrollRequest(decodeSignedRequest(kept.signedRequest, 'sealmatch.v1.GalleryEnrollRequest').body);
      slots.push({ slot: s, subjectRef: ref, signedRequest: kept.signedRequest, template: body.template, mask: enrollmentMask(kept.maskSeed, this.he.preset) });
    }
    if (slots.length === 0) return 0;
    const rootBefore = Uint8Array.from(this.gallery.tableRoot(block));
    // The answers are summed in a scratch block of this thread's kernel memory (never searched),
    // so searches keep seeing the old columns until the one-step replacement below.
    const scratch = this.gk.allocBlock();
    let calls = 0;
    let sums: Uint32Array[];
    try {
      for (let i = 0; i < slots.length; i += perRefresh) {
        const list = slots.slice(i, i + perRefresh);
        const resp = await refresh({ presetId: this.presetId, blockId, entries: list.map((e) => ({ slot: e.slot, ciphertext: e.template, enrollment: e.signedRequest })) });
        calls++;
        if (resp.blockId !== blockId || resp.columns.length !== this.d) throw new SealmatchError('E_MALFORMED_MESSAGE', 'refresh response does not match the request');
        const cols = resp.columns.map((c) => columnResidues(this.he, c));
        const unmask = this.slotMaskPlaintexts(list, -1);
        for (let j = 0; j < this.d; j++) {
          if (i === 0) this.gk.writeColumn(scratch, j, cols[j]!);
          this.gk.addToColumn(scratch, j, i === 0 ? undefined : cols[j], unmask[j]);
        }
      }
      sums = Array.from({ length: this.d }, (_, j) => this.gk.readColumn(scratch, j));
    } finally {
      this.gk.freeBlock(scratch);
    }
    // An enrollment or deletion in this block while the refreshes ran would be lost: refuse.
    if (!equalBytes(this.gallery.tableRoot(block), rootBefore)) throw new SealmatchError('E_UNAVAILABLE', `block ${blockId} changed during compaction; nothing was replaced, run it again`);
    await this.changeBlocks([blockId], () => this.residues.update(blockId, { replace: sums }));
    this.gallery.tableRoot(block);
    await this.opts.audit?.append({ kind: 'enroll', actor: 'matcher', outcome: 'accepted', reason: 'compaction' });
    return calls;
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
      this.checkKey(req.authorization?.heKeyId);
      actor = this.authorize(req);
    } catch (e) {
      if (isSealmatchError(e)) await this.opts.audit?.append({ kind: 'policy-refusal', actor, outcome: 'refused', reason: e.code });
      throw e;
    }
    const requestHash = identifyRequestHash(req);
    // Consumed before the (asynchronous) search so a concurrent replay is refused; given back if
    // the probe itself is refused (nothing was searched).
    const sig = bytesToHex(req.authorization.signature);
    this.usedAuthorizations.add(sig);
    // Persisted too, so a restart does not make an authorization usable again (the custodian
    // also claims it in its own store before decrypting).
    const store = this.opts.store;
    if (store) {
      const fresh = await store.transaction((ops) => ops.claimNonce(bytesToHex(req.authorization.officerKeyId), `identify:${sig}`, (this.opts.now ?? Date.now)()));
      if (!fresh) throw new SealmatchError('E_REPLAY', 'authorization already used');
    }
    let result: BlindedIdentifyResult;
    try {
      // The custodian verifies the officer's authorization of this search itself.
      result = { ...(await this.scoreBlocks(requestHash, req.probe)), authorization: req.authorization, dim: req.dim };
    } catch (e) {
      this.usedAuthorizations.delete(sig);
      throw e;
    }
    this.pending.set(bytesToHex(requestHash), { request: req, actor });
    await this.opts.audit?.append({ kind: 'identify', actor, requestHash: bytesToHex(requestHash), outcome: 'accepted' });
    return result;
  }

  /** Expands the probe container, then scores and blinds every non-empty block. */
  private async scoreBlocks(requestHash: Uint8Array, probe: Uint8Array): Promise<BlindedIdentifyResult> {
    const t = Number(this.he.t);
    const T = this.threshold;
    const jobs: ScoreJob[] = [];
    const live = [];
    for (const block of this.gallery.blocks) {
      if (block.factors.every((f) => f === 0)) continue;
      if (this.authenticated) {
        // The desk's templates and probe carry blinding, threshold and dither: no scalar here.
        jobs.push({ blockId: block.id });
        live.push(block);
        continue;
      }
      // slot s: r'_s - r_s T (r'_s uniform in [0, r_s)); empty slots: uniform mod t.
      // r'_s uniform in [0, r_s), exact (empty slots draw from [0, 1) and use `noise`).
      const rand = uniformBelow(block.factors.map((f) => Math.max(1, f)));
      const noise = uniformInts(this.he.N, 0, t);
      const blind = new Uint32Array(this.he.N);
      for (let s = 0; s < this.he.N; s++) {
        const r = block.factors[s]!;
        if (r === 0) blind[s] = noise[s]!;
        else {
          const rp = rand[s]!;
          blind[s] = (((rp - r * T) % t) + t) % t;
        }
      }
      jobs.push({ blockId: block.id, blind });
      live.push(block);
    }
    const results = await this.residues.search(probe, jobs);
    const blocks = live.map((block, i) => {
      const [ciphertext, ...tags] = results[i]!;
      return { blockId: block.id, tableRoot: this.gallery.tableRoot(block), occupied: this.gallery.occupied(block), ciphertext: ciphertext!, ...(this.authenticated ? { tags } : {}) };
    });
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

  /** Stops the shard workers (if any) and frees every WASM object. */
  async close(): Promise<void> {
    await this.residues.close();
    this.gk.delete();
    this.codec.delete();
    this.he.delete();
  }

  /** Same as close(): for `await using`. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}
