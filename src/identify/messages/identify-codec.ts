/**
 * Protobuf codecs for the 1:N identify messages (proto/sealmatch/v1/identify.proto) <->
 * the in-process types of identify-messages.ts. Decoding is strict, like codec.ts: every
 * protobuf error, missing field, wrong-length hash / key id / signature, out-of-range integer,
 * repeated block id or slot and every body over its size limit is a typed SealmatchError
 * (E_MALFORMED_MESSAGE, E_TOO_LARGE), never an exception from inside protobufjs.
 *
 * What is NOT checked here (it needs the parameter set, and the engines check it before any HE
 * work): that a ciphertext is a valid container of the right size and level
 * (E_MALFORMED_CIPHERTEXT), the preset id (E_PARAMS_MISMATCH), the dimension (E_DIMENSION), slots
 * < N, occupancy bitmap of exactly N/8 bytes.
 *
 * Size limits are derived from the parameter set (`identifyWireLimits`): 1:N messages are far
 * larger than the 1:1 ones (a blinded result is ~129 KB per block of 4096 templates; a refresh
 * answer is d x ~86 KB: 11 MB at 128-D, 44 MB at 512-D), so codec.ts's 4 MiB cap does not apply.
 */
import { SealmatchError } from '../../errors.js';
import { packedByteLength } from '../../he/codec/bitpack.js';
import { getIdentifyPreset } from '../../params/presets.js';
import { smctHeaderBytes } from '../../he/codec/seal-format.js';
import { decodeChecked, pb } from '../../wire/codec.js';
import { IDENTIFY_PURPOSE_PB } from '../../wire/enums.js';
import type { sealmatch } from '../../wire/gen/sealmatch.js';
import type {
  BlindedBlock,
  BlindedIdentifyResult,
  BlockDecision,
  DeletionRefreshRequest,
  EnrollmentRefreshRequest,
  GalleryDeleteRequest,
  GalleryEnrollRequest,
  GalleryEnrollSubmission,
  IdentifyAuthorization,
  IdentifyMatch,
  IdentifyRequest,
  IdentifyResponse,
  RefreshResponse,
  SignedIdentifyDecision,
  SlotRegistration,
} from './identify-messages.js';

// Decoded 64-bit fields are Long objects until `longsToNumbers` (codec.ts) makes them numbers.

// ------------------------------------------------------------------ size limits

/** Default cap on blocks in one blinded result: 256 blocks = 1,048,576 templates at N = 4096. */
export const DEFAULT_MAX_IDENTIFY_BLOCKS = 256;
/** Default cap on templates in one enrollment refresh (one block): 64 x ~86 KB = ~5.5 MB. */
export const DEFAULT_MAX_REFRESH_ENTRIES = 64;
/** Largest IdentifyResponse a desk accepts (signed slots + Merkle proofs of the matches). */
export const MAX_IDENTIFY_RESPONSE_BYTES = 16 * 1024 * 1024;

const SLACK = 16 * 1024;

export interface IdentifyWireLimits {
  /** Exact bytes of a size-2 container at the product level (probe, template, column). */
  readonly column: number;
  /** Exact bytes of a size-3 container at the product level (one block's blinded result). */
  readonly result: number;
  /** Body limits, bytes. */
  readonly identifyRequest: number;
  readonly galleryEnroll: number;
  readonly galleryDelete: number;
  readonly blindedResult: number;
  readonly signedDecision: number;
  readonly enrollmentRefresh: number;
  readonly deletionRefresh: number;
  readonly refreshResponse: number;
  readonly identifyResponse: number;
  readonly maxBlocks: number;
  readonly maxRefreshEntries: number;
}

/**
 * Exact container size for a 1:N preset (same formula as ciphertext-codec.ts `containerLength`,
 * without building a SEAL context): header, then `size` polynomials of the product level's
 * primes bit-packed.
 */
