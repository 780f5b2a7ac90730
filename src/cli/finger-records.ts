/**
 * Reading a finger minutiae record on the command line: the parser's errors in the CLI's words.
 * The parser's option is `lenientHeader`; the user's is `--lenient`, and a record refused for a
 * header defect that `--lenient` admits (the standards' own sample records carry them) says so.
 */
import { SealmatchError, isSealmatchError } from '../errors.js';
import { parseMinutiaeRecord, type MinutiaeRecord } from '../templates/fingerprint/index.js';
import { reason } from './report.js';

export function parseRecordFlag(bytes: Uint8Array, lenient: boolean): MinutiaeRecord {
  try {
    return parseMinutiaeRecord(bytes, { lenientHeader: lenient });
  } catch (e) {
    if (!isSealmatchError(e, 'E_MALFORMED_RECORD')) throw e;
    const why = reason(e).replaceAll('with lenientHeader', 'with --lenient').replaceAll('lenientHeader', '--lenient');
    let admitted = false;
    if (!lenient) {
      try {
        parseMinutiaeRecord(bytes, { lenientHeader: true });
        admitted = true;
      } catch {
        admitted = false;
      }
    }
    throw new SealmatchError('E_MALFORMED_RECORD', admitted ? `${why}; a known header defect of published sample records: --lenient accepts it` : why, e.details ? { ...e.details } : undefined);
  }
}
