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

/** True iff the decision carries `custodianPublicKey`'s key id and a valid signature by it. */
export function verifyDecisionSignature(decision: SignedDecision, custodianPublicKey: Uint8Array): boolean {
  if (!equalBytes(decision.custodianKeyId, keyId(custodianPublicKey))) return false;
  try {
    return ed25519.verify(decision.signature, decisionSigningBytes(decision), custodianPublicKey);
  } catch {
    return false;
  }
}

/**
 * True iff `decision` is signed by `custodianPublicKey` AND answers exactly `request`.
 * A decision for any other request (other nonce, amount, probe, subject) fails.
 */
export function verifyDecision(decision: SignedDecision, request: VerifyRequest, custodianPublicKey: Uint8Array): boolean {
  if (!equalBytes(decision.requestHash, verifyRequestHash(request))) return false;
  if (!equalBytes(decision.custodianKeyId, keyId(custodianPublicKey))) return false;
  if (decision.presetId !== request.presetId) return false;
  try {
    return ed25519.verify(decision.signature, decisionSigningBytes(decision), custodianPublicKey);
  } catch {
    return false;
  }
}

export { equalBytes };
