/**
 * The `sealmatch` command as a user meets it: every mistake gets one typed line on stderr (its
 * code stated once, no stack trace) and the documented exit code (2 usage, 1 runtime); eval and
 * identify-eval report bad input lines by their 1-based number and go on; `serve` stops cleanly on
 * SIGTERM, also when started as `npx sealmatch serve`. Each test runs the real CLI
 * (bin/sealmatch.mjs, as `npx sealmatch` does) in a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect, type AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_NAMES } from '../src/cli/commands.js';
import { progressBar } from '../src/cli/progress.js';
import { listPresets } from '../src/params/presets.js';
import { SHARED_DATA, lfw } from './helpers.js';
import { FULL } from './tier.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/sealmatch.mjs');
const ISO_SAMPLES = join(SHARED_DATA, 'fingerprint/iso-format-samples');

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sealmatch ARGS` to completion (Node of this test run: the project's Node 24). */
function sealmatch(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return collect(child);
}

function collect(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((res) => child.on('close', (code, signal) => res({ code, signal, stdout, stderr })));
}

/** One line on stderr, `sealmatch[ CMD]: CODE: ...` with CODE once, no stack frame, and the exit code. */
function expectOneLine(r: Run, exitCode: number, code: string, pattern?: RegExp): string {
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  const line = lines[0]!;
  expect(line).toMatch(new RegExp(`^sealmatch( [a-z-]+)?: ${code}: `));
  expect(line.split(code).length - 1, `${code} stated once: ${line}`).toBe(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  if (pattern) expect(line).toMatch(pattern);
  expect(r.code, r.stderr).toBe(exitCode);
  return line;
}

const tmp = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

describe('usage errors: one line naming the valid choices, exit 2', () => {
  it('an unknown command names the commands', async () => {
    const line = expectOneLine(await sealmatch(['nope']), 2, 'E_INVALID_ARGUMENT', /unknown command "nope"/);
    for (const c of COMMAND_NAMES) expect(line).toContain(c);
  });

  it('an unknown flag names the flags of the command', async () => {
    const line = expectOneLine(await sealmatch(['eval', '--pairs', 'x.jsonl', '--bogus']), 2, 'E_INVALID_ARGUMENT', /unknown flag --bogus/);
    for (const f of Object.keys(COMMANDS.eval.flags)) expect(line).toContain(`--${f}`);
  });

  it('serve --port abc', async () => {
    expectOneLine(await sealmatch(['serve', '--keys', tmp('sm-k-'), '--port', 'abc']), 2, 'E_INVALID_ARGUMENT', /--port must be an integer in 0\.\.65534, got "abc"/);
  });

  it('a missing required flag and a flag without its value', async () => {
    expectOneLine(await sealmatch(['eval']), 2, 'E_INVALID_ARGUMENT', /--pairs FILE is required/);
    expectOneLine(await sealmatch(['serve', '--keys']), 2, 'E_INVALID_ARGUMENT', /--keys needs a value/);
  });

  it('an unknown preset lists the valid preset ids', async () => {
    const line = expectOneLine(await sealmatch(['keygen', '--dir', join(tmp('sm-kg-'), 'keys'), '--preset', 'sm9-nope']), 2, 'E_UNKNOWN_PARAMS', /unknown preset "sm9-nope"/);
    for (const p of listPresets()) expect(line).toContain(p.id);
  });
});

describe('runtime errors: one typed line, exit 1', () => {
  it('a missing input file is not an ENOENT stack', async () => {
    expectOneLine(await sealmatch(['eval', '--pairs', '/nonexistent/pairs.jsonl']), 1, 'E_INVALID_ARGUMENT', /cannot read --pairs file \/nonexistent\/pairs\.jsonl: no such file/);
    expectOneLine(await sealmatch(['inspect', '/nonexistent/a.iso']), 1, 'E_INVALID_ARGUMENT', /cannot read record \/nonexistent\/a\.iso: no such file/);
    expectOneLine(await sealmatch(['audit-verify', '--log', '/nonexistent/log.jsonl', '--key', '0'.repeat(64)]), 1, 'E_INVALID_ARGUMENT', /no such file/);
    expectOneLine(await sealmatch(['serve', '--keys', '/nonexistent/keys']), 1, 'E_INVALID_ARGUMENT', /--keys \/nonexistent\/keys: no such folder/);
  });

  it('a bad SEALMATCH_DATA names the variable', async () => {
    expectOneLine(await sealmatch(['demo'], { SEALMATCH_DATA: '/nonexistent/data' }), 1, 'E_INVALID_ARGUMENT', /SEALMATCH_DATA=\/nonexistent\/data: no such folder/);
    expectOneLine(await sealmatch(['demo'], { SEALMATCH_DATA: tmp('sm-data-') }), 1, 'E_INVALID_ARGUMENT', /SEALMATCH_DATA=.*cannot read face\/lfw10-dlib128\.json/);
  });

  it('the shipped ISO/ANSI samples name the --lenient flag, not the parser option', async () => {
    for (const f of ['ansi378v2004-sample.dat', 'ansi378v2009-sample.dat']) {
      const line = expectOneLine(await sealmatch(['inspect', join(ISO_SAMPLES, f)]), 1, 'E_MALFORMED_RECORD', /--lenient accepts it/);
      expect(line).not.toContain('lenientHeader');
      const ok = await sealmatch(['inspect', '--lenient', join(ISO_SAMPLES, f)]);
      expect(ok.code, ok.stderr).toBe(0);
    }
  });
});

describe('a port already in use', () => {
  let keys: string;
  beforeAll(async () => {
    keys = join(tmp('sm-port-'), 'keys');
    const r = await sealmatch(['keygen', '--dir', keys]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('is E_UNAVAILABLE naming the port and --port, exit 1', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as AddressInfo;
    try {
      const r = await sealmatch(['serve', '--role', 'custodian', '--keys', keys, '--port', String(port)]);
      expectOneLine(r, 1, 'E_UNAVAILABLE', new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*--port`));
    } finally {
      holder.close();
    }
  });
});

describe('eval and identify-eval report bad lines by 1-based number and go on', () => {
  it('eval: each bad line on stdout and stderr with its line number, the good ones scored, exit 1', async () => {
    const people = lfw();
    const dir = tmp('sm-evl-');
    const file = join(dir, 'pairs.jsonl');
    const good = { id: 'g', probe: people[0]!.embeddings[0], reference: people[0]!.embeddings[1] };
    // line 1 good, 2 blank (counted, as an editor does), 3 not JSON, 4 wrong dimension, 5 good without id
    writeFileSync(file, [JSON.stringify(good), '', 'not json', JSON.stringify({ id: 'short', probe: [1, 2, 3], reference: people[1]!.embeddings[0] }), JSON.stringify({ probe: good.probe, reference: good.reference })].join('\n') + '\n');
    const r = await sealmatch(['eval', '--pairs', file]);
    expect(r.code, r.stderr).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'g', match: true });
    expect(out[1]).toEqual({ line: 3, error: 'E_MALFORMED_MESSAGE' });
    expect(out[2]).toEqual({ id: 'short', line: 4, error: 'E_DIMENSION' });
    expect(out[3]).toMatchObject({ id: 5, match: true });
    const err = r.stderr.trim().split('\n');
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^sealmatch eval: ${file}:3: E_MALFORMED_MESSAGE: not JSON$`)),
      expect.stringMatching(new RegExp(`^sealmatch eval: ${file}:4: E_DIMENSION: `)),
      'sealmatch eval: 2 of 4 pairs failed (see above)',
    ]);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('eval --modality finger on an ANSI sample: the line names --lenient', async () => {
    const dir = tmp('sm-evf-');
    const file = join(dir, 'pairs.jsonl');
    const iso = join(SHARED_DATA, 'fingerprint/fvc2002/DB1_B');
    // The reference is the bad one: records are read (and fail) before any template is computed.
    writeFileSync(file, `${JSON.stringify({ id: 'ansi', reference: join(ISO_SAMPLES, 'ansi378v2004-sample.dat'), probe: join(iso, '101_2.iso') })}\n`);
    const r = await sealmatch(['eval', '--modality', 'finger', '--pairs', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${file}:1: E_MALFORMED_RECORD: .*--lenient accepts it`));
    expect(r.stderr).not.toContain('lenientHeader');
  }, 120_000);

  it('identify-eval skips bad gallery and probe lines with the same report instead of aborting', async () => {
    const people = lfw();
    const dir = tmp('sm-ide-');
    const gallery = join(dir, 'gallery.jsonl');
    const probes = join(dir, 'probes.jsonl');
    const g = (id: string, e: number[]): string => JSON.stringify({ id, embedding: e });
    writeFileSync(
      gallery,
      [g('a', people[0]!.embeddings[0]!), '{"id":"broken"', g('b', people[1]!.embeddings[0]!), g('short', [1, 2, 3]), g('a', people[2]!.embeddings[0]!), JSON.stringify({ embedding: people[3]!.embeddings[0] }), g('c', people[3]!.embeddings[0]!)].join('\n') + '\n',
    );
    writeFileSync(probes, [g('pa', people[0]!.embeddings[1]!), 'nope', g('pc', people[3]!.embeddings[1]!)].join('\n') + '\n');
    const r = await sealmatch(['identify-eval', '--gallery', gallery, '--probes', probes]);
    expect(r.code, r.stderr).toBe(1);
    const err = r.stderr.trim().split('\n');
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^sealmatch identify-eval: ${gallery}:2: E_MALFORMED_MESSAGE: not JSON$`)),
      expect.stringMatching(new RegExp(`^sealmatch identify-eval: ${gallery}:6: E_MALFORMED_MESSAGE: id missing`)),
      expect.stringMatching(new RegExp(`^sealmatch identify-eval: ${probes}:2: E_MALFORMED_MESSAGE: not JSON$`)),
      expect.stringMatching(new RegExp(`^sealmatch identify-eval: ${gallery}:4: E_DIMENSION: `)),
      expect.stringMatching(new RegExp(`^sealmatch identify-eval: ${gallery}:5: E_INVALID_ARGUMENT: gallery id "a" appears on an earlier line`)),
      'sealmatch identify-eval: 5 bad lines skipped (see above)',
    ]);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; matches: string[] });
    expect(out).toEqual([
      { id: 'pa', matches: ['a'] },
      { id: 'pc', matches: ['c'] },
    ]);
  }, 300_000);
});

