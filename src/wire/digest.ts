/**
 * SHA-256 for request hashes. Uses the platform's native implementation when the runtime has
 * one (node:crypto: ~10x faster on the 90 KB probes, native-sha256.ts), @noble/hashes otherwise
 * (browsers: the bundle swaps in native-sha256.browser.ts). Both compute the same function;
 * test/wire-digest.test.ts checks they agree.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { nativeSha256 } from './native-sha256.js';

type Hasher = (data: Uint8Array) => Uint8Array;

/** SHA-256 of `data` (32 bytes). */
export function sha256(data: Uint8Array): Uint8Array {
  return nativeSha256 ? nativeSha256(data) : nobleSha256(data);
}

/** The portable implementation, exposed for the agreement test. */
export const portableSha256: Hasher = nobleSha256;
