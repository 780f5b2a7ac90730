/**
 * The 1:1 protocol's messages as typed objects (the in-process API). The protobuf wire forms in
 * proto/sealmatch/v1/ carry exactly these fields. What each party sees: docs/PROTOCOL.md.
 */

import type { SubjectRef } from '../subjects/subject-reference.js';

/** Hex of HMAC-SHA256(bank key, IIN): the only subject identifier the matcher ever sees (branded). */
export type { SubjectRef };

/** Biometric modality of a template or probe. */
export type Modality = 'face' | 'finger';

/** A reference template encrypted at enrollment (terminal -> matcher). */
export interface EncryptedTemplate {
  readonly presetId: string;
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
}

/** The transaction a verification is bound to. */
export interface Transaction {
  /** Amount in minor units (tiyn for KZT). */
  readonly amountMinor: bigint;
  /** ISO 4217 alphabetic code. */
  readonly currency: string;
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
  readonly presetId: string;
  readonly subjectRef: SubjectRef;
  readonly dim: number;
  /** "SMCT" container, coefficient-encoded in order (probe form). */
  readonly probe: Uint8Array;
  readonly transaction: Transaction;
  /** Modality of `probe`; defaults to 'face'. */
  readonly modality?: Modality;
  /** Score-level fusion: a probe of a second modality, matched against that modality's reference. */
  readonly fused?: { readonly modality: Modality; readonly dim: number; readonly probe: Uint8Array };
  /** SHA-256 of the HE public key (SMK container) the probe was made under. */
  readonly heKeyId?: Uint8Array;
  /** Authenticated presets: HPKE envelope of the request MAC seed, sealed to the custodian. */
  readonly macEnvelope?: Uint8Array;
}

/** Blinded result (matcher -> custodian): reveals only the sign of score - threshold. */
export interface BlindedResult {
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
  readonly presetId: string;
  readonly requestHash: Uint8Array;
  readonly match: boolean;
  readonly issuedAtMs: number;
  /** SHA-256 of the custodian's Ed25519 decision public key. */
  readonly custodianKeyId: Uint8Array;
  readonly signature: Uint8Array;
}
