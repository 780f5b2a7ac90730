/**
 * ANSI/INCITS 378 finger minutiae records, three editions:
 *
 * 2004:       "FMR\0" | " 20\0" | length u16, or 0x0000 + u32 when the record is 65536 bytes or more
 *             | CBEFF product owner u16 | product type u16 | compliance (4 bits) + equipment id (12)
 *             | width u16 | height u16 | x res u16 | y res u16 | view count u8 | reserved u8 (0)
 *             | compact finger views (compact-view.ts)
 * 2009:       "FMR\0" | "030\0" | length u32 | product owner u16 | product type u16
 *             | compliance u8 | equipment id u16 | view count u8 | reserved u8 (0) | views:
 *               position u8 | view number u8 | impression type u8 | quality u8
 *               | quality algorithm vendor u16 | quality algorithm id u16
 *               | width u16 | height u16 | x res u16 | y res u16 | minutiae count u8
 *               | minutiae (6 bytes) | extended data area
 * 2009/AM 1:  as 2009 with version "035\0", and a record must hold at least one finger view.
 *
 * Angles are in 2-degree units (0..179). Extended data block lengths include the block header.
 */
import { ByteReader, checkCountFits, checkRecordLength, malformedRecord } from './byte-reader.js';
import { ByteWriter, checkArray } from './byte-writer.js';
import { readCompactRecordBody, writeCompactRecordBody } from './compact-view.js';
import { legacyVersion } from './detect.js';
import { readExtendedData, writeExtendedData } from './extended-data.js';
import { writeLegacyPrefix } from './iso2005.js';
import { maxRawAngle, readMinutiae, writeMinutiae } from './minutiae.js';
import type { Ansi2004Record, Ansi2009FingerView, Ansi2009Record } from './model.js';

/** Fixed part of a 2009 finger view, including the extended data area length. */
const ANSI2009_VIEW_MIN_BYTES = 19;

function checkReserved(r: ByteReader): void {
  const reserved = r.u8('header.reserved');
  if (reserved !== 0) throw malformedRecord('header.reserved', `must be 0, got ${reserved}`, r.offset - 1);
}

/** Parses an ANSI 378-2004 record (identifier and version already checked by detection). */
export function parseAnsi2004(bytes: Uint8Array, lenient: boolean): Ansi2004Record {
  const r = new ByteReader(bytes, 8);
  let length = r.u16('header.length');
  if (length === 0) {
    length = r.u32('header.length');
    // The long form exists only for records of 65536 bytes or more; a shorter record written in it
    // could not be reproduced byte for byte from the model.
    if (length < 0x10000) throw malformedRecord('header.length', `6-byte length form used for a ${length}-byte record`, 8);
  }
  const declaredLength = checkRecordLength(length, bytes.length, 'header.length', lenient);
  const productOwner = r.u16('header.productOwner');
  const productType = r.u16('header.productType');
  const body = readCompactRecordBody(r, 'ansi378-2004');
  return {
    format: 'ansi378-2004',
    version: legacyVersion(bytes),
    productOwner,
    productType,
    ...body,
    ...(declaredLength !== undefined && { declaredLength }),
  };
}

/** Writes an ANSI 378-2004 record; the length form follows the size unless `declaredLength` is kept. */
export function writeAnsi2004(rec: Ansi2004Record): Uint8Array {
  const body = new ByteWriter();
  body.u16(rec.productOwner, 'header.productOwner');
  body.u16(rec.productType, 'header.productType');
  writeCompactRecordBody(body, rec, 'ansi378-2004');
  const out = new ByteWriter();
  writeLegacyPrefix(out, rec.version);
  // The 2-byte form holds 1..65535; 0x0000 announces the 4-byte form, used from 65536 bytes on.
  const short = 8 + 2 + body.length;
  const length = rec.declaredLength ?? (short <= 0xffff ? short : 8 + 6 + body.length);
  if (length >= 1 && length <= 0xffff) {
    out.u16(length, 'header.length');
  } else {
    out.u16(0, 'header.length');
    out.u32(length, 'header.length');
  }
  out.bytes(body.finish(), 'body');
  return out.finish();
}

