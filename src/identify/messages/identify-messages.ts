/**
 * 1:N duplicate search (identify) messages, their canonical signing bytes, and the checks a
 * receiver runs. Protocol and leakage: docs/IDENTIFY.md. In-process objects; their protobuf forms
 * are in proto/sealmatch/v1/identify.proto with the same fields (codecs: identify-codec.ts).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { hashLeaf } from '../../merkle/merkle.js';
import { verifyInclusionProof } from '../../merkle/merkle-verify.js';
import { canonicalBytes } from '../../wire/canonical.js';
import { sha256 } from '../../wire/digest.js';
import { equalBytes, keyId, signedByKey } from '../../wire/signing.js';

/** The only purpose a 1:N search may serve (docs/IDENTIFY.md: enrollment de-duplication only). */
export const IDENTIFY_PURPOSE = 'enrollment-dedup';
/** The closed set of 1:N purposes (proto enum IdentifyPurpose on the wire; signed as this string). */
export type IdentifyPurpose = typeof IDENTIFY_PURPOSE;

/** An enrollment officer's signed permission for ONE search with ONE probe. */
export interface IdentifyAuthorization {
  /** 1:N parameter set the search runs under; part of the signed bytes. */
  readonly presetId: string;
  /** SHA-256 of the probe container bytes: the authorization is good for this probe only. */
  readonly probeHash: Uint8Array;
  /** Why the search is run; only 'enrollment-dedup' exists and it is signed. */
  readonly purpose: IdentifyPurpose;
  /** Enrollment case / application number at the branch (identifier, no personal data). */
  readonly caseId: string;
  /** When the officer signed, Unix milliseconds; refused once older than the receiver's maximum age (default 10 minutes at the matcher and the custodian). */
  readonly issuedAtMs: number;
  /** keyId of the officer's Ed25519 key (SHA-256 of the public key). */
  readonly officerKeyId: Uint8Array;
  /**
   * Authenticated sets: the search MAC seed (alpha), HPKE-sealed by the desk to the custodian
   * (`sealSearchSeed`), and the id (SHA-256) of the HE public key the probe is encrypted under.
   * Both are signed when present; the sm1 sets carry neither (their signing bytes are unchanged).
   */
  readonly macEnvelope?: Uint8Array;
  /** Authenticated sets: SHA-256 of the custodian HE public key the probe is encrypted under (signed). */
  readonly heKeyId?: Uint8Array;
  /** The officer's Ed25519 signature (64 bytes) over the canonical bytes of the fields above. */
  readonly signature: Uint8Array;
}

/** Enrollment desk -> matcher. */
export interface IdentifyRequest {
  /** 1:N parameter set the probe was made under; the matcher refuses any but its own (E_PARAMS_MISMATCH). */
  readonly presetId: string;
  /** Template dimension of the probe (128 or 512: the preset's `maxDim`; authenticated sets expand more constants than that). */
  readonly dim: number;
  /** Coefficient-encoded Enc(2^-l sum_j p_j X^j) under the custodian's key ("SMCT", size 2). */
  readonly probe: Uint8Array;
  /** The officer's authorization for this very probe (its hash is signed). */
  readonly authorization: IdentifyAuthorization;
}

/** One gallery block of a blinded identify result (matcher -> custodian). */
export interface BlindedBlock {
  /** Gallery block number (0-based) this blinded block scores. */
  readonly blockId: number;
  /** Merkle root (RFC 6962) over the block's N slot leaves (slot, subject reference or empty). */
  readonly tableRoot: Uint8Array;
  /** Bitmap (N bits, LSB first) of occupied slots: the custodian decides only these. */
  readonly occupied: Uint8Array;
  /**
   * Size-3 container. sm1 sets: slot s holds r_s (score_s - T) + r'_s, empty slots uniform mod t.
   * Authenticated sets: y^00 = r_s (rho (score_s - T) + rho'), unblinded by the matcher.
   */
  readonly ciphertext: Uint8Array;
  /** Authenticated sets: the k tag results y^11 .. y^kk (size-3 containers), in instance order. */
  readonly tags?: readonly Uint8Array[];
}

/** A 1:N search result (matcher -> custodian): one blinded block of slot scores per gallery block. */
export interface BlindedIdentifyResult {
  /** Parameter set of the matcher that computed the result. */
  readonly presetId: string;
  /** `identifyRequestHash` of the request searched: binds preset, dimension, probe and authorization. */
  readonly requestHash: Uint8Array;
  /** One blinded block per gallery block, in block order. */
  readonly blocks: readonly BlindedBlock[];
  /**
   * The officer's authorization of this search and the request's dimension: the custodian checks
   * the signature against its own registry, the request hash, the age and single use itself.
   */
  readonly authorization?: IdentifyAuthorization;
  /** The request's template dimension, for the custodian's check against its preset. */
  readonly dim?: number;
}

