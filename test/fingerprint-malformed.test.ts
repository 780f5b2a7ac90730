/**
 * Malformed minutiae records: each structural defect gets E_MALFORMED_RECORD naming the field
 * (details.field), never a RangeError, TypeError or a partial record.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SealmatchError } from '../src/errors.js';
import {
  MAX_RECORD_BYTES,
  detectMinutiaeFormat,
  parseMinutiaeRecord,
  type ParseOptions,
} from '../src/templates/fingerprint/index.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/fingerprint');

function load(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(DATA, rel)));
}

const FVC = () => load('fvc2002/DB1_B/101_1.iso'); // ISO 2005, 300x400, 1 view, 25 minutiae
const ISO2005 = () => load('iso-format-samples/iso19794p2v2005-sample.dat');
const ISO2011 = () => load('iso-format-samples/iso19794p2v2011-sample.dat');
const AM1 = () => load('iso-format-samples/ansi378v2009am1-sample.dat');
const ANSI2009 = () => load('iso-format-samples/ansi378v2009-sample.dat');
const ANSI2004 = () => load('iso-format-samples/ansi378v2004-sample.dat');

function setU16(b: Uint8Array, at: number, v: number): Uint8Array {
  b[at] = v >>> 8;
  b[at + 1] = v & 0xff;
  return b;
}

function setU32(b: Uint8Array, at: number, v: number): Uint8Array {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(at, v);
  return b;
}

function withLength(b: Uint8Array, length: number): Uint8Array {
  return setU32(b, 8, length);
}

/** Parses and returns the error, failing the test if none or not ours. */
function failure(bytes: Uint8Array, options?: ParseOptions): SealmatchError {
  let thrown: unknown;
  try {
    parseMinutiaeRecord(bytes, options);
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error('record parsed, expected E_MALFORMED_RECORD');
  expect(thrown).toBeInstanceOf(SealmatchError);
  return thrown as SealmatchError;
}

function expectMalformed(bytes: Uint8Array, field: string | RegExp, options?: ParseOptions): SealmatchError {
  const e = failure(bytes, options);
  expect(e.code).toBe('E_MALFORMED_RECORD');
  if (typeof field === 'string') expect(e.details?.field).toBe(field);
  else expect(String(e.details?.field)).toMatch(field);
  expect(e.message).toContain(String(e.details?.field));
  return e;
}

describe('identification', () => {
  it('empty input', () => {
    expect(expectMalformed(new Uint8Array(0), 'record').message).toContain('empty input');
  });

  it('unknown format identifier', () => {
    const fir = ISO2005();
    fir.set([0x46, 0x49, 0x52], 0); // "FIR\0": a finger image record
    expectMalformed(fir, 'header.formatIdentifier');
    expectMalformed(new TextEncoder().encode('{"minutiae":[]}'), 'header.formatIdentifier');
    expectMalformed(new Uint8Array([0x00]), 'header.formatIdentifier');
  });

  it('unsupported version', () => {
    const b = ISO2005();
    b.set(new TextEncoder().encode('099'), 4);
    expectMalformed(b, 'header.version');
    const noNul = ISO2011();
    noNul[7] = 0x30; // "0300": no NUL after the version
    expectMalformed(noNul, 'header.version');
  });

  it('truncated header', () => {
    for (const n of [1, 3, 4, 7, 8, 11]) expectMalformed(FVC().subarray(0, n), /^header/);
    expect(expectMalformed(FVC().subarray(0, 11), 'header').message).toContain('truncated');
    // Past identification a short header shows as a length mismatch, or (lenient) as the field cut off.
    expectMalformed(FVC().subarray(0, 20), 'header.length');
    expectMalformed(FVC().subarray(0, 20), 'header.resolutionY', { lenientHeader: true });
    expectMalformed(AM1().subarray(0, 15), 'header.length');
    expectMalformed(ISO2011().subarray(0, 14), 'header.length');
  });

  it('tells the formats that share a version apart', () => {
    expect(detectMinutiaeFormat(ISO2005())).toBe('iso19794-2:2005');
    expect(detectMinutiaeFormat(ISO2011())).toBe('iso19794-2:2011');
    expect(detectMinutiaeFormat(ANSI2009())).toBe('ansi378-2009');
    expect(detectMinutiaeFormat(AM1())).toBe('ansi378-2009am1');
    expect(detectMinutiaeFormat(ANSI2004(), { lenientHeader: true })).toBe('ansi378-2004');
    const fixedVersion = ANSI2004();
    fixedVersion[4] = 0x20;
    expect(detectMinutiaeFormat(fixedVersion)).toBe('ansi378-2004');
  });

  it('refuses non-byte input and oversized buffers', () => {
    expect(() => parseMinutiaeRecord('FMR' as unknown as Uint8Array)).toThrow(
      expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }),
    );
    const big = new Uint8Array(MAX_RECORD_BYTES + 1);
    big.set(FVC());
    expectMalformed(big, 'record');
  });
});

