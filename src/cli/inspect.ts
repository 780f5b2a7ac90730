/**
 * `sealmatch inspect FILE [--lenient]`: prints a finger minutiae record (ISO/IEC 19794-2:2005 /
 * 2011, ANSI/INCITS 378-2004 / 2009 / 2009-AM1; format detected from the bytes) as JSON.
 * --lenient accepts the two header defects found in published sample records (ANSI 378-2004
 * version string "020", a record length field that disagrees with the file size).
 */
import { recordToJson } from '../templates/fingerprint/index.js';
import { parseCommandLine } from './args.js';
import { parseRecordFlag } from './finger-records.js';
import { readInput } from './input-files.js';

export async function inspectCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine('inspect', argv);
  const file = positionals[0]!;
  const record = parseRecordFlag(new Uint8Array(readInput(file, 'record')), values.lenient);
  process.stdout.write(`${JSON.stringify(recordToJson(record), null, 2)}\n`);
  return 0;
}
