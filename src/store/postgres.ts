/**
 * PostgreSQL store through `pg`, for a matcher that runs in several processes against one
 * database. Same tables and semantics as `sqlite.ts` (the reference); the same suite
 * (test/store-suite.ts) runs against both.
 *
 * Within one instance every operation runs under a FIFO mutex, as in SQLite: transactions never
 * interleave and an operation issued after a write sees it. Across instances the database
 * arbitrates: the audit log's primary key turns a racing append into E_STORE (no fork, no gap;
 * the state row's size is re-checked by the UPDATE that advances it),
 * and enrollment uses ON CONFLICT, so a racing enrollment gets E_ALREADY_ENROLLED.
 *
 * One difference from SQLite: after a database-level error inside `transaction(fn)`, PostgreSQL
 * refuses the rest of that transaction. If fn catches such an error and returns, COMMIT turns
 * into ROLLBACK and `transaction` throws E_STORE instead of reporting success. The errors
 * sealmatch raises itself (E_ALREADY_ENROLLED, an out-of-order append) do not abort the
 * transaction, on either store.
 */
import pg from 'pg';
import { MerkleFrontier, type MerkleNode } from '../merkle/merkle.js';
import { SealmatchError } from '../errors.js';
import { MODALITY_SQL, schemaSql } from './schema.js';
import { SerializedStore } from './serialized-store.js';
import type { ReferenceStore } from './reference-store.js';
import { auditLeafFromRow, type ColumnReader, gallerySlotFromRow, keyFromRow, REFERENCE_INSERT_COLUMNS, referenceFromRow, referenceParams, type Row, subjectStateFromRow } from './rows.js';
import type { AuditLeaf, AuditNodeRef, GalleryBlockRecord, KeyRecord, Modality, StoreOps, StoredReference, SubjectState } from './store.js';

const SCHEMA = schemaSql('postgres');

/**
 * Databases created by older versions: columns added since, and the role CHECK widened to desks
 * (idempotent: a fresh database already has both).
 */
const POSTGRES_MIGRATIONS = `
ALTER TABLE reference_template ADD COLUMN IF NOT EXISTS he_key_id BYTEA;
ALTER TABLE reference_template ADD COLUMN IF NOT EXISTS enrolled_by TEXT;
ALTER TABLE reference_template ADD COLUMN IF NOT EXISTS institution TEXT;
ALTER TABLE device_key ADD COLUMN IF NOT EXISTS institution TEXT NOT NULL DEFAULT '';
ALTER TABLE device_key DROP CONSTRAINT IF EXISTS device_key_role_check;
ALTER TABLE device_key ADD CONSTRAINT device_key_role_check CHECK (role IN ('terminal', 'desk', 'officer'));
ALTER TABLE reference_template ADD COLUMN IF NOT EXISTS part_dims TEXT;
ALTER TABLE gallery_slot ADD COLUMN IF NOT EXISTS enrollment BYTEA;
ALTER TABLE reference_template DROP CONSTRAINT IF EXISTS reference_template_modality_check;
ALTER TABLE reference_template ADD CONSTRAINT reference_template_modality_check CHECK (modality IN (${MODALITY_SQL}));
`;

/** Schema names we accept in `?schema=`: plain lowercase identifiers, never quoted or escaped. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

type Param = string | number | boolean | Uint8Array | null;
interface Result {
  readonly rows: Row[];
  readonly rowCount: number;
  readonly command: string;
}
type Exec = (sql: string, params?: readonly Param[]) => Promise<Result>;

/** Wraps a driver or connection failure; sealmatch's own errors pass through unchanged. */
function storeError(what: string, cause: unknown): SealmatchError {
  if (cause instanceof SealmatchError) return cause;
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return new SealmatchError('E_STORE', `${what}${detail}`, undefined, { cause });
}

/** BIGINT arrives as a decimal string (it may exceed 2^53); every value we store is a safe integer. */
function int(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw new SealmatchError('E_STORE', 'stored integer is not a safe integer');
  return n;
}