export function identifyContainerBytes(presetId: string, size: number): number {
  const p = getIdentifyPreset(presetId);
  const primes = p.coeffModulusBits.slice(0, p.productLevel + 1);
  const poly = primes.reduce((n, bits) => n + packedByteLength(p.polyModulusDegree, bits), 0);
  return smctHeaderBytes(new TextEncoder().encode(p.id).length) + size * poly;
}

/** Body limits of every 1:N message for a preset (documented in docs/IDENTIFY.md, "Wire"). */
export function identifyWireLimits(presetId: string, opts: { maxBlocks?: number; maxRefreshEntries?: number } = {}): IdentifyWireLimits {
  const p = getIdentifyPreset(presetId);
  const column = identifyContainerBytes(presetId, 2);
  const result = identifyContainerBytes(presetId, 3);
  const d = p.expansionDim;
  const N = p.polyModulusDegree;
  const maxBlocks = opts.maxBlocks ?? DEFAULT_MAX_IDENTIFY_BLOCKS;
  const maxRefreshEntries = opts.maxRefreshEntries ?? DEFAULT_MAX_REFRESH_ENTRIES;
  // Authenticated sets: 1 + k result containers per block, subjects in decisions, the desk's
  // signed enrollment (template inside) beside each refresh entry, and no columns in a deletion.
  const groups = 1 + (p.macInstances ?? 0);
  const auth = p.authenticated === true;
  return {
    column,
    result,
    identifyRequest: column + SLACK,
    galleryEnroll: column + SLACK,
    galleryDelete: SLACK,
    blindedResult: maxBlocks * (groups * (result + 8) + 32 + N / 8 + 64) + SLACK,
    signedDecision: maxBlocks * (64 + 3 * N) + (auth ? 70 * 65536 : 0) + SLACK,
    enrollmentRefresh: maxRefreshEntries * ((auth ? 2 : 1) * column + 16 + (auth ? SLACK : 0)) + SLACK,
    // sm1: one masked column per feature; `set` holds the slot(s) deleted (a few bytes each)
    deletionRefresh: auth ? column + 3 * SLACK : d * (column + 1024) + SLACK,
    refreshResponse: d * (column + 8) + SLACK,
    identifyResponse: MAX_IDENTIFY_RESPONSE_BYTES,
    maxBlocks,
    maxRefreshEntries,
  };
}

// ------------------------------------------------------------------ field checks

function malformed(what: string, cause?: unknown): SealmatchError {
  return new SealmatchError('E_MALFORMED_MESSAGE', what, undefined, cause ? { cause } : undefined);
}

/** Runs a generated decoder with typed errors and the given size limit. */
export function decodeLimited<T>(type: { decode(r: Uint8Array): T }, bytes: Uint8Array, name: string, maxBytes: number): T {
  if (!(bytes instanceof Uint8Array)) throw malformed(`${name}: body must be bytes`);
  if (bytes.length === 0) throw malformed(`${name}: empty`);
  if (bytes.length > maxBytes) throw new SealmatchError('E_TOO_LARGE', `${name}: ${bytes.length} bytes, limit ${maxBytes}`);
  return decodeChecked(type, bytes, name);
}

function bytes(v: Uint8Array | null | undefined, field: string, opts: { len?: number; min?: number; max?: number } = {}): Uint8Array {
  const b = v ? Uint8Array.from(v) : new Uint8Array(0);
  if (opts.len !== undefined && b.length !== opts.len) throw malformed(b.length === 0 ? `missing field ${field}` : `${field} must be ${opts.len} bytes, got ${b.length}`);
  if (b.length < (opts.min ?? 1)) throw malformed(b.length === 0 ? `missing field ${field}` : `${field} shorter than ${opts.min} bytes`);
  if (opts.max !== undefined && b.length > opts.max) throw malformed(`${field} longer than ${opts.max} bytes`);
  return b;
}

