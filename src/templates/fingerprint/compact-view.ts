/**
 * The finger view of ISO/IEC 19794-2:2005 and ANSI/INCITS 378-2004, identical in
 * layout; the image geometry it is bounded by sits in the record header:
 *
 *   position u8 | view number (4 bits) | impression type (4 bits) | quality u8
 *   | minutiae count u8 | minutiae (6 bytes each) | extended data area
 *
 * The two editions differ only in how an extended data block counts its length.
 */
import type { ByteReader } from './byte-reader.js';
import type { ByteWriter } from './byte-writer.js';
import { checkArray, checkUint } from './byte-writer.js';
import { readExtendedData, writeExtendedData } from './extended-data.js';
import { maxRawAngle, readMinutiae, writeMinutiae } from './minutiae.js';
import type { CompactFingerView } from './model.js';

/** Smallest compact view: 4-byte view header and an empty extended data area. */
export const COMPACT_VIEW_MIN_BYTES = 6;

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
