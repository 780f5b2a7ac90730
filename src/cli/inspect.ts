/**
 * `sealmatch inspect FILE [--lenient]`: prints a finger minutiae record (ISO/IEC 19794-2:2005 /
 * 2011, ANSI/INCITS 378-2004 / 2009 / 2009-AM1; format detected from the bytes) as JSON.
 * --lenient accepts the two header defects found in published sample records (ANSI 378-2004
 * version string "020", a record length field that disagrees with the file size).
 */
import { readFileSync } from 'node:fs';
import { SealmatchError } from '../errors.js';
import { parseMinutiaeRecord, recordToJson } from '../templates/fingerprint/index.js';
import { parseFlags } from './args.js';

export async function inspectCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { lenient: { type: 'boolean', default: false } });
  const file = positionals[0];
  if (!file) throw new SealmatchError('E_INVALID_ARGUMENT', 'usage: sealmatch inspect FILE');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read ${file}: ${(e as Error).message}`);
  }
  const record = parseMinutiaeRecord(bytes, { lenientHeader: values.lenient });
  process.stdout.write(`${JSON.stringify(recordToJson(record), null, 2)}\n`);
  return 0;
}
