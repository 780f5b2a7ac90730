/**
 * Key generation (custodian only) and key loading. The secret key never leaves the custodian;
 * the public key goes to terminals (to encrypt) and to the matcher (nothing else: 1:1 needs no
 * evaluation keys).
 */
import type { GaloisKeys, PublicKey, SecretKey } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import type { HeContext } from './context.js';
import { decodeKey, encodeKey, type KeyKind } from '../codec/key-codec.js';

export interface KeyPairBytes {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

/** Generates a fresh BGV key pair for `he`'s preset, as containers. */
export function generateKeyPair(he: HeContext): KeyPairBytes {
  const { seal } = he;
  const kg = new seal.KeyGenerator(he.context);
  const pk = kg.createPublicKey();
  const sk = kg.secretKey();
  try {
    const zstd = seal.ComprModeType.zstd;
    return {
      publicKey: encodeKey('public', he.preset.id, Uint8Array.from(pk.saveToArray(zstd) as Uint8Array)),
      secretKey: encodeKey('secret', he.preset.id, Uint8Array.from(sk.saveToArray(zstd) as Uint8Array)),
    };
  } finally {
    pk.delete();
    sk.delete();
    kg.delete();
  }
}

/** How a refusal names each kind of key. */
const KEY_NAME: Record<KeyKind, string> = { public: 'public key', secret: 'secret key', galois: 'Galois keys' };

/**
 * Loads a key container of `kind` (kind and preset id checked first, key-codec.ts) into the SEAL
 * object `create` makes; SEAL's refusal deletes it and is E_MALFORMED_KEY. Caller owns (and
 * deletes) the result.
 */
export function loadKey<K extends PublicKey | SecretKey | GaloisKeys>(he: HeContext, kind: KeyKind, bytes: Uint8Array, create: () => K): K {
  const inner = decodeKey(kind, he.preset.id, bytes);
  const key = create();
  try {
    key.loadFromArray(he.context, inner);
  } catch (e) {
    key.delete();
    throw new SealmatchError('E_MALFORMED_KEY', `${KEY_NAME[kind]} rejected by SEAL`, undefined, { cause: e });
  }
  return key;
}

/** Loads a public key container into SEAL. Caller owns (and deletes) the result. */
export function loadPublicKey(he: HeContext, bytes: Uint8Array): PublicKey {
  return loadKey(he, 'public', bytes, () => new he.seal.PublicKey());
}

/** Loads a secret key container into SEAL. Caller owns (and deletes) the result. */
export function loadSecretKey(he: HeContext, bytes: Uint8Array): SecretKey {
  return loadKey(he, 'secret', bytes, () => new he.seal.SecretKey());
}
