/**
 * Request hashes and decision signatures. A decision signs the hash of the exact request it
 * answers (subject, probe bytes, transaction), so it verifies against that request and no other.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from './digest.js';
import { canonicalBytes } from './canonical.js';
import { encodeVerifyRequest } from './codec.js';
import type { SignedDecision, VerifyRequest } from './messages.js';

/**
 * SHA-256 of the request's protobuf bytes (sealmatch.v1.VerifyRequest), which are exactly the
 * bytes a terminal signs and sends: the server hashes the received body, in-process callers
 * re-encode (protobufjs encodes deterministically: fields in number order, no maps).
 */
export function verifyRequestHash(req: VerifyRequest): Uint8Array {
  return sha256(encodeVerifyRequest(req));
}

/** The bytes a custodian signs for a decision. */
export function decisionSigningBytes(d: Omit<SignedDecision, 'signature'>): Uint8Array {
  return canonicalBytes('sealmatch/v1/decision', [d.presetId, d.requestHash, d.match, d.issuedAtMs, d.custodianKeyId]);
}

/** Key id of an Ed25519 public key: SHA-256 of its 32 bytes. */
export function keyId(publicKey: Uint8Array): Uint8Array {
  return sha256(publicKey);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!;
  return d === 0;
}

/**
 * True iff a signed record names `publicKey` (`signerKeyId` is its key id) and `signature` is that
 * key's Ed25519 signature over `signingBytes()`. A malformed signature, or signing bytes that cannot
 * be built, is false, never an exception.
 */
export function signedByKey(publicKey: Uint8Array, signerKeyId: Uint8Array, signature: Uint8Array, signingBytes: () => Uint8Array): boolean {
  if (!equalBytes(signerKeyId, keyId(publicKey))) return false;
  try {
    return ed25519.verify(signature, signingBytes(), publicKey);
  } catch {
    return false;
  }
}

/** True iff the decision carries `custodianPublicKey`'s key id and a valid signature by it. */
export function verifyDecisionSignature(decision: SignedDecision, custodianPublicKey: Uint8Array): boolean {
  return signedByKey(custodianPublicKey, decision.custodianKeyId, decision.signature, () => decisionSigningBytes(decision));
}

/**
 * True iff `decision` is signed by `custodianPublicKey` AND answers exactly `request`.
 * A decision for any other request (other nonce, amount, probe, subject) fails.
 */
export function verifyDecision(decision: SignedDecision, request: VerifyRequest, custodianPublicKey: Uint8Array): boolean {
  if (!equalBytes(decision.requestHash, verifyRequestHash(request))) return false;
  return verifyDecisionSignature(decision, custodianPublicKey) && decision.presetId === request.presetId;
}

export { equalBytes };
