import { describe, expect, it } from 'vitest';
import { SealmatchError } from '../src/errors.js';
import { iinCheckDigit, subjectReference, validateIin } from '../src/subjects/subject-reference.js';

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
});
