/**
 * Finger minutiae records against real data: the five example records of the standards (as
 * published with robertvazan/fingerprintio-java, with their decoded JSON) and the 320 FVC2002
 * ISO 19794-2:2005 records. Data is read from ../shared/data, never copied into the repo.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSealmatchError } from '../src/errors.js';
import {
  decodeCoresAndDeltas,
  decodeRidgeCounts,
  fingerPositionName,
  impressionTypeName,
  captureDeviceTechnologyName,
  ridgeEndingTypeName,
  parseMinutiaeRecord,
  recordToJson,
  serializeMinutiaeRecord,
  type FingerView,
  type MinutiaeRecord,
  type Minutia,
} from '../src/templates/fingerprint/index.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/fingerprint');
const SAMPLES = path.join(DATA, 'iso-format-samples');
const FVC = path.join(DATA, 'fvc2002');

function load(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** fingerprintio-java enum spelling of our kebab-case names. */
function enumName(name: string | undefined): string {
  if (name === undefined) throw new Error('code without a name');
  return name.toUpperCase().replace(/-/g, '_');
}

/**
 * Our model projected onto fingerprintio-java's JSON shape (its field names, enum spellings,
 * base64 extension data), so the stored sample JSON can be compared as is.
 */
function asFingerprintio(rec: MinutiaeRecord): Record<string, unknown> {
  const ansi2009 = rec.format === 'ansi378-2009' || rec.format === 'ansi378-2009am1';
  const minutia = (m: Minutia) => ({
    type: m.type === 'other' && ansi2009 ? 'EITHER' : m.type.toUpperCase(),
    positionX: m.x,
    positionY: m.y,
    angle: m.angle,
    quality: m.quality,
  });
  const extensions = (v: FingerView) => {
    const counts = v.extendedData.find((b) => b.type === 1);
    const coreDelta = v.extendedData.find((b) => b.type === 2);
    const rc = counts && decodeRidgeCounts(counts.data);
    const cd = coreDelta && decodeCoresAndDeltas(rec.format, coreDelta.data);
    return {
      counts: rc ? { type: ['CUSTOM', 'QUADRANTS', 'OCTANTS'][rc.method], edges: rc.edges } : null,
      coredelta: cd ?? null,
      extensions: v.extendedData
        .filter((b) => b.type > 2)
        .map((b) => ({ type: b.type, data: Buffer.from(b.data).toString('base64') })),
    };
  };
  const common = (v: FingerView) => ({
    position: enumName(fingerPositionName(v.position)),
    view: v.viewNumber,
    scanType: enumName(impressionTypeName(rec.format, v.impressionType)),
    minutiae: v.minutiae.map(minutia),
    ...extensions(v),
  });
  switch (rec.format) {
    case 'iso19794-2:2005':
    case 'ansi378-2004':
      return {
        ...(rec.format === 'ansi378-2004' && { vendorId: rec.productOwner, subformat: rec.productType }),
        sensorCertified: (rec.equipmentCompliance & 0x8) !== 0,
        sensorId: rec.equipmentId,
        width: rec.width,
        height: rec.height,
        resolutionX: rec.resolutionX,
        resolutionY: rec.resolutionY,
        fingerprints: rec.views.map((v) => ({
          ...common(v),
          quality: v.quality,
          ...(rec.format === 'iso19794-2:2005' && { zones: null }),
        })),
      };
    case 'ansi378-2009':
    case 'ansi378-2009am1':
      return {
        vendorId: rec.productOwner,
        subformat: rec.productType,
        sensorCertified: (rec.equipmentCompliance & 0x80) !== 0,
        sensorId: rec.equipmentId,
        fingerprints: rec.views.map((v) => ({
          ...common(v),
          quality: v.quality,
          qualityVendorId: v.qualityAlgorithmVendorId,
          qualityAlgorithmId: v.qualityAlgorithmId,
          width: v.width,
          height: v.height,
          resolutionX: v.resolutionX,
          resolutionY: v.resolutionY,
        })),
      };
    case 'iso19794-2:2011':
      return {
        fingerprints: rec.views.map((v) => ({
          ...common(v),
          datetime: v.captureDateTime,
          sensorType: enumName(captureDeviceTechnologyName(v.captureDeviceTechnology)),
          sensorVendor: v.captureDeviceVendorId,
          sensorId: v.captureDeviceTypeId,
          qrecords: v.qualityRecords.map((q) => ({ quality: q.score, vendor: q.algorithmVendorId, algorithm: q.algorithmId })),
          certificates: v.certificationRecords.map((c) => ({ authority: c.authorityId, scheme: c.schemeId })),
          resolutionX: v.resolutionX,
          resolutionY: v.resolutionY,
          width: v.width,
          height: v.height,
          endingType: enumName(ridgeEndingTypeName(v.ridgeEndingType)),
          zones: null,
        })),
      };
  }
}

const CASES = [
  { file: 'iso19794p2v2005', format: 'iso19794-2:2005', lenient: false },
  { file: 'iso19794p2v2011', format: 'iso19794-2:2011', lenient: false },
  { file: 'ansi378v2004', format: 'ansi378-2004', lenient: true },
  { file: 'ansi378v2009', format: 'ansi378-2009', lenient: true },
  { file: 'ansi378v2009am1', format: 'ansi378-2009am1', lenient: false },
] as const;

