/**
 * Reliability harness: a real deployment on loopback, the custodian and the matcher as separate
 * child processes (`tsx src/cli/main.ts serve --role ...`), keys from `sealmatch keygen`, the
 * matcher's store a SQLite file, the custodian's state its own SQLite file. Faults are injected
 * from outside (signals, a full filesystem, a second connection holding the write lock, hostile
 * clients) and every scenario reads the resulting state back: the store files (read-only), the
 * audit exports of both services, /metrics.
 *
 * tsx runs the CLI in a child of its own process, so each service is started in its own process
 * group (`detached`) and signals go to the group: `kill -9` of the group is kill -9 of the server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { ed25519 } from '@noble/curves/ed25519.js';
import { exportAuditLog } from '../../src/audit/export.js';
import { AuditLog } from '../../src/audit/log.js';
import { verifyExportedLog } from '../../src/audit/verify.js';
import { StoreAuditBackend } from '../../src/store/audit-backend.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { decodeAuditEntry, type AuditEntry } from '../../src/audit/entry.js';
import { ERROR_CODES, SealmatchError } from '../../src/errors.js';
import { loadPublicBundle, type DeploymentBundle } from '../../src/server/config.js';
import { registerKey } from '../../src/server/deployment.js';
import { httpStatus } from '../../src/server/status.js';
import { TerminalClient } from '../../src/verify/terminal/terminal-client.js';
import { subjectReference, type SubjectRef } from '../../src/subjects/subject-reference.js';
import { Terminal } from '../../src/verify/terminal/terminal.js';
import { decodeWith, pb } from '../../src/wire/codec.js';
import { sha256 } from '../../src/wire/digest.js';
import { Matcher } from '../../src/verify/matcher/matcher.js';
import type { ReferenceStore } from '../../src/store/reference-store.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/cli/main.ts');

/**
 * True under test/reliability/vitest.config.ts. The repository's main vitest config includes
 * test/**, so these files are collected by `npm test` too: there they skip (`describe.runIf`).
 */
export const reliabilitySuite = process.env.SEALMATCH_RELIABILITY === '1';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One JSON line per scenario: the figure the reliability suite reports. */
export function figure(scenario: string, data: Record<string, unknown>): void {
  console.log(JSON.stringify({ reliability: scenario, ...data }));
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const round = (x: number): number => Math.round(x * 10) / 10;

/** A free loopback TCP port (bound and released). */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

async function portOpen(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      res(true);
    });
    s.once('error', () => res(false));
  });
}

/** A valid IIN (12 digits, valid date, century digit and check digit) for index i. */
export function iin(i: number): string {
  for (let k = 0; ; k++) {
    const yy = String((i * 7 + k) % 100).padStart(2, '0');
    const mm = String(((i + k) % 12) + 1).padStart(2, '0');
    const dd = String(((i * 3 + k) % 28) + 1).padStart(2, '0');
    const serial = String((i * 13 + k) % 10000).padStart(4, '0');
    const first11 = `${yy}${mm}${dd}3${serial}`;
    const d = [...first11].map(Number);
    let c = d.reduce((s, x, j) => s + x * (j + 1), 0) % 11;
    if (c === 10) c = d.reduce((s, x, j) => s + x * (((j + 2) % 11) + 1), 0) % 11;
    if (c !== 10) return `${first11}${c}`;
  }
}

export const BANK_KEY = new Uint8Array(32).fill(0x5a);
export const subject = (i: number): SubjectRef => subjectReference(BANK_KEY, iin(i));

/** What a request to a service came back with (typed error or success), and how long it took. */
export interface Outcome {
  readonly ok: boolean;
  readonly status: number;
  readonly code?: string;
  readonly message?: string;
  readonly reason?: string;
  readonly ms: number;
  /** Transport failure (connection refused/reset, client timeout): no HTTP answer at all. */
  readonly transport?: string;
}

export function outcomeOf(e: unknown, ms: number): Outcome {
  if (e instanceof SealmatchError) return { ok: false, status: Number(e.details?.status ?? 0), code: e.code, message: e.message, ...(typeof e.details?.reason === 'string' ? { reason: e.details.reason } : {}), ms };
  const cause = (e as { cause?: { code?: string; name?: string } }).cause;
  return { ok: false, status: 0, ms, transport: String(cause?.code ?? cause?.name ?? (e as Error).name ?? 'error') };
}

