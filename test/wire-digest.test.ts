import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portableSha256, sha256 } from '../src/wire/digest.js';

describe('sha256', () => {
  it('native and portable implementations agree (and match the FIPS 180-2 "abc" vector)', () => {
    const abc = new TextEncoder().encode('abc');
    expect(Buffer.from(sha256(abc)).toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), (d) => Buffer.from(sha256(d)).equals(Buffer.from(portableSha256(d)))));
  });
});