/** BYTEA arrives as a Buffer; callers get a plain Uint8Array they own. */
function bytes(v: unknown): Uint8Array {
  if (!(v instanceof Uint8Array)) throw new SealmatchError('E_STORE', 'stored blob is not a byte array');
  return new Uint8Array(v);
}

/** pg columns: BIGINT as a decimal string, BYTEA as a Buffer, BOOLEAN as a boolean. */
const COLUMNS: ColumnReader = { int, bytes, flag: (v) => v === true };

async function execOn(target: pg.Pool | pg.PoolClient, sql: string, params: readonly Param[] = []): Promise<Result> {
  try {
    const r = await target.query<Row>(sql, params as Param[]);
    return { rows: r.rows, rowCount: r.rowCount ?? 0, command: r.command };
  } catch (e) {
    throw storeError('PostgreSQL query failed', e);
  }
}

/** `INSERT INTO audit_node` of `nodes` as one statement's SQL and parameters, from parameter `$first`. */
function nodeValues(nodes: readonly MerkleNode[], first: number): { sql: string; params: Param[] } {
  const sql = `INSERT INTO audit_node (level, idx, hash) VALUES ${nodes.map((_, i) => `($${first + 3 * i}, $${first + 3 * i + 1}, $${first + 3 * i + 2})`).join(', ')}`;
  return { sql, params: nodes.flatMap((n) => [n.level, n.index, n.hash]) };
}

/**
 * Databases written before the log kept its state and interior nodes have leaves only: hash the
 * nodes and the state once (O(n), inside the schema transaction, batches of leaves). E_STORE for
 * a log with a gap in seq.
 */
async function migrateAuditTree(exec: Exec): Promise<void> {
  if ((await exec('SELECT 1 FROM audit_state WHERE id = 0')).rowCount > 0) return;
  const batch = 4_096;
  const f = new MerkleFrontier();
  for (;;) {
    const rows = (await exec('SELECT seq, leaf_hash FROM audit_leaf WHERE seq >= $1 ORDER BY seq LIMIT $2', [f.size, batch])).rows;
    const nodes: MerkleNode[] = [];
    for (const r of rows) {
      if (int(r.seq) !== f.size) throw new SealmatchError('E_STORE', `audit log has no leaf ${f.size}`);
      nodes.push(...f.append(bytes(r.leaf_hash)));
    }
    for (let i = 0; i < nodes.length; i += 1_000) {
      const { sql, params } = nodeValues(nodes.slice(i, i + 1_000), 1);
      await exec(sql, params);
    }
    if (rows.length < batch) break;
  }
  await exec('INSERT INTO audit_state (id, size, frontier) VALUES (0, $1, $2)', [f.size, f.toBytes()]);
}

/** Splits `?schema=NAME` off the URL and turns it into a per-connection search_path. */
function connectionString(url: string): { connectionString: string; schema: string | undefined } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // No echo of the input: it may carry a password.
    throw new SealmatchError('E_INVALID_ARGUMENT', 'PostgreSQL store URL is not a valid URL');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'PostgreSQL store URL must start with postgres:// or postgresql://');
  }
  const schema = u.searchParams.get('schema');
  if (schema === null) return { connectionString: url, schema: undefined };
  if (!SCHEMA_NAME.test(schema)) {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'schema must be a lowercase identifier (a-z, 0-9, _; at most 63)');
  }
  u.searchParams.delete('schema');
  // `options` is sent in the startup packet, so every pooled connection (also after a reconnect)
  // resolves the tables in this schema without a SET that a new connection could miss.
  const options = [u.searchParams.get('options'), `-c search_path=${schema}`].filter(Boolean).join(' ');
  u.searchParams.set('options', options);
  return { connectionString: u.toString(), schema };
}

/** The operations over one connection (a transaction's client, or the pool for reads). */
class PostgresOps implements StoreOps {
  constructor(private readonly exec: Exec) {}

  private async one(sql: string, ...args: Param[]): Promise<Row | undefined> {
    return (await this.exec(sql, args)).rows[0];
  }

  private async run(sql: string, ...args: Param[]): Promise<number> {
    return (await this.exec(sql, args)).rowCount;
  }