describe('help', () => {
  it('`sealmatch help COMMAND` and `COMMAND --help` list every flag the command takes, with the exit codes', async () => {
    for (const name of COMMAND_NAMES) {
      const r = await sealmatch(['help', name]);
      expect(r.code, r.stderr).toBe(0);
      for (const f of Object.keys(COMMANDS[name].flags)) expect(r.stdout, `${name} --${f}`).toContain(`--${f}`);
      expect(r.stdout).toMatch(/exit codes:[\s\S]*1 {2}runtime failure[\s\S]*2 {2}usage error/);
    }
    const viaFlag = await sealmatch(['serve', '--help']);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toBe((await sealmatch(['help', 'serve'])).stdout);
  }, 120_000);

  it('the flags the old help left out are in it', async () => {
    const all = (await sealmatch(['help'])).stdout;
    for (const f of ['--preset', '--custodian-url', '--host', '--identify-workers', '--evaluation-mode', '--lenient']) expect(all).toContain(f);
    expect(all).toMatch(/exit codes:/);
    const keygen = (await sealmatch(['help', 'keygen'])).stdout;
    for (const p of listPresets()) expect(keygen).toContain(p.id);
  });

  it('help of an unknown command is a usage error', async () => {
    expectOneLine(await sealmatch(['help', 'nope']), 2, 'E_INVALID_ARGUMENT', /unknown command "nope"/);
  });
});

