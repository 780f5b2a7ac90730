import fc from 'fast-check';
import { errorCode } from './helpers.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packResidues, packedByteLength, unpackResidues } from '../src/he/codec/bitpack.js';
import { decodeCiphertext, encodeCiphertext, readCiphertextHeader } from '../src/he/codec/ciphertext-codec.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { generateKeyPair, loadPublicKey, loadSecretKey } from '../src/he/seal/keys.js';
import { DEFAULT_FACE_PRESET_ID, getPreset } from '../src/params/presets.js';
import { loadCiphertext, saveCiphertext } from '../src/he/seal/ciphertext.js';
import { SMCT_OFFSET } from '../src/he/codec/seal-format.js';

describe('bit packing', () => {
  it('round-trips any residues at any width 1..31', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.array(fc.nat(), { minLength: 1, maxLength: 300 }), (bits, raw) => {
        const values = Uint32Array.from(raw, (v) => v % 2 ** bits);
        const buf = new Uint8Array(packedByteLength(values.length, bits));
        expect(packResidues(values, bits, buf, 0)).toBe(buf.length);
        const back = new Uint32Array(values.length);
        expect(unpackResidues(buf, 0, bits, back)).toBe(buf.length);
        expect(back).toEqual(values);
      }),
    );
  });
});

describe('ciphertext container', () => {
  let he: HeContext;
  let enc: CoefficientEncryptor;
  let ct: Uint8Array;
  beforeAll(async () => {
    he = await HeContext.create(DEFAULT_FACE_PRESET_ID);
    const keys = generateKeyPair(he);
    enc = new CoefficientEncryptor(he, keys.publicKey);
    ct = enc.encrypt([1, 2, 3, Number(he.t) - 1]);
  });
  afterAll(() => {
    enc.delete();
    he.delete();
  });

  it('preset confirmed at 128-bit security by SEAL and inside the HE standard bound', () => {
    const p = getPreset(DEFAULT_FACE_PRESET_ID);
    expect(p.coeffModulusBits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(109);
    expect(he.context.parametersSet()).toBe(true);
    expect(he.levels[he.firstLevel]!.primes.every((q) => q < 2 ** 31)).toBe(true);
  });

  it('fresh probe is <= 96 KB and round-trips byte-exact through SEAL', () => {
    expect(ct.length).toBeLessThanOrEqual(96_000);
    const sealCt = loadCiphertext(he, ct, { sizes: [2] });
    try {
      expect(saveCiphertext(he, sealCt)).toEqual(ct);
    } finally {
      sealCt.delete();
    }
    const { raw, correctionFactor } = decodeCiphertext(he, ct, { sizes: [2] });
    expect(encodeCiphertext(he, raw, correctionFactor)).toEqual(ct);
  });

  it('rejects truncated, extended and garbage bytes with E_MALFORMED_CIPHERTEXT', () => {
    for (const bad of [ct.subarray(0, ct.length - 1), ct.subarray(0, 10), new Uint8Array(0), Uint8Array.from([...ct, 0]), new Uint8Array(ct.length).fill(0xab)]) {
      expect(errorCode(() => decodeCiphertext(he, bad, { sizes: [2] }))).toBe('E_MALFORMED_CIPHERTEXT');
    }
  });

  it('rejects residues >= q before SEAL parses anything', () => {
    const h = readCiphertextHeader(ct, he.preset.id);
    const bad = ct.slice();
    // First residue of poly 0, prime 0: all ones (2^30 - 1 >= q_0).
    bad[h.bodyOffset] = 0xff;
    bad[h.bodyOffset + 1] = 0xff;
    bad[h.bodyOffset + 2] = 0xff;
    bad[h.bodyOffset + 3] |= 0x3f;
    expect(errorCode(() => decodeCiphertext(he, bad, { sizes: [2] }))).toBe('E_MALFORMED_CIPHERTEXT');
  });

  it('rejects a ciphertext of another parameter set with E_PARAMS_MISMATCH before SEAL', () => {
    const id = new TextEncoder().encode(he.preset.id);
    const other = ct.slice();
    other[SMCT_OFFSET.presetId + id.length - 1] ^= 1; // same length, different id
    expect(errorCode(() => decodeCiphertext(he, other, { sizes: [2] }))).toBe('E_PARAMS_MISMATCH');
  });

  it('rejects wrong polynomial counts and levels', () => {
    expect(errorCode(() => decodeCiphertext(he, ct, { sizes: [3] }))).toBe('E_MALFORMED_CIPHERTEXT');
    expect(errorCode(() => decodeCiphertext(he, ct, { sizes: [2], chainIndex: 0 }))).toBe('E_MALFORMED_CIPHERTEXT');
  });

  it('rejects malformed keys with typed errors', () => {
    const keys = generateKeyPair(he);
    expect(errorCode(() => loadPublicKey(he, keys.publicKey.subarray(0, 100)))).toBe('E_MALFORMED_KEY');
    expect(errorCode(() => loadPublicKey(he, keys.secretKey))).toBe('E_MALFORMED_KEY');
    const pk = loadPublicKey(he, keys.publicKey);
    pk.delete();
    const sk = loadSecretKey(he, keys.secretKey);
    sk.delete();
  });
});
