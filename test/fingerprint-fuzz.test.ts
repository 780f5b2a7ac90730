/**
 * Property tests over damaged minutiae records: byte flips, overwritten integers (aimed at length
 * and count fields), insertions, deletions, truncations and random tails, applied to the standards'
 * example records, FVC2002 records and variants serialized from them. Every outcome must be
 * either a record that re-serializes to the very same bytes, or SealmatchError E_MALFORMED_RECORD
 * naming a field. Anything else (RangeError, TypeError, a different byte string) fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealmatchError } from '../src/errors.js';
import {
  parseMinutiaeRecord,
  recordToJson,
  serializeMinutiaeRecord,
  type Ansi2004Record,
  type Iso2011Record,
  type MinutiaeRecord,
} from '../src/templates/fingerprint/index.js';
import { FULL, seedFor } from './tier.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/fingerprint');

function load(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(DATA, rel)));
}

function sample(name: string): Uint8Array {
  return load(`iso-format-samples/${name}-sample.dat`);
}

/**
 * Variants that reach layouts the samples lack: 5-byte minutiae, certification blocks, core/delta
 * blocks, canonical ANSI headers, and the ANSI 2004 6-byte length form (a 70 kB record).
 */
function variants(): Uint8Array[] {
  const iso2011 = parseMinutiaeRecord(sample('iso19794p2v2011')) as Iso2011Record;
  iso2011.certificationFlag = true;
  iso2011.views[0]!.certificationRecords = [{ authorityId: 0x1234, schemeId: 1 }];
  iso2011.views[1]!.minutiaQualityPresent = false;
  for (const m of iso2011.views[1]!.minutiae) m.quality = null;
  iso2011.views[0]!.extendedData.push({ type: 2, data: new Uint8Array([1, 0x40, 100, 0, 50, 30, 1, 0x40, 20, 0, 40, 1, 2, 3]) });
  const ansi2004 = parseMinutiaeRecord(sample('ansi378v2004'), { lenientHeader: true }) as Ansi2004Record;
  ansi2004.version = ' 20';
  delete ansi2004.declaredLength;
  ansi2004.views[0]!.extendedData.push({ type: 2, data: new Uint8Array([0x41, 0, 100, 0, 50, 30, 0x00]) });
  const ansi2009 = parseMinutiaeRecord(sample('ansi378v2009'), { lenientHeader: true });
  delete ansi2009.declaredLength;
  const ansi2004Long = structuredClone(ansi2004);
  ansi2004Long.views[0]!.extendedData.push({ type: 0x0101, data: new Uint8Array(40_000).fill(7) });
  ansi2004Long.views[1]!.extendedData.push({ type: 0x0102, data: new Uint8Array(30_000).fill(9) });
  return [iso2011, ansi2004, ansi2009, ansi2004Long].map((r: MinutiaeRecord) => serializeMinutiaeRecord(r));
}

const SEEDS: Uint8Array[] = [
  sample('iso19794p2v2005'),
  sample('iso19794p2v2011'),
  sample('ansi378v2004'),
  sample('ansi378v2009'),
  sample('ansi378v2009am1'),
  ...['DB1_B/101_1', 'DB1_B/105_4', 'DB2_B/103_2', 'DB2_B/110_8', 'DB3_B/102_5', 'DB3_B/108_1', 'DB4_B/104_3', 'DB4_B/109_6'].map((f) =>
    load(`fvc2002/${f}.iso`),
  ),
  ...variants(),
];

const stats = { parsed: 0, rejected: 0 };

/** The property itself: accepted means byte-exact round trip, refused means our error with a field. */
function check(bytes: Uint8Array, lenientHeader: boolean): void {
  let rec: MinutiaeRecord;
  try {
    rec = parseMinutiaeRecord(bytes, { lenientHeader });
  } catch (e) {
    if (!isSealmatchError(e, 'E_MALFORMED_RECORD')) throw e;
    if (typeof e.details?.field !== 'string' || e.details.field === '') throw new Error(`no field named: ${e.message}`);
    stats.rejected++;
    return;
  }
  stats.parsed++;
  const out = serializeMinutiaeRecord(rec);
  if (!Buffer.from(out).equals(Buffer.from(bytes))) throw new Error(`round trip differs for ${rec.format}`);
  JSON.stringify(recordToJson(rec));
}

