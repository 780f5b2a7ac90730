/**
 * Test fixtures: shared evaluation data and a fresh in-process deployment.
 */
import { createHash } from 'node:crypto';
import { SealmatchError } from '../src/errors.js';
import { asSubjectRef, type SubjectRef } from '../src/subjects/subject-reference.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data');

export interface LfwPerson {
  name: string;
  embeddings: number[][];
}

export function lfw(): LfwPerson[] {
  const file = resolve(SHARED_DATA, 'face/lfw10-dlib128.json');
  if (!existsSync(file)) throw new Error(`evaluation data missing: ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as LfwPerson[];
}

/** All LFW pairs (i < j) with their genuine flag. */
export function lfwPairs(people: LfwPerson[]): { a: number[]; b: number[]; ia: number; ib: number; genuine: boolean }[] {
  const flat = people.flatMap((p, pi) => p.embeddings.map((e) => ({ e, pi })));
  const pairs = [];
  for (let i = 0; i < flat.length; i++) {
    for (let j = i + 1; j < flat.length; j++) {
      pairs.push({ a: flat[i]!.e, b: flat[j]!.e, ia: i, ib: j, genuine: flat[i]!.pi === flat[j]!.pi });
    }
  }
  return pairs;
}

export function flatEmbeddings(people: LfwPerson[]): number[][] {
  return people.flatMap((p) => p.embeddings);
}

/** The SealmatchError code `f` throws, or undefined if it returns; rethrows any other error. */
export function errorCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof SealmatchError) return e.code;
    throw e;
  }
  return undefined;
}

/** The SealmatchError code the async `f` rejects with, or undefined if it resolves; rethrows any other error. */
export async function asyncErrorCode(f: () => unknown): Promise<string | undefined> {
  try {
    await f();
  } catch (e) {
    if (e instanceof SealmatchError) return e.code;
    throw e;
  }
  return undefined;
}

/** A well-formed subject reference for a test label: SHA-256(label) in hex (stands in for HMAC(bank key, IIN)). */
export function testRef(label: string): SubjectRef {
  return asSubjectRef(createHash('sha256').update(label).digest('hex'));
}
