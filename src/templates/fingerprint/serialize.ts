/**
 * `serializeMinutiaeRecord`: the typed model back to the bytes of its format.
 *
 * Field widths are checked while writing; the semantic rules (coordinates inside the image, angle
 * range, at least one view where required, ...) live once, in the parser, and the output is read
 * back through it. So serialization returns only bytes `parseMinutiaeRecord` accepts as the same
 * format, and a model that cannot be written gets `E_INVALID_ARGUMENT` naming the field.
 */
import { SealmatchError, isSealmatchError } from '../../errors.js';
import { writeAnsi2004, writeAnsi2009 } from './ansi378.js';
import { invalidField } from './byte-writer.js';
import { writeIso2005 } from './iso2005.js';
import { writeIso2011 } from './iso2011.js';
import { MAX_RECORD_BYTES, type MinutiaeRecord } from './model.js';
import { parseMinutiaeRecord } from './parse.js';

function write(rec: MinutiaeRecord): Uint8Array {
  switch (rec.format) {
    case 'iso19794-2:2005':
      return writeIso2005(rec);
    case 'ansi378-2004':
      return writeAnsi2004(rec);
    case 'ansi378-2009':
    case 'ansi378-2009am1':
      return writeAnsi2009(rec);
    case 'iso19794-2:2011':
      return writeIso2011(rec);
    default:
      throw invalidField('format', `unknown minutiae format ${String((rec as { format?: unknown }).format)}`);
  }
}

/**
 * Serializes a minutiae record. Counts and lengths are computed from the model (the one exception:
 * a `declaredLength` kept by `lenientHeader` is written as found). Throws E_INVALID_ARGUMENT when a
 * field does not fit or the result would not parse back as the same format.
 *
 * @example
 *   const bytes = serializeMinutiaeRecord(parseMinutiaeRecord(original)); // equals `original`
 */
export function serializeMinutiaeRecord(rec: MinutiaeRecord): Uint8Array {
  if (typeof rec !== 'object' || rec === null) throw invalidField('record', 'must be a minutiae record object');
  const bytes = write(rec);
  if (bytes.length > MAX_RECORD_BYTES) {
    throw invalidField('record', `${bytes.length} bytes exceeds the ${MAX_RECORD_BYTES}-byte limit for minutiae records`);
  }
  // A record that came through lenientHeader keeps its defect; only such a record may write one.
  const lenientHeader = rec.declaredLength !== undefined || ('version' in rec && rec.version === '020');
  let readBack: MinutiaeRecord;
  try {
    readBack = parseMinutiaeRecord(bytes, { lenientHeader });
  } catch (e) {
    if (!isSealmatchError(e, 'E_MALFORMED_RECORD')) throw e;
    const reason = e.message.replace(/^E_MALFORMED_RECORD: /, '');
    throw new SealmatchError('E_INVALID_ARGUMENT', `record cannot be serialized: ${reason}`, { ...e.details }, { cause: e });
  }
  if (readBack.format !== rec.format) {
    // ISO 19794-2:2011 and ANSI 378-2009 share "FMR\0030\0"; rare field values make one read as the other.
    throw invalidField('format', `the written ${rec.format} bytes would be read back as ${readBack.format}`);
  }
  return bytes;
}
