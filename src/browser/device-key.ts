/**
 * @module browser/device-key
 * Device keys in a browser: WebCrypto Ed25519 where the browser has it (Chromium >= 137, Firefox
 * >= 129, Safari >= 17), generated non-extractable, so page script can ask it to sign but can
 * never read it; @noble/curves where it does not (the secret then lives in page memory). Both sign
 * plain RFC 8032 Ed25519, which the services verify with @noble/curves.
 *
 * Security note: a non-extractable key is bound to this browser profile, not to a person or a
 * device's hardware; a real deployment keeps device keys in the device's key store (web/teller/README.md).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import type { DeviceSigner } from '../wire/signed-request.js';

/** Where a device key lives. */
export type DeviceKeyStore = 'webcrypto' | 'noble';

/** A device key made by {@link generateBrowserDeviceKey}: how to sign with it, and where it lives. */
export interface BrowserDeviceKey {
  /** Signs requests; `signer.publicKey` (32 bytes) is what the bank registers for this device. */
  readonly signer: DeviceSigner;
  /** 'webcrypto': a non-extractable WebCrypto key; 'noble': the secret is in page memory (no WebCrypto Ed25519). */
  readonly store: DeviceKeyStore;
}

/** A signer over a 32-byte Ed25519 secret held in memory (@noble/curves). */
export function nobleDeviceSigner(secretKey: Uint8Array): DeviceSigner {
  const publicKey = ed25519.getPublicKey(secretKey);
  return { publicKey, sign: async (message) => ed25519.sign(message, secretKey) };
}

/**
 * A fresh device key: non-extractable WebCrypto Ed25519 when `subtle` supports it (its first
 * signature is checked against @noble/curves, so a browser's non-conforming implementation falls
 * back instead of producing requests the services refuse), else @noble/curves.
 */
export async function generateBrowserDeviceKey(subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Promise<BrowserDeviceKey> {
  if (subtle) {
    try {
      const pair = (await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
      const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
      const signer: DeviceSigner = { publicKey, sign: async (message) => new Uint8Array(await subtle.sign({ name: 'Ed25519' }, pair.privateKey, message as Uint8Array<ArrayBuffer>)) };
      const probe = new TextEncoder().encode('sealmatch/v1/device-key-check');
      if (publicKey.length === 32 && ed25519.verify(await signer.sign(probe), probe, publicKey)) return { signer, store: 'webcrypto' };
    } catch {
      // no Ed25519 in this browser's WebCrypto: fall through
    }
  }
  return { signer: nobleDeviceSigner(ed25519.utils.randomSecretKey()), store: 'noble' };
}
