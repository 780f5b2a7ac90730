/**
 * @module wire/hpke
 *
 * HPKE (RFC 9180) base mode, single shot, for one fixed suite:
 * DHKEM(X25519, HKDF-SHA256) (kem_id 0x0020), HKDF-SHA256 (kdf_id 0x0001),
 * ChaCha20Poly1305 (aead_id 0x0003). Terminals and desks seal 32-byte secrets to the custodian's
 * X25519 public key; the matcher relays the envelope `enc || ciphertext` and can neither read nor
 * alter it (any change to enc, ciphertext, info or aad makes `hpkeOpen` fail with `E_ENVELOPE`).
 * Only sequence number 0 is ever used, so the AEAD nonce is `base_nonce` itself (RFC 9180 §5.2).
 * Pure JS (noble), no `node:crypto`: runs in browsers.
 *
 * Security note: NOT validated here:
 * - who sealed: base mode does not authenticate the sender; anyone holding the recipient public
 *   key can produce a valid envelope. Sender authenticity must come from a signature over the
 *   envelope or from what `info` / `aad` bind to.
 * - that `recipientPublicKey` is the custodian's: the caller pins it. Only X25519 low-order
 *   points are rejected (all-zero shared secret, RFC 9180 §7.1.4, RFC 7748 §6.1).
 * - freshness: the same envelope opens any number of times; replay protection is the caller's.
 * - plaintext length is not hidden (ciphertext = plaintext length + 16).
 * - secrets are wiped best-effort only (JS gives no guarantee); a caller-supplied
 *   `ephemeralSecretKey` (test vectors only) that is reused breaks confidentiality.
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { expand, extract } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { SealmatchError } from '../errors.js';

const KEM_ID = 0x0020;
const KDF_ID = 0x0001;
const AEAD_ID = 0x0003;
const MODE_BASE = 0x00;

/** Sizes from RFC 9180 §7.1 (Nsecret, Nenc, Npk, Nsk), §7.2 (Nh), §7.3 (Nk, Nn, Nt). */
const N_SECRET = 32;
const N_ENC = 32;
const N_PK = 32;
const N_SK = 32;
const N_H = 32;
const N_K = 32;
const N_N = 12;
const N_T = 16;

/** I2OSP(n, 2): big-endian two bytes (every length/id used here is < 2^16). */
function i2osp2(n: number): Uint8Array {
  return new Uint8Array([(n >>> 8) & 0xff, n & 0xff]);
}

const HPKE_V1 = utf8ToBytes('HPKE-v1');
/** RFC 9180 §4.1: suite_id = "KEM" || I2OSP(kem_id, 2). */
const SUITE_ID_KEM = concatBytes(utf8ToBytes('KEM'), i2osp2(KEM_ID));
/** RFC 9180 §5.1: suite_id = "HPKE" || I2OSP(kem_id, 2) || I2OSP(kdf_id, 2) || I2OSP(aead_id, 2). */
const SUITE_ID_HPKE = concatBytes(utf8ToBytes('HPKE'), i2osp2(KEM_ID), i2osp2(KDF_ID), i2osp2(AEAD_ID));
const EMPTY = new Uint8Array(0);

/** RFC 9180 §4: LabeledExtract(salt, label, ikm) = Extract(salt, "HPKE-v1" || suite_id || label || ikm). */
function labeledExtract(suiteId: Uint8Array, salt: Uint8Array, label: string, ikm: Uint8Array): Uint8Array {
  return extract(sha256, concatBytes(HPKE_V1, suiteId, utf8ToBytes(label), ikm), salt);
}

/** RFC 9180 §4: LabeledExpand(prk, label, info, L), labeled_info = I2OSP(L, 2) || "HPKE-v1" || suite_id || label || info. */
function labeledExpand(suiteId: Uint8Array, prk: Uint8Array, label: string, info: Uint8Array, length: number): Uint8Array {
  return expand(sha256, prk, concatBytes(i2osp2(length), HPKE_V1, suiteId, utf8ToBytes(label), info), length);
}

/** RFC 9180 §4.1 ExtractAndExpand(dh, kem_context) -> shared_secret (Nsecret bytes). */
function extractAndExpand(dh: Uint8Array, kemContext: Uint8Array): Uint8Array {
  const eaePrk = labeledExtract(SUITE_ID_KEM, EMPTY, 'eae_prk', dh);
  const sharedSecret = labeledExpand(SUITE_ID_KEM, eaePrk, 'shared_secret', kemContext, N_SECRET);
  eaePrk.fill(0);
  return sharedSecret;
}

