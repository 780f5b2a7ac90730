/**
 * Package test (`npm run test:package`, in .ci/run): the package as a bank developer gets it.
 *   1. `npm run build` (kernels and tsup), `npm pack`, and the tarball holds the built entry points
 *      and no sources, tests or keys;
 *   2. a fresh project (`"type": "module"`) installs the tarball, its dependencies resolved from the
 *      registry or the local npm cache;
 *   3. every entry of the `exports` map is imported (and `require()`d: Node >= 22.12 loads ES
 *      modules synchronously) with this Node (the repo's Node 24), and names what it must export;
 *      on an older Node found on PATH (CI has Node 20) the import refuses with the one-line E_RUNTIME
 *      (every entry but `sealmatch/browser`, which is for browsers and checks no Node version);
 *   3b. `sealmatch/browser` in headless Chromium (when /usr/bin/chromium or SEALMATCH_CHROMIUM
 *      exists): the installed package's dist/browser/ served as static files, as a bank would
 *      serve it; a page imports the bundle, fetches a public bundle, loads SEAL from the
 *      seal_throws.wasm beside it, encrypts an LFW embedding and signs a verify request;
 *   3c. the installed CLI's `sealmatch serve` serves the teller page from the package's dist/teller/;
 *   4. `tsc --noEmit` (moduleResolution NodeNext, strict, no skipLibCheck) over a file importing
 *      every entry, with @ts-expect-error lines proving the branded types refuse raw strings,
 *      and over every doc block below;
 *   5. doc tests: every ```ts block of README.md and docs/*.md runs with tsx in that project
 *      against the installed package; a block fails the test unless it exits 0. Fragments that are
 *      deliberately not runnable are marked ```ts no-run (at most MAX_NO_RUN of them).
 * SEALMATCH_DATA (default ../shared/data next to the repo) is where the blocks read LFW data;
 * SEALMATCH_PACKAGE_KEEP=1 keeps the temporary project.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, CHROMIUM } from '../browser/harness.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = process.execPath;
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const DATA = resolve(process.env.SEALMATCH_DATA ?? join(ROOT, '../shared/data'));
const MAX_NO_RUN = 3;
const BLOCK_TIMEOUT_MS = 300_000;

/** What each entry point must export (a sample of its public API, not the whole list). */
const EXPECTED: Record<string, readonly string[]> = {
  sealmatch: ['SealmatchError', 'isSealmatchError', 'ERROR_CODES', 'getPreset', 'listPresets', 'asPresetId', 'DEFAULT_FACE_PRESET_ID', 'subjectReference', 'asSubjectRef', 'validateIin', 'sha256'],
  'sealmatch/terminal': ['Terminal', 'TerminalClient', 'officerApprover', 'verifyDecision', 'subjectReference', 'asSubjectRef', 'signApproval'],
  'sealmatch/matcher': ['Matcher', 'IdentifyMatcher', 'SqliteStore', 'PostgresStore', 'openStore', 'KazakhstanWithdrawalPolicy', 'LockoutRule'],
  'sealmatch/custodian': ['Custodian', 'CustodianState', 'saveCustodianSecrets', 'loadCustodianSecrets', 'keySourceFromEnv'],
  'sealmatch/desk': ['DeskClient', 'TerminalClient', 'officerApprover', 'signIdentifyAuthorization', 'verifyIdentifyResponse', 'subjectReference'],
  'sealmatch/server': ['startMatcher', 'startCustodian', 'registerKey', 'writeDeploymentKeys', 'loadCustodianFile', 'saveCustodianSecrets', 'SqliteStore', 'PostgresStore', 'openStore', 'verifyExportedLog', 'httpStatus'],
  'sealmatch/audit': ['verifyExportedLog', 'verifyInclusion', 'verifyConsistency', 'verifyExportedPages', 'AuditLog', 'verifyTreeHead', 'merkleRoot'],
  'sealmatch/fingerprint': ['parseMinutiaeRecord', 'serializeMinutiaeRecord', 'detectMinutiaeFormat', 'minutiaeToVector', 'fitBackground', 'FINGER_1TON_PRESET_ID'],
  'sealmatch/browser': ['Terminal', 'TerminalClient', 'DeskClient', 'fetchPublicBundle', 'generateBrowserDeviceKey', 'nobleDeviceSigner', 'deviceKeyId', 'subjectReference', 'signApproval'],
};
/** Entries for browsers only: no Node version check at import (the refusal on old Node is not asked of them). */
const BROWSER_ONLY = new Set(['sealmatch/browser']);
/** Non-code files the exports map names (string targets), and the repo file each must be a byte copy of. */
const ASSET_EXPORTS: Record<string, string> = { './browser/seal_throws.wasm': 'node_modules/node-seal/dist/seal_throws.wasm' };

