import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { isSealmatchError, type ErrorCode } from '../src/errors.js';
import { httpStatus } from '../src/server/status.js';
import { hpkeGenerateKeyPair, hpkeOpen, hpkeSeal, hpkeSetupBaseSenderForTest } from '../src/wire/hpke.js';

/**
 * RFC 9180 Appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305, base mode
 * (mode 0, kem_id 32, kdf_id 1, aead_id 3), first encryption (sequence number 0). Copied from the
 * CFRG draft source (github.com/cfrg/draft-irtf-cfrg-hpke, draft-irtf-cfrg-hpke.md, section
 * "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305"), the text published as the RFC.
 * skEm is printed unclamped; X25519 clamps it (RFC 7748 §5), cf. RFC erratum 7121.
 */
const A21 = {
  info: '4f6465206f6e2061204772656369616e2055726e',
  skEm: 'f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600',
  pkEm: '1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a',
  skRm: '8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb',
  pkRm: '4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a',
  enc: '1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a',
  shared_secret: '0bbe78490412b4bbea4812666f7916932b828bba79942424abb65244930d69a7',
  key_schedule_context:
    '00431df6cd95e11ff49d7013563baf7f11588c75a6611ee2a4404a49306ae4cfc5b69c5718a60cc5876c358d3f7fc31ddb598503f67be58ea1e798c0bb19eb9796',
  secret: '5b9cd775e64b437a2335cf499361b2e0d5e444d5cb41a8a53336d8fe402282c6',
  key: 'ad2744de8e17f4ebba575b3f5f5a8fa1f69c2a07f6e7500bc60ca6e3e3ec1c91',
  base_nonce: '5c4d98150661b848853b547f',
  exporter_secret: 'a3b010d4994890e2c6968a36f64470d3c824c8f5029942feb11e7a74b2921922',
  // Encryption, sequence number 0 (nonce = base_nonce).
  pt: '4265617574792069732074727574682c20747275746820626561757479',
  aad: '436f756e742d30',
  ct: '1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28',
};
const h = hexToBytes;

function expectCode(f: () => unknown, code: ErrorCode): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(isSealmatchError(thrown, code), `expected ${code}, got ${String(thrown)}`).toBe(true);
}

function flip(b: Uint8Array, i: number): Uint8Array {
  const c = b.slice();
  c[i]! ^= 0x01;
  return c;
}

describe('HPKE RFC 9180 A.2.1 (X25519, HKDF-SHA256, ChaCha20Poly1305, base)', () => {
  it('derives enc, shared_secret, key schedule values exactly', () => {
    const s = hpkeSetupBaseSenderForTest(h(A21.pkRm), h(A21.info), h(A21.skEm));
    expect(bytesToHex(s.enc)).toBe(A21.enc);
    expect(bytesToHex(s.enc)).toBe(A21.pkEm);
    expect(bytesToHex(s.sharedSecret)).toBe(A21.shared_secret);
    expect(bytesToHex(s.keyScheduleContext)).toBe(A21.key_schedule_context);
    expect(bytesToHex(s.secret)).toBe(A21.secret);
    expect(bytesToHex(s.key)).toBe(A21.key);
    expect(bytesToHex(s.baseNonce)).toBe(A21.base_nonce);
    expect(bytesToHex(s.exporterSecret)).toBe(A21.exporter_secret);
  });

  it('seals sequence 0 to enc || ct exactly, and the recipient opens it', () => {
    const sealed = hpkeSeal(h(A21.pkRm), h(A21.info), h(A21.aad), h(A21.pt), h(A21.skEm));
    expect(bytesToHex(sealed)).toBe(A21.enc + A21.ct);
    expect(bytesToHex(hpkeOpen(h(A21.skRm), h(A21.info), h(A21.aad), h(A21.enc + A21.ct)))).toBe(A21.pt);
  });
});