/** The custodian's decision for one gallery block: which slots matched. */
export interface BlockDecision {
  /** Gallery block number (0-based) decided. */
  readonly blockId: number;
  /** The block's slot-table Merkle root the matcher committed to (32 bytes); matches are proven against it. */
  readonly tableRoot: Uint8Array;
  /** Occupied slots whose blinded value is >= 0 (score >= T), ascending. */
  readonly matchingSlots: readonly number[];
  /**
   * Authenticated sets: the subject the custodian itself registered in each matching slot (from
   * the desk-signed enrollment it refreshed), same order. Signed; the desk checks the matcher's
   * proofs name the same subjects.
   */
  readonly matchingSubjects?: readonly string[];
}

/** The custodian's signed answer: which slots of which committed tables matched. */
export interface SignedIdentifyDecision {
  /** Parameter set of the custodian that decided. */
  readonly presetId: string;
  /** `identifyRequestHash` of the request answered (32 bytes). */
  readonly requestHash: Uint8Array;
  /** Per gallery block, the committed table root and the slots that matched. */
  readonly blocks: readonly BlockDecision[];
  /** When the custodian decided, Unix milliseconds (custodian clock). */
  readonly issuedAtMs: number;
  /** SHA-256 of the custodian's Ed25519 decision public key. */
  readonly custodianKeyId: Uint8Array;
  /** The custodian's Ed25519 signature (64 bytes) over the decision's canonical bytes. */
  readonly signature: Uint8Array;
}

/** A matching slot resolved by the matcher to its subject reference, with the Merkle proof. */
export interface IdentifyMatch {
  /** Gallery block number (0-based) of the matching slot. */
  readonly blockId: number;
  /** Slot index within the block (0 .. slotsPerBlock - 1). */
  readonly slot: number;
  /** Subject reference (64 hex digits) enrolled in that slot. */
  readonly subjectRef: string;
  /** RFC 6962 inclusion proof (sibling hashes, 32 bytes each) of the slot's leaf under the decision's table root. */
  readonly proof: readonly Uint8Array[];
}

/** Matcher -> enrollment desk. */
export interface IdentifyResponse {
  /** The custodian's signed decision, relayed unchanged by the matcher. */
  readonly decision: SignedIdentifyDecision;
  /** The decision's matching slots resolved to subject references, each with its proof. */
  readonly matches: readonly IdentifyMatch[];
  /** Slots per block (Merkle tree size). */
  readonly slotsPerBlock: number;
}

/** Enrollment refresh request: masked coefficient-encoded templates for slots of one block. */
export interface EnrollmentRefreshRequest {
  /** 1:N parameter set of the gallery. */
  readonly presetId: string;
  /** Gallery block the new templates go into. */
  readonly blockId: number;
  /** One masked template per slot being filled. */
  readonly entries: readonly {
    /** Slot index within the block (0 .. N - 1) the template fills. */
    readonly slot: number;
    /**
     * sm1 sets: r_s * Enc(template) + uniform mask + flooding, "SMCT" container
     * (he/seal/enrollment-refresh.ts). Authenticated sets: the desk's own ciphertext, byte for
     * byte the `template` of the signed enrollment below (the custodian checks the hash).
     */
    readonly ciphertext: Uint8Array;
    /**
     * Authenticated sets: the desk's SignedRequest (GalleryEnrollRequest, officer key) exactly as
     * the desk sent it: the custodian verifies it against its own registry before decrypting.
     */
    readonly enrollment?: Uint8Array;
  }[];
}

/**
 * Deletion refresh request. sm1 sets: per column, the masked column and the values slot(s) must
 * take. Authenticated sets: no columns; the slot, the desk-signed enrollment that filled it and
 * the officer-signed deletion: the custodian returns fresh encryptions of -h at the slot.
 */
export interface DeletionRefreshRequest {
  /** 1:N parameter set of the gallery. */
  readonly presetId: string;
  /** Gallery block a subject is deleted from. */
  readonly blockId: number;
  /** Authenticated sets: the slot the subject is deleted from. */
  readonly slot?: number;
  /** Authenticated sets: the desk's SignedRequest (GalleryEnrollRequest) that filled the slot, as the matcher kept it. */
  readonly enrollment?: Uint8Array;
  /** Authenticated sets: the officer's SignedRequest (GalleryDeleteRequest) for this deletion. */
  readonly deletion?: Uint8Array;
  /** One entry per feature column of the block (d of them), in feature order. */
  readonly columns: readonly {
    /** The column plus a uniform batched mask M_j, "SMCT" container: decrypts to uniform values only. */
    readonly ciphertext: Uint8Array;
    /** Slots the fresh encryption must set, and to what (the mask's value there, so the slot ends at 0). */
    readonly set: readonly {
      /** Slot index within the block (0 .. N - 1). */
      slot: number;
      /** Value in [0, t) the slot takes in the fresh encryption. */
      value: number;
    }[];
  }[];
}

