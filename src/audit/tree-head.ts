/**
 * Signed tree heads (STH, after RFC 6962 section 3.5): the log operator's Ed25519 signature over
 * (tree size, root hash, timestamp, log id). An auditor holding an STH can demand inclusion and
 * consistency proofs against it; two STHs of one log that fail a consistency proof are evidence
 * of a forked or rewritten log.
 *
 * Signed bytes, version 1 (integers big-endian):
 *
 *   sth_v1 := "sealmatch/v1/sth" 0x00 treeSize timestamp rootHash logId
 *   treeSize  := uint64            < 2^53
 *   timestamp := uint64            milliseconds since the Unix epoch, < 2^53
 *   rootHash  := 32 bytes          RFC 6962 MTH
 *   logId     := uint16 length || UTF-8, LOG_ID_PATTERN
 *
 * The NUL-terminated ASCII prefix separates this domain from every other message sealmatch signs
 * with Ed25519 (no prefix is a prefix of another). Verification uses strict RFC 8032 decoding
 * (`zip215: false`) so a signature has one accepted encoding.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';
import { checkHash, checkSize, HASH_SIZE } from '../merkle/merkle.js';

/** Domain-separation prefix of the signed bytes (followed by one 0x00 byte). */
export const STH_DOMAIN = 'sealmatch/v1/sth';
/** Log name chosen by the operator, e.g. `bank-a/prod`: 1-128 chars, no whitespace. */
export const LOG_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,127}$/;
/** Ed25519 public key, secret key (seed) and signature sizes in bytes. */
export const ED25519_PUBLIC_KEY_SIZE = 32;
export const ED25519_SECRET_KEY_SIZE = 32;
export const ED25519_SIGNATURE_SIZE = 64;

/** What the log commits to at one moment. */
export interface TreeHead {
  /** Number of entries the head covers (entries 0 .. treeSize - 1). */
  readonly treeSize: number;
  /** 32-byte MTH of the first `treeSize` entries. */
  readonly rootHash: Uint8Array;
  /** Milliseconds since the Unix epoch when the head was signed. */
  readonly timestamp: number;
  /** The log's name (LOG_ID_PATTERN), e.g. 'bank-a/matcher': a head of one log never verifies as another's. */
  readonly logId: string;
}

/** A tree head with the log key's Ed25519 signature over {@link encodeTreeHead}. */
export interface SignedTreeHead extends TreeHead {
  /** Ed25519 signature (64 bytes) of the log key over {@link encodeTreeHead}. */
  readonly signature: Uint8Array;
}

/** JSON form of a {@link SignedTreeHead}: bytes as lowercase hex. */
export interface SignedTreeHeadJson {
  /** Number of entries the head covers. */
  readonly treeSize: number;
  /** MTH of those entries, hex, 64 digits. */
  readonly rootHash: string;
  /** Unix milliseconds when the head was signed. */
  readonly timestamp: number;
  /** The log's name (LOG_ID_PATTERN). */
  readonly logId: string;
  /** Ed25519 signature, hex, 128 digits. */
  readonly signature: string;
}

function checkHead(head: TreeHead): void {
  checkSize(head.treeSize, 'treeSize');
  checkSize(head.timestamp, 'timestamp');
  checkHash(head.rootHash, 'rootHash');
  if (typeof head.logId !== 'string' || !LOG_ID_PATTERN.test(head.logId)) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `logId must match ${LOG_ID_PATTERN}`);
  }
}

/** The exact bytes an STH signature covers (see the file comment). Validates; E_INVALID_ARGUMENT. */
export function encodeTreeHead(head: TreeHead): Uint8Array {
  checkHead(head);
  const domain = new TextEncoder().encode(STH_DOMAIN);
  const logId = new TextEncoder().encode(head.logId);
  const out = new Uint8Array(domain.length + 1 + 8 + 8 + HASH_SIZE + 2 + logId.length);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(domain, at);
  at += domain.length;
  out[at++] = 0;
  view.setBigUint64(at, BigInt(head.treeSize));
  at += 8;
  view.setBigUint64(at, BigInt(head.timestamp));
  at += 8;
  out.set(head.rootHash, at);
  at += HASH_SIZE;
  view.setUint16(at, logId.length);
  at += 2;
  out.set(logId, at);
  return out;
}