describe('hpkeSeal / hpkeOpen', () => {
  const info = new TextEncoder().encode('sealmatch/v1/test-envelope');
  const aad = new TextEncoder().encode('txn-0001');
  const secret = new Uint8Array(32).map((_, i) => i * 7 + 1);

  it('round-trips a 32-byte secret; envelope is 32 + 32 + 16 bytes; fresh enc each time', () => {
    const r = hpkeGenerateKeyPair();
    expect(r.secretKey.length).toBe(32);
    expect(r.publicKey.length).toBe(32);
    const a = hpkeSeal(r.publicKey, info, aad, secret);
    const b = hpkeSeal(r.publicKey, info, aad, secret);
    expect(a.length).toBe(32 + 32 + 16);
    expect(bytesToHex(a.subarray(0, 32))).not.toBe(bytesToHex(b.subarray(0, 32)));
    expect(hpkeOpen(r.secretKey, info, aad, a)).toEqual(secret);
    expect(hpkeOpen(r.secretKey, info, aad, b)).toEqual(secret);
  });

  it('wrong key, flipped byte in enc or ciphertext, wrong aad or info -> E_ENVELOPE (HTTP 400)', () => {
    const r = hpkeGenerateKeyPair();
    const other = hpkeGenerateKeyPair();
    const sealed = hpkeSeal(r.publicKey, info, aad, secret);
    expectCode(() => hpkeOpen(other.secretKey, info, aad, sealed), 'E_ENVELOPE');
    for (const i of [0, 17, 31, 32, 50, 63, 64, sealed.length - 1]) {
      expectCode(() => hpkeOpen(r.secretKey, info, aad, flip(sealed, i)), 'E_ENVELOPE');
    }
    expectCode(() => hpkeOpen(r.secretKey, info, flip(aad, 0), sealed), 'E_ENVELOPE');
    expectCode(() => hpkeOpen(r.secretKey, info, new Uint8Array(0), sealed), 'E_ENVELOPE');
    expectCode(() => hpkeOpen(r.secretKey, flip(info, 3), aad, sealed), 'E_ENVELOPE');
    expect(httpStatus('E_ENVELOPE')).toBe(400);
  });

  it('truncated or extended envelopes fail: too short -> E_MALFORMED_MESSAGE, else E_ENVELOPE', () => {
    const r = hpkeGenerateKeyPair();
    const sealed = hpkeSeal(r.publicKey, info, aad, secret);
    for (const n of [0, 1, 31, 32, 47]) {
      expectCode(() => hpkeOpen(r.secretKey, info, aad, sealed.subarray(0, n)), 'E_MALFORMED_MESSAGE');
    }
    for (const n of [48, 64, sealed.length - 1]) {
      expectCode(() => hpkeOpen(r.secretKey, info, aad, sealed.subarray(0, n)), 'E_ENVELOPE');
    }
    const longer = new Uint8Array(sealed.length + 1);
    longer.set(sealed);
    expectCode(() => hpkeOpen(r.secretKey, info, aad, longer), 'E_ENVELOPE');
  });

  it('rejects low-order X25519 points (all-zero shared secret, RFC 9180 §7.1.4)', () => {
    const r = hpkeGenerateKeyPair();
    const zeroPoint = new Uint8Array(32);
    const onePoint = new Uint8Array(32);
    onePoint[0] = 1;
    for (const p of [zeroPoint, onePoint]) {
      expectCode(() => hpkeSeal(p, info, aad, secret), 'E_MALFORMED_KEY');
      const forged = new Uint8Array(32 + 48);
      forged.set(p);
      expectCode(() => hpkeOpen(r.secretKey, info, aad, forged), 'E_ENVELOPE');
    }
  });

  it('wrong key lengths -> E_MALFORMED_KEY; non-bytes -> E_INVALID_ARGUMENT', () => {
    const r = hpkeGenerateKeyPair();
    expectCode(() => hpkeSeal(r.publicKey.subarray(0, 31), info, aad, secret), 'E_MALFORMED_KEY');
    expectCode(() => hpkeSeal(r.publicKey, info, aad, secret, new Uint8Array(33)), 'E_MALFORMED_KEY');
    expectCode(() => hpkeOpen(new Uint8Array(31), info, aad, new Uint8Array(80)), 'E_MALFORMED_KEY');
    expectCode(() => hpkeSeal(r.publicKey, 'info' as unknown as Uint8Array, aad, secret), 'E_INVALID_ARGUMENT');
  });

  it('property: any plaintext / info / aad round-trips byte-exact', () => {
    const r = hpkeGenerateKeyPair();
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 256 }),
        fc.uint8Array({ maxLength: 64 }),
        fc.uint8Array({ maxLength: 64 }),
        (pt, inf, ad) => {
          const sealed = hpkeSeal(r.publicKey, inf, ad, pt);
          expect(sealed.length).toBe(32 + pt.length + 16);
          expect(bytesToHex(hpkeOpen(r.secretKey, inf, ad, sealed))).toBe(bytesToHex(pt));
        },
      ),
      { numRuns: 200 },
    );
  });
});