/** Parses an ANSI 378-2009 or 2009/AM 1 record (identifier and version already checked). */
export function parseAnsi2009(bytes: Uint8Array, format: Ansi2009Record['format'], lenient: boolean): Ansi2009Record {
  const r = new ByteReader(bytes, 8);
  const declaredLength = checkRecordLength(r.u32('header.length'), bytes.length, 'header.length', lenient);
  const productOwner = r.u16('header.productOwner');
  const productType = r.u16('header.productType');
  const equipmentCompliance = r.u8('header.equipmentCompliance');
  const equipmentId = r.u16('header.equipmentId');
  const count = r.u8('header.viewCount');
  checkReserved(r);
  if (count === 0 && format === 'ansi378-2009am1') {
    throw malformedRecord('header.viewCount', 'ANSI 378-2009/AM 1 requires at least one finger view', r.offset - 2);
  }
  checkCountFits(r, count, ANSI2009_VIEW_MIN_BYTES, 'header.viewCount');
  const views: Ansi2009FingerView[] = [];
  for (let i = 0; i < count; i++) views.push(readAnsi2009View(r, format, `views[${i}]`));
  r.expectEnd('record');
  return {
    format,
    productOwner,
    productType,
    equipmentCompliance,
    equipmentId,
    views,
    ...(declaredLength !== undefined && { declaredLength }),
  };
}

function readAnsi2009View(r: ByteReader, format: Ansi2009Record['format'], field: string): Ansi2009FingerView {
  const position = r.u8(`${field}.position`);
  const viewNumber = r.u8(`${field}.viewNumber`);
  const impressionType = r.u8(`${field}.impressionType`);
  const quality = r.u8(`${field}.quality`);
  const qualityAlgorithmVendorId = r.u16(`${field}.qualityAlgorithmVendorId`);
  const qualityAlgorithmId = r.u16(`${field}.qualityAlgorithmId`);
  const width = r.u16(`${field}.width`);
  const height = r.u16(`${field}.height`);
  const resolutionX = r.u16(`${field}.resolutionX`);
  const resolutionY = r.u16(`${field}.resolutionY`);
  const count = r.u8(`${field}.minutiae.count`);
  const layout = { format, withQuality: true, width, height, maxAngle: maxRawAngle(format) };
  const minutiae = readMinutiae(r, count, layout, `${field}.minutiae`);
  const extendedData = readExtendedData(r, format, `${field}.extendedData`);
  return {
    position,
    viewNumber,
    impressionType,
    quality,
    qualityAlgorithmVendorId,
    qualityAlgorithmId,
    width,
    height,
    resolutionX,
    resolutionY,
    minutiae,
    extendedData,
  };
}

/** Writes an ANSI 378-2009 or 2009/AM 1 record; the record length is computed unless kept. */
export function writeAnsi2009(rec: Ansi2009Record): Uint8Array {
  const w = new ByteWriter();
  const minor = rec.format === 'ansi378-2009am1' ? 0x35 : 0x30;
  for (const b of [0x46, 0x4d, 0x52, 0x00, 0x30, 0x33, minor, 0x00]) w.u8(b, 'header');
  const body = new ByteWriter();
  body.u16(rec.productOwner, 'header.productOwner');
  body.u16(rec.productType, 'header.productType');
  body.u8(rec.equipmentCompliance, 'header.equipmentCompliance');
  body.u16(rec.equipmentId, 'header.equipmentId');
  const views = checkArray(rec.views, 'views');
  body.u8(views.length, 'header.viewCount');
  body.u8(0, 'header.reserved');
  views.forEach((v, i) => writeAnsi2009View(body, v, rec.format, `views[${i}]`));
  w.u32(rec.declaredLength ?? 8 + 4 + body.length, 'header.length');
  w.bytes(body.finish(), 'body');
  return w.finish();
}

function writeAnsi2009View(w: ByteWriter, v: Ansi2009FingerView, format: Ansi2009Record['format'], field: string): void {
  w.u8(v.position, `${field}.position`);
  w.u8(v.viewNumber, `${field}.viewNumber`);
  w.u8(v.impressionType, `${field}.impressionType`);
  w.u8(v.quality, `${field}.quality`);
  w.u16(v.qualityAlgorithmVendorId, `${field}.qualityAlgorithmVendorId`);
  w.u16(v.qualityAlgorithmId, `${field}.qualityAlgorithmId`);
  w.u16(v.width, `${field}.width`);
  w.u16(v.height, `${field}.height`);
  w.u16(v.resolutionX, `${field}.resolutionX`);
  w.u16(v.resolutionY, `${field}.resolutionY`);
  w.u8(checkArray(v.minutiae, `${field}.minutiae`).length, `${field}.minutiae.count`);
  writeMinutiae(w, v.minutiae, true, `${field}.minutiae`);
  writeExtendedData(w, v.extendedData, format, `${field}.extendedData`);
}
