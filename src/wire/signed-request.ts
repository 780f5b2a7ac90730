/**
 * Terminal request signing. A terminal signs the exact protobuf body bytes it sends, through
 * their SHA-256 (the request hash itself, so the ~90 KB probe is hashed once, natively):
 *   signature = Ed25519(deviceKey, "sealmatch/v1/request" || bodyType || SHA-256(body))  (canonical.ts)
 * The matcher verifies the signature over the bytes it received (never over a re-encoding),
 * then decodes the body. requestHash = SHA-256(body) is what the custodian's decision signs.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { SealmatchError } from '../errors.js';
import { canonicalBytes } from './canonical.js';
import { decodeWith, pb } from './codec.js';
import { sha256 } from './digest.js';
import { BODY_TYPE } from './enums.js';

/** The messages a SignedRequest carries: full protobuf names, signed as strings (proto enum BodyType on the wire). */
export type BodyType = 'sealmatch.v1.VerifyRequest' | 'sealmatch.v1.EnrollRequest' | 'sealmatch.v1.DeleteRequest' | 'sealmatch.v1.AuthorizeRequest' | 'sealmatch.v1.IdentifyRequest' | 'sealmatch.v1.GalleryEnrollRequest' | 'sealmatch.v1.GalleryDeleteRequest';

/** A request body (exact protobuf bytes), its type, and the device's Ed25519 signature over both. */
export interface SignedRequest {
  /** The request message's exact protobuf bytes, as signed and sent; SHA-256 of them is the request hash. */
  readonly body: Uint8Array;
  /** Which message `body` is; signed with it, so a body cannot be replayed as another type. */
  readonly bodyType: BodyType;
  /** SHA-256 of the signer's Ed25519 public key. */
  readonly keyId: Uint8Array;
  /** Ed25519 signature (64 bytes) over `requestSigningBytes(bodyType, body)`. */
  readonly signature: Uint8Array;
}

/** The bytes a request signature covers: canonical("sealmatch/v1/request", bodyType, SHA-256(body)). */
export function requestSigningBytes(bodyType: BodyType, body: Uint8Array): Uint8Array {
  return canonicalBytes('sealmatch/v1/request', [bodyType, sha256(body)]);
}

/**
 * A device key held where it cannot be read, only asked to sign: a non-extractable WebCrypto key
 * (src/browser/device-key.ts), a smart card, an HSM. Its signatures are plain Ed25519 (RFC 8032),
 * so the services cannot tell it from a key held as bytes.
 */
export interface DeviceSigner {
  /** Ed25519 public key (32 bytes): what the bank registers. */
  readonly publicKey: Uint8Array;
  /** Ed25519 signature (64 bytes) over `message`. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** A device key as bytes (32-byte Ed25519 secret) or behind a signer. */
export type DeviceKey = Uint8Array | DeviceSigner;

/** True iff `key` is a signer (not a secret key's bytes). */
export function isDeviceSigner(key: DeviceKey): key is DeviceSigner {
  return !(key instanceof Uint8Array);
}

/** The Ed25519 public key of a device key. */
export function devicePublicKeyOf(key: DeviceKey): Uint8Array {
  return isDeviceSigner(key) ? key.publicKey : ed25519.getPublicKey(key);
}

/** Signs a body with a device key (32-byte Ed25519 secret). */
export function signRequest(body: Uint8Array, bodyType: BodyType, secretKey: Uint8Array): SignedRequest {
  const publicKey = ed25519.getPublicKey(secretKey);
  return { body, bodyType, keyId: sha256(publicKey), signature: ed25519.sign(requestSigningBytes(bodyType, body), secretKey) };
}

/** Signs a body with a device key, bytes or signer (the same signature as `signRequest`). */
export async function signRequestWith(body: Uint8Array, bodyType: BodyType, key: DeviceKey): Promise<SignedRequest> {
  if (!isDeviceSigner(key)) return signRequest(body, bodyType, key);
  return { body, bodyType, keyId: sha256(key.publicKey), signature: await key.sign(requestSigningBytes(bodyType, body)) };
}

/** True iff `req.signature` is `publicKey`'s signature over (bodyType, body). */
export function verifyRequestSignature(req: SignedRequest, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(req.signature, requestSigningBytes(req.bodyType, req.body), publicKey);
  } catch {
    return false;
  }
}

/** Encodes a SignedRequest as sealmatch.v1.SignedRequest bytes. */
export function encodeSignedRequest(r: SignedRequest): Uint8Array {
  return pb.SignedRequest.encode({ body: r.body, bodyType: BODY_TYPE.toPb(r.bodyType), keyId: r.keyId, signature: r.signature }).finish();
}

/** Decodes the envelope; E_MALFORMED_MESSAGE on bad protobuf, E_SIGNATURE when unsigned. */
export function decodeSignedRequest(bytes: Uint8Array, expected: BodyType): SignedRequest {
  const m = decodeWith(pb.SignedRequest, bytes, 'SignedRequest');
  if (!m.body || m.body.length === 0) throw new SealmatchError('E_MALFORMED_MESSAGE', 'SignedRequest has no body');
  const bodyType = BODY_TYPE.fromPb(m.bodyType, 'body_type');
  if (bodyType !== expected) throw new SealmatchError('E_MALFORMED_MESSAGE', `expected a ${expected}, got "${bodyType}"`);
  if (!m.signature || m.signature.length === 0 || !m.keyId || m.keyId.length === 0) {
    throw new SealmatchError('E_SIGNATURE', 'request is not signed');
  }
  const copy = (b: Uint8Array): Uint8Array => new Uint8Array(b);
  return { body: copy(m.body), bodyType: expected, keyId: copy(m.keyId), signature: copy(m.signature) };
}

/** requestHash of a signed request: SHA-256 of its body bytes. */
export function requestHashOf(req: SignedRequest): Uint8Array {
  return sha256(req.body);
}
