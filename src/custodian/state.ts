/**
 * @module custodian/state
 * The custodian's own persistent state, in its own SQLite database (never the matcher's):
 *   - its registry of terminal and officer public keys (admin operation on the custodian);
 *   - its nonce store: one decryption per signed request, claimed before decrypting;
 *   - per (subject, modality): the reference MAC seed an enrolling terminal sealed to it, with the
 *     HE key id the reference was encrypted under (deleting it makes the stored ciphertext useless);
 *   - per matcher credential: the alarm count and whether it is suspended (fail closed);
 *   - its own RFC 6962 audit log: one leaf per decryption (src/audit/log.ts, own signing key).
 *
 * Writes that belong together (nonce claim, decryption outcome, audit leaf) run in one
 * transaction (`transaction`), so a crash leaves either all of them or none.
 *
 * Security note: this module trusts its callers (the custodian) for what to write; it does not
 * verify signatures or open envelopes.
 */
import { SealmatchError } from '../errors.js';
import { AuditLog } from '../audit/log.js';
import { StoreAuditBackend } from '../store/audit-backend.js';
import { SqliteStore } from '../store/sqlite.js';
import type { KeyRecord, Modality, StoreOps } from '../store/store.js';
import { MODALITY_SQL } from '../store/schema.js';
import { partDimsFromColumn, partDimsToColumn } from '../store/rows.js';

/**
 * States created before fused references have CHECK (modality IN ('face', 'finger')) and no
 * part_dims: rebuild reference_mac_key once, in one transaction.
 */
function migrateReferenceMacKeys(store: SqliteStore): void {
  const row = store.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'reference_mac_key'").get() as Row | undefined;
  if (!row || String(row.sql).includes("'finger+finger'")) return;
  const kept = 'subject_ref, modality, seed, he_key_id, request_hash, dim, registered_at, institution';
  store.db.exec(`BEGIN IMMEDIATE;
    CREATE TABLE reference_mac_key_v2 (${REFERENCE_MAC_KEY_COLUMNS}) STRICT;
    INSERT INTO reference_mac_key_v2 (${kept}) SELECT ${kept} FROM reference_mac_key;
    DROP TABLE reference_mac_key;
    ALTER TABLE reference_mac_key_v2 RENAME TO reference_mac_key;
    COMMIT;`);
}

const REFERENCE_MAC_KEY_COLUMNS = `
  subject_ref   TEXT NOT NULL,
  modality      TEXT NOT NULL CHECK (modality IN (${MODALITY_SQL})),
  seed          BLOB NOT NULL CHECK (length(seed) = 32),
  he_key_id     BLOB NOT NULL CHECK (length(he_key_id) = 32),
  request_hash  TEXT NOT NULL,
  dim           INTEGER NOT NULL,
  registered_at INTEGER NOT NULL,
  institution   TEXT NOT NULL DEFAULT '',
  part_dims     TEXT,
  PRIMARY KEY (subject_ref, modality)
`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reference_mac_key (${REFERENCE_MAC_KEY_COLUMNS}) STRICT;
CREATE TABLE IF NOT EXISTS identify_slot (
  preset_id     TEXT NOT NULL,
  block_id      INTEGER NOT NULL,
  slot          INTEGER NOT NULL,
  subject_ref   TEXT NOT NULL,
  betas         BLOB NOT NULL,
  request_hash  TEXT NOT NULL,
  officer_key   TEXT NOT NULL,
  he_key_id     BLOB NOT NULL CHECK (length(he_key_id) = 32),
  registered_at INTEGER NOT NULL,
  PRIMARY KEY (preset_id, block_id, slot),
  UNIQUE (preset_id, subject_ref)
) STRICT;
CREATE TABLE IF NOT EXISTS matcher_alarm (
  credential    TEXT PRIMARY KEY,
  alarms        INTEGER NOT NULL,
  suspended     INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) STRICT;
