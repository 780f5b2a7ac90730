/**
 * Operator commands on the custodian's own state database (the custodian may be running: SQLite
 * WAL lets this process write beside it, and the custodian reads alarm state on every decision).
 *
 *   sealmatch custodian-alarms   --state FILE                       alarm count / suspension per matcher credential
 *   sealmatch custodian-reenable --state FILE --credential ID        clear a suspended credential's alarms
 */
import { existsSync } from 'node:fs';
import { CustodianState } from '../custodian/state.js';
import { SealmatchError } from '../errors.js';
import { parseCommandLine, required } from './args.js';

async function withState<T>(path: string, fn: (s: CustodianState) => Promise<T>): Promise<T> {
  // Opening would create an empty database: a mistyped path must not pass for "no alarms".
  if (!existsSync(path)) throw new SealmatchError('E_INVALID_ARGUMENT', `no custodian state database at ${path} (default KEYS/custodian-state.db)`);
  const state = await CustodianState.open(path);
  try {
    return await fn(state);
  } finally {
    await state.close();
  }
}

export async function custodianAlarmsCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('custodian-alarms', argv);
  const rows = await withState(required('custodian-alarms', 'state', values.state, "(the custodian's state database, e.g. KEYS/custodian-state.db)"), async (s) => s.listAlarms());
  for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  return 0;
}

export async function custodianReenableCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('custodian-reenable', argv);
  const state = required('custodian-reenable', 'state', values.state, "(the custodian's state database, e.g. KEYS/custodian-state.db)");
  const credential = required('custodian-reenable', 'credential', values.credential, '(see `sealmatch custodian-alarms`)');
  await withState(state, async (s) => s.reenable(credential, Date.now()));
  process.stdout.write(`${JSON.stringify({ credential, reenabled: true })}\n`);
  return 0;
}
