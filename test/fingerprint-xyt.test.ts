/**
 * NBIS mindtct `.xyt` text: a real file from ../shared/data parses to the ISO model with the y
 * flip and the 180-degree NBIS-to-ISO direction change; every malformed input is E_MALFORMED_RECORD
 * naming its 1-based line; damaged text (fast-check) never throws anything else; a parsed file
 * serializes to an ISO 19794-2:2005 record that re-parses to the same model; `sealmatch eval`
 * takes `.xyt` paths.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { isSealmatchError } from '../src/errors.js';
import { parseMinutiaeRecord, parseXyt, serializeMinutiaeRecord, XYT_SENSOR_IMAGES } from '../src/templates/fingerprint/index.js';
import { SHARED_DATA } from './helpers.js';

const NEUROTECH = resolve(SHARED_DATA, 'fingerprint/neurotech');
const uareu = (name: string): Uint8Array => new Uint8Array(readFileSync(join(NEUROTECH, 'uareu', name)));

function malformed(text: string, line?: number, field?: string): void {
  let thrown: unknown;
  try {
    parseXyt(text, XYT_SENSOR_IMAGES.uareu);
  } catch (e) {
    thrown = e;
  }
  expect(isSealmatchError(thrown, 'E_MALFORMED_RECORD'), String(thrown)).toBe(true);
  const details = (thrown as { details: Record<string, unknown> }).details;
  if (line !== undefined) expect(details.line).toBe(line);
  if (field !== undefined) expect(details.field).toBe(field);
}

describe('parseXyt', () => {
  it('known answer: uareu/012_10_1.xyt (58 minutiae), y flipped with height 357, theta + 180 in ISO units', () => {
    const rec = parseXyt(uareu('012_10_1.xyt'), XYT_SENSOR_IMAGES.uareu);
    expect(rec.format).toBe('iso19794-2:2005');
    expect([rec.width, rec.height, rec.resolutionX]).toEqual([326, 357, 197]);
    const m = rec.views[0]!.minutiae;
    expect(m.length).toBe(58);
    // first line "52 172 79 15": y 357 - 172 = 185; 79 + 180 = 259 degrees = 184.18 ISO units -> 184
    expect(m[0]).toEqual({ type: 'other', x: 52, y: 185, angle: 184, angleDegrees: 258.75, quality: 15 });
    // second line "53 210 247 15": 247 + 180 = 427 -> 67 degrees -> 47.64 -> 48 units = 67.5 degrees
    expect(m[1]).toEqual({ type: 'other', x: 53, y: 147, angle: 48, angleDegrees: 67.5, quality: 15 });
    // last line "307 32 259 15": 259 + 180 -> 79 degrees -> 56.18 -> 56 units
    expect(m[57]).toEqual({ type: 'other', x: 307, y: 325, angle: 56, angleDegrees: 78.75, quality: 15 });
    // text input gives the same record
    expect(parseXyt(readFileSync(join(NEUROTECH, 'uareu', '012_10_1.xyt'), 'utf8'), XYT_SENSOR_IMAGES.uareu)).toEqual(rec);
  });

  it('every file of both collections parses with its sensor image size and round-trips through ISO 19794-2:2005', () => {
    for (const sensor of ['uareu', 'crossmatch'] as const) {
      const dir = join(NEUROTECH, sensor);
      const files = readdirSync(dir).sort().filter((f) => f.endsWith('.xyt'));
      expect(files.length).toBe(sensor === 'uareu' ? 520 : 408);
      for (const f of files) {
        const rec = parseXyt(new Uint8Array(readFileSync(join(dir, f))), XYT_SENSOR_IMAGES[sensor]);
        const n = rec.views[0]!.minutiae.length;
        expect(n).toBeGreaterThanOrEqual(24);
        expect(n).toBeLessThanOrEqual(121);
        expect(parseMinutiaeRecord(serializeMinutiaeRecord(rec))).toEqual(rec);
      }
    }
  });

  it('direction: a ridge pointing east in NBIS (theta 0) points west in ISO; north stays north after the y flip', () => {
    const rec = parseXyt('10 20 0 50\n10 20 90 50\n', { width: 100, height: 100 });
    expect(rec.views[0]!.minutiae.map((m) => m.angleDegrees)).toEqual([180, 270]);
    expect(rec.views[0]!.minutiae[0]!.y).toBe(80);
  });

  it('blank lines and CRLF are accepted; line numbers stay physical', () => {
    expect(parseXyt('\r\n1 2 3 4\r\n\r\n5 6 7 8\r\n', XYT_SENSOR_IMAGES.uareu).views[0]!.minutiae.length).toBe(2);
    malformed('\n1 2 3 4\n\n5 6 7\n', 4, 'line');
  });

  it('malformed inputs name the 1-based line and the field', () => {
    malformed('', undefined, 'minutiae'); // empty file
    malformed('\n  \n', undefined, 'minutiae'); // only blank lines
    malformed('1 2 3 4\n1 2 3\n', 2, 'line'); // too few fields
    malformed('1 2 3 4 5\n', 1, 'line'); // too many fields
    malformed('1 2 x 4\n', 1, 'theta'); // non-numeric
    malformed('1 2 3.5 4\n', 1, 'theta'); // not an integer
    malformed('1 2 3 4\n1 NaN 3 4\n', 2, 'y');
    malformed('Infinity 2 3 4\n', 1, 'x');
    malformed('1 2 3 -Infinity\n', 1, 'quality');
    malformed('1e2 2 3 4\n', 1, 'x');
    malformed('1 2 3 101\n', 1, 'quality'); // quality above 100
    malformed('1 2 3 -1\n', 1, 'quality');
    malformed('1 2 360 4\n', 1, 'theta'); // angle out of range
    malformed('1 2 -1 4\n', 1, 'theta');
    malformed('326 2 3 4\n', 1, 'x'); // x at the image width
    malformed('1 0 3 4\n', 1, 'y'); // y below the bottom row (NBIS y starts at 1)
    malformed('1 358 3 4\n', 1, 'y'); // y above the image height
    malformed('1 2 3 4\n'.repeat(255) + '1 2 3 4\n', 256, 'minutiae'); // too many minutiae
    malformed('1 2 3 4\n1\u00a02 3 4\n', 2, 'record'); // non-ASCII character
  });

  it('non-ASCII bytes and oversized inputs are refused before parsing', () => {
    const bytes = new TextEncoder().encode('1 2 3 4\n5 6 7 8\u00e9\n');
    expect(() => parseXyt(bytes, XYT_SENSOR_IMAGES.uareu)).toThrow(expect.objectContaining({ code: 'E_MALFORMED_RECORD', details: expect.objectContaining({ line: 2 }) }));
    expect(() => parseXyt(new Uint8Array((1 << 20) + 1).fill(0x20), XYT_SENSOR_IMAGES.uareu)).toThrow(expect.objectContaining({ code: 'E_MALFORMED_RECORD' }));
    expect(() => parseXyt('1 2 3 4', { width: 0, height: 10 })).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => parseXyt(42 as unknown as string, XYT_SENSOR_IMAGES.uareu)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });

  it('fuzz: damaged real files either parse (and round-trip through ISO) or fail with E_MALFORMED_RECORD naming a field (3,000 runs)', () => {
    const seeds = ['012_10_1.xyt', '012_1_5.xyt'].map((f) => uareu(f));
    const stats = { parsed: 0, rejected: 0 };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.oneof(fc.constantFrom(0x20, 0x0a, 0x0d, 0x09, 0x2d, 0x2b, 0x2e, 0x30, 0x39, 0x65), fc.nat({ max: 255 })) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant('token' as const), at: fc.nat(), token: fc.constantFrom('NaN', 'Infinity', '-0', '999999999999999999999', '1e3', '0x1f', ' ', '\n\n', '-') }),
    );
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(op, { minLength: 1, maxLength: 3 }), fc.boolean(), (s, ops, asText) => {
        const b = Array.from(seeds[s]!);
        for (const o of ops) {
          const at = b.length === 0 ? 0 : o.at % (b.length + 1);
          if (o.kind === 'set' && b.length > 0) b[at % b.length] = o.byte;
          else if (o.kind === 'insert') b.splice(at, 0, ...o.bytes);
          else if (o.kind === 'delete') b.splice(at, o.count);
          else if (o.kind === 'token') b.splice(at, 0, ...Buffer.from(o.token));
        }
        const bytes = Uint8Array.from(b);
        try {
          const rec = parseXyt(asText ? Buffer.from(bytes).toString('latin1') : bytes, XYT_SENSOR_IMAGES.uareu);
          expect(parseMinutiaeRecord(serializeMinutiaeRecord(rec))).toEqual(rec);
          stats.parsed++;
        } catch (e) {
          if (!isSealmatchError(e, 'E_MALFORMED_RECORD')) throw e;
          if (typeof e.details?.field !== 'string') throw new Error(`no field named: ${e.message}`);
          stats.rejected++;
        }
      }),
      { numRuns: 3_000 },
    );
    console.log(`xyt fuzz: ${stats.parsed} damaged files parsed and round-tripped, ${stats.rejected} refused`);
    expect(stats.parsed).toBeGreaterThan(50);
    expect(stats.rejected).toBeGreaterThan(500);
  });
});

describe('sealmatch eval --modality finger with .xyt', () => {
  it('scores .xyt pairs (genuine above impostor); a malformed .xyt prints its error code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-xyt-'));
    writeFileSync(join(dir, 'bad.xyt'), '1 2 3\n');
    const u = join(NEUROTECH, 'uareu');
    const pairs = [
      { id: 'g', probe: join(u, '012_10_1.xyt'), reference: join(u, '012_10_2.xyt') },
      { id: 'bad', probe: 'bad.xyt', reference: join(u, '012_10_2.xyt') },
      { id: 'i', probe: join(u, '012_10_1.xyt'), reference: join(u, '012_1_2.xyt') },
    ];
    const file = join(dir, 'pairs.jsonl');
    writeFileSync(file, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      chunks.push(String(s));
      return true;
    });
    const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let code: number;
    try {
      code = await main(['eval', '--modality', 'finger', '--xyt-size', '326x357', '--pairs', file]);
    } finally {
      spy.mockRestore();
      errSpy.mockRestore();
    }
    expect(code).toBe(1); // a bad line is reported (FILE:LINE on stderr) and the run exits 1
    const out = chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; score?: number; error?: string });
    expect(out.map((o) => o.id)).toEqual(['g', 'bad', 'i']);
    expect(out[1]).toMatchObject({ id: 'bad', line: 2, error: 'E_MALFORMED_RECORD' });
    expect(out[0]!.score!).toBeGreaterThan(out[2]!.score!);
  }, 300_000); // the fingerprint representation loads first (~80 s alone)
  it('a malformed --xyt-size is a usage error (exit 2), before any record is read', async () => {
    const errs: string[] = [];
    const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      errs.push(String(s));
      return true;
    });
    let code: number;
    try {
      code = await main(['eval', '--modality', 'finger', '--xyt-size', '326by357', '--pairs', 'no-such-file.jsonl']);
    } finally {
      errSpy.mockRestore();
    }
    expect(code).toBe(2);
    expect(errs.join('')).toMatch(/--xyt-size must be WIDTHxHEIGHT, got "326by357"/);
  });
});
