/**
 * What each `sealmatch` command accepts and says about itself: its flags (parsed by args.ts, so a
 * flag missing here is refused as unknown: the help cannot fall behind the parser), its
 * positional arguments and its help text. Light on purpose: `sealmatch help` and every usage
 * error load this file (and the preset table) only, never a role.
 */
import { DEFAULT_FACE_PRESET_ID, listPresets } from '../params/presets.js';

export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly default?: string | boolean;
  /** Placeholder of a string flag's value in help ("FILE", "N"). */
  readonly value?: string;
  readonly help: string;
}

export interface CommandSpec {
  /** One line for the command list. */
  readonly summary: string;
  /** Positional arguments in order; `[NAME]` is optional, any other is required. */
  readonly positionals?: readonly string[];
  readonly flags: Readonly<Record<string, FlagSpec>>;
  /** Paragraphs printed after the flags by `sealmatch help COMMAND`. */
  readonly details?: string;
}

const TLS_SERVER_FLAGS = {
  'tls-cert': { type: 'string', value: 'FILE', help: 'serve HTTPS with this certificate (PEM); with --tls-key' },
  'tls-key': { type: 'string', value: 'FILE', help: 'private key of --tls-cert (PEM, must be 0600)' },
  'tls-ca': { type: 'string', value: 'FILE', help: 'CA of the client certificates accepted with --tls-client-auth' },
  'tls-client-auth': { type: 'boolean', default: false, help: 'mutual TLS: only clients with a certificate from --tls-ca connect' },
} as const satisfies Record<string, FlagSpec>;

const CUSTODIAN_TLS_FLAGS = {
  'custodian-tls-ca': { type: 'string', value: 'FILE', help: "the custodian's CA (pinned by the matcher)" },
  'custodian-tls-cert': { type: 'string', value: 'FILE', help: "the matcher's client certificate for the custodian (mutual TLS)" },
  'custodian-tls-key': { type: 'string', value: 'FILE', help: 'private key of --custodian-tls-cert (must be 0600)' },
} as const satisfies Record<string, FlagSpec>;

