/**
 * Minimal flag parsing for the `sealmatch` command (node:util parseArgs with typed errors).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SealmatchError } from '../errors.js';

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', (e as Error).message);
  }
}
