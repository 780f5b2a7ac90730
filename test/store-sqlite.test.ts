/**
 * The store suite on SQLite (`node:sqlite`), opened through `openStore` as the server and CLI
 * open it, and `openStore`'s routing of URLs to implementations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SealmatchError } from '../src/errors.js';
import { openStore } from '../src/store/open.js';
import { expectCode, storeSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'sealmatch-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('SqliteStore', () => openStore(`sqlite:${join(dir, 'suite.db')}`));

describe('openStore', () => {
  const ref = {
    subjectRef: 'subject-open',
    presetId: 'face-dlib128-v1',
    dim: 128,
    ciphertext: new Uint8Array([0x53, 0x4d, 0x43, 0x54, 1, 2, 3]),
    enrolledAtMs: 1_760_000_000_000,
  };

  it('sqlite::memory: is SQLite and throwaway', async () => {
    const a = await openStore('sqlite::memory:');
    expect(a.kind).toBe('sqlite');
    await a.insertReference(ref);
    const b = await openStore('sqlite::memory:');
    expect(await b.countReferences()).toBe(0);
    await a.close();
    await b.close();
  });

  it('sqlite:PATH and a bare PATH.db open the same file', async () => {
    const path = join(dir, 'routing.db');
    const a = await openStore(`sqlite:${path}`);
    await a.insertReference(ref);
    await a.close();
    const b = await openStore(path);
    expect(b.kind).toBe('sqlite');
    expect((await b.getReference(ref.subjectRef))?.subjectRef).toBe(ref.subjectRef);
    await b.close();
  });

  it('anything else is E_INVALID_ARGUMENT, and no credentials are echoed', async () => {
    for (const url of ['', 'sqlite:', 'store.sqlite', 'mysql://root:hunter2@db/x.db', 'http://host/x.db', 'postgres:/x']) {
      const err = await openStore(url).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SealmatchError);
      expect((err as SealmatchError).code).toBe('E_INVALID_ARGUMENT');
      expect((err as SealmatchError).message).not.toContain('hunter2');
    }
  });

  it('a SQLite path that cannot be opened is E_STORE', async () => {
    await expectCode(openStore(`sqlite:${join(dir, 'no-such-dir', 'x.db')}`), 'E_STORE');
  });
});
