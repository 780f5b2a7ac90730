/**
 * `parseMinutiaeRecord`: bytes of any of the five finger minutiae formats to the typed model.
 *
 * Strict by design: the declared record length must equal the bytes present, every count and
 * length inside must agree with what follows, reserved bits must be clear and coordinates must lie
 * inside the image. Anything else is `E_MALFORMED_RECORD` naming the field; no partial record is
 * ever returned. Values the standards constrain but that do not change the structure (quality
 * ranges, finger position codes, extended data block types) are kept as they are.
 */
import { SealmatchError, isSealmatchError } from '../../errors.js';
import { parseAnsi2004, parseAnsi2009 } from './ansi378.js';
import { malformedRecord } from './byte-reader.js';
import { detectMinutiaeFormat } from './detect.js';
import { parseIso2005 } from './iso2005.js';
import { parseIso2011 } from './iso2011.js';
import { MAX_RECORD_BYTES, type MinutiaeRecord, type ParseOptions } from './model.js';

/**
 * Parses a finger minutiae record (ISO/IEC 19794-2:2005/2011, ANSI/INCITS 378-2004/2009/2009 AM 1).
 * Invariant: `serializeMinutiaeRecord(parseMinutiaeRecord(b, o))` is byte-identical to `b`.
 * `options.lenientHeader` admits the header defects of the standards' own examples (see ParseOptions).
 *
 * @example
 *   const rec = parseMinutiaeRecord(readFileSync('101_1.iso'));
 *   rec.format; // 'iso19794-2:2005'
 *   rec.views[0].minutiae.length; // 25
 */
export function parseMinutiaeRecord(bytes: Uint8Array, options: ParseOptions = {}): MinutiaeRecord {
  if (!(bytes instanceof Uint8Array)) throw new SealmatchError('E_INVALID_ARGUMENT', 'minutiae record must be a Uint8Array');
  if (bytes.length > MAX_RECORD_BYTES) {
    throw malformedRecord('record', `${bytes.length} bytes exceeds the ${MAX_RECORD_BYTES}-byte limit for minutiae records`);
  }
  const lenient = options.lenientHeader === true;
  const format = detectMinutiaeFormat(bytes, options);
  switch (format) {
    case 'iso19794-2:2005':
      return parseIso2005(bytes, lenient);
    case 'ansi378-2004':
      return parseAnsi2004(bytes, lenient);
    case 'ansi378-2009':
    case 'ansi378-2009am1':
      return parseAnsi2009(bytes, format, lenient);
    case 'iso19794-2:2011':
      return parseIso2011OrAnsi2009(bytes, lenient);
  }
}

/**
 * "FMR\0030\0" is both ISO 19794-2:2011 and ANSI 378-2009, and detection can only guess from the
 * header's shape. A valid ANSI record whose vendor fields happen to walk like ISO view lengths is
 * still ANSI: when the ISO reading fails, the ANSI one is tried. If both fail the error is the
 * ISO one, with the ANSI reading's complaint appended. (The other way round cannot happen: a record
 * that parses as ISO walks as ISO.)
 */
function parseIso2011OrAnsi2009(bytes: Uint8Array, lenient: boolean): MinutiaeRecord {
  try {
    return parseIso2011(bytes, lenient);
  } catch (isoError) {
    if (!isSealmatchError(isoError, 'E_MALFORMED_RECORD')) throw isoError;
    try {
      return parseAnsi2009(bytes, 'ansi378-2009', lenient);
    } catch (ansiError) {
      if (!isSealmatchError(ansiError, 'E_MALFORMED_RECORD')) throw ansiError;
      const strip = (e: SealmatchError) => e.message.replace(/^E_MALFORMED_RECORD: /, '');
      throw new SealmatchError(
        'E_MALFORMED_RECORD',
        `${strip(isoError)} (read as ANSI 378-2009 instead: ${strip(ansiError)})`,
        { ...isoError.details, ansiField: ansiError.details?.field },
      );
    }
  }
}
