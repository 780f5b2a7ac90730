/**
 * ISO/IEC 19794-2:2011 finger minutiae record. The 2011 edition rebuilt the record on the common
 * ISO/IEC 19794-1:2011 frame, so it shares only the identifier with the 2005 edition:
 *
 *   general header (15 bytes):
 *     "FMR\0" | "030\0" | record length u32 | view count u16 (>= 1) | certification flag u8 (0/1)
 *   each finger view ("representation"):
 *     representation length u32 (includes itself)
 *     | capture date-time: year u16, month, day, hour, minute, second u8, millisecond u16
 *     | capture device technology u8 | device vendor u16 | device type u16
 *     | quality record count u8 | quality records (score u8, vendor u16, algorithm u16)
 *     | [flag set only] certification record count u8 | (authority u16, scheme u8)
 *     | position u8 | view number u8 | x res u16 | y res u16 | impression type u8
 *     | width u16 | height u16 | minutia size (4 bits: 5 or 6) + ridge ending type (4 bits)
 *     | minutiae count u8 | minutiae (5 or 6 bytes) | extended data area
 *
 * Geometry is per view; the ridge ending convention is declared per view; minutia quality may be
 * absent (5-byte minutiae); extended data block lengths now include the block header. The view
 * count and every representation length must agree exactly with the bytes present.
 */
import { ByteReader, checkCountFits, checkRecordLength, malformedRecord } from './byte-reader.js';
import { ByteWriter, checkArray, checkUint, invalidField } from './byte-writer.js';
import { readExtendedData, writeExtendedData } from './extended-data.js';
import { readMinutiae, writeMinutiae } from './minutiae.js';
import type { CaptureDateTime, CertificationRecord, Iso2011FingerView, Iso2011Record, QualityRecord } from './model.js';

const FORMAT = 'iso19794-2:2011';

/** Representation header without quality/certification records, plus an empty view. */
const VIEW_MIN_BYTES = 34;

/** Parses an ISO 19794-2:2011 record (identifier and version already checked by detection). */
export function parseIso2011(bytes: Uint8Array, lenient: boolean): Iso2011Record {
  const r = new ByteReader(bytes, 8);
  const declaredLength = checkRecordLength(r.u32('header.length'), bytes.length, 'header.length', lenient);
  const count = r.u16('header.viewCount');
  if (count === 0) throw malformedRecord('header.viewCount', 'ISO 19794-2:2011 requires at least one finger view', 12);
  const flagAt = r.offset;
  const flag = r.u8('header.certificationFlag');
  if (flag > 1) throw malformedRecord('header.certificationFlag', `must be 0 or 1, got ${flag}`, flagAt);
  checkCountFits(r, count, VIEW_MIN_BYTES, 'header.viewCount');
  const views: Iso2011FingerView[] = [];
  for (let i = 0; i < count; i++) {
    const field = `views[${i}]`;
    const at = r.offset;
    const length = r.u32(`${field}.length`);
    if (length < VIEW_MIN_BYTES) {
      throw malformedRecord(`${field}.length`, `${length} is below the ${VIEW_MIN_BYTES}-byte minimum view`, at);
    }
    const view = r.sub(length - 4, `${field}.length`);
    views.push(readView(view, flag === 1, field));
    view.expectEnd(`${field}.length`);
  }
  r.expectEnd('record');
  return { format: FORMAT, certificationFlag: flag === 1, views, ...(declaredLength !== undefined && { declaredLength }) };
}

function readView(r: ByteReader, withCertificates: boolean, field: string): Iso2011FingerView {
  const captureDateTime: CaptureDateTime = {
    year: r.u16(`${field}.captureDateTime.year`),
    month: r.u8(`${field}.captureDateTime.month`),
    day: r.u8(`${field}.captureDateTime.day`),
    hour: r.u8(`${field}.captureDateTime.hour`),
    minute: r.u8(`${field}.captureDateTime.minute`),
    second: r.u8(`${field}.captureDateTime.second`),
    millisecond: r.u16(`${field}.captureDateTime.millisecond`),
  };
  const captureDeviceTechnology = r.u8(`${field}.captureDeviceTechnology`);
  const captureDeviceVendorId = r.u16(`${field}.captureDeviceVendorId`);
  const captureDeviceTypeId = r.u16(`${field}.captureDeviceTypeId`);
  const qualityCount = r.u8(`${field}.qualityRecords.count`);
  checkCountFits(r, qualityCount, 5, `${field}.qualityRecords.count`);
  const qualityRecords: QualityRecord[] = [];
  for (let i = 0; i < qualityCount; i++) {
    const f = `${field}.qualityRecords[${i}]`;
    qualityRecords.push({
      score: r.u8(`${f}.score`),
      algorithmVendorId: r.u16(`${f}.algorithmVendorId`),
      algorithmId: r.u16(`${f}.algorithmId`),
    });
  }
  const certificationRecords: CertificationRecord[] = [];
  if (withCertificates) {
    const certCount = r.u8(`${field}.certificationRecords.count`);
    checkCountFits(r, certCount, 3, `${field}.certificationRecords.count`);
    for (let i = 0; i < certCount; i++) {
      const f = `${field}.certificationRecords[${i}]`;
      certificationRecords.push({ authorityId: r.u16(`${f}.authorityId`), schemeId: r.u8(`${f}.schemeId`) });
    }
  }
  const position = r.u8(`${field}.position`);
  const viewNumber = r.u8(`${field}.viewNumber`);
  const resolutionX = r.u16(`${field}.resolutionX`);
  const resolutionY = r.u16(`${field}.resolutionY`);
  const impressionType = r.u8(`${field}.impressionType`);
  const width = r.u16(`${field}.width`);
  const height = r.u16(`${field}.height`);
  const flagsAt = r.offset;
  const flags = r.u8(`${field}.minutiaSize`);
  const minutiaSize = flags >>> 4;
  if (minutiaSize !== 5 && minutiaSize !== 6) {
    throw malformedRecord(`${field}.minutiaSize`, `minutia record size must be 5 or 6 bytes, got ${minutiaSize}`, flagsAt);
  }
  const minutiaQualityPresent = minutiaSize === 6;
  const count = r.u8(`${field}.minutiae.count`);
  const layout = { format: FORMAT, withQuality: minutiaQualityPresent, width, height, maxAngle: 255 } as const;
  const minutiae = readMinutiae(r, count, layout, `${field}.minutiae`);
  const extendedData = readExtendedData(r, FORMAT, `${field}.extendedData`);
  return {
    captureDateTime,
    captureDeviceTechnology,
    captureDeviceVendorId,
    captureDeviceTypeId,
    qualityRecords,
    certificationRecords,
    position,
    viewNumber,
    impressionType,
    resolutionX,
    resolutionY,
    width,
    height,
    ridgeEndingType: flags & 0x0f,
    minutiaQualityPresent,
    minutiae,
    extendedData,
  };
}

