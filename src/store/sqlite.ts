/**
 * Embedded store on Node's built-in `node:sqlite` (no native addon). WAL mode; every write runs
 * in one IMMEDIATE transaction, so a failed operation leaves nothing behind.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { MerkleFrontier } from '../merkle/merkle.js';
import { SealmatchError } from '../errors.js';
import { schemaSql } from './schema.js';
import { SerializedStore } from './serialized-store.js';
import type { ReferenceStore } from './reference-store.js';
import { auditLeafFromRow, type ColumnReader, gallerySlotFromRow, keyFromRow, REFERENCE_INSERT_COLUMNS, referenceFromRow, referenceParams, type Row, subjectStateFromRow } from './rows.js';
import type { AuditLeaf, AuditNodeRef, GalleryBlockRecord, KeyRecord, Modality, StoreOps, StoredReference, SubjectState } from './store.js';

const SCHEMA = schemaSql('sqlite');

/** Synchronous busy wait per statement (ms) and the asynchronous retry budget of a transaction. */
const BUSY_TIMEOUT_MS = 20;
const BUSY_RETRY_MS = 2_000;

function sqliteCode(e: unknown): number | undefined {
  const c = (e as { errcode?: unknown }).errcode;
  return typeof c === 'number' ? c & 0xff : undefined;
}

function isBusy(e: unknown): boolean {
  const c = sqliteCode(e);
  return c === 5 || c === 6 || /database is locked|SQLITE_BUSY/i.test(String((e as Error)?.message));
}

/**
 * Typed store faults: a locked database and a full disk are retryable E_UNAVAILABLE (nothing
 * was written: the transaction rolled back); SealmatchErrors pass through; others are E_STORE.
 */
function storeFault(e: unknown): unknown {
  if (e instanceof SealmatchError) return e;
  const c = sqliteCode(e);
  if (isBusy(e)) return new SealmatchError('E_UNAVAILABLE', 'the store is locked by another process; nothing was written, retry later', { dependency: 'store', retryAfterMs: 1000 }, { cause: e });
  if (c === 13 || /database or disk is full|SQLITE_FULL/i.test(String((e as Error)?.message))) {
    return new SealmatchError('E_UNAVAILABLE', 'the store\'s disk is full; nothing was written', { dependency: 'store', reason: 'disk-full', retryAfterMs: 30_000 }, { cause: e });
  }
  if (c !== undefined) return new SealmatchError('E_STORE', `SQLite error ${c}`, { dependency: 'store' }, { cause: e });
  return e;
}

/**
 * Stores created before desk keys existed have CHECK (role IN ('terminal', 'officer')) and no
 * institution: rebuild the table once, in one transaction (SQLite cannot alter a CHECK).
 */
function migrateDeviceKeyRoles(db: DatabaseSync): void {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'device_key'").get() as Row | undefined;
  if (!row || String(row.sql).includes("'desk'")) return;
  db.exec(`BEGIN IMMEDIATE;
    CREATE TABLE device_key_v2 (
      key_id TEXT PRIMARY KEY, public_key BLOB NOT NULL, owner_id TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('terminal', 'desk', 'officer')), registered_at INTEGER NOT NULL,
      revoked INTEGER NOT NULL DEFAULT 0, institution TEXT NOT NULL DEFAULT '') STRICT;
    INSERT INTO device_key_v2 (key_id, public_key, owner_id, role, registered_at, revoked) SELECT key_id, public_key, owner_id, role, registered_at, revoked FROM device_key;
    DROP TABLE device_key;
    ALTER TABLE device_key_v2 RENAME TO device_key;
    COMMIT;`);
}

/**
 * Stores created before fused references have CHECK (modality IN ('face', 'finger')) and no
 * part_dims: rebuild reference_template once, in one transaction, with every column it has
 * (the he_key_id / enrolled_by / institution columns were added above if missing).
 */
function migrateReferenceModalities(db: DatabaseSync): void {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'reference_template'").get() as Row | undefined;
  if (!row || String(row.sql).includes("'finger+finger'")) return;
  const create = schemaSql('sqlite').match(/CREATE TABLE IF NOT EXISTS reference_template \(([\s\S]*?)\) STRICT;/);
  if (!create) throw new SealmatchError('E_INTERNAL', 'schema has no reference_template');
  const kept = 'subject_ref, modality, preset_id, dim, ciphertext, enrolled_at, he_key_id, enrolled_by, institution';
  db.exec(`BEGIN IMMEDIATE;
    CREATE TABLE reference_template_v2 (${create[1]}) STRICT;
    INSERT INTO reference_template_v2 (${kept}) SELECT ${kept} FROM reference_template;
    DROP TABLE reference_template;
    ALTER TABLE reference_template_v2 RENAME TO reference_template;
    COMMIT;`);
}