type Op =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'int'; at: number; width: 1 | 2 | 4; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'fixLength' };

/** Positions in the first 40 bytes (headers and first view header) are hit more often. */
const position = fc.oneof(fc.nat({ max: 40 }), fc.nat());

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.nat({ max: 7 }) }),
  fc.record({
    kind: fc.constant('int' as const),
    at: position,
    width: fc.constantFrom(1 as const, 2 as const, 4 as const),
    value: fc.oneof(fc.nat({ max: 64 }), fc.nat({ max: 0xffff }), fc.constantFrom(0, 0xff, 0xffff, 0x10000, 0xffff_ffff)),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, count: fc.integer({ min: 1, max: 8 }) }),
  fc.constant({ kind: 'fixLength' as const }),
);

function apply(input: Uint8Array, ops: readonly Op[]): Uint8Array {
  let b = input.slice();
  for (const o of ops) {
    if (o.kind === 'fixLength') {
      // Re-declare the record length so insertions and deletions reach the checks behind it.
      const ansiShort = b.length >= 10 && b[5] === 0x32 && ((b[8]! << 8) | b[9]!) >= 26;
      if (ansiShort && b.length <= 0xffff) new DataView(b.buffer).setUint16(8, b.length);
      else if (b.length >= 12) new DataView(b.buffer).setUint32(8, b.length);
      continue;
    }
    if (b.length === 0) continue;
    const at = o.at % b.length;
    if (o.kind === 'flip') b[at]! ^= 1 << o.bit;
    else if (o.kind === 'int') {
      for (let i = 0; i < o.width && at + i < b.length; i++) b[at + i] = Math.floor(o.value / 256 ** (o.width - 1 - i)) & 0xff;
    } else if (o.kind === 'insert') b = Uint8Array.from([...b.subarray(0, at), ...o.bytes, ...b.subarray(at)]);
    else b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + o.count)]);
  }
  return b;
}

const seed = fc.nat({ max: SEEDS.length - 1 }).map((i) => SEEDS[i]!);
const runs = (full: number): number => (FULL ? full : full / 4);

describe('damaged minutiae records', () => {
  it('seeds themselves round-trip', () => {
    for (const s of SEEDS) {
      const rec = parseMinutiaeRecord(s, { lenientHeader: true });
      expect(serializeMinutiaeRecord(rec)).toEqual(s);
    }
  });

  // Seeded (SEALMATCH_TEST_SEED, test/tier.ts); a quarter of the runs in the fast tier.
  it(`mutations: flips, integers, insertions, deletions (${runs(12_000)} runs)`, () => {
    fc.assert(
      fc.property(seed, fc.array(op, { minLength: 1, maxLength: 4 }), fc.boolean(), (s, ops, lenient) => {
        check(apply(s, ops), lenient);
      }),
      { numRuns: runs(12_000), seed: seedFor('fingerprint-fuzz/mutations') | 0 },
    );
  });

  it(`truncations and random tails (${runs(4_000)} runs)`, () => {
    fc.assert(
      fc.property(seed, fc.nat(), fc.uint8Array({ maxLength: 16 }), fc.boolean(), (s, cut, tail, lenient) => {
        check(s.subarray(0, cut % (s.length + 1)), lenient);
        check(Uint8Array.from([...s, ...tail]), lenient);
      }),
      { numRuns: runs(4_000), seed: seedFor('fingerprint-fuzz/truncations') | 0 },
    );
  });

  it(`random bodies behind a valid identifier and version (${runs(2_000)} runs)`, () => {
    const versions = [' 20', '020', '030', '035'].map((v) => [0x46, 0x4d, 0x52, 0, ...Buffer.from(v), 0]);
    fc.assert(
      fc.property(fc.constantFrom(...versions), fc.uint8Array({ maxLength: 96 }), fc.boolean(), (head, body, lenient) => {
        check(Uint8Array.from([...head, ...body]), lenient);
      }),
      { numRuns: runs(2_000), seed: seedFor('fingerprint-fuzz/bodies') | 0 },
    );
  });

  it('exercised both outcomes', () => {
    console.log(`fuzz: ${stats.parsed} damaged records parsed and round-tripped, ${stats.rejected} refused`);
    expect(stats.parsed).toBeGreaterThan(runs(1_000));
    expect(stats.rejected).toBeGreaterThan(runs(1_000));
  });
});
