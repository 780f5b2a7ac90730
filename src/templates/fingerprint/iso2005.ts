/**
 * ISO/IEC 19794-2:2005 finger minutiae record (the record format, not the card formats):
 *
 *   "FMR\0" | " 20\0" | record length u32 | equipment compliance (4 bits) + equipment id (12 bits)
 *   | width u16 | height u16 | x resolution u16 | y resolution u16 | view count u8 | reserved u8 (0)
 *   | finger views (compact-view.ts)
 *
 * The header is 24 bytes. Minutia angles are in units of 360/256 degrees; a block length in the
 * extended data counts the block's data only (in ISO 2011 and every ANSI edition it includes the
 * 4-byte block header).
 */
import { ByteReader, checkCountFits, checkRecordLength, malformedRecord } from './byte-reader.js';
import { ByteWriter, checkArray, checkUint, invalidField } from './byte-writer.js';
import { COMPACT_VIEW_MIN_BYTES, readCompactView, writeCompactView } from './compact-view.js';
import { legacyVersion } from './detect.js';
import type { CompactFingerView, Iso2005Record } from './model.js';

/** Parses a record whose identifier and version `detectMinutiaeFormat` has already checked. */
export function parseIso2005(bytes: Uint8Array, lenient: boolean): Iso2005Record {
  const r = new ByteReader(bytes, 8);
  const declaredLength = checkRecordLength(r.u32('header.length'), bytes.length, 'header.length', lenient);
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
  for (let i = 0; i < count; i++) {
    views.push(readCompactView(r, { format: 'iso19794-2:2005', width, height }, `views[${i}]`));
  }
  r.expectEnd('record');
  return {
    format: 'iso19794-2:2005',
    version: legacyVersion(bytes),
    equipmentCompliance: equipment >>> 12,
    equipmentId: equipment & 0x0fff,
    width,
    height,
    resolutionX,
    resolutionY,
    views,
    ...(declaredLength !== undefined && { declaredLength }),
  };
}

/** Writes the bytes of an ISO 2005 record; the record length is computed. */
export function writeIso2005(rec: Iso2005Record): Uint8Array {
  const body = new ByteWriter();
  const compliance = checkUint(rec.equipmentCompliance, 0x0f, 'header.equipmentCompliance');
  const id = checkUint(rec.equipmentId, 0x0fff, 'header.equipmentId');
  body.u16((compliance << 12) | id, 'header.equipment');
  body.u16(rec.width, 'header.width');
  body.u16(rec.height, 'header.height');
  body.u16(rec.resolutionX, 'header.resolutionX');
  body.u16(rec.resolutionY, 'header.resolutionY');
  const views = checkArray(rec.views, 'views');
  body.u8(views.length, 'header.viewCount');
  body.u8(0, 'header.reserved');
  views.forEach((v, i) => writeCompactView(body, v, 'iso19794-2:2005', `views[${i}]`));
  const out = new ByteWriter();
  writeLegacyPrefix(out, rec.version);
  out.u32(rec.declaredLength ?? 8 + 4 + body.length, 'header.length');
  out.bytes(body.finish(), 'body');
  return out.finish();
}

/** "FMR\0" and the version of the 2004/2005 family. */
export function writeLegacyPrefix(w: ByteWriter, version: Iso2005Record['version']): void {
  if (version !== ' 20' && version !== '020') {
    throw invalidField('header.version', `must be " 20" or "020", got ${String(version)}`);
  }
  for (const b of [0x46, 0x4d, 0x52, 0x00, version.charCodeAt(0), 0x32, 0x30, 0x00]) w.u8(b, 'header');
}