const u8 = (v: unknown): Uint8Array => new Uint8Array(v as Uint8Array);

/** node:sqlite columns: INTEGER as number, BLOB as Uint8Array, flags as INTEGER 0/1. */
const COLUMNS: ColumnReader = { int: Number, bytes: u8, flag: (v) => Number(v) !== 0 };

/**
 * Stores written before the log kept its state and interior nodes have leaves only: hash the
 * nodes and the state from the leaves once (O(n), one transaction), so every later open, append
 * and proof is O(log n). Refuses (E_STORE, via the constructor) a log with a gap in seq.
 */
function migrateAuditTree(db: DatabaseSync): void {
  const hasState = (): boolean => db.prepare('SELECT 1 AS x FROM audit_state WHERE id = 0').get() !== undefined;
  if (hasState()) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    if (!hasState()) {
      const f = new MerkleFrontier();
      const node = db.prepare('INSERT INTO audit_node (level, idx, hash) VALUES (?, ?, ?)');
      for (const r of db.prepare('SELECT seq, leaf_hash FROM audit_leaf ORDER BY seq').iterate() as Iterable<Row>) {
        if (Number(r.seq) !== f.size) throw new SealmatchError('E_STORE', `audit log has no leaf ${f.size}`);
        for (const n of f.append(u8(r.leaf_hash))) node.run(n.level, n.index, n.hash);
      }
      db.prepare('INSERT INTO audit_state (id, size, frontier) VALUES (0, ?, ?)').run(f.size, f.toBytes());
    }
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}

/** Raw operations on the connection; callers hold the mutex. */
class SqliteOps implements StoreOps {
  /** The audit statements (every append, proof and open runs them): compiled once per connection. */
  private readonly auditStatements = new Map<string, StatementSync>();

  constructor(private readonly db: DatabaseSync) {}