/**
 * X25519 DH that refuses low-order points: the all-zero output check of RFC 9180 §7.1.4 /
 * RFC 7748 §6.1. noble already throws on its low-order blocklist; the explicit check keeps the
 * invariant here whatever the library version does.
 */
function dh(secretKey: Uint8Array, publicKey: Uint8Array, onFail: () => SealmatchError): Uint8Array {
  let out: Uint8Array;
  try {
    out = x25519.getSharedSecret(secretKey, publicKey);
  } catch {
    throw onFail();
  }
  let acc = 0;
  for (const b of out) acc |= b;
  if (acc === 0) throw onFail();
  return out;
}

interface KeySchedule {
  keyScheduleContext: Uint8Array;
  secret: Uint8Array;
  key: Uint8Array;
  baseNonce: Uint8Array;
  exporterSecret: Uint8Array;
}

/** RFC 9180 §5.1 KeySchedule for mode_base: psk = psk_id = "" (so VerifyPSKInputs holds trivially). */
function keySchedule(sharedSecret: Uint8Array, info: Uint8Array): KeySchedule {
  const pskIdHash = labeledExtract(SUITE_ID_HPKE, EMPTY, 'psk_id_hash', EMPTY);
  const infoHash = labeledExtract(SUITE_ID_HPKE, EMPTY, 'info_hash', info);
  const keyScheduleContext = concatBytes(new Uint8Array([MODE_BASE]), pskIdHash, infoHash);
  const secret = labeledExtract(SUITE_ID_HPKE, sharedSecret, 'secret', EMPTY);
  return {
    keyScheduleContext,
    secret,
    key: labeledExpand(SUITE_ID_HPKE, secret, 'key', keyScheduleContext, N_K),
    baseNonce: labeledExpand(SUITE_ID_HPKE, secret, 'base_nonce', keyScheduleContext, N_N),
    exporterSecret: labeledExpand(SUITE_ID_HPKE, secret, 'exp', keyScheduleContext, N_H),
  };
}

function wipe(ks: KeySchedule, sharedSecret: Uint8Array): void {
  ks.secret.fill(0);
  ks.key.fill(0);
  ks.exporterSecret.fill(0);
  sharedSecret.fill(0);
}

function bytesArg(v: unknown, name: string): Uint8Array {
  if (!(v instanceof Uint8Array)) throw new SealmatchError('E_INVALID_ARGUMENT', `${name} must be a Uint8Array`);
  return v;
}

function keyArg(v: unknown, name: string, length: number): Uint8Array {
  const k = bytesArg(v, name);
  if (k.length !== length) {
    throw new SealmatchError('E_MALFORMED_KEY', `${name} must be ${length} bytes`, { length: k.length });
  }
  return k;
}

/** Sender half of SetupBaseS (RFC 9180 §4.1 Encap + §5.1.1) with the ephemeral key given. */
function setupBaseSender(pkR: Uint8Array, info: Uint8Array, skE: Uint8Array): { enc: Uint8Array; sharedSecret: Uint8Array } & KeySchedule {
  const enc = x25519.getPublicKey(skE);
  const dhOut = dh(skE, pkR, () => new SealmatchError('E_MALFORMED_KEY', 'recipient public key is a low-order X25519 point'));
  const sharedSecret = extractAndExpand(dhOut, concatBytes(enc, pkR));
  dhOut.fill(0);
  return { enc, sharedSecret, ...keySchedule(sharedSecret, info) };
}

/**
 * Fresh X25519 key pair for a recipient (RFC 9180 §7.1 GenerateKeyPair), from the platform CSPRNG.
 * @example const { secretKey, publicKey } = hpkeGenerateKeyPair(); // 32 B each
 */
export function hpkeGenerateKeyPair(): { secretKey: Uint8Array; publicKey: Uint8Array } {
  const { secretKey, publicKey } = x25519.keygen();
  return { secretKey, publicKey };
}

