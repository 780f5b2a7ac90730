/**
 * @module custodian/decision-key
 * The custodian's Ed25519 decision key: one key signs its 1:1 decisions (custodian.ts) and its 1:N
 * decisions (identify/custodian/custodian-identify.ts), and every decision names it by key id.
 *
 * Security note: holds the secret key as given (no copy, no wipe); checks nothing about what it signs.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { keyId } from '../wire/signing.js';

export class DecisionKey {
  readonly publicKey: Uint8Array;
  /** SHA-256 of `publicKey`: the `custodianKeyId` of every decision signed here. */
  readonly keyId: Uint8Array;
  private readonly secretKey: Uint8Array;

  /** `secretKey`: the 32-byte Ed25519 secret key (CustodianSecrets.decisionSecretKey). */
  constructor(secretKey: Uint8Array) {
    this.secretKey = secretKey;
    this.publicKey = ed25519.getPublicKey(secretKey);
    this.keyId = keyId(this.publicKey);
  }

  /** `unsigned` with its Ed25519 signature over `signingBytes(unsigned)` appended as `signature`. */
  sign<U extends { readonly custodianKeyId: Uint8Array }>(unsigned: U, signingBytes: (u: U) => Uint8Array): U & { readonly signature: Uint8Array } {
    return { ...unsigned, signature: ed25519.sign(signingBytes(unsigned), this.secretKey) };
  }
}