  async insertReference(ref: StoredReference): Promise<void> {
    // ON CONFLICT rather than a failing INSERT: a unique violation would abort the transaction.
    // It also waits for a racing enrollment in another process and then reports it.
    const inserted = await this.run(
      `INSERT INTO reference_template (${REFERENCE_INSERT_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (subject_ref, modality) DO NOTHING`,
      ...referenceParams(ref),
    );
    if (inserted === 0) throw new SealmatchError('E_ALREADY_ENROLLED', 'subject already has a reference');
  }

  async getReference(subjectRef: string, modality: Modality = 'face'): Promise<StoredReference | undefined> {
    const r = await this.one('SELECT * FROM reference_template WHERE subject_ref = $1 AND modality = $2', subjectRef, modality);
    return r ? referenceFromRow(r, COLUMNS) : undefined;
  }

  async deleteReference(subjectRef: string, modality?: Modality): Promise<boolean> {
    if (modality) return (await this.run('DELETE FROM reference_template WHERE subject_ref = $1 AND modality = $2', subjectRef, modality)) > 0;
    return (await this.run('DELETE FROM reference_template WHERE subject_ref = $1', subjectRef)) > 0;
  }

  async countReferences(): Promise<number> {
    return int((await this.one('SELECT COUNT(*) AS n FROM reference_template'))!.n);
  }

  async putKey(k: KeyRecord): Promise<void> {
    await this.run(
      `INSERT INTO device_key (key_id, public_key, owner_id, role, registered_at, revoked, institution)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (key_id) DO UPDATE SET public_key = EXCLUDED.public_key, owner_id = EXCLUDED.owner_id,
         role = EXCLUDED.role, registered_at = EXCLUDED.registered_at, revoked = EXCLUDED.revoked, institution = EXCLUDED.institution`,
      k.keyId,
      k.publicKey,
      k.ownerId,
      k.role,
      k.registeredAtMs,
      k.revoked,
      k.institution ?? '',
    );
  }

  async getKey(keyId: string): Promise<KeyRecord | undefined> {
    const r = await this.one('SELECT * FROM device_key WHERE key_id = $1', keyId);
    return r ? keyFromRow(r, COLUMNS) : undefined;
  }

  async claimNonce(keyId: string, nonce: string, seenAtMs: number): Promise<boolean> {
    const inserted = await this.run(
      'INSERT INTO seen_nonce (key_id, nonce, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      keyId,
      nonce,
      seenAtMs,
    );
    return inserted === 1;
  }

  async pruneNonces(olderThanMs: number): Promise<number> {
    return this.run('DELETE FROM seen_nonce WHERE seen_at < $1', olderThanMs);
  }

  async getSubjectState(subjectRef: string): Promise<SubjectState | undefined> {
    const r = await this.one('SELECT * FROM subject_state WHERE subject_ref = $1', subjectRef);
    return r ? subjectStateFromRow(r, COLUMNS) : undefined;
  }

  async putSubjectState(s: SubjectState): Promise<void> {
    await this.run(
      `INSERT INTO subject_state (subject_ref, failures, locked_until, lockouts) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject_ref) DO UPDATE SET failures = EXCLUDED.failures,
         locked_until = EXCLUDED.locked_until, lockouts = EXCLUDED.lockouts`,
      s.subjectRef,
      s.consecutiveFailures,
      s.lockedUntilMs,
      s.lockouts,
    );
  }

  async auditSize(): Promise<number> {
    return int((await this.auditState()).size);
  }

  private async auditState(): Promise<Row> {
    const state = await this.one('SELECT size, frontier FROM audit_state WHERE id = 0');
    if (!state) throw new SealmatchError('E_STORE', 'audit state row is missing');
    return state;
  }

