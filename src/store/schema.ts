/**
 * The store's tables, written once for both dialects (`sqlite.ts`, `postgres.ts`): column types
 * and table options come from the dialect, everything else (names, keys, CHECKs, defaults) is
 * shared. A store created by either starts with every column; the migrations for databases
 * created by older versions stay with each store (they differ: PostgreSQL can ALTER a CHECK,
 * SQLite must rebuild the table).
 */

/** Every modality a reference may have (wire/messages.ts Modality), as the SQL list of its CHECK. */
export const MODALITIES = ['face', 'finger', 'finger+finger', 'face+finger'] as const;
/** `'face', 'finger', ...`: the CHECK list of the modality columns (matcher store and custodian state). */
export const MODALITY_SQL = MODALITIES.map((m) => `'${m}'`).join(', ');

/** How a dialect spells the column types and table options the schema uses. */
interface Dialect {
  /** 64-bit integer (times in ms, sequence numbers, sizes). */
  readonly bigint: string;
  /** Small integer (levels, the one-row state's id). */
  readonly smallint: string;
  /** Byte string. */
  readonly blob: string;
  /** Boolean column and its false literal. */
  readonly bool: string;
  readonly false: string;
  /** Appended after a table's closing parenthesis (SQLite: STRICT typing). */
  readonly table: string;
  /** As `table`, for a table keyed only by its primary key (SQLite: no rowid). */
  readonly keyedTable: string;
}

const DIALECTS = {
  sqlite: { bigint: 'INTEGER', smallint: 'INTEGER', blob: 'BLOB', bool: 'INTEGER', false: '0', table: ' STRICT', keyedTable: ' STRICT, WITHOUT ROWID' },
  postgres: { bigint: 'BIGINT', smallint: 'SMALLINT', blob: 'BYTEA', bool: 'BOOLEAN', false: 'FALSE', table: '', keyedTable: '' },
} as const satisfies Record<string, Dialect>;

/** The CREATE TABLE IF NOT EXISTS statements of every table, in `dialect`. */
export function schemaSql(dialect: keyof typeof DIALECTS): string {
  const d: Dialect = DIALECTS[dialect];
  return `
CREATE TABLE IF NOT EXISTS reference_template (
  subject_ref   TEXT NOT NULL,
  modality      TEXT NOT NULL DEFAULT 'face' CHECK (modality IN (${MODALITY_SQL})),
  preset_id     TEXT NOT NULL,
  dim           INTEGER NOT NULL,
  ciphertext    ${d.blob} NOT NULL,
  enrolled_at   ${d.bigint} NOT NULL,
  he_key_id     ${d.blob},
  enrolled_by   TEXT,
  institution   TEXT,
  part_dims     TEXT,
  PRIMARY KEY (subject_ref, modality)
)${d.table};
CREATE TABLE IF NOT EXISTS device_key (
  key_id        TEXT PRIMARY KEY,
  public_key    ${d.blob} NOT NULL,
  owner_id      TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('terminal', 'desk', 'officer')),
  registered_at ${d.bigint} NOT NULL,
  revoked       ${d.bool} NOT NULL DEFAULT ${d.false},
  institution   TEXT NOT NULL DEFAULT ''
)${d.table};
CREATE TABLE IF NOT EXISTS seen_nonce (
  key_id        TEXT NOT NULL,
  nonce         TEXT NOT NULL,
  seen_at       ${d.bigint} NOT NULL,
  PRIMARY KEY (key_id, nonce)
)${d.table};
CREATE INDEX IF NOT EXISTS seen_nonce_time ON seen_nonce (seen_at);
CREATE TABLE IF NOT EXISTS subject_state (
  subject_ref   TEXT PRIMARY KEY,
  failures      INTEGER NOT NULL,
  locked_until  ${d.bigint} NOT NULL,
  lockouts      INTEGER NOT NULL
)${d.table};
CREATE TABLE IF NOT EXISTS audit_leaf (
  seq           ${d.bigint} PRIMARY KEY CHECK (seq >= 0),
  entry         ${d.blob} NOT NULL,
  leaf_hash     ${d.blob} NOT NULL
)${d.table};
-- RFC 6962 interior nodes (level >= 1; level 0 is audit_leaf.leaf_hash), each written once when
-- its subtree completes: MTH of leaves [idx * 2^level, (idx + 1) * 2^level).
CREATE TABLE IF NOT EXISTS audit_node (
  level         ${d.smallint} NOT NULL CHECK (level >= 1),
  idx           ${d.bigint} NOT NULL CHECK (idx >= 0),
  hash          ${d.blob} NOT NULL,
  PRIMARY KEY (level, idx)
)${d.keyedTable};
-- The log state, one row: size and right frontier (MerkleFrontier.toBytes), advanced with each leaf.
CREATE TABLE IF NOT EXISTS audit_state (
  id            ${d.smallint} PRIMARY KEY CHECK (id = 0),
  size          ${d.bigint} NOT NULL CHECK (size >= 0),
  frontier      ${d.blob} NOT NULL
)${d.table};
CREATE TABLE IF NOT EXISTS gallery_block (
  preset_id     TEXT NOT NULL,
  block_id      INTEGER NOT NULL CHECK (block_id >= 0),
  columns       ${d.blob} NOT NULL,
  PRIMARY KEY (preset_id, block_id)
)${d.table};
CREATE TABLE IF NOT EXISTS gallery_slot (
  preset_id     TEXT NOT NULL,
  block_id      INTEGER NOT NULL,
  slot          INTEGER NOT NULL CHECK (slot >= 0),
  subject_ref   TEXT NOT NULL,
  factor        INTEGER NOT NULL CHECK (factor >= 1),
  enrollment    ${d.blob},
  PRIMARY KEY (preset_id, block_id, slot),
  UNIQUE (preset_id, subject_ref)
)${d.table};
`;
}
