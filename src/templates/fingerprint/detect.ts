/**
 * Which of the five finger minutiae formats a byte string claims to be. All five open with the
 * format identifier "FMR\0" and a 4-byte version, and two pairs share a version:
 *
 *   " 20\0"  ISO/IEC 19794-2:2005 and ANSI/INCITS 378-2004
 *   "030\0"  ISO/IEC 19794-2:2011 and ANSI/INCITS 378-2009
 *   "035\0"  ANSI/INCITS 378-2009/AM 1
 *
 * ("020\0" is read as " 20\0" under `lenientHeader`: ANSI 378-2004's own example record carries it.)
 * Detection looks only at the header's shape; the format's parser then checks everything (and
 * reads a "030" record that fails as ISO 2011 as ANSI 2009 if it can, see parse.ts).
 */
import { SealmatchError } from '../../errors.js';
import { bytesToHex as hex } from '@noble/hashes/utils.js';
import { malformedRecord } from './byte-reader.js';
import type { LegacyVersion, MinutiaeFormat, ParseOptions } from './model.js';

/** "FMR\0": finger minutiae record. */
export const FORMAT_IDENTIFIER: readonly number[] = [0x46, 0x4d, 0x52, 0x00];

const VERSIONS: Readonly<Record<string, 'legacy' | '030' | '035'>> = {
  ' 20': 'legacy',
  '020': 'legacy',
  '030': '030',
  '035': '035',
};

/** Smallest ISO 19794-2:2011 finger view: 19794-1 representation header plus an empty view. */
const ISO2011_MIN_VIEW_BYTES = 34;

function u16(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}

function u32(b: Uint8Array, o: number): number {
  return b[o]! * 2 ** 24 + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
}

/** The version characters of a 2004/2005 record (its header was checked by detection). */
export function legacyVersion(bytes: Uint8Array): LegacyVersion {
  return bytes[4] === 0x30 ? '020' : ' 20';
}

/**
 * Detects the format of a minutiae record. Throws E_MALFORMED_RECORD for empty input, a wrong
 * format identifier, an unsupported version or a header too short to tell; E_INVALID_ARGUMENT when
 * `bytes` is not a Uint8Array.
 *
 * @example
 *   detectMinutiaeFormat(readFileSync('101_1.iso')); // 'iso19794-2:2005'
 */
export function detectMinutiaeFormat(bytes: Uint8Array, options: ParseOptions = {}): MinutiaeFormat {
  if (!(bytes instanceof Uint8Array)) throw new SealmatchError('E_INVALID_ARGUMENT', 'minutiae record must be a Uint8Array');
  if (bytes.length === 0) throw malformedRecord('record', 'empty input');
  const head = bytes.subarray(0, 4);
  if (FORMAT_IDENTIFIER.some((m, i) => i < head.length && head[i] !== m)) {
    throw malformedRecord('header.formatIdentifier', `expected "FMR\\0" (46 4d 52 00), got ${hex(head)}`, 0);
  }
  if (bytes.length < 12) {
    throw malformedRecord('header', `truncated: ${bytes.length} bytes, at least 12 needed to identify the format`);
  }
  const versionText = String.fromCharCode(bytes[4]!, bytes[5]!, bytes[6]!);
  const family = bytes[7] === 0 ? VERSIONS[versionText] : undefined;
  if (family === undefined) throw malformedRecord('header.version', `unsupported version ${hex(bytes.subarray(4, 8))}`, 4);
  if (versionText === '020' && options.lenientHeader !== true) {
    const why = '"020\\0" is not a version of either standard (read as " 20\\0" only with lenientHeader)';
    throw malformedRecord('header.version', why, 4);
  }
  if (family === '035') return 'ansi378-2009am1';
  if (family === '030') return looksLikeIso2011(bytes) ? 'iso19794-2:2011' : 'ansi378-2009';
  return legacyIsAnsi(bytes) ? 'ansi378-2004' : 'iso19794-2:2005';
}

/**
 * ISO 2005 stores the record length in 4 bytes, ANSI 2004 in 2 (or 0x0000 then 4 bytes above
 * 65535). An ANSI record is at least 26 bytes, so a first u16 of 1..25 can only be the high half
 * of an ISO length; a first u16 of 26 or more would be an ISO record of >= 26 * 65536 bytes, past
 * MAX_RECORD_BYTES, so it is ANSI. With 0x0000 the next u16 is the low half of an ISO length
 * (>= 24, the ISO header size) or the high half of a 6-byte ANSI length (< 24 under the size cap).
 */
function legacyIsAnsi(b: Uint8Array): boolean {
  const first = u16(b, 8);
  if (first >= 26) return true;
  if (first > 0) return false;
  return u16(b, 10) < 24;
}

/**
 * The 2011 edition follows the general header (length u32, view count u16, certification flag u8)
 * with views that each open with their own u32 length; ANSI 2009 puts vendor fields there. The
 * record is ISO when walking those view lengths lands exactly on the declared total (or, for a
 * lenient header, on the end of the bytes).
 *
 * When the walk fails the record is ANSI or damaged. ANSI 2009 keeps a reserved zero byte at
 * offset 20 where ISO has the low byte of the first capture year; an ISO-shaped general header
 * with that byte non-zero is taken as a damaged ISO record, so its errors name ISO fields. No
 * record that parses is affected: a valid ANSI record has the zero byte, a valid ISO one walks.
 */
function looksLikeIso2011(b: Uint8Array): boolean {
  if (b.length < 15) return false;
  if (walksAsIso2011(b)) return true;
  return b.length > 20 && u16(b, 12) >= 1 && b[14]! <= 1 && b[20] !== 0;
}

function walksAsIso2011(b: Uint8Array): boolean {
  const total = u32(b, 8);
  const views = u16(b, 12);
  let offset = 15;
  for (let i = 0; i < views; i++) {
    if (offset + 4 > b.length) return false;
    const length = u32(b, offset);
    if (length < ISO2011_MIN_VIEW_BYTES) return false;
    offset += length;
  }
  return offset === total || offset === b.length;
}
