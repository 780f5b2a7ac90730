/**
 * `sealmatch audit-verify --log FILE --key HEX [--sth FILE] [--inclusion FILE] [--consistency FILE]`
 * Offline verification of an exported audit log (GET /v1/audit/export), with no access to the
 * server: every leaf recomputed, the Merkle root and the signed tree head checked, sequence
 * numbers contiguous. Prints a JSON report; exit code 0 only when everything verifies.
 */
import { readFileSync } from 'node:fs';
import { verifyExportedLog } from '../audit/verify.js';
import { SealmatchError } from '../errors.js';
import { parseFlags } from './args.js';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read JSON from ${path}: ${(e as Error).message}`);
  }
}

export async function auditVerifyCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { log: { type: 'string' }, key: { type: 'string' }, sth: { type: 'string' } });
  if (!values.log || !values.key) throw new SealmatchError('E_INVALID_ARGUMENT', '--log FILE and --key HEX (the log public key) are required');
  if (!/^[0-9a-f]{64}$/.test(values.key)) throw new SealmatchError('E_INVALID_ARGUMENT', '--key must be 64 hex digits');
  const key = new Uint8Array(Buffer.from(values.key, 'hex'));
  const report = verifyExportedLog(readJson(values.log), key, values.sth ? { treeHead: readJson(values.sth) } : {});
  process.stdout.write(`${JSON.stringify(report, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))}\n`);
  return report.ok ? 0 : 1;
}