describe('standard example records', () => {
  for (const c of CASES) {
    it(`${c.file}: decodes to its JSON and round-trips byte for byte`, () => {
      const bytes = load(path.join(SAMPLES, `${c.file}-sample.dat`));
      const expected: unknown = JSON.parse(readFileSync(path.join(SAMPLES, `${c.file}-sample.json`), 'utf8'));
      const rec = parseMinutiaeRecord(bytes, { lenientHeader: c.lenient });
      expect(rec.format).toBe(c.format);
      expect(asFingerprintio(rec)).toEqual(expected);
      expect(serializeMinutiaeRecord(rec)).toEqual(bytes);
      expect(() => JSON.stringify(recordToJson(rec))).not.toThrow();
    });
  }

  it('the ANSI 2004 and 2009 examples are refused by the strict default, naming the header field', () => {
    const codeAndField = (file: string): unknown => {
      try {
        parseMinutiaeRecord(load(path.join(SAMPLES, `${file}-sample.dat`)));
        return 'parsed';
      } catch (e) {
        return isSealmatchError(e) ? [e.code, e.details?.field] : e;
      }
    };
    // The 2004 example spells its version "020\0" and declares 340 bytes for 342; 2009 declares 363 for 364.
    expect(codeAndField('ansi378v2004')).toEqual(['E_MALFORMED_RECORD', 'header.version']);
    expect(codeAndField('ansi378v2009')).toEqual(['E_MALFORMED_RECORD', 'header.length']);
    const ansi2009 = parseMinutiaeRecord(load(path.join(SAMPLES, 'ansi378v2009-sample.dat')), { lenientHeader: true });
    expect(ansi2009.declaredLength).toBe(363);
    const ansi2004 = parseMinutiaeRecord(load(path.join(SAMPLES, 'ansi378v2004-sample.dat')), { lenientHeader: true });
    expect(ansi2004).toMatchObject({ version: '020', declaredLength: 340 });
  });

  it('angles convert to degrees in each edition\'s unit (values from the standards\' examples)', () => {
    const iso = parseMinutiaeRecord(load(path.join(SAMPLES, 'iso19794p2v2011-sample.dat')));
    const deg = (v: FingerView, i: number) => v.minutiae[i]!.angleDegrees;
    // The ISO unit is 1.40625 degrees, so the example's round figures hold to within a degree.
    expect(Math.abs(deg(iso.views[0]!, 0) - 112)).toBeLessThanOrEqual(1);
    expect(Math.abs(deg(iso.views[0]!, 26) - 172)).toBeLessThanOrEqual(1);
    expect(Math.abs(deg(iso.views[1]!, 21) - 350)).toBeLessThanOrEqual(1);
    const ansi = parseMinutiaeRecord(load(path.join(SAMPLES, 'ansi378v2009am1-sample.dat')));
    expect(deg(ansi.views[0]!, 0)).toBe(112); // raw 56 in 2-degree units
    expect(deg(ansi.views[1]!, 21)).toBe(350); // raw 175
  });

  it('a record parsed from a Node Buffer does not alias it', () => {
    const buffer = readFileSync(path.join(SAMPLES, 'iso19794p2v2005-sample.dat'));
    const rec = parseMinutiaeRecord(buffer);
    buffer.fill(0);
    const block = rec.views[1]!.extendedData[0]!;
    expect(Object.getPrototypeOf(block.data)).toBe(Uint8Array.prototype);
    expect(Array.from(block.data)).toEqual([0x01, 0x44, 0xbc, 0x36, 0x21, 0x43]);
  });

  it('the ANSI 2004 example keeps its misaligned ridge count block byte for byte', () => {
    const rec = parseMinutiaeRecord(load(path.join(SAMPLES, 'ansi378v2004-sample.dat')), { lenientHeader: true });
    const block = rec.views[1]!.extendedData[0]!;
    expect(block.type).toBe(1);
    const rc = decodeRidgeCounts(block.data)!;
    expect(rc.edges).toEqual([{ from: 68, to: 188, count: 54 }]);
    expect(Array.from(rc.trailing)).toEqual([0x21, 0x43]);
    const json = recordToJson(rec) as { views: { extendedData: { ridgeCounts: { trailingHex: string } }[] }[] };
    expect(json.views[1]!.extendedData[0]!.ridgeCounts.trailingHex).toBe('2143');
  });
});

describe('FVC2002 DB1..DB4 set B (ISO 19794-2:2005)', () => {
  const files = ['DB1_B', 'DB2_B', 'DB3_B', 'DB4_B'].flatMap((db) =>
    readdirSync(path.join(FVC, db))
      .filter((f) => f.endsWith('.iso'))
      .sort()
      .map((f) => path.join(FVC, db, f)),
  );

  it('holds 320 records', () => {
    expect(files).toHaveLength(320);
  });

  it('every record parses strictly and round-trips byte for byte', () => {
    const counts: number[] = [];
    for (const file of files) {
      const bytes = load(file);
      const rec = parseMinutiaeRecord(bytes);
      expect(rec.format, file).toBe('iso19794-2:2005');
      expect(rec.views, file).toHaveLength(1);
      counts.push(rec.views[0]!.minutiae.length);
      expect(Buffer.from(serializeMinutiaeRecord(rec)).equals(Buffer.from(bytes)), file).toBe(true);
    }
    const min = Math.min(...counts);
    const max = Math.max(...counts);
    console.log(`FVC2002: ${files.length} records, ${min}..${max} minutiae per record`);
    // Frozen from the data: the 320 records hold 13 to 69 minutiae each.
    expect([min, max]).toEqual([13, 69]);
  });

  it('projects to JSON with hex bytes and names', () => {
    const rec = parseMinutiaeRecord(load(files[0]!));
    const json = recordToJson(rec);
    expect(json).toMatchObject({ format: 'iso19794-2:2005', version: ' 20', width: 300, height: 400, viewCount: 1 });
    const view = (json.views as Record<string, unknown>[])[0]!;
    expect(view).toMatchObject({ positionName: 'unknown', impressionTypeName: 'live-plain', minutiaCount: 25, extendedData: [] });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
