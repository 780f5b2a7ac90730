import { describe, expect, it } from 'vitest';
import { SealmatchError } from '../src/errors.js';
import { asSubjectRef, iinCheckDigit, isSubjectRef, subjectReference, validateIin, type SubjectRef } from '../src/subjects/subject-reference.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { Custodian } from '../src/custodian/custodian.js';
import { DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as SealmatchError).code;
  }
  return undefined;
};

describe('IIN and subject references', () => {
  it('accepts IINs with a correct check digit (both weight rounds) and rejects every single-digit change of it', () => {
    for (const iin of ['900101300027', '850615400125', '010203600133', '771231400014']) {
      expect(code(() => validateIin(iin))).toBeUndefined();
      for (let d = 0; d <= 9; d++) {
        if (String(d) === iin[11]) continue;
        expect(code(() => validateIin(iin.slice(0, 11) + d))).toBe('E_INVALID_ARGUMENT');
      }
    }
    // a prefix whose first weighted sum is 10 mod 11 uses the second weight set
    const second = [...Array(10_000).keys()].map((n) => `9001013${String(n).padStart(4, '0')}`).find((p) => {
      const d = [...p].map(Number);
      return d.reduce((s, x, i) => s + x * (i + 1), 0) % 11 === 10 && iinCheckDigit(p) >= 0;
    });
    expect(second).toBeDefined();
    expect(code(() => validateIin(second! + iinCheckDigit(second!)))).toBeUndefined();
  });

  it('rejects malformed IINs', () => {
    for (const bad of ['', '12345678901', '1234567890123', '90010130002a', '901301300027', '900132300027', '900101700027']) {
      expect(code(() => validateIin(bad))).toBe('E_INVALID_ARGUMENT');
    }
  });

  it('HMAC-SHA256 subject references: deterministic per bank key, different across banks, hex', () => {
    const k1 = new Uint8Array(32).fill(1);
    const k2 = new Uint8Array(32).fill(2);
    const a = subjectReference(k1, '900101300027');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(subjectReference(k1, '900101300027')).toBe(a);
    expect(subjectReference(k2, '900101300027')).not.toBe(a);
    expect(code(() => subjectReference(new Uint8Array(16), '900101300027'))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => subjectReference(k1, '900101300028'))).toBe('E_INVALID_ARGUMENT');
  });

  it('known IINs: the check digit from weights 1..11 mod 11, and from the second round when the first gives 10', () => {
    // first round: 9*1+0*2+0*3+1*4+0*5+1*6+3*7+0*8+0*9+0*10+2*11 = 62 = 7 (mod 11)
    expect(iinCheckDigit('90010130002')).toBe(7);
    expect(code(() => validateIin('900101300027'))).toBeUndefined();
    // a prefix with no valid check digit (10 in both rounds) has no valid IIN at all
    const none = [...Array(100_000).keys()].map((n) => `9001013${String(n).padStart(4, '0')}`).find((p) => iinCheckDigit(p) === -1);
    expect(none).toBeDefined();
    for (let d = 0; d <= 9; d++) expect(code(() => validateIin(none! + d))).toBe('E_INVALID_ARGUMENT');
  });

  it('subject references are branded: raw strings do not type-check and are refused at run time', async () => {
    const ref = subjectReference(new Uint8Array(32).fill(7), '900101300027');
    expect(isSubjectRef(ref)).toBe(true);
    expect(asSubjectRef(ref)).toBe(ref);
    for (const bad of ['customer-42', 'A'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), '', 42, undefined]) {
      expect(isSubjectRef(bad)).toBe(false);
      expect(code(() => asSubjectRef(bad))).toBe('E_INVALID_ARGUMENT');
    }
    // @ts-expect-error a raw string is not a SubjectRef
    const raw: SubjectRef = 'customer-42';
    const { bundle } = await Custodian.generateSecrets(DEFAULT_FACE_PRESET_ID);
    using terminal = await Terminal.create({ ...bundle, terminalId: 'atm-1' });
    const embedding = Array.from({ length: 128 }, (_, i) => Math.sin(i + 1));
    expect(code(() => terminal.encryptReference(raw, embedding))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => terminal.buildVerifyRequest(raw, embedding, { amountMinor: 0n, currency: 'KZT' }))).toBe('E_INVALID_ARGUMENT');
    expect(terminal.encryptReference(ref, embedding).subjectRef).toBe(ref);
  });
});