function str(v: string | null | undefined, field: string, max = 256): string {
  if (typeof v !== 'string' || v.length === 0) throw malformed(`missing field ${field}`);
  if (v.length > max) throw malformed(`${field} longer than ${max} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(v)) throw malformed(`${field} holds control characters`);
  return v;
}

function uint(v: number | null | undefined, field: string, opts: { min?: number; max?: number } = {}): number {
  const n = Number(v ?? 0);
  if (!Number.isSafeInteger(n) || n < (opts.min ?? 0) || n > (opts.max ?? 0xffffffff)) {
    throw malformed(n === 0 && (opts.min ?? 0) > 0 ? `missing field ${field}` : `${field} out of range`);
  }
  return n;
}

function time(v: number | null | undefined, field: string): number {
  const n = Number(v ?? 0);
  if (!Number.isSafeInteger(n) || n <= 0) throw malformed(n === 0 ? `missing field ${field}` : `${field} out of range`);
  return n;
}

function list<T>(v: T[] | null | undefined, field: string, opts: { min?: number; max: number }): T[] {
  const a = v ?? [];
  if (a.length < (opts.min ?? 0)) throw malformed(`${field}: at least ${opts.min} required`);
  if (a.length > opts.max) throw new SealmatchError('E_TOO_LARGE', `${field}: ${a.length} entries, limit ${opts.max}`);
  return a;
}

/** Subject references on the wire are hex HMAC-SHA256 outputs (64 lowercase hex digits). */
export function checkGallerySubjectRef(ref: string | null | undefined, field = 'subject_ref'): string {
  if (typeof ref !== 'string' || !/^[0-9a-f]{64}$/.test(ref)) throw malformed(`${field} must be 64 lowercase hex digits (HMAC-SHA256)`);
  return ref;
}

const HASH = { len: 32 } as const;
const SIG = { len: 64 } as const;
/** Slots are signed as u16 (identifyDecisionSigningBytes). */
const MAX_SLOT = 0xffff;
const MAX_DIM = 4096;
/** Upper bound on any container in a 1:N message (the 512-D size-3 result is ~129 KB). */
const MAX_CONTAINER = 1024 * 1024;

// ------------------------------------------------------------------ IdentifyRequest

function authorizationToPb(a: IdentifyAuthorization): sealmatch.v1.IIdentifyAuthorization {
  return {
    parameterSetId: a.presetId,
    probeHash: a.probeHash,
    purpose: IDENTIFY_PURPOSE_PB.toPb(a.purpose),
    caseId: a.caseId,
    issuedAtMs: a.issuedAtMs,
    officerKeyId: a.officerKeyId,
    signature: a.signature,
    ...(a.macEnvelope ? { macEnvelope: a.macEnvelope } : {}),
    ...(a.heKeyId ? { heKeyId: a.heKeyId } : {}),
  };
}

function authorizationFromPb(m: sealmatch.v1.IIdentifyAuthorization): IdentifyAuthorization {
  return {
    presetId: str(m.parameterSetId, 'authorization.parameter_set_id', 64),
    probeHash: bytes(m.probeHash, 'authorization.probe_hash', HASH),
    purpose: IDENTIFY_PURPOSE_PB.fromPb(m.purpose, 'authorization.purpose'),
    caseId: str(m.caseId, 'authorization.case_id', 128),
    issuedAtMs: time(m.issuedAtMs as number, 'authorization.issued_at_ms'),
    officerKeyId: bytes(m.officerKeyId, 'authorization.officer_key_id', HASH),
    signature: bytes(m.signature, 'authorization.signature', SIG),
    ...(m.macEnvelope?.length ? { macEnvelope: bytes(m.macEnvelope, 'authorization.mac_envelope', { max: 256 }) } : {}),
    ...(m.heKeyId?.length ? { heKeyId: bytes(m.heKeyId, 'authorization.he_key_id', HASH) } : {}),
  };
}

export function encodeIdentifyAuthorization(a: IdentifyAuthorization): Uint8Array {
  return pb.IdentifyAuthorization.encode(authorizationToPb(a)).finish();
}

export function decodeIdentifyAuthorization(b: Uint8Array): IdentifyAuthorization {
  return authorizationFromPb(decodeLimited(pb.IdentifyAuthorization, b, 'IdentifyAuthorization', SLACK));
}

export function encodeIdentifyRequest(r: IdentifyRequest): Uint8Array {
  return pb.IdentifyRequest.encode({ parameterSetId: r.presetId, dim: r.dim, probe: r.probe, authorization: authorizationToPb(r.authorization) }).finish();
}

/**
 * A request without an authorization decodes (authorization undefined) so that the matcher
 * refuses it as E_UNAUTHORIZED and logs the refusal, exactly as in-process; a present but
 * malformed authorization is E_MALFORMED_MESSAGE.
 */
export function decodeIdentifyRequest(b: Uint8Array, maxBytes = MAX_CONTAINER + SLACK): IdentifyRequest {
  const m = decodeLimited(pb.IdentifyRequest, b, 'IdentifyRequest', maxBytes);
  return {
    presetId: str(m.parameterSetId, 'parameter_set_id', 64),
    dim: uint(m.dim, 'dim', { min: 1, max: MAX_DIM }),
    probe: bytes(m.probe, 'probe', { max: MAX_CONTAINER }),
    authorization: (m.authorization ? authorizationFromPb(m.authorization) : undefined) as IdentifyAuthorization,
  };
}

// ------------------------------------------------------------------ matcher <-> custodian

export function encodeBlindedIdentifyResult(r: BlindedIdentifyResult): Uint8Array {
  return pb.BlindedIdentifyResult.encode({
    parameterSetId: r.presetId,
    requestHash: r.requestHash,
    blocks: r.blocks.map((b) => ({ blockId: b.blockId, tableRoot: b.tableRoot, occupied: b.occupied, ciphertext: b.ciphertext, ...(b.tags ? { tags: [...b.tags] } : {}) })),
    ...(r.authorization ? { authorization: authorizationToPb(r.authorization) } : {}),
    ...(r.dim ? { dim: r.dim } : {}),
  }).finish();
}

function blockIds<T extends { blockId: number }>(blocks: T[], field: string): T[] {
  const seen = new Set<number>();
  for (const b of blocks) {
    if (seen.has(b.blockId)) throw malformed(`${field}: block ${b.blockId} repeated`);
    seen.add(b.blockId);
  }
  return blocks;
}

export function decodeBlindedIdentifyResult(b: Uint8Array, limits?: Pick<IdentifyWireLimits, 'blindedResult' | 'maxBlocks'>): BlindedIdentifyResult {
  const maxBlocks = limits?.maxBlocks ?? DEFAULT_MAX_IDENTIFY_BLOCKS;
  // Without preset limits: 256 KiB per block, above the size-3 container of any 1:N preset.
  const m = decodeLimited(pb.BlindedIdentifyResult, b, 'BlindedIdentifyResult', limits?.blindedResult ?? maxBlocks * (MAX_CONTAINER / 4) + SLACK);
  const blocks: BlindedBlock[] = list(m.blocks, 'blocks', { max: maxBlocks }).map((x, i) => ({
    blockId: uint(x.blockId, `blocks[${i}].block_id`),
    tableRoot: bytes(x.tableRoot, `blocks[${i}].table_root`, HASH),
    occupied: bytes(x.occupied, `blocks[${i}].occupied`, { max: 8192 }),
    ciphertext: bytes(x.ciphertext, `blocks[${i}].ciphertext`, { max: MAX_CONTAINER }),
    ...(x.tags?.length ? { tags: list(x.tags, `blocks[${i}].tags`, { max: 8 }).map((c, k) => bytes(c, `blocks[${i}].tags[${k}]`, { max: MAX_CONTAINER })) } : {}),
  }));
  return {
    presetId: str(m.parameterSetId, 'parameter_set_id', 64),
    requestHash: bytes(m.requestHash, 'request_hash', HASH),
    blocks: blockIds(blocks, 'blocks'),
    ...(m.authorization ? { authorization: authorizationFromPb(m.authorization) } : {}),
    ...(m.dim ? { dim: uint(m.dim, 'dim') } : {}),
  };
}

function decisionToPb(d: SignedIdentifyDecision): sealmatch.v1.ISignedIdentifyDecision {
  return {
    parameterSetId: d.presetId,
    requestHash: d.requestHash,
    blocks: d.blocks.map((b) => ({ blockId: b.blockId, tableRoot: b.tableRoot, matchingSlots: [...b.matchingSlots], ...(b.matchingSubjects ? { matchingSubjects: [...b.matchingSubjects] } : {}) })),
    issuedAtMs: d.issuedAtMs,
    custodianKeyId: d.custodianKeyId,
    signature: d.signature,
  };
}

function decisionFromPb(m: sealmatch.v1.ISignedIdentifyDecision, maxBlocks: number): SignedIdentifyDecision {
  const blocks: BlockDecision[] = list(m.blocks, 'decision.blocks', { max: maxBlocks }).map((x, i) => {
    const slots = list(x.matchingSlots, `decision.blocks[${i}].matching_slots`, { max: MAX_SLOT + 1 }).map((s) => uint(s, `decision.blocks[${i}].matching_slots`, { max: MAX_SLOT }));
    for (let k = 1; k < slots.length; k++) if (slots[k]! <= slots[k - 1]!) throw malformed(`decision.blocks[${i}].matching_slots must be strictly ascending`);
    const subjects = list(x.matchingSubjects, `decision.blocks[${i}].matching_subjects`, { max: MAX_SLOT + 1 }).map((r, k) => checkGallerySubjectRef(r, `decision.blocks[${i}].matching_subjects[${k}]`));
    if (subjects.length > 0 && subjects.length !== slots.length) throw malformed(`decision.blocks[${i}]: ${subjects.length} subjects for ${slots.length} matching slots`);
    return {
      blockId: uint(x.blockId, `decision.blocks[${i}].block_id`),
      tableRoot: bytes(x.tableRoot, `decision.blocks[${i}].table_root`, HASH),
      matchingSlots: slots,
      ...(subjects.length > 0 ? { matchingSubjects: subjects } : {}),
    };
  });
  return {
    presetId: str(m.parameterSetId, 'decision.parameter_set_id', 64),
    requestHash: bytes(m.requestHash, 'decision.request_hash', HASH),
    blocks: blockIds(blocks, 'decision.blocks'),
    issuedAtMs: time(m.issuedAtMs as number, 'decision.issued_at_ms'),
    custodianKeyId: bytes(m.custodianKeyId, 'decision.custodian_key_id', HASH),
    signature: bytes(m.signature, 'decision.signature', SIG),
  };
}

export function encodeSignedIdentifyDecision(d: SignedIdentifyDecision): Uint8Array {
  return pb.SignedIdentifyDecision.encode(decisionToPb(d)).finish();
}

export function decodeSignedIdentifyDecision(b: Uint8Array, limits?: Pick<IdentifyWireLimits, 'signedDecision' | 'maxBlocks'>): SignedIdentifyDecision {
  const maxBlocks = limits?.maxBlocks ?? DEFAULT_MAX_IDENTIFY_BLOCKS;
  return decisionFromPb(decodeLimited(pb.SignedIdentifyDecision, b, 'SignedIdentifyDecision', limits?.signedDecision ?? MAX_IDENTIFY_RESPONSE_BYTES), maxBlocks);
}

export function encodeEnrollmentRefreshRequest(r: EnrollmentRefreshRequest): Uint8Array {
  return pb.EnrollmentRefreshRequest.encode({ parameterSetId: r.presetId, blockId: r.blockId, entries: r.entries.map((e) => ({ slot: e.slot, ciphertext: e.ciphertext, ...(e.enrollment ? { enrollment: e.enrollment } : {}) })) }).finish();
}

export function decodeEnrollmentRefreshRequest(b: Uint8Array, limits?: Pick<IdentifyWireLimits, 'enrollmentRefresh' | 'maxRefreshEntries'>): EnrollmentRefreshRequest {
  const maxEntries = limits?.maxRefreshEntries ?? DEFAULT_MAX_REFRESH_ENTRIES;
  const m = decodeLimited(pb.EnrollmentRefreshRequest, b, 'EnrollmentRefreshRequest', limits?.enrollmentRefresh ?? maxEntries * MAX_CONTAINER);
  const seen = new Set<number>();
  const entries = list(m.entries, 'entries', { min: 1, max: maxEntries }).map((e, i) => {
    const slot = uint(e.slot, `entries[${i}].slot`, { max: MAX_SLOT });
    if (seen.has(slot)) throw malformed(`entries: slot ${slot} repeated`);
    seen.add(slot);
    return {
      slot,
      ciphertext: bytes(e.ciphertext, `entries[${i}].ciphertext`, { max: MAX_CONTAINER }),
      ...(e.enrollment?.length ? { enrollment: bytes(e.enrollment, `entries[${i}].enrollment`, { max: 2 * MAX_CONTAINER }) } : {}),
    };
  });
  return { presetId: str(m.parameterSetId, 'parameter_set_id', 64), blockId: uint(m.blockId, 'block_id'), entries };
}

export function encodeDeletionRefreshRequest(r: DeletionRefreshRequest): Uint8Array {
  return pb.DeletionRefreshRequest.encode({
    parameterSetId: r.presetId,
    blockId: r.blockId,
    columns: r.columns.map((c) => ({ ciphertext: c.ciphertext, set: c.set.map((s) => ({ slot: s.slot, value: s.value })) })),
    ...(r.slot !== undefined ? { slot: r.slot } : {}),
    ...(r.enrollment ? { enrollment: r.enrollment } : {}),
    ...(r.deletion ? { deletion: r.deletion } : {}),
  }).finish();
}

export function decodeDeletionRefreshRequest(b: Uint8Array, limits?: Pick<IdentifyWireLimits, 'deletionRefresh'>): DeletionRefreshRequest {
  const m = decodeLimited(pb.DeletionRefreshRequest, b, 'DeletionRefreshRequest', limits?.deletionRefresh ?? MAX_DIM * MAX_CONTAINER);
  if (m.enrollment?.length || m.deletion?.length) {
    // Authenticated sets: no columns, the slot and the two signed requests.
    if ((m.columns ?? []).length > 0) throw malformed('authenticated deletion carries no columns');
    return {
      presetId: str(m.parameterSetId, 'parameter_set_id', 64),
      blockId: uint(m.blockId, 'block_id'),
      columns: [],
      slot: uint(m.slot, 'slot', { max: MAX_SLOT }),
      enrollment: bytes(m.enrollment, 'enrollment', { max: 2 * MAX_CONTAINER }),
      deletion: bytes(m.deletion, 'deletion', { max: SLACK }),
    };
  }
  const columns = list(m.columns, 'columns', { min: 1, max: MAX_DIM }).map((c, j) => {
    const seen = new Set<number>();
    const set = list(c.set, `columns[${j}].set`, { min: 1, max: 64 }).map((s, i) => {
      const slot = uint(s.slot, `columns[${j}].set[${i}].slot`, { max: MAX_SLOT });
      if (seen.has(slot)) throw malformed(`columns[${j}].set: slot ${slot} repeated`);
      seen.add(slot);
      return { slot, value: uint(s.value, `columns[${j}].set[${i}].value`) };
    });
    return { ciphertext: bytes(c.ciphertext, `columns[${j}].ciphertext`, { max: MAX_CONTAINER }), set };
  });
  return { presetId: str(m.parameterSetId, 'parameter_set_id', 64), blockId: uint(m.blockId, 'block_id'), columns };
}

function registrationToPb(r: SlotRegistration): sealmatch.v1.ISlotRegistration {
  return { parameterSetId: r.presetId, subjectRef: r.subjectRef, blockId: r.blockId, slot: r.slot, requestHash: r.requestHash, issuedAtMs: r.issuedAtMs, custodianKeyId: r.custodianKeyId, signature: r.signature };
}

function registrationFromPb(m: sealmatch.v1.ISlotRegistration, field: string): SlotRegistration {
  return {
    presetId: str(m.parameterSetId, `${field}.parameter_set_id`, 64),
    subjectRef: checkGallerySubjectRef(m.subjectRef, `${field}.subject_ref`),
    blockId: uint(m.blockId, `${field}.block_id`),
    slot: uint(m.slot, `${field}.slot`, { max: MAX_SLOT }),
    requestHash: bytes(m.requestHash, `${field}.request_hash`, HASH),
    issuedAtMs: time(m.issuedAtMs as number, `${field}.issued_at_ms`),
    custodianKeyId: bytes(m.custodianKeyId, `${field}.custodian_key_id`, HASH),
    signature: bytes(m.signature, `${field}.signature`, SIG),
  };
}

/** A SlotRegistration on its own (inside a Receipt's custodian_registration). */
export function encodeSlotRegistration(r: SlotRegistration): Uint8Array {
  return pb.SlotRegistration.encode(registrationToPb(r)).finish();
}

export function decodeSlotRegistration(b: Uint8Array): SlotRegistration {
  return registrationFromPb(decodeLimited(pb.SlotRegistration, b, 'SlotRegistration', SLACK), 'registration');
}

export function encodeRefreshResponse(r: RefreshResponse): Uint8Array {
  return pb.RefreshResponse.encode({ blockId: r.blockId, columns: [...r.columns], ...(r.registrations ? { registrations: r.registrations.map(registrationToPb) } : {}) }).finish();
}

export function decodeRefreshResponse(b: Uint8Array, limits?: Pick<IdentifyWireLimits, 'refreshResponse'>): RefreshResponse {
  const m = decodeLimited(pb.RefreshResponse, b, 'RefreshResponse', limits?.refreshResponse ?? MAX_DIM * MAX_CONTAINER);
  const columns = list(m.columns, 'columns', { min: 1, max: MAX_DIM }).map((c, j) => bytes(c, `columns[${j}]`, { max: MAX_CONTAINER }));
  const registrations = list(m.registrations, 'registrations', { max: DEFAULT_MAX_REFRESH_ENTRIES * 4 }).map((r, i) => registrationFromPb(r, `registrations[${i}]`));
  return { blockId: uint(m.blockId, 'block_id'), columns, ...(registrations.length ? { registrations } : {}) };
}

// ------------------------------------------------------------------ matcher -> desk

export function encodeIdentifyResponse(r: IdentifyResponse): Uint8Array {
  return pb.IdentifyResponse.encode({
    decision: decisionToPb(r.decision),
    matches: r.matches.map((m) => ({ blockId: m.blockId, slot: m.slot, subjectRef: m.subjectRef, proof: [...m.proof] })),
    slotsPerBlock: r.slotsPerBlock,
  }).finish();
}

export function decodeIdentifyResponse(b: Uint8Array, maxBytes = MAX_IDENTIFY_RESPONSE_BYTES): IdentifyResponse {
  const m = decodeLimited(pb.IdentifyResponse, b, 'IdentifyResponse', maxBytes);
  if (!m.decision) throw malformed('missing field decision');
  const decision = decisionFromPb(m.decision, 1 << 20);
  const matches: IdentifyMatch[] = list(m.matches, 'matches', { max: 1 << 20 }).map((x, i) => ({
    blockId: uint(x.blockId, `matches[${i}].block_id`),
    slot: uint(x.slot, `matches[${i}].slot`, { max: MAX_SLOT }),
    subjectRef: str(x.subjectRef, `matches[${i}].subject_ref`),
    proof: list(x.proof, `matches[${i}].proof`, { max: 32 }).map((h, k) => bytes(h, `matches[${i}].proof[${k}]`, HASH)),
  }));
  return { decision, matches, slotsPerBlock: uint(m.slotsPerBlock, 'slots_per_block', { min: 1, max: MAX_SLOT + 1 }) };
}

// ------------------------------------------------------------------ gallery enrollment / deletion

export function encodeGalleryEnrollRequest(r: GalleryEnrollRequest): Uint8Array {
  return pb.GalleryEnrollRequest.encode({
    parameterSetId: r.presetId,
    subjectRef: r.subjectRef,
    dim: r.dim,
    template: r.template,
    caseId: r.caseId,
    nonce: r.nonce,
    timestampMs: r.timestampMs,
    ...(r.macEnvelope ? { macEnvelope: r.macEnvelope } : {}),
    ...(r.heKeyId ? { heKeyId: r.heKeyId } : {}),
  }).finish();
}

export function decodeGalleryEnrollRequest(b: Uint8Array, maxBytes = MAX_CONTAINER + SLACK): GalleryEnrollRequest {
  const m = decodeLimited(pb.GalleryEnrollRequest, b, 'GalleryEnrollRequest', maxBytes);
  return {
    presetId: str(m.parameterSetId, 'parameter_set_id', 64),
    subjectRef: checkGallerySubjectRef(m.subjectRef),
    dim: uint(m.dim, 'dim', { min: 1, max: MAX_DIM }),
    template: bytes(m.template, 'template', { max: MAX_CONTAINER }),
    caseId: str(m.caseId, 'case_id', 128),
    nonce: bytes(m.nonce, 'nonce', { min: 16, max: 64 }),
    timestampMs: time(m.timestampMs as number, 'timestamp_ms'),
    ...(m.macEnvelope?.length ? { macEnvelope: bytes(m.macEnvelope, 'mac_envelope', { max: 256 }) } : {}),
    ...(m.heKeyId?.length ? { heKeyId: bytes(m.heKeyId, 'he_key_id', HASH) } : {}),
  };
}

export function encodeGalleryEnrollSubmission(r: GalleryEnrollSubmission): Uint8Array {
  return pb.GalleryEnrollSubmission.encode({ signedRequest: r.signedRequest, maskSeed: r.maskSeed }).finish();
}

export function decodeGalleryEnrollSubmission(b: Uint8Array, maxBytes = MAX_CONTAINER + SLACK): GalleryEnrollSubmission {
  const m = decodeLimited(pb.GalleryEnrollSubmission, b, 'GalleryEnrollSubmission', maxBytes + 64);
  return { signedRequest: bytes(m.signedRequest, 'signed_request', { max: maxBytes }), maskSeed: bytes(m.maskSeed, 'mask_seed', HASH) };
}

export function encodeGalleryDeleteRequest(r: GalleryDeleteRequest): Uint8Array {
  return pb.GalleryDeleteRequest.encode({ subjectRef: r.subjectRef, caseId: r.caseId, nonce: r.nonce, timestampMs: r.timestampMs }).finish();
}

export function decodeGalleryDeleteRequest(b: Uint8Array): GalleryDeleteRequest {
  const m = decodeLimited(pb.GalleryDeleteRequest, b, 'GalleryDeleteRequest', SLACK);
  return {
    subjectRef: checkGallerySubjectRef(m.subjectRef),
    caseId: str(m.caseId, 'case_id', 128),
    nonce: bytes(m.nonce, 'nonce', { min: 16, max: 64 }),
    timestampMs: time(m.timestampMs as number, 'timestamp_ms'),
  };
}