/** d fresh column ciphertexts (containers), in feature order. */
export interface RefreshResponse {
  /** The block of the request answered. */
  readonly blockId: number;
  /** Fresh encryptions, one "SMCT" container per column, in feature order. */
  readonly columns: readonly Uint8Array[];
  /** Authenticated sets: the custodian's signed registration of each enrollment entry, in entry order. */
  readonly registrations?: readonly SlotRegistration[];
}

/**
 * Authenticated sets: the custodian's signed statement that it registered the desk enrollment
 * with body hash `requestHash` in this slot. The matcher relays it to the desk in the Receipt, so
 * the desk knows its enrollment reached the custodian's registry (a dropped enrollment shows).
 */
export interface SlotRegistration {
  /** Parameter set of the gallery. */
  readonly presetId: string;
  /** Subject reference the custodian registered in the slot. */
  readonly subjectRef: string;
  /** Gallery block of the slot. */
  readonly blockId: number;
  /** Slot index within the block. */
  readonly slot: number;
  /** SHA-256 of the desk's GalleryEnrollRequest body (`requestHashOf` of its SignedRequest). */
  readonly requestHash: Uint8Array;
  /** When the custodian registered it, Unix milliseconds (custodian clock). */
  readonly issuedAtMs: number;
  /** SHA-256 of the custodian's Ed25519 decision public key. */
  readonly custodianKeyId: Uint8Array;
  /** Ed25519 signature (64 bytes) over `registrationSigningBytes`. */
  readonly signature: Uint8Array;
}

export function registrationSigningBytes(r: Omit<SlotRegistration, 'signature'>): Uint8Array {
  return canonicalBytes('sealmatch/v1/identify-registration', [r.presetId, r.subjectRef, r.blockId, r.slot, r.requestHash, r.issuedAtMs, r.custodianKeyId]);
}

/** Desk: true iff `r` is the custodian's registration of exactly this enrollment (subject and body hash). */
export function verifySlotRegistration(r: SlotRegistration, expected: { presetId: string; subjectRef: string; requestHash: Uint8Array }, custodianPublicKey: Uint8Array): boolean {
  return r.presetId === expected.presetId && r.subjectRef === expected.subjectRef && equalBytes(r.requestHash, expected.requestHash)
    && signedByKey(custodianPublicKey, r.custodianKeyId, r.signature, () => registrationSigningBytes(r));
}

/**
 * Enrollment desk -> matcher: one template for the 1:N gallery (POST /v1/identify/enroll). Sent as
 * the body of a SignedRequest signed by a registered key of role 'officer' (signed-request.ts).
 */
export interface GalleryEnrollRequest {
  readonly presetId: string;
  readonly subjectRef: string;
  readonly dim: number;
  /** Coefficient-encoded Enc(sum_j g_j X^j) under the custodian's key ("SMCT", size 2), in order. */
  readonly template: Uint8Array;
  readonly caseId: string;
  /** >= 16 random bytes, single use per officer key. */
  readonly nonce: Uint8Array;
  readonly timestampMs: number;
  /**
   * Authenticated sets: the slot MAC seed (beta) HPKE-sealed to the custodian (`sealSlotSeed`),
   * and the id of the HE public key `template` is encrypted under. `template` is then
   * Enc(h), h = x + m: the slot's C values masked with the mask seed only the matcher receives.
   */
  readonly macEnvelope?: Uint8Array;
  readonly heKeyId?: Uint8Array;
}

/**
 * Enrollment desk -> matcher, authenticated sets (POST /v1/identify/enroll): the officer-signed
 * enrollment (SignedRequest bytes, forwarded unchanged to the custodian) and the 32-byte mask
 * seed, which is NOT signed and never leaves the matcher.
 */
export interface GalleryEnrollSubmission {
  readonly signedRequest: Uint8Array;
  readonly maskSeed: Uint8Array;
}

/** Enrollment desk -> matcher: removal from the 1:N gallery (POST /v1/identify/delete), signed as above. */
export interface GalleryDeleteRequest {
  readonly subjectRef: string;
  readonly caseId: string;
  readonly nonce: Uint8Array;
  readonly timestampMs: number;
}

export function authorizationSigningBytes(a: Omit<IdentifyAuthorization, 'signature'>): Uint8Array {
  const auth = a.macEnvelope || a.heKeyId ? ['authenticated', a.macEnvelope ?? new Uint8Array(0), a.heKeyId ?? new Uint8Array(0)] : [];
  return canonicalBytes('sealmatch/v1/identify-authorization', [a.presetId, a.probeHash, a.purpose, a.caseId, a.issuedAtMs, a.officerKeyId, ...auth]);
}

