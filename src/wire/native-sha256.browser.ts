/**
 * @module wire/native-sha256 (browser)
 * No native synchronous SHA-256 in browsers (crypto.subtle.digest is asynchronous): digest.ts then
 * uses @noble/hashes, the same function (test/wire-digest.test.ts).
 */
export const nativeSha256: ((data: Uint8Array) => Uint8Array) | undefined = undefined;