  private audit(sql: string): StatementSync {
    let st = this.auditStatements.get(sql);
    if (!st) this.auditStatements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  private one(sql: string, ...args: (string | number | Uint8Array | null)[]): Row | undefined {
    return this.db.prepare(sql).get(...args) as Row | undefined;
  }

  private run(sql: string, ...args: (string | number | Uint8Array | null)[]): number {
    return Number(this.db.prepare(sql).run(...args).changes);
  }

  async insertReference(ref: StoredReference): Promise<void> {
    const modality = ref.modality ?? 'face';
    if (this.one('SELECT 1 AS x FROM reference_template WHERE subject_ref = ? AND modality = ?', ref.subjectRef, modality)) {
      throw new SealmatchError('E_ALREADY_ENROLLED', `subject already has a ${modality} reference`);
    }
    this.run(`INSERT INTO reference_template (${REFERENCE_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, ...referenceParams(ref));
  }

  async getReference(subjectRef: string, modality: Modality = 'face'): Promise<StoredReference | undefined> {
    const r = this.one('SELECT * FROM reference_template WHERE subject_ref = ? AND modality = ?', subjectRef, modality);
    return r ? referenceFromRow(r, COLUMNS) : undefined;
  }

  async deleteReference(subjectRef: string, modality?: Modality): Promise<boolean> {
    if (modality) return this.run('DELETE FROM reference_template WHERE subject_ref = ? AND modality = ?', subjectRef, modality) > 0;
    return this.run('DELETE FROM reference_template WHERE subject_ref = ?', subjectRef) > 0;
  }

  async countReferences(): Promise<number> {
    return Number(this.one('SELECT COUNT(*) AS n FROM reference_template')!.n);
  }

  async putKey(k: KeyRecord): Promise<void> {
    this.run(
      'INSERT OR REPLACE INTO device_key (key_id, public_key, owner_id, role, registered_at, revoked, institution) VALUES (?, ?, ?, ?, ?, ?, ?)',
      k.keyId,
      k.publicKey,
      k.ownerId,
      k.role,
      k.registeredAtMs,
      k.revoked ? 1 : 0,
      k.institution ?? '',
    );
  }

  async getKey(keyId: string): Promise<KeyRecord | undefined> {
    const r = this.one('SELECT * FROM device_key WHERE key_id = ?', keyId);
    return r ? keyFromRow(r, COLUMNS) : undefined;
  }

  async claimNonce(keyId: string, nonce: string, seenAtMs: number): Promise<boolean> {
    return this.run('INSERT OR IGNORE INTO seen_nonce (key_id, nonce, seen_at) VALUES (?, ?, ?)', keyId, nonce, seenAtMs) === 1;
  }

  async pruneNonces(olderThanMs: number): Promise<number> {
    return this.run('DELETE FROM seen_nonce WHERE seen_at < ?', olderThanMs);
  }

  async getSubjectState(subjectRef: string): Promise<SubjectState | undefined> {
    const r = this.one('SELECT * FROM subject_state WHERE subject_ref = ?', subjectRef);
    return r ? subjectStateFromRow(r, COLUMNS) : undefined;
  }

  async putSubjectState(s: SubjectState): Promise<void> {
    this.run(
      'INSERT OR REPLACE INTO subject_state (subject_ref, failures, locked_until, lockouts) VALUES (?, ?, ?, ?)',
      s.subjectRef,
      s.consecutiveFailures,
      s.lockedUntilMs,
      s.lockouts,
    );
  }

  async auditSize(): Promise<number> {
    const state = this.audit('SELECT size FROM audit_state WHERE id = 0').get() as Row | undefined;
    if (!state) throw new SealmatchError('E_STORE', 'audit state row is missing');
    return Number(state.size);
  }

  async appendAuditLeaf(leaf: AuditLeaf): Promise<void> {
    // O(1) statements: the state row gives size and frontier, so no COUNT and no node reads.
    const state = this.audit('SELECT size, frontier FROM audit_state WHERE id = 0').get() as Row | undefined;
    if (!state) throw new SealmatchError('E_STORE', 'audit state row is missing');
    const size = Number(state.size);
    if (leaf.seq !== size) throw new SealmatchError('E_STORE', `audit append at ${leaf.seq}, log size is ${size}`);
    const frontier = MerkleFrontier.fromBytes(size, u8(state.frontier));
    const nodes = frontier.append(leaf.leafHash);
    this.audit('INSERT INTO audit_leaf (seq, entry, leaf_hash) VALUES (?, ?, ?)').run(leaf.seq, leaf.entryBytes, leaf.leafHash);
    if (nodes.length > 0) {
      this.audit(`INSERT INTO audit_node (level, idx, hash) VALUES ${nodes.map(() => '(?, ?, ?)').join(', ')}`).run(...nodes.flatMap((n) => [n.level, n.index, n.hash]));
    }
    const advanced = this.audit('UPDATE audit_state SET size = ?, frontier = ? WHERE id = 0 AND size = ?').run(size + 1, frontier.toBytes(), size);
    if (Number(advanced.changes) !== 1) throw new SealmatchError('E_STORE', 'audit state moved during the append');
  }

  async getAuditLeaf(seq: number): Promise<AuditLeaf | undefined> {
    const r = this.audit('SELECT seq, entry, leaf_hash FROM audit_leaf WHERE seq = ?').get(seq) as Row | undefined;
    return r ? auditLeafFromRow(r, COLUMNS) : undefined;
  }

  async getAuditLeaves(from: number, to: number): Promise<AuditLeaf[]> {
    const rows = this.audit('SELECT seq, entry, leaf_hash FROM audit_leaf WHERE seq >= ? AND seq < ? ORDER BY seq').all(from, to) as Row[];
    return rows.map((r) => auditLeafFromRow(r, COLUMNS));
  }

  async getAuditNodes(nodes: readonly AuditNodeRef[]): Promise<(Uint8Array | undefined)[]> {
    const leaf = this.audit('SELECT leaf_hash AS hash FROM audit_leaf WHERE seq = ?');
    const node = this.audit('SELECT hash FROM audit_node WHERE level = ? AND idx = ?');
    return nodes.map(({ level, index }) => {
      const r = (level === 0 ? leaf.get(index) : node.get(level, index)) as Row | undefined;
      return r ? u8(r.hash) : undefined;
    });
  }

  async putGalleryBlock(rec: GalleryBlockRecord): Promise<void> {
    this.run('INSERT OR REPLACE INTO gallery_block (preset_id, block_id, columns) VALUES (?, ?, ?)', rec.presetId, rec.blockId, rec.columns);
    this.run('DELETE FROM gallery_slot WHERE preset_id = ? AND block_id = ?', rec.presetId, rec.blockId);
    const ins = this.db.prepare('INSERT INTO gallery_slot (preset_id, block_id, slot, subject_ref, factor, enrollment) VALUES (?, ?, ?, ?, ?, ?)');
    for (const sl of rec.slots) {
      try {
        ins.run(rec.presetId, rec.blockId, sl.slot, sl.subjectRef, sl.factor, sl.enrollment ?? null);
      } catch (e) {
        throw new SealmatchError('E_STORE', `gallery slot ${rec.blockId}/${sl.slot} rejected`, undefined, { cause: e });
      }
    }
  }

  async getGalleryBlock(presetId: string, blockId: number): Promise<GalleryBlockRecord | undefined> {
    const r = this.one('SELECT columns FROM gallery_block WHERE preset_id = ? AND block_id = ?', presetId, blockId);
    if (!r) return undefined;
    const slots = (this.db.prepare('SELECT slot, subject_ref, factor, enrollment FROM gallery_slot WHERE preset_id = ? AND block_id = ? ORDER BY slot').all(presetId, blockId) as Row[]).map((x) => gallerySlotFromRow(x, COLUMNS));
    return { presetId, blockId, columns: u8(r.columns), slots };
  }

  async galleryBlockIds(presetId: string): Promise<number[]> {
    return (this.db.prepare('SELECT block_id FROM gallery_block WHERE preset_id = ? ORDER BY block_id').all(presetId) as Row[]).map((x) => Number(x.block_id));
  }
}

/**
 * `node:sqlite`, loaded when the first store opens: a static import would fail at link time on a
 * Node without it (< 22.5), before any module could say why, and would make every entry point that
 * reaches this file unimportable there (the package's entry points check the version first).
 */
function sqlite(): typeof import('node:sqlite') {
  const mod = process.getBuiltinModule?.('node:sqlite') as typeof import('node:sqlite') | undefined;
  if (!mod) throw new SealmatchError('E_RUNTIME', `the embedded store needs node:sqlite (Node.js >= 22.5), running ${process.version}`);
  return mod;
}

/** SQLite store (WAL; IMMEDIATE transactions), the embedded default. Also the custodian's state database. */
export class SqliteStore extends SerializedStore implements ReferenceStore {
  /** Which backend this is, for logs and `serve`'s startup line. */
  readonly kind = 'sqlite' as const;
  /** The underlying node:sqlite handle (maintenance and tests; writes outside `transaction` bypass its atomicity). */
  readonly db: DatabaseSync;
  protected readonly reads: SqliteOps;

  /** Opens (creating if needed) the database at `path` (':memory:' for a throwaway one). */
  constructor(path: string) {
    super();
    try {
      this.db = new (sqlite().DatabaseSync)(path);
      // A short busy timeout: node:sqlite waits synchronously, so a long one would block the whole
      // event loop while another process holds the write lock (measured: /healthz took 10.1 s).
      // Contention is retried asynchronously in `transaction` instead.
      this.db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`);
      this.db.exec(SCHEMA);
      // Stores created before references recorded their HE key id gain the column.
      const cols = this.db.prepare('PRAGMA table_info(reference_template)').all() as Row[];
      if (!cols.some((c) => c.name === 'he_key_id')) this.db.exec('ALTER TABLE reference_template ADD COLUMN he_key_id BLOB');
      if (!cols.some((c) => c.name === 'enrolled_by')) this.db.exec('ALTER TABLE reference_template ADD COLUMN enrolled_by TEXT; ALTER TABLE reference_template ADD COLUMN institution TEXT;');
      // Stores created before authenticated 1:N kept no desk enrollment per gallery slot.
      const slotCols = this.db.prepare('PRAGMA table_info(gallery_slot)').all() as Row[];
      if (!slotCols.some((c) => c.name === 'enrollment')) this.db.exec('ALTER TABLE gallery_slot ADD COLUMN enrollment BLOB');
      migrateReferenceModalities(this.db);
      migrateDeviceKeyRoles(this.db);
      migrateAuditTree(this.db);
    } catch (e) {
      throw new SealmatchError('E_STORE', `cannot open SQLite store at ${path}`, undefined, { cause: e });
    }
    this.reads = new SqliteOps(this.db);
  }

