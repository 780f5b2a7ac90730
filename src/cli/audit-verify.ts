/**
 * `sealmatch audit-verify --log FILE --key HEX [--sth FILE]`
 * Offline verification of an exported audit log (GET /v1/audit/export), with no access to the
 * server: every leaf recomputed, the Merkle root and the signed tree head checked, sequence
 * numbers contiguous. Prints a JSON report; exit code 0 only when everything verifies.
 *
 * The export is paged (src/audit/export-page.ts); FILE holds every page, concatenated as JSON
 * Lines (one page per line, streamed: memory stays at one page however long the log), or as one
 * JSON array of pages. A one-document export (`exportAuditLog`, the custodian's route) is
 * accepted as before.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { AUDIT_EXPORT_PAGE_FORMAT } from '../audit/export-page.js';
import { verifyExportedLog, type VerifyExportedLogOptions } from '../audit/verify.js';
import { ExportedPagesVerifier } from '../audit/verify-pages.js';
import type { AuditVerifyReport } from '../audit/verify-report.js';
import { SealmatchError } from '../errors.js';
import { UsageError, parseCommandLine, required } from './args.js';

// The command's help (flags, the curl/jq recipe for fetching the pages) lives in commands.ts.

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read JSON from ${path}: ${(e as Error).message}`);
  }
}

const isPage = (doc: unknown): boolean => typeof doc === 'object' && doc !== null && (doc as Record<string, unknown>)['format'] === AUDIT_EXPORT_PAGE_FORMAT;

/**
 * Verifies FILE: JSON Lines of pages are streamed through {@link ExportedPagesVerifier}; anything
 * else (a pretty-printed document, an array of pages) is parsed whole.
 */
export async function verifyExportFile(path: string, key: Uint8Array, options: VerifyExportedLogOptions): Promise<AuditVerifyReport> {
  let lines: ReturnType<typeof createInterface>;
  try {
    lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read ${path}: ${(e as Error).message}`);
  }
  let verifier: ExportedPagesVerifier | undefined;
  let single: unknown;
  let n = 0;
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let doc: unknown;
      try {
        doc = JSON.parse(line);
      } catch (e) {
        // Not JSON Lines (e.g. pretty-printed JSON): parse the file as one document.
        if (n === 0) {
          lines.close();
          return verifyExportedLog(readJson(path), key, options);
        }
        throw new SealmatchError('E_INVALID_ARGUMENT', `${path} line ${n + 1} is not JSON: ${(e as Error).message}`);
      }
      n++;
      if (n === 1 && !isPage(doc)) {
        single = doc;
        continue;
      }
      if (single !== undefined) throw new SealmatchError('E_INVALID_ARGUMENT', `${path}: a one-document export or array must be alone in the file`);
      verifier ??= new ExportedPagesVerifier(key, options);
      verifier.add(doc);
    }
  } catch (e) {
    if (e instanceof SealmatchError) throw e;
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read ${path}: ${(e as Error).message}`);
  }
  if (verifier) return verifier.finish();
  if (single === undefined) throw new SealmatchError('E_INVALID_ARGUMENT', `${path} is empty`);
  return verifyExportedLog(single, key, options);
}

export async function auditVerifyCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('audit-verify', argv);
  const log = required('audit-verify', 'log', values.log);
  const hex = required('audit-verify', 'key', values.key, "(the log's public key)");
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new UsageError('--key must be 64 hex digits', 'audit-verify');
  const key = new Uint8Array(Buffer.from(hex, 'hex'));
  if (!existsSync(log)) throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read --log file ${log}: no such file`);
  const report = await verifyExportFile(log, key, values.sth ? { treeHead: readJson(values.sth) } : {});
  process.stdout.write(`${JSON.stringify(report, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))}\n`);
  return report.ok ? 0 : 1;
}
