/**
 * Embedded store on Node's built-in `node:sqlite` (no native addon). WAL mode; every write is one
 * transaction, so a failed enrollment leaves nothing behind.
 */
import { DatabaseSync } from 'node:sqlite';
import { SealmatchError } from '../errors.js';
import type { ReferenceStore, StoredReference } from './reference-store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reference_template (
  subject_ref   TEXT PRIMARY KEY,
  preset_id     TEXT NOT NULL,
  dim           INTEGER NOT NULL,
  ciphertext    BLOB NOT NULL,
  enrolled_at   INTEGER NOT NULL
) STRICT;
`;

interface Row {
  subject_ref: string;
  preset_id: string;
  dim: number;
  ciphertext: Uint8Array;
  enrolled_at: number;
}

export class SqliteStore implements ReferenceStore {
  readonly db: DatabaseSync;

  /** Opens (creating if needed) the database at `path` (':memory:' for a throwaway one). */
  constructor(path: string) {
    try {
      this.db = new DatabaseSync(path);
      this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
      this.db.exec(SCHEMA);
    } catch (e) {
      throw new SealmatchError('E_STORE', `cannot open SQLite store at ${path}`, undefined, { cause: e });
    }
  }

  /** Runs `fn` in one IMMEDIATE transaction; rolls back on any throw. */
  transaction<T>(fn: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const out = fn();
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async insertReference(ref: StoredReference): Promise<void> {
    this.transaction(() => {
      const exists = this.db.prepare('SELECT 1 FROM reference_template WHERE subject_ref = ?').get(ref.subjectRef);
      if (exists) throw new SealmatchError('E_ALREADY_ENROLLED', 'subject already has a reference');
      this.db
        .prepare('INSERT INTO reference_template (subject_ref, preset_id, dim, ciphertext, enrolled_at) VALUES (?, ?, ?, ?, ?)')
        .run(ref.subjectRef, ref.presetId, ref.dim, ref.ciphertext, ref.enrolledAtMs);
    });
  }

  async getReference(subjectRef: string): Promise<StoredReference | undefined> {
    const row = this.db.prepare('SELECT * FROM reference_template WHERE subject_ref = ?').get(subjectRef) as Row | undefined;
    if (!row) return undefined;
    return {
      subjectRef: row.subject_ref,
      presetId: row.preset_id,
      dim: Number(row.dim),
      ciphertext: new Uint8Array(row.ciphertext),
      enrolledAtMs: Number(row.enrolled_at),
    };
  }

  async deleteReference(subjectRef: string): Promise<boolean> {
    return this.transaction(() => {
      const r = this.db.prepare('DELETE FROM reference_template WHERE subject_ref = ?').run(subjectRef);
      return Number(r.changes) > 0;
    });
  }

  async countReferences(): Promise<number> {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM reference_template').get() as { n: number };
    return Number(row.n);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
