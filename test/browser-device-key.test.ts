/**
 * Device keys of the browser terminal (src/browser/device-key.ts), run on Node's WebCrypto: a
 * non-extractable Ed25519 key when WebCrypto has one, @noble/curves otherwise; either way the
 * services' verifier (@noble/curves) accepts the signed requests and approvals, and a key store
 * signs exactly what a key held as bytes signs.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { asSubjectRef } from '../src/subjects/subject-reference.js';
import { describe, expect, it } from 'vitest';
import { generateBrowserDeviceKey, nobleDeviceSigner } from '../src/browser/device-key.js';
import { checkApproval, signApproval, signApprovalWith } from '../src/wire/approval.js';
import { decodeSignedRequest, signRequest, signRequestWith, verifyRequestSignature, type DeviceSigner } from '../src/wire/signed-request.js';
import { Custodian } from '../src/custodian/custodian.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { TerminalClient } from '../src/verify/terminal/terminal-client.js';
import { errorCode } from './helpers.js';

const body = new TextEncoder().encode('a VerifyRequest body');

describe('browser device keys', () => {
  it('WebCrypto Ed25519 where available: non-extractable, its signatures verify as RFC 8032', async () => {
    const { signer, store } = await generateBrowserDeviceKey();
    expect(store).toBe('webcrypto'); // Node >= 22 has WebCrypto Ed25519, as Chromium >= 137 does
    const signed = await signRequestWith(body, 'sealmatch.v1.VerifyRequest', signer);
    expect(verifyRequestSignature(signed, signer.publicKey)).toBe(true);
    expect(verifyRequestSignature({ ...signed, body: new TextEncoder().encode('another body') }, signer.publicKey)).toBe(false);
    const subject = { operation: 'enroll', subjectRef: 'ab'.repeat(32), modality: 'face', ciphertext: body, deskTerminalId: 'desk-1', nonce: '00'.repeat(16) } as const;
    expect(() => checkApproval(subject, undefined, signer.publicKey)).toThrow();
    checkApproval(subject, await signApprovalWith(subject, signer), signer.publicKey);
  });

  it('@noble/curves where not (no Ed25519 in WebCrypto), signing exactly what the key as bytes signs', async () => {
    const noEd25519 = { generateKey: () => Promise.reject(new DOMException('Unrecognized name', 'NotSupportedError')) } as unknown as SubtleCrypto;
    const { signer, store } = await generateBrowserDeviceKey(noEd25519);
    expect(store).toBe('noble');
    expect(signer.publicKey.length).toBe(32);
    const secret = ed25519.utils.randomSecretKey();
    const viaSigner = await signRequestWith(body, 'sealmatch.v1.EnrollRequest', nobleDeviceSigner(secret));
    expect(viaSigner).toEqual(signRequest(body, 'sealmatch.v1.EnrollRequest', secret));
    const subject = { operation: 'delete', subjectRef: 'cd'.repeat(32), modality: '', deskTerminalId: 'desk-1', nonce: '11'.repeat(16) } as const;
    expect(await signApprovalWith(subject, nobleDeviceSigner(secret))).toEqual(signApproval(subject, secret));
  });

  it('TerminalClient over a key store: requests signed through it verify; the synchronous paths refuse with a typed error', async () => {
    const { bundle } = await Custodian.generateSecrets(DEFAULT_FACE_PRESET_ID);
    using terminal = await Terminal.create({ ...bundle, terminalId: 'teller-web-01' });
    const { signer } = await generateBrowserDeviceKey();
    const client = new TerminalClient<DeviceSigner>({ matcherUrl: 'http://127.0.0.1:9', terminal, deviceKey: signer });
    expect(client.devicePublicKey).toEqual(signer.publicKey);
    const prepared = await client.prepareVerifySigned(asSubjectRef('ab'.repeat(32)), Array.from({ length: 128 }, (_, i) => Math.sin(i + 1)), { amountMinor: 1n, currency: 'KZT' });
    expect(verifyRequestSignature(decodeSignedRequest(prepared.signed, 'sealmatch.v1.VerifyRequest'), signer.publicKey)).toBe(true);
    const untyped = client as unknown as TerminalClient;
    expect(errorCode(() => untyped.sign(body, 'sealmatch.v1.VerifyRequest'))).toBe('E_INVALID_ARGUMENT');
  });
});