describe('progress bars', () => {
  const fakeStream = (isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } => {
    const s = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
    let text = '';
    s.on('data', (d: Buffer) => (text += d.toString()));
    Object.assign(s, { isTTY, columns: 80, cursorTo: (x: number, _y: unknown, cb?: () => void) => (s.write(`\x1b[${x}G`), cb?.(), true), clearLine: () => true, moveCursor: () => true });
    return { stream: s, written: () => text };
  };

  it('draw on stderr only when it is a terminal; results always reach stdout', () => {
    for (const tty of [false, true]) {
      const err = fakeStream(tty);
      const out = fakeStream(false);
      const p = progressBar('eval', { err: err.stream, out: out.stream });
      p.start(2, 'pairs');
      p.print('{"id":1}\n');
      p.increment();
      p.increment();
      p.stop();
      expect(out.written()).toBe('{"id":1}\n');
      if (tty) expect(err.written()).toMatch(/eval \[.*\] 2\/2 pairs/);
      else expect(err.written()).toBe('');
    }
  });
});

describe.runIf(existsSync('/usr/bin/script'))('progress bars in a real terminal', () => {
  it('eval in a pseudo-terminal draws its bar on stderr, and stdout (a file) holds the results only', async () => {
    const people = lfw();
    const dir = tmp('sm-pty-');
    const pairs = join(dir, 'pairs.jsonl');
    const out = join(dir, 'out.jsonl');
    writeFileSync(pairs, [0, 1, 2].map((i) => JSON.stringify({ id: i, probe: people[i]!.embeddings[0], reference: people[i]!.embeddings[1] })).join('\n') + '\n');
    // script(1) runs the command on a pty and copies what the terminal shows to its stdout.
    const child = spawn('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} eval --pairs ${pairs} > ${out}`, '/dev/null'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const r = await collect(child);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/eval \[.*\] \d\/3 pairs/);
    const results = readFileSync(out, 'utf8').trim().split('\n');
    expect(results).toHaveLength(3);
    for (const l of results) expect(JSON.parse(l)).toMatchObject({ match: true });
  }, 120_000);
});

describe('serve stops cleanly on SIGTERM', () => {
  let keys: string;
  beforeAll(async () => {
    keys = join(tmp('sm-sig-'), 'keys');
    const r = await sealmatch(['keygen', '--dir', keys]);
    expect(r.code, r.stderr).toBe(0);
  });
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });

  /** Starts serve; resolves with the start-up lines once the matcher is up. */
  async function start(command: string, args: string[], dir: string): Promise<{ child: ChildProcess; done: Promise<Run>; matcherUrl: string; pid: number; stderr: () => string }> {
    const child = spawn(command, [...args, 'serve', '--keys', keys, '--port', '0', '--store', `sqlite:${join(dir, 'matcher.db')}`, '--state', join(dir, 'state.db')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const done = collect(child);
    const deadline = Date.now() + 150_000;
    while (!/sealmatch serve: matcher on (\S+) \(pid (\d+)/.test(err)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`serve did not start:\n${err}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const [, matcherUrl, pid] = /sealmatch serve: matcher on (\S+) \(pid (\d+)/.exec(err)!;
    return { child, done, matcherUrl: matcherUrl!, pid: Number(pid), stderr: () => err };
  }

  const noRecoveryNeeded = (dir: string): void => {
    // A cleanly closed SQLite database in WAL mode checkpoints and removes its -wal file.
    for (const db of ['matcher.db', 'state.db']) {
      expect(existsSync(join(dir, db)), db).toBe(true);
      expect(existsSync(join(dir, `${db}-wal`)), `${db}-wal left behind`).toBe(false);
    }
  };

  it('drains an in-flight request, closes the stores, exits 0', async () => {
    const dir = tmp('sm-sigd-');
    const s = await start(process.execPath, [BIN], dir);
    const startup = s.stderr();
    expect(startup).toMatch(/sealmatch serve: custodian on http:\/\/127\.0\.0\.1:\d+ \(pid \d+, role all, preset sm2-bgv4096-1to1-auth, .*\): .*POST \/v1\/decide/);
    expect(startup).toMatch(/sealmatch serve: matcher on .*role all, preset sm2-bgv4096-1to1-auth, store sqlite .*\): .*POST \/v1\/verify/);
    // An in-flight request: headers and half the body sent before the signal, the rest after.
    const { port } = new URL(s.matcherUrl);
    const sock = connect(Number(port), '127.0.0.1');
    await new Promise<void>((r) => sock.once('connect', () => r()));
    let response = '';
    sock.on('data', (d: Buffer) => (response += d.toString()));
    const body = JSON.stringify({ subjectRef: 'x' });
    sock.write(`POST /v1/authorize HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
    await new Promise((r) => setTimeout(r, 200));
    s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    expect(s.child.exitCode, 'still draining the in-flight request').toBeNull();
    sock.write(body.slice(5));
    const r = await s.done;
    sock.destroy();
    expect(response).toMatch(/^HTTP\/1\.1 \d{3} /);
    // The drain does not wait out the keep-alive timeout: the last response closes the socket.
    expect(response).toMatch(/^connection: close\r$/im);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/SIGTERM: no new connections; finishing in-flight requests/);
    expect(r.stderr).toMatch(/matcher store closed \(sqlite /);
    expect(r.stderr).toMatch(/custodian \(state .*state\.db\) closed/);
    expect(r.stderr.trim().split('\n').at(-1)).toBe('sealmatch serve: stopped cleanly');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    noRecoveryNeeded(dir);
  }, 180_000);

  it('a second signal while draining exits at once with 1', async () => {
    const dir = tmp('sm-sig2-');
    const s = await start(process.execPath, [BIN], dir);
    const { port } = new URL(s.matcherUrl);
    // A request that never completes keeps the first stop draining.
    const sock = connect(Number(port), '127.0.0.1');
    await new Promise<void>((r) => sock.once('connect', () => r()));
    sock.write('POST /v1/authorize HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{');
    await new Promise((r) => setTimeout(r, 200));
    s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    s.child.kill('SIGINT');
    const r = await s.done;
    sock.destroy();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SIGINT again: exiting without waiting for in-flight requests/);
  }, 180_000);

  // Full tier only (~25 s: npm's own start-up and its ancestor watch); the direct-SIGTERM drain above runs in both.
  it.runIf(FULL)('started as `npx sealmatch serve`: a SIGTERM to npx reaches the server, which stops cleanly', async () => {
    const dir = tmp('sm-sign-');
    // npx runs the bin through `sh -c`, which does not pass SIGTERM on: serve watches npm instead.
    const s = await start('npx', ['--no-install', 'sealmatch'], dir);
    expect(s.pid).not.toBe(s.child.pid);
    s.child.kill('SIGTERM');
    await s.done;
    // npx itself ends by the signal; the server (another pid) must finish its own clean stop.
    const deadline = Date.now() + 30_000;
    const alive = (): boolean => {
      try {
        process.kill(s.pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(), 'server process left running after npx was stopped').toBe(false);
    expect(s.stderr()).toMatch(/the npm process that launched this server \(pid \d+\) exited: no new connections/);
    expect(s.stderr()).toMatch(/matcher store closed/);
    expect(s.stderr().trim().split('\n').at(-1)).toBe('sealmatch serve: stopped cleanly');
    noRecoveryNeeded(dir);
  }, 240_000);
});