/** Writes an ISO 19794-2:2011 record; record and representation lengths are computed. */
export function writeIso2011(rec: Iso2011Record): Uint8Array {
  const views = checkArray(rec.views, 'views');
  const body = new ByteWriter();
  views.forEach((v, i) => {
    const bytes = writeView(v, rec.certificationFlag, `views[${i}]`);
    body.u32(bytes.length + 4, `views[${i}].length`);
    body.bytes(bytes, `views[${i}]`);
  });
  const w = new ByteWriter();
  for (const b of [0x46, 0x4d, 0x52, 0x00, 0x30, 0x33, 0x30, 0x00]) w.u8(b, 'header');
  w.u32(rec.declaredLength ?? 15 + body.length, 'header.length');
  w.u16(views.length, 'header.viewCount');
  w.u8(rec.certificationFlag ? 1 : 0, 'header.certificationFlag');
  w.bytes(body.finish(), 'body');
  return w.finish();
}

function writeView(v: Iso2011FingerView, withCertificates: boolean, field: string): Uint8Array {
  const w = new ByteWriter();
  const t = v.captureDateTime;
  w.u16(t.year, `${field}.captureDateTime.year`);
  w.u8(t.month, `${field}.captureDateTime.month`);
  w.u8(t.day, `${field}.captureDateTime.day`);
  w.u8(t.hour, `${field}.captureDateTime.hour`);
  w.u8(t.minute, `${field}.captureDateTime.minute`);
  w.u8(t.second, `${field}.captureDateTime.second`);
  w.u16(t.millisecond, `${field}.captureDateTime.millisecond`);
  w.u8(v.captureDeviceTechnology, `${field}.captureDeviceTechnology`);
  w.u16(v.captureDeviceVendorId, `${field}.captureDeviceVendorId`);
  w.u16(v.captureDeviceTypeId, `${field}.captureDeviceTypeId`);
  const qualityRecords = checkArray(v.qualityRecords, `${field}.qualityRecords`);
  w.u8(qualityRecords.length, `${field}.qualityRecords.count`);
  qualityRecords.forEach((q, i) => {
    const f = `${field}.qualityRecords[${i}]`;
    w.u8(q.score, `${f}.score`).u16(q.algorithmVendorId, `${f}.algorithmVendorId`).u16(q.algorithmId, `${f}.algorithmId`);
  });
  const certs = checkArray(v.certificationRecords, `${field}.certificationRecords`);
  if (withCertificates) {
    w.u8(certs.length, `${field}.certificationRecords.count`);
    certs.forEach((c, i) => {
      const f = `${field}.certificationRecords[${i}]`;
      w.u16(c.authorityId, `${f}.authorityId`).u8(c.schemeId, `${f}.schemeId`);
    });
  } else if (certs.length > 0) {
    throw invalidField(`${field}.certificationRecords`, 'must be empty when the record certification flag is clear');
  }
  w.u8(v.position, `${field}.position`);
  w.u8(v.viewNumber, `${field}.viewNumber`);
  w.u16(v.resolutionX, `${field}.resolutionX`);
  w.u16(v.resolutionY, `${field}.resolutionY`);
  w.u8(v.impressionType, `${field}.impressionType`);
  w.u16(v.width, `${field}.width`);
  w.u16(v.height, `${field}.height`);
  const ridgeEndingType = checkUint(v.ridgeEndingType, 0x0f, `${field}.ridgeEndingType`);
  w.u8(((v.minutiaQualityPresent ? 6 : 5) << 4) | ridgeEndingType, `${field}.minutiaSize`);
  w.u8(checkArray(v.minutiae, `${field}.minutiae`).length, `${field}.minutiae.count`);
  writeMinutiae(w, v.minutiae, v.minutiaQualityPresent, `${field}.minutiae`);
  writeExtendedData(w, v.extendedData, FORMAT, `${field}.extendedData`);
  return w.finish();
}
