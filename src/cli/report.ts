/**
 * How `sealmatch` reports a failure: one line on stderr, `sealmatch COMMAND: CODE: why`, the
 * code stated once, never a stack trace for a user's mistake. Exit code 2 for a usage error
 * (the command line is wrong), 1 for anything else.
 */
import { isSealmatchError, type SealmatchError } from '../errors.js';
import { UsageError } from './args.js';
import { fsReason } from './input-files.js';

/** The message of `e` without its leading `CODE: ` (SealmatchError puts it there), on one line. */
export function reason(e: SealmatchError): string {
  let m = e.message;
  // Wrapped errors may carry the same prefix more than once: state the code once.
  while (m.startsWith(`${e.code}: `)) m = m.slice(e.code.length + 2);
  return oneLine(m);
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

/** Node's system errors (ENOENT, EACCES, EADDRINUSE...) that reach the top: what a user can act on. */
function systemError(e: unknown): { code: string; text: string } | undefined {
  const err = e as NodeJS.ErrnoException & { address?: string; port?: number };
  if (!(err instanceof Error) || typeof err.code !== 'string' || typeof err.syscall !== 'string') return undefined;
  if (err.code === 'EADDRINUSE') return { code: 'E_UNAVAILABLE', text: `port ${err.port ?? '?'} on ${err.address ?? '?'} is already in use (another sealmatch or service?): choose another with --port` };
  const what = err.path ? `${err.syscall} ${err.path}` : err.syscall;
  return { code: 'E_INVALID_ARGUMENT', text: `cannot ${what}: ${oneLine(err.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, ''))}` };
}

/** `: no such file` when a typed error wraps a failed system call (cannot read PATH, cannot create PATH). */
function causeOf(e: SealmatchError): string {
  const cause = (e as { cause?: unknown }).cause as NodeJS.ErrnoException | undefined;
  return cause instanceof Error && typeof cause.code === 'string' && typeof cause.syscall === 'string' ? `: ${fsReason(cause)}` : '';
}

/** Formats `e` for stderr; returns the line (with its newline) and the exit code. */
export function describeFailure(command: string | undefined, e: unknown): { line: string; exitCode: 1 | 2 } {
  const who = command ? `sealmatch ${command}` : 'sealmatch';
  if (e instanceof UsageError) {
    const hint = e.command && e.command !== 'help' ? `; see: sealmatch help ${e.command}` : '';
    return { line: `${who}: ${e.code}: ${reason(e)}${hint}\n`, exitCode: 2 };
  }
  if (isSealmatchError(e)) return { line: `${who}: ${e.code}: ${reason(e)}${causeOf(e)}\n`, exitCode: 1 };
  const sys = systemError(e);
  if (sys) return { line: `${who}: ${sys.code}: ${sys.text}\n`, exitCode: 1 };
  // Not a mistake of the user's: a bug. One line, the stack on request.
  const text = e instanceof Error ? oneLine(`${e.name}: ${e.message}`) : oneLine(String(e));
  const debug = process.env.SEALMATCH_DEBUG ? `\n${(e as Error)?.stack ?? ''}` : ' (a bug: SEALMATCH_DEBUG=1 prints the stack)';
  return { line: `${who}: E_INTERNAL: ${text}${debug}\n`, exitCode: 1 };
}

/** `FILE:LINE: CODE: why` for a bad input line that a command skips (eval, identify-eval). */
export function badLine(command: string, file: string, line: number, e: SealmatchError): string {
  return `sealmatch ${command}: ${file}:${line}: ${e.code}: ${reason(e)}\n`;
}