  /**
   * Runs fn in one IMMEDIATE transaction. While another process holds the write lock, BEGIN is
   * retried asynchronously with the store's mutex RELEASED, so this process's reads (and
   * /healthz) go on, and each request's retry budget starts when it arrives; past the budget the
   * request is E_UNAVAILABLE and nothing was written.
   */
  async transaction<T>(fn: (tx: StoreOps) => Promise<T>): Promise<T> {
    const started = Date.now();
    for (let delay = 5; ; delay = Math.min(delay * 2, 200)) {
      const attempt = await this.mutex.run(async (): Promise<{ out: T } | undefined> => {
        try {
          this.db.exec('BEGIN IMMEDIATE');
        } catch (e) {
          if (isBusy(e)) return undefined;
          throw storeFault(e);
        }
        try {
          const out = await fn(this.reads);
          this.db.exec('COMMIT');
          return { out };
        } catch (e) {
          try {
            this.db.exec('ROLLBACK');
          } catch {
            // SQLite already rolled back (e.g. after SQLITE_FULL)
          }
          throw storeFault(e);
        }
      });
      if (attempt) return attempt.out;
      if (Date.now() - started > BUSY_RETRY_MS) {
        throw new SealmatchError('E_UNAVAILABLE', 'the store is locked by another process; nothing was written, retry later', { dependency: 'store', retryAfterMs: 1000 });
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  /** Closes the database. */
  async close(): Promise<void> {
    await this.mutex.run(async () => this.db.close());
  }
}
