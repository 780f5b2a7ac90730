/**
 * Input files of the evaluation commands, read with a typed one-line error (E_INVALID_ARGUMENT
 * naming the file and the flag it came from) instead of Node's ENOENT stack.
 */
import { readFileSync } from 'node:fs';
import { SealmatchError } from '../errors.js';

const WHY: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'a parent is not a directory' };

/** Why `e` (a failed fs call) failed, in a few words. */
export const fsReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return WHY[code] ?? (e as Error).message;
};

/** The bytes of `path`; `what` names it in the error ("--pairs file"). */
export function readInput(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `cannot read ${what} ${path}: ${fsReason(e)}`);
  }
}

export interface InputLine {
  /** 1-based, counting every line of the file (blank ones too), as an editor shows it. */
  readonly line: number;
  readonly text: string;
}

/** The non-blank lines of a JSON-lines file with their 1-based numbers. */
export function readInputLines(path: string, what: string): InputLine[] {
  return readInput(path, what)
    .toString('utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter((l) => l.text.trim() !== '');
}

/** `text` parsed as JSON, or E_MALFORMED_MESSAGE. */
export function parseJsonLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SealmatchError('E_MALFORMED_MESSAGE', 'not JSON');
  }
}