/**
 * Single-shot SealBase (RFC 9180 §6.1): returns `enc || ct`, exactly 32 + plaintext.length + 16
 * bytes. `info` and `aad` are bound: `hpkeOpen` needs the same bytes. `ephemeralSecretKey` exists
 * for test vectors only; omit it and a fresh one is drawn (reuse breaks confidentiality).
 * @example const sealed = hpkeSeal(custodianPk, info, aad, secret32);
 */
export function hpkeSeal(
  recipientPublicKey: Uint8Array,
  info: Uint8Array,
  aad: Uint8Array,
  plaintext: Uint8Array,
  ephemeralSecretKey?: Uint8Array,
): Uint8Array {
  const pkR = keyArg(recipientPublicKey, 'recipientPublicKey', N_PK);
  bytesArg(info, 'info');
  bytesArg(aad, 'aad');
  bytesArg(plaintext, 'plaintext');
  const skE =
    ephemeralSecretKey === undefined ? x25519.utils.randomSecretKey() : keyArg(ephemeralSecretKey, 'ephemeralSecretKey', N_SK);
  const s = setupBaseSender(pkR, info, skE);
  try {
    // Sequence number 0: nonce = base_nonce XOR I2OSP(0, Nn) = base_nonce.
    const ct = chacha20poly1305(s.key, s.baseNonce, aad).encrypt(plaintext);
    return concatBytes(s.enc, ct);
  } finally {
    wipe(s, s.sharedSecret);
    if (ephemeralSecretKey === undefined) skE.fill(0);
  }
}

/**
 * Single-shot OpenBase (RFC 9180 §6.1) of `enc || ct`. Throws `E_MALFORMED_MESSAGE` when
 * `sealed` is shorter than 32 + 16 bytes, `E_ENVELOPE` for a wrong key, any altered byte, or
 * different `info` / `aad` (one code for all: the reason is not revealed).
 * @example const secret32 = hpkeOpen(custodianSk, info, aad, sealed);
 */
/**
 * pk(skR), derived once per secret-key object: the custodian opens every envelope with the same
 * key, and the derivation is a full X25519 scalar multiplication (~half of an open).
 */
const publicKeys = new WeakMap<Uint8Array, Uint8Array>();
function recipientPublicKey(skR: Uint8Array): Uint8Array {
  let pk = publicKeys.get(skR);
  if (!pk) {
    pk = x25519.getPublicKey(skR);
    publicKeys.set(skR, pk);
  }
  return pk;
}

export function hpkeOpen(recipientSecretKey: Uint8Array, info: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
  const skR = keyArg(recipientSecretKey, 'recipientSecretKey', N_SK);
  bytesArg(info, 'info');
  bytesArg(aad, 'aad');
  bytesArg(sealed, 'sealed');
  if (sealed.length < N_ENC + N_T) {
    throw new SealmatchError('E_MALFORMED_MESSAGE', `sealed envelope must be at least ${N_ENC + N_T} bytes`, {
      length: sealed.length,
    });
  }
  const enc = sealed.subarray(0, N_ENC);
  const ct = sealed.subarray(N_ENC);
  // Decap (RFC 9180 §4.1): kem_context = enc || SerializePublicKey(pk(skR)).
  const dhOut = dh(skR, enc, () => new SealmatchError('E_ENVELOPE', 'enc is a low-order X25519 point'));
  const sharedSecret = extractAndExpand(dhOut, concatBytes(enc, recipientPublicKey(recipientSecretKey)));
  dhOut.fill(0);
  const ks = keySchedule(sharedSecret, info);
  try {
    return chacha20poly1305(ks.key, ks.baseNonce, aad).decrypt(ct);
  } catch {
    throw new SealmatchError('E_ENVELOPE');
  } finally {
    wipe(ks, sharedSecret);
  }
}

/**
 * Test-vector hook, not for production: SetupBaseS with a fixed ephemeral secret key, exposing
 * every intermediate value RFC 9180 Appendix A prints.
 */
export function hpkeSetupBaseSenderForTest(
  recipientPublicKey: Uint8Array,
  info: Uint8Array,
  ephemeralSecretKey: Uint8Array,
): { enc: Uint8Array; sharedSecret: Uint8Array } & KeySchedule {
  return setupBaseSender(
    keyArg(recipientPublicKey, 'recipientPublicKey', N_PK),
    bytesArg(info, 'info'),
    keyArg(ephemeralSecretKey, 'ephemeralSecretKey', N_SK),
  );
}