export const COMMANDS = {
  demo: {
    summary: 'matcher + custodian on loopback, a terminal enrolling and withdrawing (LFW faces), then 1:N de-duplication',
    flags: {
      store: { type: 'string', default: 'sqlite::memory:', value: 'URL', help: "the matcher's store: sqlite:PATH, sqlite::memory: or postgres://..." },
    },
    details: 'Reads the LFW embeddings from ../shared/data/face/lfw10-dlib128.json (SEALMATCH_DATA=DIR points elsewhere).',
  },
  eval: {
    summary: 'evaluation mode: one {"id","score","match"} line per pair of templates',
    flags: {
      pairs: { type: 'string', value: 'FILE', help: 'JSON lines: face {"id","probe":[floats],"reference":[floats]}; finger {"id","probe":"a.iso","reference":"b.iso"} (.iso, .ist, .xyt; paths relative to FILE)' },
      threshold: { type: 'string', value: 'COS', help: "decision threshold as a cosine (default: the preset's)" },
      modality: { type: 'string', default: 'face', value: 'face|finger', help: 'what the pairs hold' },
      lenient: { type: 'boolean', default: false, help: 'finger: accept the header defects of published sample records (ANSI 378-2004 version "020", a record length that disagrees with the file size)' },
      'xyt-size': { type: 'string', default: '504x480', value: 'WxH', help: 'finger: image size of NBIS .xyt minutiae files (for the y flip; default CrossMatch 504x480, U.are.U 326x357)' },
    },
    details:
      'A bad line prints {"id","line","error"} on stdout and "FILE:LINE: CODE: why" on stderr (LINE counts from 1); ' +
      'the run goes on and exits 1 at the end.',
  },
  'identify-eval': {
    summary: 'encrypted 1:N search over JSON lines {"id","embedding"}: one {"id","matches"} line per probe',
    flags: {
      gallery: { type: 'string', value: 'FILE', help: 'JSON lines {"id","embedding":[floats]} enrolled encrypted (128-D or 512-D: the matching 1:N preset)' },
      probes: { type: 'string', value: 'FILE', help: 'JSON lines {"id","embedding":[floats]} searched against the gallery' },
      threshold: { type: 'string', value: 'COS', help: "decision threshold as a cosine in [-1, 1] (default: the preset's)" },
    },
    details: 'Bad lines (not JSON, no id, wrong dimension, duplicate gallery id) are skipped with "FILE:LINE: CODE: why" on stderr; the run goes on and exits 1 at the end.',
  },
  keygen: {
    summary: 'key files of a deployment (custodian.json, matcher.json, public-bundle.pb), 0600',
    flags: {
      dir: { type: 'string', value: 'DIR', help: 'where the key files go (created 0700)' },
      preset: { type: 'string', default: DEFAULT_FACE_PRESET_ID, value: 'ID', help: 'parameter set' },
      'custodian-url': { type: 'string', default: 'http://127.0.0.1:8701', value: 'URL', help: 'where the matcher reaches the custodian (written to matcher.json)' },
      encrypt: { type: 'boolean', default: false, help: 'refuse unless custodian.json can be sealed (SEALMATCH_CUSTODIAN_PASSPHRASE or _KEY set)' },
      force: { type: 'boolean', default: false, help: 'overwrite an existing deployment (orphans every enrolled reference)' },
      ...CUSTODIAN_TLS_FLAGS,
    },
    details:
      'custodian.json is sealed whenever SEALMATCH_CUSTODIAN_PASSPHRASE (or SEALMATCH_CUSTODIAN_KEY, 64 hex digits) is set; ' +
      'matcher.json likewise with SEALMATCH_MATCHER_PASSPHRASE / SEALMATCH_MATCHER_KEY.',
  },
  serve: {
    summary: 'run the services (routes under /v1/, see README; TLS and mTLS: docs/DEPLOYMENT.md)',
    flags: {
      role: { type: 'string', default: 'all', value: 'matcher|custodian|all', help: 'which service; all = matcher on --port and custodian on --port+1 (development)' },
      keys: { type: 'string', value: 'DIR', help: 'the key files from `sealmatch keygen --dir DIR`' },
      store: { type: 'string', default: 'sqlite:./sealmatch.db', value: 'URL', help: "the matcher's store: sqlite:PATH or postgres://..." },
      port: { type: 'string', default: '8700', value: 'N', help: 'TCP port (0 picks a free one)' },
      host: { type: 'string', default: '127.0.0.1', value: 'H', help: 'interface to listen on (anything but loopback wants --tls-*)' },
      state: { type: 'string', value: 'FILE', help: "the custodian's state database (default DIR/custodian-state.db)" },
      'evaluation-mode': { type: 'boolean', default: false, help: 'custodian: reveal scores (legacy preset only; refused in production)' },
      'identify-workers': { type: 'string', default: '0', value: 'N', help: "1:N presets: the matcher's gallery worker threads, 0..256" },
      'identify-trust-matcher': { type: 'boolean', default: false, help: 'custodian: serve the 1:N routes although 1:N results carry no MAC yet (docs/THREAT-MODEL.md)' },
      'no-teller': { type: 'boolean', default: false, help: 'matcher: do not mount the teller / enrollment-desk web page at /teller/' },
      ...TLS_SERVER_FLAGS,
      ...CUSTODIAN_TLS_FLAGS,
    },
    details:
      'Key files and SQLite databases must be 0600. On start one line per service names its role, preset, URL and routes. ' +
      'SIGTERM or SIGINT (also through `npx sealmatch` / `npm run`): stop accepting, finish in-flight requests, close the stores, exit 0; ' +
      'a second signal exits at once (1).',
  },
  'custodian-alarms': {
    summary: 'alarm count and suspension of each matcher credential at a custodian',
    flags: {
      state: { type: 'string', value: 'FILE', help: "the custodian's state database (e.g. KEYS/custodian-state.db)" },
    },
  },
  'custodian-reenable': {
    summary: 'operator: serve a suspended matcher credential again',
    flags: {
      state: { type: 'string', value: 'FILE', help: "the custodian's state database" },
      credential: { type: 'string', value: 'ID', help: 'the credential (see `sealmatch custodian-alarms`)' },
    },
  },
  'audit-verify': {
    summary: 'verify an exported audit log offline; exit 0 only if everything verifies',
    flags: {
      log: { type: 'string', value: 'FILE', help: 'the export: the pages of GET /v1/audit/export as JSON lines, a JSON array of pages, or a one-document export' },
      key: { type: 'string', value: 'HEX', help: "the log's Ed25519 public key, 64 hex digits" },
      sth: { type: 'string', value: 'FILE', help: 'a signed tree head obtained separately (gossip, a witness)' },
    },
    details: `The key comes from GET /v1/audit/public-key, obtained from a source you trust. Prints a JSON report.

Fetching the pages (bearer auditorToken of matcher.json; at most 10000 entries a page): the first
page without treeSize, then each 'next' page with the first page's treeSize, so the export is one
tree while the log keeps growing. With curl and jq:

  from=0; size=; : > pages.jsonl
  while [ "$from" != null ]; do
    curl -fsS -H "authorization: Bearer $AUDITOR_TOKEN" \\
      "$MATCHER/v1/audit/export?from=$from\${size:+&treeSize=$size}" > page.json
    cat page.json >> pages.jsonl && echo >> pages.jsonl
    size=$(jq .treeSize page.json); from=$(jq .next page.json)
  done
  sealmatch audit-verify --log pages.jsonl --key "$LOG_PUBLIC_KEY"`,
  },
  inspect: {
    summary: 'print a fingerprint minutiae record (ISO/IEC 19794-2 / ANSI/INCITS 378) as JSON',
    positionals: ['FILE'],
    flags: {
      lenient: { type: 'boolean', default: false, help: 'accept the header defects of published sample records (ANSI 378-2004 version "020", a record length that disagrees with the file size)' },
    },
  },
  help: {
    summary: 'this text; `sealmatch help COMMAND` for one command',
    positionals: ['[COMMAND]'],
    flags: {},
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

export const EXIT_CODES = `exit codes:
  0  done (audit-verify: the log verifies)
  1  runtime failure: unreadable file, bad input data or key file, port in use, a bad line in eval or identify-eval input, a log that does not verify
  2  usage error: unknown command or flag, missing or malformed flag value, unknown preset`;

const ENVIRONMENT = `environment:
  SEALMATCH_DATA                  the evaluation data folder (holds face/ and fingerprint/; default ../shared/data)
  SEALMATCH_CUSTODIAN_PASSPHRASE  seal / open custodian.json (or SEALMATCH_CUSTODIAN_KEY, 64 hex digits)
  SEALMATCH_MATCHER_PASSPHRASE    seal / open matcher.json (or SEALMATCH_MATCHER_KEY)
  SEALMATCH_DEBUG=1               print the stack of an unexpected error (a bug) instead of one line`;

const flagWord = (name: string, f: FlagSpec): string => (f.type === 'string' ? `--${name} ${f.value ?? 'VALUE'}` : `--${name}`);

/** `sealmatch serve --role ... [--store URL] ...`: required flags first, bare. */
export function usageLine(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const words = [...(spec.positionals ?? [])];
  for (const [flag, f] of Object.entries(spec.flags)) {
    const required = f.type === 'string' && f.default === undefined && REQUIRED[name]?.includes(flag);
    words.push(required ? flagWord(flag, f) : `[${flagWord(flag, f)}]`);
  }
  return `sealmatch ${name}${words.length ? ` ${words.join(' ')}` : ''}`;
}

/** Flags a command cannot run without (checked by the command; listed here for the usage line). */
const REQUIRED: Partial<Record<CommandName, readonly string[]>> = {
  eval: ['pairs'],
  'identify-eval': ['gallery', 'probes'],
  keygen: ['dir'],
  serve: ['keys'],
  'custodian-alarms': ['state'],
  'custodian-reenable': ['state', 'credential'],
  'audit-verify': ['log', 'key'],
};

/** Help of one command: usage, summary, every flag with its default, details, exit codes. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const rows = Object.entries(spec.flags).map(([flag, f]) => {
    let help = f.help;
    if (flag === 'preset' && name === 'keygen') help += `: ${listPresets().map((p) => p.id).join(', ')}`;
    if (f.type === 'string' && f.default !== undefined) help += ` (default ${f.default === '' ? '""' : f.default})`;
    return [flagWord(flag, f), help] as const;
  });
  rows.push(['-h, --help', 'this text']);
  const width = Math.min(30, Math.max(...rows.map(([w]) => w.length)));
  const flags = rows.map(([w, h]) => (w.length > width ? `  ${w}\n  ${' '.repeat(width)}  ${h}` : `  ${w.padEnd(width)}  ${h}`)).join('\n');
  return [`usage: ${usageLine(name)}`, '', spec.summary, '', 'flags:', flags, ...(spec.details ? ['', spec.details] : []), '', EXIT_CODES, ''].join('\n');
}

/** `sealmatch help`: every command with its flags, exit codes and environment. */
export function overallHelp(): string {
  const cmds = COMMAND_NAMES.map((n) => `  ${usageLine(n)}\n      ${COMMANDS[n].summary}`).join('\n');
  return `usage: sealmatch <command> [flags]     (sealmatch help <command>, sealmatch <command> --help: one command in full)\n\ncommands:\n${cmds}\n\n${EXIT_CODES}\n\n${ENVIRONMENT}\n`;
}
