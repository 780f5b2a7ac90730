/**
 * Reads the LFW dlib embeddings from the shared evaluation data (never copied into the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SealmatchError } from '../errors.js';

export interface LfwPerson {
  readonly name: string;
  readonly embeddings: number[][];
}

/** Locates ../shared/data relative to the project root (or SEALMATCH_DATA). */
export function sharedDataDir(): string {
  if (process.env.SEALMATCH_DATA) return process.env.SEALMATCH_DATA;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = resolve(dir, '../shared/data');
    if (existsSync(candidate)) return candidate;
    dir = resolve(dir, '..');
  }
  throw new SealmatchError('E_INVALID_ARGUMENT', 'cannot find ../shared/data (set SEALMATCH_DATA)');
}

export function loadLfw(): LfwPerson[] {
  const file = resolve(sharedDataDir(), 'face/lfw10-dlib128.json');
  return JSON.parse(readFileSync(file, 'utf8')) as LfwPerson[];
}