export async function timed<T>(f: () => Promise<T>): Promise<{ value?: T; outcome: Outcome }> {
  const t0 = performance.now();
  try {
    const value = await f();
    return { value, outcome: { ok: true, status: 200, ms: performance.now() - t0 } };
  } catch (e) {
    return { outcome: outcomeOf(e, performance.now() - t0) };
  }
}

/**
 * Checks an error response is a typed sealmatch.v1.Error whose status is its code's status.
 * Returns a description of what is wrong, or undefined.
 */
export function untypedError(status: number, contentType: string | null, body: Uint8Array): string | undefined {
  if (status < 400) return `status ${status} is not an error`;
  let err;
  try {
    if (contentType?.includes('application/json')) err = JSON.parse(Buffer.from(body).toString('utf8')) as { code?: string; message?: string };
    else err = decodeWith(pb.Error, body, 'Error');
  } catch {
    return `status ${status}: body is not a sealmatch.v1.Error (${Buffer.from(body).toString('utf8').slice(0, 120)})`;
  }
  if (!err.code || !(err.code in ERROR_CODES)) return `status ${status}: unknown code ${err.code}`;
  if (httpStatus(err.code as keyof typeof ERROR_CODES) !== status) return `status ${status} does not belong to ${err.code}`;
  if (status === 500 || err.code === 'E_INTERNAL') return `500 ${err.code}: ${err.message}`;
  return undefined;
}

export type Role = 'matcher' | 'custodian';

/** A service child process (its own process group). */
export class Service {
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  private done = false;
  constructor(
    readonly role: Role,
    readonly child: ChildProcess,
    readonly logFile: string,
  ) {
    this.exited = new Promise((res) => {
      child.once('exit', (code, signal) => {
        this.done = true;
        res({ code, signal });
      });
    });
  }
  get alive(): boolean {
    return !this.done;
  }
  signal(sig: NodeJS.Signals): void {
    if (this.done || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, sig);
    } catch {
      // group already gone
    }
  }
  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }
}

const everyService = new Set<Service>();
process.once('exit', () => {
  for (const s of everyService) s.signal('SIGKILL');
});

export interface DeploymentOptions {
  /** Directory of the matcher's SQLite store (default the deployment directory). */
  readonly storeDir?: string;
  /** ATMs and desks to register. */
  readonly terminals?: number;
  readonly desks?: number;
  /**
   * Run the matcher in this process instead (`startMatcher` over an injected store) on
   * `d.matcherPort` with `d.dbPath`; the custodian stays a child process.
   */
  readonly inProcessMatcher?: (d: Deployment) => Promise<{ close(): Promise<void> }>;
}

export interface Secrets {
  readonly matcherAdmin: string;
  readonly auditor: string | undefined;
  readonly custodianAdmin: string;
  readonly matcherToken: string;
  readonly logPublicKey: Uint8Array;
}

/** Recording fetch: the last body sent to each path (desk enrollments and deletions, to replay/fuzz). */
export interface Recorder {
  readonly last: Map<string, Uint8Array>;
}

function recordingFetch(rec: Recorder, timeoutMs = 30_000): typeof fetch {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    const path = new URL(String(url instanceof Request ? url.url : url)).pathname;
    if (init?.body instanceof Uint8Array) rec.last.set(path, new Uint8Array(init.body));
    return fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  }) as typeof fetch;
}

export class Deployment {
  readonly dir: string;
  readonly storeDir: string;
  readonly dbPath: string;
  readonly statePath: string;
  matcher?: Service;
  custodian?: Service;
  bundle!: DeploymentBundle;
  secrets!: Secrets;
  officerKey = ed25519.utils.randomSecretKey();
  logSigningKey!: Uint8Array;
  inProcess?: { close(): Promise<void> };
  readonly atms: TerminalClient[] = [];
  readonly desks: TerminalClient[] = [];
  readonly recorder: Recorder = { last: new Map() };
  private starts = 0;

