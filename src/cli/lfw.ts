/**
 * Reads the LFW dlib embeddings from the shared evaluation data (never copied into the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SealmatchError } from '../errors.js';
import { fsReason } from './input-files.js';

export interface LfwPerson {
  readonly name: string;
  readonly embeddings: number[][];
}

const LFW_FILE = 'face/lfw10-dlib128.json';

/** Locates ../shared/data relative to the project root (or SEALMATCH_DATA). */
export function sharedDataDir(): string {
  const fromEnv = process.env.SEALMATCH_DATA;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new SealmatchError('E_INVALID_ARGUMENT', `SEALMATCH_DATA=${fromEnv}: no such folder (it names the data folder holding face/ and fingerprint/)`);
    return fromEnv;
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = resolve(dir, '../shared/data');
    if (existsSync(candidate)) return candidate;
    dir = resolve(dir, '..');
  }
  throw new SealmatchError('E_INVALID_ARGUMENT', 'cannot find ../shared/data (set SEALMATCH_DATA to the data folder holding face/ and fingerprint/)');
}

export function loadLfw(): LfwPerson[] {
  const dir = sharedDataDir();
  const file = resolve(dir, LFW_FILE);
  const where = process.env.SEALMATCH_DATA ? `SEALMATCH_DATA=${dir}` : dir;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `${where}: cannot read ${LFW_FILE} there (${fsReason(e)})`);
  }
  try {
    return JSON.parse(text) as LfwPerson[];
  } catch {
    throw new SealmatchError('E_MALFORMED_MESSAGE', `${file} is not JSON`);
  }
}