`;

/** The MAC seed of one enrolled reference, as registered by the custodian. */
export interface ReferenceMacKey {
  /** Subject reference (64 hex digits) of the enrolled reference. */
  readonly subjectRef: string;
  /** Modality of the reference; a subject has at most one seed per modality. */
  readonly modality: Modality;
  /** The reference's 32-byte MAC seed, opened from the terminal's HPKE envelope: secret, the custodian's only. */
  readonly seed: Uint8Array;
  /** SHA-256 of the HE public key the reference was encrypted under. */
  readonly heKeyId: Uint8Array;
  /** Hex hash of the enrollment request that registered it. */
  readonly requestHash: string;
  /** Template dimension of the reference. */
  readonly dim: number;
  /** When the custodian registered it, Unix milliseconds. */
  readonly registeredAtMs: number;
  /** Institution of the desk that enrolled it (replacement and deletion are its own). */
  readonly institution: string;
  /** Fused references (composite modality): the dimension of each part, as the desk signed them. */
  readonly partDims?: readonly number[];
}

/**
 * One slot of the authenticated 1:N gallery as the custodian registered it when it refreshed a
 * desk-signed enrollment into it: whose it is and its MAC scalars beta (secret, the custodian's
 * only). Deleting the row makes whatever the slot still holds fail every later check.
 */
export interface IdentifySlotRecord {
  readonly presetId: string;
  readonly blockId: number;
  readonly slot: number;
  readonly subjectRef: string;
  /** beta_1 .. beta_k, each in [1, t). */
  readonly betas: readonly number[];
  /** Hex SHA-256 of the desk's SignedRequest bytes that filled the slot. */
  readonly requestHash: string;
  /** Hex key id of the officer who signed that enrollment. */
  readonly officerKey: string;
  readonly heKeyId: Uint8Array;
  readonly registeredAtMs: number;
}

function betasToBlob(betas: readonly number[]): Uint8Array {
  const out = new Uint8Array(4 * betas.length);
  const dv = new DataView(out.buffer);
  betas.forEach((b, i) => dv.setUint32(4 * i, b, false));
  return out;
}

function slotFromRow(r: Row): IdentifySlotRecord {
  const blob = new Uint8Array(r.betas as Uint8Array);
  const dv = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return {
    presetId: String(r.preset_id),
    blockId: Number(r.block_id),
    slot: Number(r.slot),
    subjectRef: String(r.subject_ref),
    betas: Array.from({ length: blob.length / 4 }, (_, i) => dv.getUint32(4 * i, false)),
    requestHash: String(r.request_hash),
    officerKey: String(r.officer_key),
    heKeyId: new Uint8Array(r.he_key_id as Uint8Array),
    registeredAtMs: Number(r.registered_at),
  };
}

/** Alarm state of one matcher credential. */
export interface AlarmState {
  /** Matcher credential id: the HTTP server uses 'matcher-' and the first 16 hex digits of SHA-256 of the bearer token. */
  readonly credential: string;
  /** Results relayed under it that failed authentication, since it was last re-enabled. */
  readonly alarms: number;
  /** True once `alarms` reached the threshold: no result of this credential is decided until re-enabled. */
  readonly suspended: boolean;
}

type Row = Record<string, unknown>;

/** The custodian's own state database (SQLite): key registry, nonces, reference MAC seeds, alarm counters, its audit log. */
export class CustodianState {
  /** The SQLite database holding it (the custodian's own file, never the matcher's store). */
  readonly store: SqliteStore;
  private readonly backend: StoreAuditBackend;
  private log: AuditLog;

  private constructor(store: SqliteStore, backend: StoreAuditBackend, log: AuditLog) {
    this.store = store;
    this.backend = backend;
    this.log = log;
  }

  /** Opens (creating if needed) the state at `path` (':memory:' for a throwaway one). */
  static async open(path: string, opts: { logId?: string; clock?: () => number } = {}): Promise<CustodianState> {
    const store = new SqliteStore(path);
    try {
      store.db.exec(SCHEMA);
      migrateReferenceMacKeys(store);
    } catch (e) {
      await store.close();
      throw new SealmatchError('E_STORE', 'cannot create the custodian state tables', undefined, { cause: e });
    }
    const backend = new StoreAuditBackend(store);
    const log = await AuditLog.open({ logId: opts.logId ?? 'sealmatch-custodian', backend, clock: opts.clock });
    return new CustodianState(store, backend, log);
  }

  /** The custodian's own audit log (one leaf per decryption). */
  get audit(): AuditLog {
    return this.log;
  }

  /** The registered key with this id (hex SHA-256 of the public key), if any. */
  getKey(keyIdHex: string): Promise<KeyRecord | undefined> {
    return this.store.getKey(keyIdHex);
  }

  /** Registers (or replaces) a key record. */
  putKey(rec: KeyRecord): Promise<void> {
    return this.store.putKey(rec);
  }

  /**
   * Runs fn in one transaction; `appendAudit` inside it adds the audit leaf to the same
   * transaction. If the transaction fails after an append, the in-memory log is reopened.
   */
  async transaction<T>(fn: (ops: StoreOps, tx: CustodianTx) => Promise<T>): Promise<T> {
    try {
      return await this.store.transaction(async (ops) => {
        this.backend.current = ops;
        try {
          return await fn(ops, new CustodianTx(this.store, this.log));
        } finally {
          this.backend.current = undefined;
        }
      });
    } catch (e) {
      if (this.log.size !== (await this.store.auditSize())) {
        this.log = await AuditLog.open({ logId: this.log.logId, backend: this.backend });
      }
      throw e;
    }
  }

  /** The MAC seed registered for a subject's reference of a modality, if any. */
  async getReferenceKey(subjectRef: string, modality: Modality): Promise<ReferenceMacKey | undefined> {
    return this.store.transaction(async () => readReferenceKey(this.store, subjectRef, modality));
  }

  /** Alarm count and suspension of a matcher credential. */
  async alarmState(credential: string): Promise<AlarmState> {
    const r = this.store.db.prepare('SELECT * FROM matcher_alarm WHERE credential = ?').get(credential) as Row | undefined;
    return { credential, alarms: r ? Number(r.alarms) : 0, suspended: r ? Number(r.suspended) !== 0 : false };
  }

  /** Every credential that ever raised an alarm. */
  async listAlarms(): Promise<AlarmState[]> {
    return (this.store.db.prepare('SELECT * FROM matcher_alarm ORDER BY credential').all() as Row[]).map((r) => ({
      credential: String(r.credential),
      alarms: Number(r.alarms),
      suspended: Number(r.suspended) !== 0,
    }));
  }

  /** Operator action: clears the alarms of a credential and lets it be served again. */
  async reenable(credential: string, nowMs: number): Promise<void> {
    await this.store.transaction(async () => {
      this.store.db.prepare('INSERT OR REPLACE INTO matcher_alarm (credential, alarms, suspended, updated_at) VALUES (?, 0, 0, ?)').run(credential, nowMs);
    });
  }

  /** Closes the state database. */
  async close(): Promise<void> {
    await this.store.close();
  }
}

function readReferenceKey(store: SqliteStore, subjectRef: string, modality: Modality): ReferenceMacKey | undefined {
  const r = store.db.prepare('SELECT * FROM reference_mac_key WHERE subject_ref = ? AND modality = ?').get(subjectRef, modality) as Row | undefined;
  if (!r) return undefined;
  return {
    subjectRef,
    modality,
    seed: new Uint8Array(r.seed as Uint8Array),
    heKeyId: new Uint8Array(r.he_key_id as Uint8Array),
    requestHash: String(r.request_hash),
    dim: Number(r.dim),
    registeredAtMs: Number(r.registered_at),
    institution: String(r.institution ?? ''),
    ...(r.part_dims != null ? { partDims: partDimsFromColumn(r.part_dims) } : {}),
  };
}

/** Operations on the custodian-only tables inside an open transaction. */
export class CustodianTx {
  constructor(private readonly store: SqliteStore, private readonly log: AuditLog) {}

  getReferenceKey(subjectRef: string, modality: Modality): ReferenceMacKey | undefined {
    return readReferenceKey(this.store, subjectRef, modality);
  }

  putReferenceKey(k: ReferenceMacKey): void {
    this.store.db
      .prepare('INSERT OR REPLACE INTO reference_mac_key (subject_ref, modality, seed, he_key_id, request_hash, dim, registered_at, institution, part_dims) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(k.subjectRef, k.modality, k.seed, k.heKeyId, k.requestHash, k.dim, k.registeredAtMs, k.institution, partDimsToColumn(k.partDims));
  }

  /** Institution that enrolled any reference of the subject (undefined when none). */
  subjectInstitution(subjectRef: string): string | undefined {
    const r = this.store.db.prepare('SELECT institution FROM reference_mac_key WHERE subject_ref = ? LIMIT 1').get(subjectRef) as Row | undefined;
    return r ? String(r.institution) : undefined;
  }

  /** Forgets the subject's reference key(s); returns how many were removed. */
  deleteReferenceKey(subjectRef: string, modality?: Modality): number {
    const stmt = modality
      ? this.store.db.prepare('DELETE FROM reference_mac_key WHERE subject_ref = ? AND modality = ?').run(subjectRef, modality)
      : this.store.db.prepare('DELETE FROM reference_mac_key WHERE subject_ref = ?').run(subjectRef);
    return Number(stmt.changes);
  }

  /** The registered 1:N slot, if any. */
  getIdentifySlot(presetId: string, blockId: number, slot: number): IdentifySlotRecord | undefined {
    const r = this.store.db.prepare('SELECT * FROM identify_slot WHERE preset_id = ? AND block_id = ? AND slot = ?').get(presetId, blockId, slot) as Row | undefined;
    return r ? slotFromRow(r) : undefined;
  }

  /** The registered 1:N slot of a subject, if any. */
  identifySlotOf(presetId: string, subjectRef: string): IdentifySlotRecord | undefined {
    const r = this.store.db.prepare('SELECT * FROM identify_slot WHERE preset_id = ? AND subject_ref = ?').get(presetId, subjectRef) as Row | undefined;
    return r ? slotFromRow(r) : undefined;
  }

  /** Every registered slot of a preset, by block then slot. */
  identifySlots(presetId: string): IdentifySlotRecord[] {
    return (this.store.db.prepare('SELECT * FROM identify_slot WHERE preset_id = ? ORDER BY block_id, slot').all(presetId) as Row[]).map(slotFromRow);
  }

  putIdentifySlot(r: IdentifySlotRecord): void {
    this.store.db
      .prepare('INSERT INTO identify_slot (preset_id, block_id, slot, subject_ref, betas, request_hash, officer_key, he_key_id, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(r.presetId, r.blockId, r.slot, r.subjectRef, betasToBlob(r.betas), r.requestHash, r.officerKey, r.heKeyId, r.registeredAtMs);
  }

  /** Forgets a slot (deletion): its beta is gone, so nothing the slot holds can pass a check again. */
  deleteIdentifySlot(presetId: string, blockId: number, slot: number): number {
    return Number(this.store.db.prepare('DELETE FROM identify_slot WHERE preset_id = ? AND block_id = ? AND slot = ?').run(presetId, blockId, slot).changes);
  }

  /** Whether `credential` is suspended (read inside the transaction). */
  isSuspended(credential: string): boolean {
    const r = this.store.db.prepare('SELECT suspended FROM matcher_alarm WHERE credential = ?').get(credential) as Row | undefined;
    return r ? Number(r.suspended) !== 0 : false;
  }

  /** Adds one alarm to `credential`; suspends it once `threshold` alarms are reached. */
  raiseAlarm(credential: string, threshold: number, nowMs: number): AlarmState {
    const r = this.store.db.prepare('SELECT alarms, suspended FROM matcher_alarm WHERE credential = ?').get(credential) as Row | undefined;
    const alarms = (r ? Number(r.alarms) : 0) + 1;
    const suspended = alarms >= threshold || (r ? Number(r.suspended) !== 0 : false);
    this.store.db
      .prepare('INSERT OR REPLACE INTO matcher_alarm (credential, alarms, suspended, updated_at) VALUES (?, ?, ?, ?)')
      .run(credential, alarms, suspended ? 1 : 0, nowMs);
    return { credential, alarms, suspended };
  }

  get audit(): AuditLog {
    return this.log;
  }
}
