/**
 * `npx tsx bench/ab.ts --base DIR [--rounds 2] [--json] [-- bench flags...]`: the same benchmark
 * run on two checkouts in alternation (base, this one, base, this one, ...), so both see the same
 * machine state, and every figure of PERFORMANCE.md compared as this/base.
 *
 * DIR is another checkout of this repository (e.g. the commit before a refactoring) with its
 * dependencies installed and its kernels built:
 *
 *   git worktree add --detach /tmp/sealmatch-base ccd3b43
 *   (cd /tmp/sealmatch-base && npm ci && npm run build:kernels)
 *   npx tsx bench/ab.ts --base /tmp/sealmatch-base --rounds 2 -- --heap-verifies 1000 --identify-searches 50
 *
 * Each round runs `npm run bench -- --json <bench flags>` in DIR, then here, and keeps the last
 * stdout line of each (the bench's JSON). A figure's verdict compares the medians over the rounds
 * with the spread between rounds of the same checkout: `worse` only when this checkout's median is
 * worse than the base's by more than the larger of 5% and the base's own round-to-round spread.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

type Json = Record<string, unknown>;

/** One compared figure: where it sits in the bench JSON and which direction is better. */
interface Figure {
  readonly label: string;
  readonly path: string;
  readonly better: 'lower' | 'higher' | 'equal';
}

/** The figures docs/PERFORMANCE.md states, by their bench JSON path. */
const FIGURES: readonly Figure[] = [
  { label: '1:1 sm1 server match (ms)', path: 'verify.sm1.serverMatchMs', better: 'lower' },
  { label: '1:1 sm1 end to end (ms)', path: 'verify.sm1.endToEndMs', better: 'lower' },
  { label: '1:1 sm2 terminal build (ms)', path: 'verify.sm2.terminalBuildMs', better: 'lower' },
  { label: '1:1 sm2 server match (ms)', path: 'verify.sm2.serverMatchMs', better: 'lower' },
  { label: '1:1 sm2 Matcher.verify (ms)', path: 'verify.sm2.matcherVerifyMs', better: 'lower' },
  { label: '1:1 sm2 custodian decide (ms)', path: 'verify.sm2.custodianDecideMs', better: 'lower' },
  { label: '1:1 sm2 end to end (ms)', path: 'verify.sm2.endToEndMs', better: 'lower' },
  { label: 'naive CKKS / sm1 server match (x)', path: 'ratios.sm1.serverMatch', better: 'higher' },
  { label: 'naive CKKS / sm1 end to end (x)', path: 'ratios.sm1.endToEnd', better: 'higher' },
  { label: 'naive CKKS / sm2 server match (x)', path: 'ratios.sm2.serverMatch', better: 'higher' },
  { label: 'naive CKKS / sm2 end to end (x)', path: 'ratios.sm2.endToEnd', better: 'higher' },
  { label: '1:1 probe (B)', path: 'verify.sm2.probeBytes', better: 'equal' },
  { label: '1:1 result (B)', path: 'verify.sm2.resultBytes', better: 'equal' },
  { label: '1:1 matcher key material (B)', path: 'verify.sm2.matcherKeyBytes', better: 'equal' },
  { label: 'WASM heap growth, sm2 heap loop (B)', path: 'heap.sm2.growth', better: 'equal' },
  { label: 'finger sm2 server match (ms)', path: 'finger.sm2.serverMatchMs', better: 'lower' },
  { label: 'finger sm2 probe (B)', path: 'finger.sm2.probeBytes', better: 'equal' },
  { label: '1:N 512-D kernel (templates/s/core)', path: 'identify.d512.templatesPerSecPerCore', better: 'higher' },
  { label: '1:N 512-D kernel / plaintext loop (same rounds)', path: 'identify.d512.ratios.ofPlaintext', better: 'higher' },
  { label: '1:N 512-D expansion (ms)', path: 'identify.d512.expansionMs', better: 'lower' },
  { label: '1:N 128-D kernel (templates/s/core)', path: 'identify.d128.templatesPerSecPerCore', better: 'higher' },
  { label: '1:N 128-D kernel / plaintext loop (same rounds)', path: 'identify.d128.ratios.ofPlaintext', better: 'higher' },
  { label: '1:N 128-D expansion (ms)', path: 'identify.d128.expansionMs', better: 'lower' },
  { label: '1:N 512-D probe (B)', path: 'identify.d512.probeBytes', better: 'equal' },
  { label: '1:N 512-D Galois keys (B)', path: 'identify.d512.galoisKeyBytes', better: 'lower' },
  { label: '1:N 512-D stored per template (B)', path: 'identify.d512.storedBytesPerTemplate', better: 'equal' },
  { label: '1:N sharded 512-D search, median wall (s)', path: 'identify.sharded512.wallSecondsMedian', better: 'lower' },
  { label: '1:N memory loop: SEAL heap after - before (B)', path: 'identify.memory', better: 'equal' },
];