describe('record length', () => {
  it('length field larger than the buffer (truncated record)', () => {
    const b = FVC();
    for (const cut of [1, 6, 40]) {
      const e = expectMalformed(b.subarray(0, b.length - cut), 'header.length');
      expect(e.message).toContain('truncated');
    }
    expectMalformed(withLength(FVC(), FVC().length + 1), 'header.length');
  });

  it('length field smaller than the buffer (trailing data)', () => {
    const padded = new Uint8Array(FVC().length + 3);
    padded.set(FVC());
    expect(expectMalformed(padded, 'header.length').message).toContain('trailing');
    expectMalformed(withLength(FVC(), FVC().length - 1), 'header.length');
    expectMalformed(withLength(AM1(), AM1().length - 1), 'header.length');
    expectMalformed(withLength(ISO2011(), ISO2011().length + 100), 'header.length');
  });

  it('trailing bytes covered by a matching length field are still refused', () => {
    const padded = new Uint8Array(FVC().length + 3);
    padded.set(FVC());
    expectMalformed(withLength(padded, padded.length), 'record');
    expectMalformed(padded, 'record', { lenientHeader: true });
  });

  it('lenientHeader keeps a disagreeing length field, nothing more', () => {
    const rec = parseMinutiaeRecord(withLength(FVC(), 1000), { lenientHeader: true });
    expect(rec.declaredLength).toBe(1000);
    expect(parseMinutiaeRecord(FVC(), { lenientHeader: true }).declaredLength).toBeUndefined();
  });

  it('ANSI 2004 6-byte length form is only for records of 65536 bytes or more', () => {
    const b = ANSI2004();
    b[4] = 0x20;
    const long = new Uint8Array(b.length + 4);
    long.set(b.subarray(0, 8));
    setU32(long, 10, long.length);
    long.set(b.subarray(10), 14);
    expectMalformed(long, 'header.length', { lenientHeader: true });
  });
});

