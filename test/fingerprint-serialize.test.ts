/**
 * Serialization from models built in code: every edition's layout choices (length forms, minutia
 * size, certification blocks, extended data length conventions) read back to the same model, and
 * a model that cannot be written gets E_INVALID_ARGUMENT naming the field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SealmatchError } from '../src/errors.js';
import {
  angleToDegrees,
  detectMinutiaeFormat,
  parseMinutiaeRecord,
  recordToJson,
  serializeMinutiaeRecord,
  type Ansi2004Record,
  type Ansi2009Record,
  type Iso2005Record,
  type Iso2011Record,
  type Minutia,
  type MinutiaeFormat,
  type MinutiaeRecord,
  type MinutiaType,
} from '../src/templates/fingerprint/index.js';

const FVC_101_1 = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/fingerprint/fvc2002/DB1_B/101_1.iso');

function minutia(format: MinutiaeFormat, type: MinutiaType, x: number, y: number, angle: number, quality: number | null): Minutia {
  return { type, x, y, angle, angleDegrees: angleToDegrees(format, angle), quality };
}

function roundTrip(rec: MinutiaeRecord): Uint8Array {
  const bytes = serializeMinutiaeRecord(rec);
  expect(parseMinutiaeRecord(bytes)).toEqual(rec);
  expect(serializeMinutiaeRecord(parseMinutiaeRecord(bytes))).toEqual(bytes);
  return bytes;
}

function invalid(rec: MinutiaeRecord): SealmatchError {
  try {
    serializeMinutiaeRecord(rec);
  } catch (e) {
    expect(e).toBeInstanceOf(SealmatchError);
    expect((e as SealmatchError).code).toBe('E_INVALID_ARGUMENT');
    return e as SealmatchError;
  }
  throw new Error('serialized, expected E_INVALID_ARGUMENT');
}

function iso2011(): Iso2011Record {
  const f = 'iso19794-2:2011';
  const base = {
    captureDateTime: { year: 2011, month: 3, day: 17, hour: 7, minute: 51, second: 33, millisecond: 789 },
    captureDeviceTechnology: 7,
    captureDeviceVendorId: 0x1234,
    captureDeviceTypeId: 0x5678,
    qualityRecords: [{ score: 55, algorithmVendorId: 0x5432, algorithmId: 0x9876 }],
    certificationRecords: [{ authorityId: 0x1234, schemeId: 2 }],
    resolutionX: 200,
    resolutionY: 180,
    width: 600,
    height: 400,
    impressionType: 3,
  };
  return {
    format: f,
    certificationFlag: true,
    views: [
      {
        ...base,
        position: 9,
        viewNumber: 0,
        ridgeEndingType: 1,
        minutiaQualityPresent: false,
        minutiae: [minutia(f, 'ending', 500, 300, 99, null), minutia(f, 'bifurcation', 0, 0, 0, null)],
        extendedData: [
          { type: 1, data: new Uint8Array([2, 0, 1, 15, 1, 0, 25]) },
          { type: 0x4455, data: new Uint8Array([1, 2, 3]) },
        ],
      },
      {
        ...base,
        certificationRecords: [],
        position: 9,
        viewNumber: 1,
        ridgeEndingType: 0,
        minutiaQualityPresent: true,
        minutiae: [minutia(f, 'other', 599, 399, 255, 100)],
        extendedData: [],
      },
    ],
  };
}

describe('ISO 19794-2:2011', () => {
  it('5-byte minutiae, certification blocks and per-view geometry round-trip', () => {
    const rec = iso2011();
    const bytes = roundTrip(rec);
    expect(detectMinutiaeFormat(bytes)).toBe('iso19794-2:2011');
    expect(bytes[14]).toBe(1); // certification flag
    const json = recordToJson(rec) as { views: Record<string, unknown>[] };
    expect(json.views[0]).toMatchObject({
      positionName: 'left-ring',
      impressionTypeName: 'nonlive-rolled',
      captureDeviceTechnologyName: 'optical-monochromatic-infrared-tir',
      ridgeEndingTypeName: 'ridge-skeleton-end-point',
      extendedData: [
        { type: 1, length: 7, dataHex: '0200010f010019', ridgeCounts: { methodName: 'eight-neighbour', edges: [{ from: 0, to: 1, count: 15 }, { from: 1, to: 0, count: 25 }] } },
        { type: 0x4455, length: 3, dataHex: '010203' },
      ],
    });
  });

  it('block lengths include the 4-byte block header', () => {
    const bytes = serializeMinutiaeRecord(iso2011());
    const at = Buffer.from(bytes).indexOf(Buffer.from([0x44, 0x55]));
    expect(Array.from(bytes.subarray(at, at + 7))).toEqual([0x44, 0x55, 0x00, 0x07, 1, 2, 3]);
  });

  it('refuses what the 2011 edition cannot carry', () => {
    const noViews = { ...iso2011(), views: [] };
    expect(invalid(noViews).details?.field).toBe('header.viewCount');
    const certsWithoutFlag = { ...iso2011(), certificationFlag: false };
    expect(invalid(certsWithoutFlag).details?.field).toBe('views[0].certificationRecords');
    const missingQuality = iso2011();
    missingQuality.views[1]!.minutiae[0]!.quality = null;
    expect(invalid(missingQuality).details?.field).toBe('views[1].minutiae[0].quality');
  });
});

describe('ANSI 378', () => {
  const big = (): Ansi2004Record => ({
    format: 'ansi378-2004',
    version: ' 20',
    productOwner: 0x5678,
    productType: 0x1234,
    equipmentCompliance: 8,
    equipmentId: 0x789,
    width: 600,
    height: 400,
    resolutionX: 200,
    resolutionY: 180,
    views: [0, 1].map((viewNumber) => ({
      position: 9,
      viewNumber,
      impressionType: 3,
      quality: 45,
      minutiae: [minutia('ansi378-2004', 'ending', 500, 300, 99, 77)],
      extendedData: [{ type: 0x0101, data: new Uint8Array(40_000).fill(viewNumber + 1) }],
    })),
  });

  it('2004: a record of 65536 bytes or more uses the 6-byte length form', () => {
    const bytes = roundTrip(big());
    expect(bytes.length).toBeGreaterThan(0xffff);
    expect(Array.from(bytes.subarray(8, 10))).toEqual([0, 0]);
    expect(new DataView(bytes.buffer).getUint32(10)).toBe(bytes.length);
  });

  it('2004: a smaller record uses the 2-byte form; block lengths include the header', () => {
    const rec = big();
    rec.views[0]!.extendedData = [{ type: 0x4455, data: new Uint8Array([1, 2, 3]) }];
    rec.views[1]!.extendedData = [];
    const bytes = roundTrip(rec);
    expect((bytes[8]! << 8) | bytes[9]!).toBe(bytes.length);
    expect(Buffer.from(bytes).includes(Buffer.from([0x44, 0x55, 0x00, 0x07, 1, 2, 3]))).toBe(true);
  });

  const ansi2009 = (format: Ansi2009Record['format']): Ansi2009Record => ({
    format,
    productOwner: 1,
    productType: 0,
    equipmentCompliance: 0,
    equipmentId: 37,
    views: [
      {
        position: 2,
        viewNumber: 0,
        impressionType: 29,
        quality: 254,
        qualityAlgorithmVendorId: 0x0101,
        qualityAlgorithmId: 0,
        width: 500,
        height: 500,
        resolutionX: 197,
        resolutionY: 197,
        minutiae: [minutia(format, 'other', 1, 2, 179, 255), minutia(format, 'ending', 3, 4, 0, 0)],
        extendedData: [],
      },
    ],
  });

  it('2009 and 2009/AM 1 round-trip; AM 1 needs a view, 2009 does not', () => {
    roundTrip(ansi2009('ansi378-2009am1'));
    roundTrip({ ...ansi2009('ansi378-2009'), views: [] });
    expect(invalid({ ...ansi2009('ansi378-2009am1'), views: [] }).details?.field).toBe('header.viewCount');
  });

  it('2009: a valid record whose vendor fields walk like ISO 2011 views is still read as ANSI', () => {
    // Product owner 1 reads as "1 view", and product type 0, compliance 0, equipment id 37 read as a
    // 37-byte view ending exactly at the 52-byte total: the header alone says ISO 2011.
    const bytes = roundTrip(ansi2009('ansi378-2009'));
    expect(bytes.length).toBe(52);
    expect(detectMinutiaeFormat(bytes)).toBe('iso19794-2:2011');
    expect(parseMinutiaeRecord(bytes).format).toBe('ansi378-2009');
    // Broken both ways, the error names the ISO field and says what the ANSI reading found.
    const broken = bytes.slice();
    broken[42] = 180; // first minutia angle
    const e = (() => {
      try {
        return parseMinutiaeRecord(broken);
      } catch (err) {
        return err as SealmatchError;
      }
    })() as SealmatchError;
    expect(e.code).toBe('E_MALFORMED_RECORD');
    expect(e.details?.ansiField).toBe('views[0].minutiae[0].angle');
    expect(e.message).toContain('read as ANSI 378-2009 instead: views[0].minutiae[0].angle');
  });

  it('2009: angles stop at 179', () => {
    const rec = { ...ansi2009('ansi378-2009'), equipmentId: 0xb5 };
    rec.views[0]!.minutiae[0]!.angle = 180;
    expect(invalid(rec).details?.field).toBe('views[0].minutiae[0].angle');
  });
});

describe('ISO 19794-2:2005 from a real record', () => {
  const fvc = () => parseMinutiaeRecord(new Uint8Array(readFileSync(FVC_101_1))) as Iso2005Record;

  it('edits are written with recomputed lengths', () => {
    const rec = fvc();
    const before = serializeMinutiaeRecord(rec).length;
    rec.views[0]!.minutiae.push(minutia(rec.format, 'bifurcation', 299, 399, 128, 60));
    rec.views[0]!.extendedData.push({ type: 0x0221, data: new Uint8Array([0xaa, 0xbb]) });
    const bytes = roundTrip(rec);
    expect(bytes.length).toBe(before + 6 + 4 + 2);
    // ISO 2005 block length counts the data only.
    expect(Array.from(bytes.subarray(bytes.length - 6))).toEqual([0x02, 0x21, 0x00, 0x02, 0xaa, 0xbb]);
  });

  it('an empty record is 24 bytes', () => {
    expect(roundTrip({ ...fvc(), views: [] })).toHaveLength(24);
  });

  it('values that do not fit or break the structure are refused, naming the field', () => {
    const outside = fvc();
    outside.views[0]!.minutiae[0]!.x = 300;
    expect(invalid(outside).details?.field).toBe('views[0].minutiae[0].x');
    const tooMany = fvc();
    tooMany.views[0]!.minutiae = Array.from({ length: 256 }, () => minutia('iso19794-2:2005', 'ending', 1, 1, 1, 1));
    expect(invalid(tooMany).details?.field).toBe('views[0].minutiae.count');
    const wideId = fvc();
    wideId.equipmentId = 0x1000;
    expect(invalid(wideId).details?.field).toBe('header.equipmentId');
    const wideView = fvc();
    wideView.views[0]!.viewNumber = 16;
    expect(invalid(wideView).details?.field).toBe('views[0].viewNumber');
    const badType = fvc();
    (badType.views[0]!.minutiae[0]! as { type: string }).type = 'delta';
    expect(invalid(badType).details?.field).toBe('views[0].minutiae[0].type');
    const unknown = { ...fvc(), format: 'iso19794-4:2005' } as unknown as MinutiaeRecord;
    expect(invalid(unknown).details?.field).toBe('format');
  });
});