function arg(name: string): string | undefined {
  const end = process.argv.indexOf('--');
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && (end < 0 || i < end) ? process.argv[i + 1] : undefined;
}

function at(json: Json, path: string): number | undefined {
  if (path === 'identify.memory') {
    const m = (json.identify as Json | undefined)?.memory as { before?: Json; after?: Json } | undefined;
    const b = m?.before?.sealHeapBytes;
    const a = m?.after?.sealHeapBytes;
    return typeof a === 'number' && typeof b === 'number' ? a - b : undefined;
  }
  let v: unknown = json;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  return typeof v === 'number' ? v : undefined;
}

function runBench(dir: string, benchArgs: string[]): Json {
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'bench', '--', '--json', ...benchArgs], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`bench in ${dir} exited ${r.status}`);
  const last = r.stdout.trim().split('\n').at(-1)!;
  process.stderr.write(`[ab] ${dir}: ${Math.round((Date.now() - t0) / 1000)} s\n`);
  return JSON.parse(last) as Json;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const baseDir = arg('base');
if (!baseDir) {
  process.stderr.write('usage: npx tsx bench/ab.ts --base DIR [--rounds N] [--json] [-- bench flags]\n');
  process.exit(2);
}
const rounds = Number(arg('rounds') ?? 2);
const dd = process.argv.indexOf('--');
const benchArgs = dd > 0 ? process.argv.slice(dd + 1) : [];
const here = resolve(import.meta.dirname, '..');
const runs: { base: Json[]; head: Json[] } = { base: [], head: [] };
for (let r = 0; r < rounds; r++) {
  process.stderr.write(`[ab] round ${r + 1}/${rounds}\n`);
  runs.base.push(runBench(resolve(baseDir), benchArgs));
  runs.head.push(runBench(here, benchArgs));
}

const rows = FIGURES.map((f) => {
  const base = runs.base.map((j) => at(j, f.path)).filter((v): v is number => v !== undefined);
  const head = runs.head.map((j) => at(j, f.path)).filter((v): v is number => v !== undefined);
  if (base.length === 0 || head.length === 0) return { ...f, base, head, verdict: 'missing' as const };
  const mb = median(base);
  const mh = median(head);
  const spread = mb === 0 ? 0 : (Math.max(...base) - Math.min(...base)) / Math.abs(mb);
  const tolerance = Math.max(0.05, spread);
  const change = mb === 0 ? (mh === 0 ? 0 : Infinity) : mh / mb - 1;
  const worse =
    f.better === 'equal' ? mh !== mb : f.better === 'lower' ? change > tolerance : -change > tolerance;
  const better = f.better === 'lower' ? change < -tolerance : f.better === 'higher' ? change > tolerance : false;
  return { ...f, base, head, baseMedian: mb, headMedian: mh, change, tolerance, verdict: worse ? 'worse' : better ? 'better' : 'same' };
});

const own = dd > 0 ? process.argv.slice(0, dd) : process.argv;
if (own.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), baseDir: resolve(baseDir), rounds, benchArgs, figures: rows, runs })}\n`);
} else {
  for (const r of rows) {
    const fmt = (xs: number[]) => xs.map((x) => (Number.isInteger(x) ? String(x) : x.toPrecision(4))).join(' / ');
    process.stdout.write(`${r.label.padEnd(52)} base ${fmt(r.base).padEnd(28)} this ${fmt(r.head).padEnd(28)} ${r.verdict}\n`);
  }
}
const worse = rows.filter((r) => r.verdict === 'worse' || r.verdict === 'missing');
process.exitCode = worse.length > 0 ? 1 : 0;
