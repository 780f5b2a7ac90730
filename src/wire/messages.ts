/**
 * The 1:1 protocol's messages as typed objects (the in-process API). The protobuf wire forms in
 * proto/sealmatch/v1/ carry exactly these fields. What each party sees: docs/PROTOCOL.md.
 */

import type { SubjectRef } from '../subjects/subject-reference.js';
import type { CompositeModality, PartModality } from '../templates/fusion.js';

/** Hex of HMAC-SHA256(bank key, IIN): the only subject identifier the matcher ever sees (branded). */
export type { SubjectRef };

/**
 * Biometric modality of a template or probe: a single one, or a composite one (a fused
 * reference of several parts, src/templates/fusion.ts; authenticated presets only).
 */
export type Modality = PartModality | CompositeModality;

/** A reference template encrypted at enrollment (terminal -> matcher). */
export interface EncryptedTemplate {
  /** Parameter set the ciphertext was made under, as received: a matcher refuses any id but its own (E_PARAMS_MISMATCH). */
  readonly presetId: string;
  /** Whose reference this is: HMAC-SHA256(bank key, IIN), 64 hex digits. */
  readonly subjectRef: SubjectRef;
  /** Template dimension (the probe must match it). */
  readonly dim: number;
  /** "SMCT" container, coefficient-encoded reversed (reference form). */
  readonly ciphertext: Uint8Array;
  /** Defaults to 'face'. */
  readonly modality?: Modality;
  /** SHA-256 of the HE public key (SMK container) the ciphertext was made under. */
  readonly heKeyId?: Uint8Array;
  /** Authenticated presets: HPKE envelope of the reference MAC seed, sealed to the custodian. */
  readonly macEnvelope?: Uint8Array;
  /** Composite modalities only: the dimension of each part, in the composition's order (they sum to `dim`). */
  readonly partDims?: readonly number[];
}

/** The transaction a verification is bound to. */
export interface Transaction {
  /** Amount in minor units (tiyn for KZT). */
  readonly amountMinor: bigint;
  /** ISO 4217 alphabetic code. */
  readonly currency: string;
  /** Terminal (ATM, desk) the transaction happens at; must be the owner id the signing device key was registered under. */
  readonly terminalId: string;
  /** 16+ random bytes, hex; never reused by a terminal. */
  readonly nonce: string;
  /** Milliseconds since the Unix epoch at the terminal. */
  readonly timestampMs: number;
  /** Card top-ups: subject reference of the sender (from the sender's verified IIN). */
  readonly senderRef?: SubjectRef;
  /** "withdrawal" (default), "top-up" or "enrollment" (proto enum TransactionKind on the wire). */
  readonly kind?: TransactionKind;
}

/** What a transaction is; absent means a withdrawal (matcher/policy.ts). */
export type TransactionKind = 'withdrawal' | 'top-up' | 'enrollment';

/** A verification request (terminal -> matcher). */
export interface VerifyRequest {
  /** Parameter set the probe was made under, as received: the matcher refuses any id but its own (E_PARAMS_MISMATCH). */
  readonly presetId: string;
  /** Whose enrolled reference to match against: HMAC-SHA256(bank key, IIN), 64 hex digits. */
  readonly subjectRef: SubjectRef;
  /** Template dimension of `probe` (e.g. 128 for dlib face embeddings); must equal the reference's. */
  readonly dim: number;
  /** "SMCT" container, coefficient-encoded in order (probe form). */
  readonly probe: Uint8Array;
  /** The transaction this verification authorizes; it is inside the signed and hashed bytes. */
  readonly transaction: Transaction;
  /** Modality of `probe`; defaults to 'face'. */
  readonly modality?: Modality;
  /** Score-level fusion: a probe of a second modality, matched against that modality's reference. */
  readonly fused?: {
    /** Modality of the second probe (the other one than `modality`). */
    readonly modality: PartModality;
    /** Template dimension of the second probe; must equal that modality's reference. */
    readonly dim: number;
    /** "SMCT" container of the second probe, coefficient-encoded in order (probe form). */
    readonly probe: Uint8Array;
  };
  /** SHA-256 of the HE public key (SMK container) the probe was made under. */
  readonly heKeyId?: Uint8Array;
  /** Authenticated presets: HPKE envelope of the request MAC seed, sealed to the custodian. */
  readonly macEnvelope?: Uint8Array;
  /** Composite modalities only: the dimension of each probe part, in the composition's order (they sum to `dim`). */
  readonly partDims?: readonly number[];
}

/** Blinded result (matcher -> custodian): reveals only the sign of score - threshold. */
export interface BlindedResult {
  /** Parameter set of the matcher that computed the result. */
  readonly presetId: string;
  /** SHA-256 of the canonical bytes of the request answered. */
  readonly requestHash: Uint8Array;
  /** Size-3 "SMCT" container: r*(score - T) + r' at the score coefficient, uniform elsewhere. */
  readonly ciphertext: Uint8Array;
  /** Evaluation mode only: score (unblinded) at the score coefficient, uniform elsewhere. */
  readonly evaluation?: Uint8Array;
  /** Sum of fusion weights (1 without fusion): the custodian's honest-range check scales with it. */
  readonly scoreScale?: number;
  /**
   * Authenticated presets: the terminal's SignedRequest (encoded, exact bytes) this result answers.
   * The custodian verifies it itself; `requestHash` must be SHA-256 of its body.
   */
  readonly signedRequest?: Uint8Array;
}

/** The custodian's decision, signed with Ed25519 over `decisionSigningBytes`. */
export interface SignedDecision {
  /** Parameter set of the custodian; checked against the request's by `verifyDecision`. */
  readonly presetId: string;
  /** SHA-256 of the VerifyRequest's protobuf bytes: binds the decision to that request only. */
  readonly requestHash: Uint8Array;
  /** MATCH (true) or NO MATCH (false): whether the score reached the threshold. */
  readonly match: boolean;
  /** When the custodian decided, Unix milliseconds (custodian clock). */
  readonly issuedAtMs: number;
  /** SHA-256 of the custodian's Ed25519 decision public key. */
  readonly custodianKeyId: Uint8Array;
  /** Ed25519 signature (64 bytes) of the custodian's decision key over `decisionSigningBytes`. */
  readonly signature: Uint8Array;
}