/**
 * Signs `head` with the log's Ed25519 secret key (32-byte seed).
 * Example: `signTreeHead({ treeSize, rootHash, timestamp: Date.now(), logId: 'bank-a' }, sk)`.
 */
export function signTreeHead(head: TreeHead, secretKey: Uint8Array): SignedTreeHead {
  if (!(secretKey instanceof Uint8Array) || secretKey.length !== ED25519_SECRET_KEY_SIZE) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `signing key must be a ${ED25519_SECRET_KEY_SIZE}-byte Ed25519 secret key`);
  }
  const msg = encodeTreeHead(head);
  return {
    treeSize: head.treeSize,
    rootHash: head.rootHash.slice(),
    timestamp: head.timestamp,
    logId: head.logId,
    signature: ed25519.sign(msg, secretKey),
  };
}

/**
 * Checks the STH signature under `publicKey`. Returns nothing; throws `SealmatchError('E_AUDIT')`
 * when the signature does not verify (or the head is malformed), E_INVALID_ARGUMENT when the key
 * is not 32 bytes.
 */
export function verifyTreeHead(sth: SignedTreeHead, publicKey: Uint8Array): void {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== ED25519_PUBLIC_KEY_SIZE) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `public key must be ${ED25519_PUBLIC_KEY_SIZE} bytes`);
  }
  let msg: Uint8Array;
  try {
    msg = encodeTreeHead(sth);
  } catch (e) {
    throw new SealmatchError('E_AUDIT', 'tree head is malformed', { reason: 'malformed tree head' }, { cause: e });
  }
  const sig = sth.signature;
  let ok = false;
  if (sig instanceof Uint8Array && sig.length === ED25519_SIGNATURE_SIZE) {
    try {
      ok = ed25519.verify(sig, msg, publicKey, { zip215: false });
    } catch {
      ok = false; // malformed point or scalar: not a valid signature
    }
  }
  if (!ok) throw new SealmatchError('E_AUDIT', 'tree head signature does not verify', { reason: 'bad signature', treeSize: sth.treeSize });
}

/** JSON form of an STH (hex bytes). */
export function treeHeadToJson(sth: SignedTreeHead): SignedTreeHeadJson {
  return {
    treeSize: sth.treeSize,
    rootHash: bytesToHex(sth.rootHash),
    timestamp: sth.timestamp,
    logId: sth.logId,
    signature: bytesToHex(sth.signature),
  };
}

/**
 * Parses the JSON form (e.g. from `JSON.parse` of an STH file). Checks shape only, not the
 * signature; throws `SealmatchError('E_MALFORMED_MESSAGE')` naming the bad field.
 */
export function treeHeadFromJson(x: unknown): SignedTreeHead {
  const bad = (field: string): never => {
    throw new SealmatchError('E_MALFORMED_MESSAGE', `signed tree head field ${field} is missing or malformed`, { field });
  };
  if (typeof x !== 'object' || x === null) return bad('(root)');
  const o = x as Record<string, unknown>;
  const int = (k: string): number => {
    const v = o[k];
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : bad(k);
  };
  const hex = (k: string, bytes: number): Uint8Array => {
    const v = o[k];
    if (typeof v !== 'string' || v.length !== 2 * bytes || !/^[0-9a-f]*$/.test(v)) return bad(k);
    return hexToBytes(v);
  };
  const logId = o['logId'];
  if (typeof logId !== 'string' || !LOG_ID_PATTERN.test(logId)) bad('logId');
  return {
    treeSize: int('treeSize'),
    rootHash: hex('rootHash', HASH_SIZE),
    timestamp: int('timestamp'),
    logId: logId as string,
    signature: hex('signature', ED25519_SIGNATURE_SIZE),
  };
}
