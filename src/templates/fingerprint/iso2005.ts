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
import { ByteReader, checkRecordLength } from './byte-reader.js';
import { ByteWriter, invalidField } from './byte-writer.js';
import { readCompactRecordBody, writeCompactRecordBody } from './compact-view.js';
import { legacyVersion } from './detect.js';
import type { Iso2005Record } from './model.js';

/** Parses a record whose identifier and version `detectMinutiaeFormat` has already checked. */
export function parseIso2005(bytes: Uint8Array, lenient: boolean): Iso2005Record {
  const r = new ByteReader(bytes, 8);
  const declaredLength = checkRecordLength(r.u32('header.length'), bytes.length, 'header.length', lenient);
  const body = readCompactRecordBody(r, 'iso19794-2:2005');
  return {
    format: 'iso19794-2:2005',
    version: legacyVersion(bytes),
    ...body,
    ...(declaredLength !== undefined && { declaredLength }),
  };
}

/** Writes the bytes of an ISO 2005 record; the record length is computed. */
export function writeIso2005(rec: Iso2005Record): Uint8Array {
  const body = new ByteWriter();
  writeCompactRecordBody(body, rec, 'iso19794-2:2005');
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