describe('counts against the bytes present', () => {
  it('minutiae count beyond the bytes', () => {
    const b = FVC();
    b[27] = 255;
    expect(expectMalformed(b, 'views[0].minutiae.count').message).toContain('255 minutiae need 1530 bytes');
    const am1 = AM1();
    am1[37] = 200;
    expectMalformed(am1, 'views[0].minutiae.count');
  });

  it('minutiae count short of the bytes leaves bytes that do not parse as what follows', () => {
    const b = FVC();
    b[27] -= 1;
    expectMalformed(b, /^(views\[0\]\.extendedData|record)/);
  });

  it('view count beyond the bytes', () => {
    const b = ISO2005();
    b[22] = 5; // 5 views of at least 6 bytes fit in what is left: the third view runs out
    expectMalformed(b, /^views\[2\]\./);
    const fvc = FVC();
    fvc[22] = 100;
    expect(expectMalformed(fvc, 'header.viewCount').message).toContain('100 item(s)');
    const iso = setU16(ISO2011(), 12, 3);
    expectMalformed(iso, /^views\[2\]/);
  });

  it('zero finger views where the edition forbids them', () => {
    const am1 = AM1();
    am1[19] = 0;
    expect(expectMalformed(am1, 'header.viewCount').message).toContain('at least one');
    const iso = setU16(ISO2011(), 12, 0);
    expectMalformed(withLength(iso.subarray(0, 15), 15), 'header.viewCount');
    // ISO 2005 allows an empty record.
    const empty = withLength(FVC().subarray(0, 24), 24);
    empty[22] = 0;
    expect(parseMinutiaeRecord(empty).views).toEqual([]);
  });

  it('ISO 2011 representation length must match its content', () => {
    const b = ISO2011();
    setU32(b, 15, 200); // one byte short of the first view
    expectMalformed(b, /^views\[0\]/);
    const big = ISO2011();
    setU32(big, 15, 0x7fff_ffff);
    expectMalformed(big, 'views[0].length');
    const tiny = ISO2011();
    setU32(tiny, 15, 10);
    expect(expectMalformed(tiny, 'views[0].length').message).toContain('below');
  });
});

describe('extended data', () => {
  it('area length overruns the view', () => {
    const b = FVC();
    setU16(b, b.length - 2, 10);
    expect(expectMalformed(b, 'views[0].extendedData.length').message).toContain('declares 10 byte(s)');
  });

  it('block length overruns the area (ISO 2005: data-only block length)', () => {
    const b = ISO2005();
    setU16(b, 332, 7);
    expect(expectMalformed(b, 'views[1].extendedData[0].length').message).toContain('overruns');
  });

  it('block shorter than its header (2011 and ANSI: length includes the header)', () => {
    const b = ISO2011();
    const at = b.length - 8; // "0221 000a" + 6 data bytes; block length is at -8
    setU16(b, at, 3);
    expectMalformed(b, 'views[1].extendedData[0].length');
    setU16(b, at, 12);
    expectMalformed(b, 'views[1].extendedData[0].length');
  });

  it('blocks must tile the area: a half block header is refused', () => {
    const b = ISO2005();
    setU16(b, 328, 12); // area of 12 bytes, block of 10: 2 stray bytes inside the area
    const grown = new Uint8Array(b.length + 2);
    grown.set(b);
    expectMalformed(withLength(grown, grown.length), 'views[1].extendedData[1].length');
  });
});

describe('field values the structure forbids', () => {
  it('coordinates outside the image', () => {
    const b = FVC(); // width 300
    setU16(b, 28, (b[28]! & 0xc0) * 256 + 300);
    expect(expectMalformed(b, 'views[0].minutiae[0].x').message).toContain('width 300');
    const y = FVC();
    setU16(y, 30, 400);
    expectMalformed(y, 'views[0].minutiae[0].y');
  });

  it('reserved bits and bytes', () => {
    const type3 = FVC();
    type3[28] |= 0xc0;
    expectMalformed(type3, 'views[0].minutiae[0].type');
    const yBits = FVC();
    yBits[30] |= 0x40;
    expectMalformed(yBits, 'views[0].minutiae[0].y');
    const reserved = FVC();
    reserved[23] = 1;
    expectMalformed(reserved, 'header.reserved');
  });

  it('ANSI 2009 angles above 179 (2-degree units)', () => {
    const b = AM1();
    b[42] = 180;
    expectMalformed(b, 'views[0].minutiae[0].angle');
  });

  it('ISO 2011 minutia size and certification flag', () => {
    const size = ISO2011();
    size[50] = 0x70;
    expectMalformed(size, 'views[0].minutiaSize');
    const flag = ISO2011();
    flag[14] = 2;
    expectMalformed(flag, 'header.certificationFlag');
  });
});
