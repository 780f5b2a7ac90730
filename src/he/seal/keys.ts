/**
 * Key generation (custodian only) and key loading. The secret key never leaves the custodian;
 * the public key goes to terminals (to encrypt) and to the matcher (nothing else: 1:1 needs no
 * evaluation keys).
 */
import type { PublicKey, SecretKey } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import type { HeContext } from './context.js';
import { decodeKey, encodeKey } from '../codec/key-codec.js';

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

/** Loads a public key container into SEAL. Caller owns (and deletes) the result. */
export function loadPublicKey(he: HeContext, bytes: Uint8Array): PublicKey {
  const inner = decodeKey('public', he.preset.id, bytes);
  const pk = new he.seal.PublicKey();
  try {
    pk.loadFromArray(he.context, inner);
  } catch (e) {
    pk.delete();
    throw new SealmatchError('E_MALFORMED_KEY', 'public key rejected by SEAL', undefined, { cause: e });
  }
  return pk;
}

/** Loads a secret key container into SEAL. Caller owns (and deletes) the result. */
export function loadSecretKey(he: HeContext, bytes: Uint8Array): SecretKey {
  const inner = decodeKey('secret', he.preset.id, bytes);
  const sk = new he.seal.SecretKey();
  try {
    sk.loadFromArray(he.context, inner);
  } catch (e) {
    sk.delete();
    throw new SealmatchError('E_MALFORMED_KEY', 'secret key rejected by SEAL', undefined, { cause: e });
  }
  return sk;
}