/** Officer side: signs an authorization for exactly this probe. */
export function signIdentifyAuthorization(
  fields: { presetId: string; probe: Uint8Array; caseId: string; issuedAtMs?: number; purpose?: IdentifyPurpose; macEnvelope?: Uint8Array; heKeyId?: Uint8Array },
  officerSecretKey: Uint8Array,
): IdentifyAuthorization {
  const unsigned = {
    presetId: fields.presetId,
    probeHash: sha256(fields.probe),
    purpose: fields.purpose ?? IDENTIFY_PURPOSE,
    caseId: fields.caseId,
    issuedAtMs: fields.issuedAtMs ?? Date.now(),
    officerKeyId: keyId(ed25519.getPublicKey(officerSecretKey)),
    ...(fields.macEnvelope ? { macEnvelope: fields.macEnvelope } : {}),
    ...(fields.heKeyId ? { heKeyId: fields.heKeyId } : {}),
  };
  return { ...unsigned, signature: ed25519.sign(authorizationSigningBytes(unsigned), officerSecretKey) };
}

export function verifyAuthorizationSignature(a: IdentifyAuthorization, publicKey: Uint8Array): boolean {
  return signedByKey(publicKey, a.officerKeyId, a.signature, () => authorizationSigningBytes(a));
}

/** requestHash of an identify request: binds preset, dimension, probe bytes and the authorization. */
export function identifyRequestHash(req: IdentifyRequest): Uint8Array {
  return identifyRequestHashOf(req.presetId, req.dim, sha256(req.probe), req.authorization);
}

/** identifyRequestHash from the probe's hash (what the custodian recomputes from a result). */
export function identifyRequestHashOf(presetId: string, dim: number, probeHash: Uint8Array, a: IdentifyAuthorization): Uint8Array {
  return sha256(canonicalBytes('sealmatch/v1/identify-request', [presetId, dim, probeHash, a.officerKeyId, a.signature]));
}

/** Leaf data of slot `slot` of block `blockId` (empty slots: subjectRef ""). */
export function slotLeafHash(blockId: number, slot: number, subjectRef: string): Uint8Array {
  return hashLeaf(canonicalBytes('sealmatch/v1/gallery-slot', [blockId, slot, subjectRef]));
}

export function identifyDecisionSigningBytes(d: Omit<SignedIdentifyDecision, 'signature'>): Uint8Array {
  const fields: (Uint8Array | string | number)[] = [d.presetId, d.requestHash, d.issuedAtMs, d.custodianKeyId, d.blocks.length];
  for (const b of d.blocks) {
    const slots = new Uint8Array(2 * b.matchingSlots.length);
    b.matchingSlots.forEach((s, i) => new DataView(slots.buffer).setUint16(2 * i, s, false));
    fields.push(b.blockId, b.tableRoot, slots);
    // Signed when non-empty (an empty list and no list are the same on the wire).
    if (b.matchingSubjects?.length) fields.push('subjects', b.matchingSubjects.length, ...b.matchingSubjects);
  }
  return canonicalBytes('sealmatch/v1/identify-decision', fields);
}

export function verifyIdentifyDecisionSignature(d: SignedIdentifyDecision, custodianPublicKey: Uint8Array): boolean {
  return signedByKey(custodianPublicKey, d.custodianKeyId, d.signature, () => identifyDecisionSigningBytes(d));
}

/**
 * Enrollment desk: true iff the decision is the custodian's, answers exactly `request`, and every
 * attached subject reference is proven (Merkle inclusion) to sit in a slot the custodian declared
 * matching, in the table the custodian signed — and every matching slot is accounted for.
 */
export function verifyIdentifyResponse(resp: IdentifyResponse, request: IdentifyRequest, custodianPublicKey: Uint8Array): boolean {
  const d = resp.decision;
  if (d.presetId !== request.presetId || !equalBytes(d.requestHash, identifyRequestHash(request))) return false;
  if (!verifyIdentifyDecisionSignature(d, custodianPublicKey)) return false;
  const declared = d.blocks.reduce((n, b) => n + b.matchingSlots.length, 0);
  if (resp.matches.length !== declared) return false;
  for (const m of resp.matches) {
    const block = d.blocks.find((b) => b.blockId === m.blockId);
    if (!block || !block.matchingSlots.includes(m.slot) || m.subjectRef === '') return false;
    // Authenticated sets: the custodian names the subject of each matching slot itself.
    if (block.matchingSubjects && block.matchingSubjects[block.matchingSlots.indexOf(m.slot)] !== m.subjectRef) return false;
    try {
      verifyInclusionProof(m.slot, resp.slotsPerBlock, slotLeafHash(m.blockId, m.slot, m.subjectRef), m.proof, block.tableRoot);
    } catch {
      return false;
    }
  }
  return true;
}
