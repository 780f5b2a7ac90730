/**
 * Operator commands on the custodian's own state database (the custodian may be running: SQLite
 * WAL lets this process write beside it, and the custodian reads alarm state on every decision).
 *
 *   sealmatch custodian-alarms   --state FILE                       alarm count / suspension per matcher credential
 *   sealmatch custodian-reenable --state FILE --credential ID        clear a suspended credential's alarms
 */
import { CustodianState } from '../custodian/state.js';
import { SealmatchError } from '../errors.js';
import { parseFlags } from './args.js';

async function withState<T>(path: string | undefined, fn: (s: CustodianState) => Promise<T>): Promise<T> {
  if (!path) throw new SealmatchError('E_INVALID_ARGUMENT', '--state FILE is required (the custodian\'s state database, e.g. KEYS/custodian-state.db)');
  const state = await CustodianState.open(path);
  try {
    return await fn(state);
  } finally {
    await state.close();
  }
}

export async function custodianAlarmsCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { state: { type: 'string' } });
  const rows = await withState(values.state, async (s) => s.listAlarms());
  for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
  return 0;
}

export async function custodianReenableCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { state: { type: 'string' }, credential: { type: 'string' } });
  if (!values.credential) throw new SealmatchError('E_INVALID_ARGUMENT', '--credential ID is required (see `sealmatch custodian-alarms`)');
  const credential = values.credential;
  await withState(values.state, async (s) => s.reenable(credential, Date.now()));
  process.stdout.write(`${JSON.stringify({ credential, reenabled: true })}\n`);
  return 0;
}
