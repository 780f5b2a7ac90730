/**
 * The finger view of ISO/IEC 19794-2:2005 and ANSI/INCITS 378-2004, identical in
 * layout; the image geometry it is bounded by sits in the record header:
 *
 *   position u8 | view number (4 bits) | impression type (4 bits) | quality u8
 *   | minutiae count u8 | minutiae (6 bytes each) | extended data area
 *
 * The two editions differ only in how an extended data block counts its length.
 */
import { type ByteReader, checkCountFits, malformedRecord } from './byte-reader.js';
import type { ByteWriter } from './byte-writer.js';
import { checkArray, checkUint } from './byte-writer.js';
import { readExtendedData, writeExtendedData } from './extended-data.js';
import { maxRawAngle, readMinutiae, writeMinutiae } from './minutiae.js';
import type { CompactFingerView, CompactRecordBody } from './model.js';

/** Smallest compact view: 4-byte view header and an empty extended data area. */
export const COMPACT_VIEW_MIN_BYTES = 6;

/** Where a compact view sits: the record format and the image size its minutiae must lie in. */
export interface CompactGeometry {
  format: 'iso19794-2:2005' | 'ansi378-2004';
  width: number;
  height: number;
}

/** Reads one compact finger view; minutiae must lie inside the header's image size. */
export function readCompactView(r: ByteReader, g: CompactGeometry, field: string): CompactFingerView {
  const position = r.u8(`${field}.position`);
  const viewAndImpression = r.u8(`${field}.viewNumber`);
  const quality = r.u8(`${field}.quality`);
  const count = r.u8(`${field}.minutiae.count`);
  const minutiae = readMinutiae(
    r,
    count,
    { format: g.format, withQuality: true, width: g.width, height: g.height, maxAngle: maxRawAngle(g.format) },
    `${field}.minutiae`,
  );
  const extendedData = readExtendedData(r, g.format, `${field}.extendedData`);
  return {
    position,
    viewNumber: viewAndImpression >>> 4,
    impressionType: viewAndImpression & 0x0f,
    quality,
    minutiae,
    extendedData,
  };
}

/** Writes one compact finger view; view number and impression type must fit 4 bits each. */
export function writeCompactView(w: ByteWriter, v: CompactFingerView, format: CompactGeometry['format'], field: string): void {
  w.u8(v.position, `${field}.position`);
  const viewNumber = checkUint(v.viewNumber, 0x0f, `${field}.viewNumber`);
  const impression = checkUint(v.impressionType, 0x0f, `${field}.impressionType`);
  w.u8((viewNumber << 4) | impression, `${field}.viewNumber`);
  w.u8(v.quality, `${field}.quality`);
  w.u8(checkArray(v.minutiae, `${field}.minutiae`).length, `${field}.minutiae.count`);
  writeMinutiae(w, v.minutiae, true, `${field}.minutiae`);
  writeExtendedData(w, v.extendedData, format, `${field}.extendedData`);
}

/**
 * Reads the header fields ISO 2005 and ANSI 2004 share (equipment, image size, resolution, view
 * count, reserved byte) and the views after them, to the end of the record.
 */
export function readCompactRecordBody(r: ByteReader, format: CompactGeometry['format']): CompactRecordBody {
  const equipment = r.u16('header.equipment');
  const width = r.u16('header.width');
  const height = r.u16('header.height');
  const resolutionX = r.u16('header.resolutionX');
  const resolutionY = r.u16('header.resolutionY');
  const count = r.u8('header.viewCount');
  const reserved = r.u8('header.reserved');
  if (reserved !== 0) throw malformedRecord('header.reserved', `must be 0, got ${reserved}`, r.offset - 1);
  checkCountFits(r, count, COMPACT_VIEW_MIN_BYTES, 'header.viewCount');
  const views: CompactFingerView[] = [];
  for (let i = 0; i < count; i++) views.push(readCompactView(r, { format, width, height }, `views[${i}]`));
  r.expectEnd('record');
  return { equipmentCompliance: equipment >>> 12, equipmentId: equipment & 0x0fff, width, height, resolutionX, resolutionY, views };
}

/** Writes what {@link readCompactRecordBody} reads. */
export function writeCompactRecordBody(w: ByteWriter, rec: CompactRecordBody, format: CompactGeometry['format']): void {
  const compliance = checkUint(rec.equipmentCompliance, 0x0f, 'header.equipmentCompliance');
  const id = checkUint(rec.equipmentId, 0x0fff, 'header.equipmentId');
  w.u16((compliance << 12) | id, 'header.equipment');
  w.u16(rec.width, 'header.width');
  w.u16(rec.height, 'header.height');
  w.u16(rec.resolutionX, 'header.resolutionX');
  w.u16(rec.resolutionY, 'header.resolutionY');
  const views = checkArray(rec.views, 'views');
  w.u8(views.length, 'header.viewCount');
  w.u8(0, 'header.reserved');
  views.forEach((v, i) => writeCompactView(w, v, format, `views[${i}]`));
}