const started = performance.now();
const seconds = (t0: number): string => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const log = (s: string): void => void process.stdout.write(`package-test: ${s}\n`);

class PackageTestFailure extends Error {}
function fail(what: string, r?: SpawnSyncReturns<string>): never {
  const out = r ? `\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}${r.error ? `\n--- error\n${r.error.message}` : ''}` : '';
  throw new PackageTestFailure(`${what}${out}`);
}

function run(cmd: string, args: readonly string[], cwd: string, opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: opts.env ?? process.env, timeout: opts.timeoutMs ?? 600_000, maxBuffer: 64 * 2 ** 20 });
}

function mustRun(what: string, cmd: string, args: readonly string[], cwd: string, opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): string {
  const t0 = performance.now();
  const r = run(cmd, args, cwd, opts);
  if (r.status !== 0) fail(`${what} failed (exit ${r.status ?? r.signal})`, r);
  log(`${what}: ok (${seconds(t0)})`);
  return r.stdout;
}

/** A ```ts block of a Markdown file, with the line its fence opens on. */
interface DocBlock {
  readonly file: string;
  readonly line: number;
  readonly info: string;
  readonly code: string;
}

function docBlocks(file: string): DocBlock[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript)\b(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    if (i >= lines.length) fail(`${file}:${start + 1}: unterminated code block`);
    out.push({ file, line: start + 1, info: open[2]!.trim(), code: body.join('\n') });
  }
  return out;
}

