/**
 * Minutia records, the one structure all five formats share (ISO/IEC 19794-2:2005 and 2011,
 * INCITS 378-2004 and 2009):
 *
 *   type (2 bits) | x (14 bits) | reserved (2 bits, zero) | y (14 bits) | angle u8 | [quality u8]
 *
 * Quality is absent only in ISO 2011 views whose minutia size nibble is 5.
 */
import type { ByteReader } from './byte-reader.js';
import { malformedRecord } from './byte-reader.js';
import type { ByteWriter } from './byte-writer.js';
import { invalidField } from './byte-writer.js';
import { MINUTIA_TYPE_BY_CODE, angleToDegrees, minutiaTypeCode } from './codes.js';
import type { Minutia, MinutiaeFormat } from './model.js';

export interface MinutiaLayout {
  format: MinutiaeFormat;
  withQuality: boolean;
  /** Image size the coordinates must stay strictly inside. */
  width: number;
  height: number;
  /** Largest raw angle the edition allows: 255 (ISO, ANSI 2004 as practised) or 179 (ANSI 2009). */
  maxAngle: number;
}

/** Largest raw angle accepted for a format; see `Minutia.angle`. */
export function maxRawAngle(format: MinutiaeFormat): number {
  return format === 'ansi378-2009' || format === 'ansi378-2009am1' ? 179 : 255;
}

/** Reads `count` minutiae; the count is checked against the bytes present before any is read. */
export function readMinutiae(r: ByteReader, count: number, layout: MinutiaLayout, field: string): Minutia[] {
  const size = layout.withQuality ? 6 : 5;
  if (count * size > r.remaining) {
    throw malformedRecord(
      `${field}.count`,
      `${count} minutiae need ${count * size} bytes, only ${r.remaining} left in the view`,
      r.offset,
    );
  }
  const out: Minutia[] = [];
  for (let i = 0; i < count; i++) out.push(readMinutia(r, layout, `${field}[${i}]`));
  return out;
}

function readMinutia(r: ByteReader, layout: MinutiaLayout, field: string): Minutia {
  const at = r.offset;
  const typeAndX = r.u16(`${field}.x`);
  const typeCode = typeAndX >>> 14;
  const type = MINUTIA_TYPE_BY_CODE[typeCode];
  if (type === undefined) throw malformedRecord(`${field}.type`, `type code ${typeCode} is reserved`, at);
  const x = typeAndX & 0x3fff;
  const rawY = r.u16(`${field}.y`);
  if (rawY >>> 14 !== 0) throw malformedRecord(`${field}.y`, 'reserved top bits are set', at + 2);
  const y = rawY;
  if (x >= layout.width) throw malformedRecord(`${field}.x`, `${x} is not below the image width ${layout.width}`, at);
  if (y >= layout.height) throw malformedRecord(`${field}.y`, `${y} is not below the image height ${layout.height}`, at + 2);
  const angle = r.u8(`${field}.angle`);
  if (angle > layout.maxAngle) {
    throw malformedRecord(`${field}.angle`, `${angle} exceeds ${layout.maxAngle}, the largest angle of this edition`, at + 4);
  }
  const quality = layout.withQuality ? r.u8(`${field}.quality`) : null;
  return { type, x, y, angle, angleDegrees: angleToDegrees(layout.format, angle), quality };
}

/** Writes minutiae in record layout; field widths are checked, semantic limits are left to re-parse. */
export function writeMinutiae(w: ByteWriter, minutiae: readonly Minutia[], withQuality: boolean, field: string): void {
  minutiae.forEach((m, i) => {
    const f = `${field}[${i}]`;
    const typeCode = minutiaTypeCode(m.type);
    if (typeCode < 0) throw invalidField(`${f}.type`, `unknown minutia type ${String(m.type)}`);
    if (!Number.isInteger(m.x) || m.x < 0 || m.x > 0x3fff) throw invalidField(`${f}.x`, 'must be a 14-bit integer');
    if (!Number.isInteger(m.y) || m.y < 0 || m.y > 0x3fff) throw invalidField(`${f}.y`, 'must be a 14-bit integer');
    w.u16((typeCode << 14) | m.x, `${f}.x`);
    w.u16(m.y, `${f}.y`);
    w.u8(m.angle, `${f}.angle`);
    if (withQuality) {
      if (m.quality === null) throw invalidField(`${f}.quality`, 'is null but the view stores minutia quality');
      w.u8(m.quality, `${f}.quality`);
    } else if (m.quality !== null) {
      throw invalidField(`${f}.quality`, 'must be null when the view omits minutia quality');
    }
  });
}