  async appendAuditLeaf(leaf: AuditLeaf): Promise<void> {
    // Three statements whatever the size: the state row gives size and frontier (no COUNT, no
    // node reads); nodes and state are written together.
    const state = await this.auditState();
    const size = int(state.size);
    if (leaf.seq !== size) throw new SealmatchError('E_STORE', `audit append at ${leaf.seq}, log size is ${size}`);
    const frontier = MerkleFrontier.fromBytes(size, bytes(state.frontier));
    const nodes = frontier.append(leaf.leafHash);
    // A writer in another process that read the same size loses on the primary key (E_STORE).
    await this.run('INSERT INTO audit_leaf (seq, entry, leaf_hash) VALUES ($1, $2, $3)', leaf.seq, leaf.entryBytes, leaf.leafHash);
    const advance = 'UPDATE audit_state SET size = $1, frontier = $2 WHERE id = 0 AND size = $3';
    const ins = nodeValues(nodes, 4);
    const sql = nodes.length > 0 ? `WITH n AS (${ins.sql}) ${advance}` : advance;
    if ((await this.run(sql, size + 1, frontier.toBytes(), size, ...ins.params)) !== 1) {
      throw new SealmatchError('E_STORE', 'audit state moved during the append');
    }
  }

  async getAuditLeaf(seq: number): Promise<AuditLeaf | undefined> {
    const r = await this.one('SELECT seq, entry, leaf_hash FROM audit_leaf WHERE seq = $1', seq);
    return r ? auditLeafFromRow(r, COLUMNS) : undefined;
  }

  async getAuditLeaves(from: number, to: number): Promise<AuditLeaf[]> {
    const rows = (await this.exec('SELECT seq, entry, leaf_hash FROM audit_leaf WHERE seq >= $1 AND seq < $2 ORDER BY seq', [from, to])).rows;
    return rows.map((r) => auditLeafFromRow(r, COLUMNS));
  }

  async getAuditNodes(nodes: readonly AuditNodeRef[]): Promise<(Uint8Array | undefined)[]> {
    if (nodes.length === 0) return [];
    // One round trip for a whole proof: level 0 from the leaves, the rest from audit_node.
    const rows = (
      await this.exec(
        `SELECT t.ord, COALESCE(n.hash, l.leaf_hash) AS hash
         FROM unnest($1::int[], $2::bigint[]) WITH ORDINALITY AS t(level, idx, ord)
         LEFT JOIN audit_node n ON t.level > 0 AND n.level = t.level AND n.idx = t.idx
         LEFT JOIN audit_leaf l ON t.level = 0 AND l.seq = t.idx
         ORDER BY t.ord`,
        [nodes.map((n) => n.level), nodes.map((n) => n.index)] as unknown as Param[],
      )
    ).rows;
    return rows.map((r) => (r.hash === null ? undefined : bytes(r.hash)));
  }

  async putGalleryBlock(rec: GalleryBlockRecord): Promise<void> {
    await this.run(
      `INSERT INTO gallery_block (preset_id, block_id, columns) VALUES ($1, $2, $3)
       ON CONFLICT (preset_id, block_id) DO UPDATE SET columns = EXCLUDED.columns`,
      rec.presetId,
      rec.blockId,
      rec.columns,
    );
    await this.run('DELETE FROM gallery_slot WHERE preset_id = $1 AND block_id = $2', rec.presetId, rec.blockId);
    if (rec.slots.length === 0) return;
    // One statement for the whole table: arrays unnested server-side.
    await this.exec(
      `INSERT INTO gallery_slot (preset_id, block_id, slot, subject_ref, factor, enrollment)
       SELECT $1, $2, s, r, f, e FROM unnest($3::int[], $4::text[], $5::int[], $6::bytea[]) AS t(s, r, f, e)`,
      [rec.presetId, rec.blockId, rec.slots.map((x) => x.slot), rec.slots.map((x) => x.subjectRef), rec.slots.map((x) => x.factor), rec.slots.map((x) => (x.enrollment ? Buffer.from(x.enrollment) : null))] as unknown as Param[],
    );
  }

  async getGalleryBlock(presetId: string, blockId: number): Promise<GalleryBlockRecord | undefined> {
    const r = await this.one('SELECT columns FROM gallery_block WHERE preset_id = $1 AND block_id = $2', presetId, blockId);
    if (!r) return undefined;
    const rows = (await this.exec('SELECT slot, subject_ref, factor, enrollment FROM gallery_slot WHERE preset_id = $1 AND block_id = $2 ORDER BY slot', [presetId, blockId])).rows;
    return { presetId, blockId, columns: bytes(r.columns), slots: rows.map((x) => gallerySlotFromRow(x, COLUMNS)) };
  }