  private constructor(
    readonly name: string,
    readonly matcherPort: number,
    readonly custodianPort: number,
    private readonly opts: DeploymentOptions,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `sm-rel-${name}-`));
    this.storeDir = opts.storeDir ?? this.dir;
    this.dbPath = join(this.storeDir, 'matcher.db');
    this.statePath = join(this.dir, 'custodian-state.db');
  }

  get matcherUrl(): string {
    return `http://127.0.0.1:${this.matcherPort}`;
  }
  get custodianUrl(): string {
    return `http://127.0.0.1:${this.custodianPort}`;
  }

  /** keygen (the CLI), then both services, then keys registered on both, then terminal clients. */
  static async create(name: string, opts: DeploymentOptions = {}): Promise<Deployment> {
    const d = new Deployment(name, await freePort(), await freePort(), opts);
    if (opts.storeDir) mkdirSync(opts.storeDir, { recursive: true });
    const kg = spawnSync(process.execPath, [TSX, MAIN, 'keygen', '--dir', d.dir, '--force', '--custodian-url', d.custodianUrl], { cwd: ROOT, env: serviceEnv(), encoding: 'utf8' });
    if (kg.status !== 0) throw new Error(`keygen failed: ${kg.stderr}`);
    const m = JSON.parse(readFileSync(join(d.dir, 'matcher.json'), 'utf8')) as Record<string, string>;
    const c = JSON.parse(readFileSync(join(d.dir, 'custodian.json'), 'utf8')) as Record<string, string>;
    d.secrets = {
      matcherAdmin: m.adminToken!,
      auditor: m.auditorToken,
      custodianAdmin: c.adminToken!,
      matcherToken: c.matcherToken!,
      logPublicKey: ed25519.getPublicKey(Buffer.from(m.logSigningKey!, 'hex')),
    };
    d.logSigningKey = new Uint8Array(Buffer.from(m.logSigningKey!, 'hex'));
    d.bundle = loadPublicBundle(d.dir);
    // Both services start side by side (the matcher needs the custodian only per request).
    if (opts.inProcessMatcher) {
      await d.startCustodian();
      d.inProcess = await opts.inProcessMatcher(d);
    } else await Promise.all([d.startCustodian(), d.startMatcher()]);
    await d.registerAll(opts.terminals ?? 4, opts.desks ?? 4);
    return d;
  }

  private spawnService(role: Role, args: string[]): Service {
    const logFile = join(this.dir, `${role}-${++this.starts}.log`);
    const fd = openSync(logFile, 'a');
    const child = spawn(process.execPath, [TSX, MAIN, 'serve', '--role', role, '--keys', this.dir, '--host', '127.0.0.1', ...args], {
      cwd: ROOT,
      env: serviceEnv(),
      detached: true,
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    const s = new Service(role, child, logFile);
    everyService.add(s);
    void s.exited.then(() => everyService.delete(s));
    return s;
  }

  private async waitUp(s: Service, port: number): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (!s.alive) throw new Error(`${s.role} exited during startup:\n${s.log().slice(-3000)}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
        await res.arrayBuffer();
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`${s.role} did not come up:\n${s.log().slice(-3000)}`);
  }

  async startCustodian(): Promise<Service> {
    if (this.custodian?.alive) throw new Error('custodian already running');
    const s = this.spawnService('custodian', ['--port', String(this.custodianPort), '--state', this.statePath]);
    this.custodian = s;
    await this.waitUp(s, this.custodianPort);
    return s;
  }

  async startMatcher(): Promise<Service> {
    if (this.matcher?.alive) throw new Error('matcher already running');
    const s = this.spawnService('matcher', ['--port', String(this.matcherPort), '--store', `sqlite:${this.dbPath}`]);
    this.matcher = s;
    await this.waitUp(s, this.matcherPort);
    return s;
  }

  /** Signals the service's process group; SIGKILL waits until it is gone and its port is free. */
  async kill(role: Role, sig: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const s = role === 'matcher' ? this.matcher : this.custodian;
    if (!s) return;
    s.signal(sig);
    if (sig === 'SIGKILL' || sig === 'SIGTERM') {
      await s.exited;
      const port = role === 'matcher' ? this.matcherPort : this.custodianPort;
      for (let i = 0; i < 100 && (await portOpen(port)); i++) await sleep(50);
    }
  }

  private async registerAll(terminals: number, desks: number): Promise<void> {
    const targets = [
      [this.matcherUrl, this.secrets.matcherAdmin],
      [this.custodianUrl, this.secrets.custodianAdmin],
    ] as const;
    const f = recordingFetch(this.recorder);
    // One HE context for every client: each is a view of it with its own terminal id.
    const base = await Terminal.create({ ...this.bundle, terminalId: 'base' });
    const view = (terminalId: string): Terminal => Object.create(base, { config: { value: { ...base.config, terminalId } } }) as Terminal;
    const add = async (role: 'terminal' | 'desk', owner: string, into: TerminalClient[]): Promise<void> => {
      const key = ed25519.utils.randomSecretKey();
      for (const [url, token] of targets) await registerKey(url, token, ed25519.getPublicKey(key), owner, role, 'bank-a');
      into.push(new TerminalClient({ matcherUrl: this.matcherUrl, terminal: view(owner), deviceKey: key, fetch: f }));
    };
    for (let i = 0; i < terminals; i++) await add('terminal', `atm-${i}`, this.atms);
    for (let i = 0; i < desks; i++) await add('desk', `desk-${i}`, this.desks);
    for (const [url, token] of targets) await registerKey(url, token, ed25519.getPublicKey(this.officerKey), 'officer-0', 'officer', 'bank-a');
  }

  // ---- reading state back --------------------------------------------------------------------

  async metric(role: Role, name: string): Promise<number> {
    const text = await (await fetch(`${role === 'matcher' ? this.matcherUrl : this.custodianUrl}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    if (!line) throw new Error(`metric ${name} not found`);
    return Number(line.split(' ').pop());
  }

  decryptions(): Promise<number> {
    return this.metric('custodian', 'sealmatch_custodian_decryptions_total');
  }

  /**
   * The matcher's audit export, every page (auditor bearer token of matcher.json), verified with
   * verifyExportedLog against the key of GET /v1/audit/public-key (checked against matcher.json's
   * signing key). `previousHead` (a tree head of an earlier export) must be a prefix of this log.
   */
  async matcherAudit(previousHead?: unknown): Promise<{ entries: AuditEntry[]; head: unknown; ok: boolean; problems: unknown[]; status: number }> {
    const pk = (await (await fetch(`${this.matcherUrl}/v1/audit/public-key`)).json()) as { publicKey: string };
    if (pk.publicKey !== Buffer.from(this.secrets.logPublicKey).toString('hex')) throw new Error('GET /v1/audit/public-key is not the key of matcher.json');
    const pages: { treeHead: unknown; treeSize: number; next: number | null; entries: { leaf: string }[] }[] = [];
    let url = `${this.matcherUrl}/v1/audit/export`;
    for (;;) {
      const res = await fetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${this.secrets.auditor}` } });
      if (res.status !== 200) return { entries: [], head: undefined, ok: false, problems: [`GET /v1/audit/export with the auditor token of matcher.json: HTTP ${res.status} ${await res.text()}`], status: res.status };
      const page = (await res.json()) as (typeof pages)[number];
      pages.push(page);
      if (page.next === null) break;
      url = `${this.matcherUrl}/v1/audit/export?from=${page.next}&treeSize=${pages[0]!.treeSize}`;
    }
    const report = verifyExportedLog(pages, new Uint8Array(Buffer.from(pk.publicKey, 'hex')), previousHead === undefined ? {} : { treeHead: previousHead });
    const entries = pages.flatMap((p) => p.entries.map((e) => decodeAuditEntry(new Uint8Array(Buffer.from(e.leaf, 'hex')))));
    return { entries, head: pages[0]!.treeHead, ok: report.ok, problems: report.problems as unknown[], status: 200 };
  }

  /**
   * The matcher's log as stored in its SQLite file, exported and verified offline (the same
   * exportAuditLog / verifyExportedLog an auditor runs), signed here with matcher.json's key.
   * Independent of the HTTP route, so a store check still runs when the route refuses.
   */
  async storeAudit(previousHead?: unknown): Promise<{ entries: AuditEntry[]; head: unknown; ok: boolean; problems: unknown[] }> {
    const store = new SqliteStore(this.dbPath);
    try {
      const log = await AuditLog.open({ logId: 'sealmatch-matcher', backend: new StoreAuditBackend(store) });
      const doc = await exportAuditLog(log, log.treeHead(this.logSigningKey), this.secrets.logPublicKey);
      const report = verifyExportedLog(doc, this.secrets.logPublicKey, previousHead === undefined ? {} : { treeHead: previousHead });
      return { entries: doc.entries.map((e) => e.entry), head: doc.treeHead, ok: report.ok, problems: report.problems as unknown[] };
    } finally {
      await store.close();
    }
  }

  /** The custodian's own decryption log (its admin token), verified against its log key. */
  async custodianAudit(): Promise<{ entries: AuditEntry[]; ok: boolean; problems: unknown[] }> {
    const res = await fetch(`${this.custodianUrl}/v1/audit/export`, { headers: { accept: 'application/json', authorization: `Bearer ${this.secrets.custodianAdmin}` } });
    if (res.status !== 200) throw new Error(`custodian /v1/audit/export: HTTP ${res.status} ${await res.text()}`);
    const doc = (await res.json()) as { entries: { leaf: string }[] };
    const c = JSON.parse(readFileSync(join(this.dir, 'custodian.json'), 'utf8')) as Record<string, string>;
    const report = verifyExportedLog(doc, ed25519.getPublicKey(Buffer.from(c.logSigningKey!, 'hex')));
    return { entries: doc.entries.map((e) => decodeAuditEntry(new Uint8Array(Buffer.from(e.leaf, 'hex')))), ok: report.ok, problems: report.problems as unknown[] };
  }

  /** Read-only view of the matcher's store file (WAL: sees every committed transaction). */
  readStore<T>(f: (db: DatabaseSync) => T): T {
    const db = new DatabaseSync(this.dbPath, { readOnly: true });
    try {
      return f(db);
    } finally {
      db.close();
    }
  }

  readState<T>(f: (db: DatabaseSync) => T): T {
    const db = new DatabaseSync(this.statePath, { readOnly: true });
    try {
      return f(db);
    } finally {
      db.close();
    }
  }

  private decoder?: Matcher;

  /**
   * One consistent read (a single read transaction) of the stored references and the audit
   * leaves, every reference decoded as the matcher would load it (container, residues, key id).
   */
  async readConsistent(): Promise<{ refs: Map<string, { decodes: boolean; error?: string }>; leaves: AuditEntry[]; leafCount: number; stateSize: number }> {
    this.decoder ??= await Matcher.create({ presetId: this.bundle.presetId, store: {} as ReferenceStore, heKeyId: sha256(this.bundle.hePublicKey) });
    const heKeyId = Buffer.from(sha256(this.bundle.hePublicKey)).toString('hex');
    const raw = this.readStore((db) => {
      db.exec('BEGIN');
      try {
        const refs = db.prepare('SELECT subject_ref, dim, ciphertext, hex(he_key_id) AS k FROM reference_template').all() as { subject_ref: string; dim: number; ciphertext: Uint8Array; k: string | null }[];
        const leaves = db.prepare('SELECT seq, entry FROM audit_leaf ORDER BY seq').all() as { seq: number; entry: Uint8Array }[];
        const stateSize = Number((db.prepare('SELECT size FROM audit_state WHERE id = 0').get() as { size: number }).size);
        return { refs, leaves, stateSize };
      } finally {
        db.exec('COMMIT');
      }
    });
    const refs = new Map<string, { decodes: boolean; error?: string }>();
    for (const r of raw.refs) {
      try {
        if ((r.k ?? '').toLowerCase() !== heKeyId) throw new Error(`he_key_id ${r.k}`);
        this.decoder.loadChunks(new Uint8Array(r.ciphertext), Number(r.dim));
        refs.set(r.subject_ref, { decodes: true });
      } catch (e) {
        refs.set(r.subject_ref, { decodes: false, error: (e as Error).message });
      }
    }
    const leaves: AuditEntry[] = [];
    raw.leaves.forEach((l, i) => {
      if (Number(l.seq) !== i) throw new Error(`audit leaf gap at ${i}`);
      leaves.push(decodeAuditEntry(new Uint8Array(l.entry)));
    });
    return { refs, leaves, leafCount: raw.leaves.length, stateSize: raw.stateSize };
  }

  /** Counts and digests of everything the matcher persists (for "store unchanged"). */
  storeSnapshot(opts: { withKeys?: boolean } = {}): Record<string, unknown> {
    return this.readStore((db) => {
      const n = (sql: string): number => Number((db.prepare(sql).get() as { n: number }).n);
      const refs = (db.prepare('SELECT subject_ref, modality, length(ciphertext) AS l, hex(substr(ciphertext, 1, 64)) AS h FROM reference_template ORDER BY subject_ref, modality').all() as object[]).map((r) => JSON.stringify(r)).join('|');
      const states = (db.prepare('SELECT * FROM subject_state ORDER BY subject_ref').all() as object[]).map((r) => JSON.stringify(r)).join('|');
      const size = n('SELECT size AS n FROM audit_state WHERE id = 0');
      const last = db.prepare('SELECT hex(leaf_hash) AS h FROM audit_leaf ORDER BY seq DESC LIMIT 1').get() as { h: string } | undefined;
      return {
        references: n('SELECT COUNT(*) AS n FROM reference_template'),
        refs,
        nonces: n('SELECT COUNT(*) AS n FROM seen_nonce'),
        states,
        auditSize: size,
        auditLeaves: n('SELECT COUNT(*) AS n FROM audit_leaf'),
        lastLeaf: last?.h,
        ...(opts.withKeys ? { keys: n('SELECT COUNT(*) AS n FROM device_key') } : {}),
      };
    });
  }

  stateSnapshot(): Record<string, unknown> {
    return this.readState((db) => {
      const n = (sql: string): number => Number((db.prepare(sql).get() as { n: number }).n);
      return {
        referenceKeys: n('SELECT COUNT(*) AS n FROM reference_mac_key'),
        nonces: n('SELECT COUNT(*) AS n FROM seen_nonce'),
        alarms: n('SELECT COALESCE(SUM(alarms), 0) AS n FROM matcher_alarm'),
        auditSize: n('SELECT size AS n FROM audit_state WHERE id = 0'),
        keys: n('SELECT COUNT(*) AS n FROM device_key'),
      };
    });
  }

  async stop(): Promise<void> {
    await this.inProcess?.close();
    this.inProcess = undefined;
    await this.kill('matcher', 'SIGKILL');
    await this.kill('custodian', 'SIGKILL');
  }

  async destroy(): Promise<void> {
    await this.stop();
    this.decoder?.delete();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The services' environment: no key-file passphrases (custodian.json stays plain), quiet logs. */
function serviceEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SEALMATCH_LOG_LEVEL: 'warn' };
  for (const k of ['SEALMATCH_CUSTODIAN_PASSPHRASE', 'SEALMATCH_CUSTODIAN_KEY', 'SEALMATCH_MATCHER_PASSPHRASE', 'SEALMATCH_MATCHER_KEY', 'NODE_ENV', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[k];
  return env;
}

/** Raw POST returning status, content type and body bytes (for fuzzing and hand-built requests). */
export async function rawPost(url: string, body: Uint8Array, headers: Record<string, string>, timeoutMs = 30_000): Promise<{ status: number; contentType: string | null; body: Uint8Array; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body: new Uint8Array(body), signal: AbortSignal.timeout(timeoutMs) });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, contentType: res.headers.get('content-type'), body: bytes, ms: performance.now() - t0 };
}

/** Seeded PRNG (mulberry32): scenarios print their seed, so a failing run can be repeated. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const seedFromEnv = (): number => Number(process.env.SEALMATCH_RELIABILITY_SEED ?? Date.now() % 1_000_000);

export const hexOf = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** Counts outcomes by "status code" (or transport error). */
export function tally(into: Record<string, number>, o: Outcome): void {
  const k = o.ok ? '200' : o.transport ? `transport:${o.transport}` : `${o.status} ${o.code}`;
  into[k] = (into[k] ?? 0) + 1;
}