/** A Node older than 22 on PATH other than this one (CI's system Node 20), for the refusal check. */
function olderNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'node');
    if (!dir || dir.includes('node_modules') || !existsSync(candidate)) continue;
    const r = run(candidate, ['-p', 'process.versions.node'], ROOT);
    if (r.status === 0 && Number(r.stdout.trim().split('.')[0]) < 22) return candidate;
  }
  return undefined;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'sealmatch-package-'));
  try {
    // 1. pack
    // Build first, then pack without scripts: `prepare`'s output would mix into pack's JSON.
    mustRun('npm run build', 'npm', ['run', 'build'], ROOT);
    const packed = JSON.parse(mustRun('npm pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
    const tarball = join(work, basename(packed[0]!.filename));
    const files = packed[0]!.files.map((f) => f.path);
    const stray = files.filter((f) => /^(src|test|bench|scratch|keys|\.ci|native-bindings|docs\/api)\//.test(f) || /\.(db|pem|key|sealed)$/.test(f));
    if (stray.length > 0) fail(`the tarball ships files it must not: ${stray.slice(0, 10).join(', ')}`);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, string | { types: string; default: string }>; devDependencies: Record<string, string> };
    const entries: [string, { types: string; default: string }][] = [];
    for (const [key, target] of Object.entries(manifest.exports)) {
      if (key === './package.json') continue;
      if (typeof target === 'string') {
        if (!ASSET_EXPORTS[key]) fail(`exports["${key}"] has no types/default conditions`);
        if (!files.includes(target.replace(/^\.\//, ''))) fail(`exports["${key}"] names ${target}, which is not in the tarball`);
        continue;
      }
      for (const f of [target.types, target.default]) if (!files.includes(f.replace(/^\.\//, ''))) fail(`exports["${key}"] names ${f}, which is not in the tarball`);
      entries.push([key, target]);
    }
    const specifiers = entries.map(([k]) => (k === '.' ? 'sealmatch' : `sealmatch/${k.slice(2)}`));
    const missingExpectation = specifiers.filter((s) => !EXPECTED[s]);
    if (missingExpectation.length > 0) fail(`no expected exports listed for ${missingExpectation.join(', ')} (test/package/run.ts EXPECTED)`);
    log(`tarball ${basename(tarball)}: ${files.length} files, entries ${specifiers.join(', ')}`);

    // 2. a fresh project
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'sealmatch-package-test', private: true, type: 'module' }, null, 2));
    const typesNode = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;
    mustRun('npm install (tarball + @types/node)', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball, `@types/node@${typesNode}`], project);

    // 3. import and require every entry
    writeFileSync(
      join(project, 'imports.mjs'),
      `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const expected = ${JSON.stringify(EXPECTED)};
for (const spec of ${JSON.stringify(specifiers)}) {
  const m = await import(spec);
  const missing = expected[spec].filter((name) => !(name in m));
  if (missing.length) throw new Error(spec + ' does not export ' + missing.join(', '));
  const r = require(spec);
  if (Object.keys(r).sort().join() !== Object.keys(m).sort().join()) throw new Error(spec + ': require() and import differ');
  console.log(spec + ': ' + Object.keys(m).length + ' exports');
}
`,
    );
    process.stdout.write(mustRun(`import + require of ${specifiers.length} entries (Node ${process.versions.node})`, NODE, ['imports.mjs'], project));
    for (const [key, source] of Object.entries(ASSET_EXPORTS)) {
      const spec = `sealmatch/${key.slice(2)}`;
      const resolved = mustRun(`resolve ${spec}`, NODE, ['--input-type=module', '-e', `console.log(new URL(import.meta.resolve(${JSON.stringify(spec)})).pathname)`], project).trim();
      if (!readFileSync(resolved).equals(readFileSync(join(ROOT, source)))) fail(`${spec} (${resolved}) is not a copy of ${source}`);
    }
    const nodeSpecifiers = specifiers.filter((s) => !BROWSER_ONLY.has(s));
    const old = olderNode();
    if (old) {
      const r = run(old, ['--input-type=module', '-e', `for (const s of ${JSON.stringify(nodeSpecifiers)}) { try { await import(s); console.log(s + ': imported'); } catch (e) { console.log(s + ': ' + String(e.message).split('\\n')[0]); } }`], project);
      const lines = r.stdout.trim().split('\n');
      const bad = lines.filter((l) => !l.includes('E_RUNTIME: sealmatch needs Node.js >= 22'));
      if (r.status !== 0 || lines.length !== nodeSpecifiers.length || bad.length > 0) fail(`on ${old} every Node entry must refuse with E_RUNTIME at import: ${bad.join('; ')}`, r);
      log(`Node ${run(old, ['-v'], ROOT).stdout.trim()} (${old}): every Node entry (all but sealmatch/browser) refuses at import with "${lines[0]!.split(': ').slice(1).join(': ')}"`);
    } else {
      log('no Node < 22 on PATH: the refusal on old Node is not checked here');
    }

    // 3b. sealmatch/browser, served as static files, in a real browser
    if (existsSync(CHROMIUM)) await browserEntryCheck(project);
    else log(`no Chromium at ${CHROMIUM}: sealmatch/browser is not run in a browser here`);

    // 3c. `sealmatch serve` of the installed package serves the teller page (dist/teller/)
    await tellerPageCheck(project);

    // 4 + 5. doc blocks, type-checked with a file importing every entry, then run
    const docs = [join(ROOT, 'README.md'), ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => join(ROOT, 'docs', f))];
    const blocks = docs.flatMap(docBlocks);
    const noRun = blocks.filter((b) => /\bno-run\b/.test(b.info));
    if (noRun.length > MAX_NO_RUN) fail(`${noRun.length} blocks are marked no-run (at most ${MAX_NO_RUN}): ${noRun.map((b) => `${b.file}:${b.line}`).join(', ')}`);
    const runnable = blocks.filter((b) => !noRun.includes(b));
    const blockFiles = runnable.map((b) => {
      const name = `doc-${basename(b.file, '.md')}-${b.line}.ts`;
      writeFileSync(join(project, name), `// ${b.file.slice(ROOT.length + 1)}:${b.line}\n${b.code}\n`);
      return name;
    });
    writeFileSync(join(project, 'check.ts'), TYPE_CHECK_SOURCE);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2023', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'ESNext.Disposable', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['check.ts', ...blockFiles] }, null, 2),
    );
    mustRun(`tsc --noEmit (NodeNext, strict) over check.ts and ${blockFiles.length} doc blocks`, NODE, [TSC, '-p', 'tsconfig.json'], project);
    if (!existsSync(join(DATA, 'face/lfw10-dlib128.json'))) fail(`evaluation data missing: ${DATA}/face/lfw10-dlib128.json (set SEALMATCH_DATA)`);
    for (const [i, b] of runnable.entries()) {
      mustRun(`doc block ${b.file.slice(ROOT.length + 1)}:${b.line}`, NODE, [TSX, blockFiles[i]!], project, { env: { ...process.env, SEALMATCH_DATA: DATA }, timeoutMs: BLOCK_TIMEOUT_MS });
    }
    log(`ok: ${specifiers.length} entry points, ${runnable.length} doc blocks run, ${noRun.length} marked no-run (${noRun.map((b) => `${b.file.slice(ROOT.length + 1)}:${b.line}`).join(', ') || 'none'}); ${seconds(started)} in all`);
  } finally {
    if (process.env.SEALMATCH_PACKAGE_KEEP) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The installed package's CLI: `sealmatch keygen`, then `sealmatch serve`, whose matcher must
 * answer GET /teller/ with the page and GET /teller/teller.js with its script (read from the
 * package's dist/teller/, not from a checkout), then stop on SIGTERM.
 */
async function tellerPageCheck(project: string): Promise<void> {
  const bin = join(project, 'node_modules/sealmatch/bin/sealmatch.mjs');
  const keys = join(project, 'teller-keys');
  mustRun('sealmatch keygen (installed package)', NODE, [bin, 'keygen', '--dir', keys], project);
  const child = spawn(NODE, [bin, 'serve', '--keys', keys, '--port', '0', '--store', `sqlite:${join(project, 'teller-matcher.db')}`, '--state', join(project, 'teller-state.db')], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  try {
    const deadline = Date.now() + 120_000;
    let url: string | undefined;
    while (!url && Date.now() < deadline) {
      url = /matcher on (https?:\/\/[^\s]+)/.exec(stderr)?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 200));
    }
    if (!url) fail(`sealmatch serve of the installed package did not start: ${stderr.slice(-500)}`);
    const page = await fetch(`${url}/teller/`);
    const html = await page.text();
    if (page.status !== 200 || !/<html/i.test(html)) fail(`GET /teller/ from the installed package: ${page.status} ${html.slice(0, 200)}`);
    const script = await fetch(`${url}/teller/teller.js`);
    if (script.status !== 200 || (await script.arrayBuffer()).byteLength === 0) fail(`GET /teller/teller.js from the installed package: ${script.status}`);
    log(`installed package: sealmatch serve serves the teller page (${html.length} B) and its script from dist/teller/`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const STATIC_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8' };

/**
 * What a bank does with `sealmatch/browser`: serves the installed package's dist/browser/ (bundle
 * and seal_throws.wasm side by side) and its matcher's public bundle, and a page imports the
 * bundle. The page loads SEAL from the copied WebAssembly, encrypts a reference and signs a verify
 * request with a browser device key; any failure (a wasm that does not match the glue, a Node
 * builtin left in the bundle) fails the test.
 */
async function browserEntryCheck(project: string): Promise<void> {
  const t0 = performance.now();
  const dataFile = join(DATA, 'face/lfw10-dlib128.json');
  if (!existsSync(dataFile)) fail(`evaluation data missing: ${dataFile} (set SEALMATCH_DATA)`);
  const embedding = (JSON.parse(readFileSync(dataFile, 'utf8')) as { embeddings: number[][] }[])[0]!.embeddings[0]!;
  const keys = join(project, 'browser-keys');
  mustRun('keygen for the browser check (sealmatch/server)', NODE, ['--input-type=module', '-e', `import { writeDeploymentKeys } from 'sealmatch/server'; import { DEFAULT_FACE_PRESET_ID } from 'sealmatch'; await writeDeploymentKeys(${JSON.stringify(keys)}, DEFAULT_FACE_PRESET_ID, 'http://127.0.0.1:0');`], project);
  const served = join(project, 'node_modules/sealmatch/dist/browser');
  const page = `<!doctype html><meta charset="utf-8"><script type="module">
import { fetchPublicBundle, Terminal, TerminalClient, generateBrowserDeviceKey, subjectReference } from '/sealmatch/sealmatch-terminal.js';
const embedding = ${JSON.stringify(embedding)};
try {
  const bundle = await fetchPublicBundle(location.origin);
  const terminal = await Terminal.create({ ...bundle, terminalId: 'teller-web-01' });
  const { signer, store } = await generateBrowserDeviceKey();
  const client = new TerminalClient({ terminal, deviceKey: signer });
  const ref = subjectReference(new Uint8Array(32), '900101300027');
  const reference = terminal.encryptReference(ref, embedding);
  const { request, signed } = await client.prepareVerifySigned(ref, embedding, { amountMinor: 25000000n, currency: 'KZT' });
  window.__result = { presetId: bundle.presetId, referenceBytes: reference.ciphertext.length, probeBytes: request.probe.length, signedBytes: signed.length, keyStore: store };
} catch (e) {
  window.__result = { error: String((e && e.stack) || e) };
}
</script>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (body: Buffer | string, type: string): void => void res.writeHead(200, { 'content-type': type }).end(body);
    if (path === '/') return send(page, STATIC_TYPES['.html']!);
    if (path === '/v1/public-bundle') return send(readFileSync(join(keys, 'public-bundle.pb')), 'application/x-protobuf');
    const name = /^\/sealmatch\/([\w.-]+)$/.exec(path)?.[1];
    if (name && existsSync(join(served, name))) return send(readFileSync(join(served, name)), STATIC_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const chromium = await launchChromium();
  try {
    const tab = await chromium.browser.newPage();
    const pageLog: string[] = [];
    tab.on('console', (m) => void pageLog.push(m.text()));
    tab.on('pageerror', (e) => void pageLog.push(String(e)));
    await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await tab.waitForFunction('window.__result !== undefined', { timeout: 120_000 });
    const r = (await tab.evaluate('window.__result')) as { error?: string; presetId?: string; referenceBytes?: number; probeBytes?: number; signedBytes?: number; keyStore?: string };
    if (r.error || !r.referenceBytes || !r.probeBytes || !r.signedBytes) fail(`sealmatch/browser in Chromium: ${r.error ?? JSON.stringify(r)}\n--- console\n${pageLog.join('\n')}`);
    log(`sealmatch/browser in Chromium (dist/browser served statically): ${r.presetId}, reference ${r.referenceBytes} B, probe ${r.probeBytes} B, signed request ${r.signedBytes} B, device key ${r.keyStore}: ok (${seconds(t0)})`);
  } finally {
    await chromium.close();
    await new Promise((ok) => server.close(ok));
  }
}

/** Imports every entry as a consumer would; the @ts-expect-error lines fail tsc if a brand stops refusing. */
const TYPE_CHECK_SOURCE = `import { SealmatchError, isSealmatchError, getPreset, asPresetId, DEFAULT_FACE_PRESET_ID, asSubjectRef, type PresetId, type SubjectRef } from 'sealmatch';
import { Terminal, TerminalClient, officerApprover, subjectReference, type AcceptedDecision } from 'sealmatch/terminal';
import { Matcher, IdentifyMatcher, SqliteStore, PostgresStore, openStore, type Store } from 'sealmatch/matcher';
import { Custodian, saveCustodianSecrets, loadCustodianSecrets, type CustodianSecrets } from 'sealmatch/custodian';
import { DeskClient, type IdentifyResponse } from 'sealmatch/desk';
import { startMatcher, startCustodian, registerKey, writeDeploymentKeys, verifyExportedLog, type Running } from 'sealmatch/server';
import { AuditLog, verifyInclusion, type AuditVerifyReport } from 'sealmatch/audit';
import { parseMinutiaeRecord, minutiaeToVector, type MinutiaeRecord } from 'sealmatch/fingerprint';
import { fetchPublicBundle, generateBrowserDeviceKey, Terminal as BrowserTerminal, TerminalClient as BrowserTerminalClient, type DeviceSigner, type TerminalBundle } from 'sealmatch/browser';

const ref: SubjectRef = subjectReference(new Uint8Array(32), '900101300027');
const stored: SubjectRef = asSubjectRef(ref);
// @ts-expect-error a raw string is not a subject reference
const raw: SubjectRef = 'customer-42';
const preset: PresetId = DEFAULT_FACE_PRESET_ID;
// @ts-expect-error an unknown preset id
const unknown: PresetId = 'sm9-no-such-preset';
const act = (d: AcceptedDecision): boolean => d.match;
// @ts-expect-error Custodian.generateSecrets takes a PresetId, not any string
void Custodian.generateSecrets('sm9-no-such-preset');
// A browser teller: the bundle's preset id arrives typed, the client signs through a key store.
async function teller(): Promise<BrowserTerminalClient<DeviceSigner>> {
  const bundle: TerminalBundle = await fetchPublicBundle('https://matcher.bank.example');
  const bundlePreset: PresetId = bundle.presetId;
  const terminal = await BrowserTerminal.create({ ...bundle, presetId: bundlePreset, terminalId: 'teller-web-01' });
  return new BrowserTerminalClient({ matcherUrl: 'https://matcher.bank.example', terminal, deviceKey: (await generateBrowserDeviceKey()).signer });
}
export const used: unknown[] = [
  SealmatchError, isSealmatchError, getPreset(asPresetId(preset)), ref, stored, raw, unknown, act,
  Terminal, TerminalClient, officerApprover, Matcher, IdentifyMatcher, SqliteStore, PostgresStore, openStore,
  Custodian, saveCustodianSecrets, loadCustodianSecrets, DeskClient, startMatcher, startCustodian, registerKey,
  writeDeploymentKeys, verifyExportedLog, AuditLog, verifyInclusion, parseMinutiaeRecord, minutiaeToVector, teller,
];
export type Used = [Store, CustodianSecrets, IdentifyResponse, Running, AuditVerifyReport, MinutiaeRecord];
`;

try {
  await main();
} catch (e) {
  process.stderr.write(`package-test: FAILED: ${e instanceof PackageTestFailure ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}