  async galleryBlockIds(presetId: string): Promise<number[]> {
    return (await this.exec('SELECT block_id FROM gallery_block WHERE preset_id = $1 ORDER BY block_id', [presetId])).rows.map((x) => int(x.block_id));
  }
}

/** PostgreSQL store (`pg`): the same Store as SqliteStore, each transaction on one pooled connection. */
export class PostgresStore extends SerializedStore implements ReferenceStore {
  /** Which backend this is, for logs and `serve`'s startup line. */
  readonly kind = 'postgres' as const;
  /** Single reads outside a transaction, in autocommit on any pooled connection. */
  protected readonly reads: PostgresOps;
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {
    super();
    this.reads = new PostgresOps((sql, params) => this.whileOpen(() => execOn(this.pool, sql, params)));
  }

  /**
   * Connects and creates the tables if needed. `url` is postgres://user:password@host:port/db,
   * optionally with `?schema=NAME` (created if missing, then the only schema searched).
   */
  static async open(url: string): Promise<PostgresStore> {
    const conn = connectionString(url);
    // The mutex lets one query run at a time, so one connection is all an instance uses; the
    // pool replaces it when it breaks.
    const pool = new pg.Pool({ connectionString: conn.connectionString, max: 1, connectionTimeoutMillis: 10_000 });
    // A pooled idle connection that dies (server restart) is dropped by the pool; the next
    // operation reconnects or fails with E_STORE. Without a listener the process would crash.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool);
    try {
      await store.mutex.run(() =>
        store.inTransaction(async (exec) => {
          // Two processes opening the same empty database at once would race on the catalog.
          await exec(`SELECT pg_advisory_xact_lock(hashtext('sealmatch.store.schema'))`);
          if (conn.schema !== undefined) await exec(`CREATE SCHEMA IF NOT EXISTS "${conn.schema}"`);
          await exec(SCHEMA);
          await exec(POSTGRES_MIGRATIONS);
          await migrateAuditTree(exec);
        }),
      );
    } catch (e) {
      store.closed = true;
      await pool.end().catch(() => undefined);
      throw storeError('cannot open PostgreSQL store', e);
    }
    return store;
  }

  /** Runs fn in one transaction; a failure rolls everything back. */
  transaction<T>(fn: (tx: StoreOps) => Promise<T>): Promise<T> {
    return this.mutex.run(() => this.inTransaction((exec) => fn(new PostgresOps(exec))));
  }

  /** BEGIN, fn, COMMIT on one client; ROLLBACK if fn throws. Caller holds the mutex. */
  private async inTransaction<T>(fn: (exec: Exec) => Promise<T>): Promise<T> {
    const client = await this.whileOpen(async () => {
      try {
        return await this.pool.connect();
      } catch (e) {
        throw storeError('cannot connect to PostgreSQL', e);
      }
    });
    // After COMMIT/ROLLBACK the client goes back to the pool; a straggling call from fn must not
    // run there, outside any transaction.
    let live = true;
    const exec: Exec = (sql, params) =>
      live ? execOn(client, sql, params) : Promise.reject(new SealmatchError('E_STORE', 'transaction already finished'));
    // A client whose BEGIN, COMMIT or ROLLBACK failed is in an unknown state: destroy it.
    let clean = false;
    try {
      await execOn(client, 'BEGIN');
      let out: T;
      try {
        out = await fn(exec);
      } catch (e) {
        live = false;
        await client.query('ROLLBACK').then(
          () => (clean = true),
          () => undefined,
        );
        throw e;
      }
      live = false;
      const done = await execOn(client, 'COMMIT');
      clean = true;
      if (done.command !== 'COMMIT') {
        throw new SealmatchError('E_STORE', 'transaction aborted by an earlier database error; nothing was written');
      }
      return out;
    } finally {
      live = false;
      client.release(!clean);
    }
  }

  private whileOpen<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new SealmatchError('E_STORE', 'store is closed'));
    return fn();
  }


  /** Waits for queued operations, then closes every connection. Idempotent. */
  async close(): Promise<void> {
    await this.mutex.run(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.pool.end();
    });
  }
}
