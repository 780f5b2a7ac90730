#!/usr/bin/env node
/**
 * `npm run proto:check`: regenerates the protobuf static module with EXACTLY the `proto:gen`
 * command of package.json, into a temporary directory, and fails (exit 1, with a diff summary)
 * when the result differs from the committed files. The generated code is never edited by hand
 * (STYLE.md, "generated code apart, regenerated in CI and diffed"); this is what keeps it so.
 *
 * How: every `-o <file>` of the `proto:gen` command is redirected to the temporary directory
 * (same base name), the command is run through the shell with node_modules/.bin on PATH, and each
 * output is compared byte for byte with the committed file at the original `-o` path. Reading the
 * command from package.json (instead of repeating it here) means the check cannot drift from the
 * generator, and follows it if the output folder moves.
 *
 * Determinism: pbjs/pbts output depends on the order of the .proto files, which the shell glob
 * sorts by the locale's collation; LC_ALL=C fixes it to byte order. pbjs/pbts write no timestamps
 * or absolute paths (checked: two runs into different directories give identical bytes). Line
 * endings are normalised (CRLF -> LF) before comparing, so a checkout with autocrlf passes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const gen = pkg.scripts?.['proto:gen'];
if (typeof gen !== 'string') fail('package.json has no "proto:gen" script');

const tmp = mkdtempSync(join(tmpdir(), 'sealmatch-proto-check-'));
/** committed path (relative to root) -> regenerated path */
const outputs = new Map();
const command = gen.replace(/(-o\s+)(\S+)/g, (_m, flag, path) => {
  const to = join(tmp, basename(path));
  outputs.set(path, to);
  return flag + to;
});
// pbts reads pbjs's output: the input path that named the committed .js must name the temp one.
let redirected = command;
for (const [from, to] of outputs) redirected = redirected.replace(new RegExp(`(?<=\\s)${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s|$)`, 'g'), to);
if (outputs.size === 0) fail(`"proto:gen" has no -o output: ${gen}`);

const env = { ...process.env, LC_ALL: 'C', PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };
const run = spawnSync(redirected, { cwd: root, env, shell: true, encoding: 'utf8' });
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  cleanup();
  fail(`regeneration failed (exit ${run.status}): ${redirected}`);
}

const normalise = (b) => b.toString('utf8').replace(/\r\n/g, '\n');
let differing = 0;
for (const [committed, fresh] of outputs) {
  const abs = join(root, committed);
  if (!existsSync(abs)) {
    console.error(`proto:check: ${committed} is not committed (run \`npm run proto:gen\`)`);
    differing++;
    continue;
  }
  const a = normalise(readFileSync(abs));
  const b = normalise(readFileSync(fresh));
  if (a === b) {
    console.log(`proto:check: ${committed} up to date (${b.length} chars)`);
    continue;
  }
  differing++;
  console.error(`proto:check: ${committed} differs from what proto/ generates`);
  console.error(summary(a, b));
}
cleanup();
if (differing) fail(`${differing} generated file(s) out of date: run \`npm run proto:gen\` and commit src/wire/gen/`);
console.log('proto:check: generated code matches proto/');

/** A short diff summary: counts of removed/added lines and the first differing hunk. */
function summary(committed, fresh) {
  const x = committed.split('\n');
  const y = fresh.split('\n');
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const removed = x.slice(head, x.length - tail);
  const added = y.slice(head, y.length - tail);
  const show = (lines, sign) => lines.slice(0, 20).map((l) => `  ${sign} ${l}`).join('\n') + (lines.length > 20 ? `\n  ${sign} ... (${lines.length - 20} more)` : '');
  return [
    `  changed region: committed lines ${head + 1}-${x.length - tail}, regenerated lines ${head + 1}-${y.length - tail}`,
    `  committed ${x.length} lines, regenerated ${y.length} lines; region: -${removed.length} +${added.length}`,
    removed.length ? show(removed, '-') : '',
    added.length ? show(added, '+') : '',
  ].filter(Boolean).join('\n');
}

function cleanup() {
  rmSync(tmp, { recursive: true, force: true });
}

function fail(msg) {
  console.error(`proto:check: ${msg}`);
  process.exit(1);
}
