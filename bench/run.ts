/**
 * `npm run bench [-- --json] [-- --quick] [-- --heap-verifies N] [-- --report DIR]`: every benchmark (the browser terminal too, where Debian's chromium is installed),
 * each beside its baseline measured in the same run. Prints a table, then the JSON (with --json
 * the last stdout line is one JSON object). --report DIR also runs the HTTP server bench and
 * writes DIR/report.md with SVG plots (bench/report.ts).
 *
 * 1:N options: --identify-only (skip 1:1 and the browser), --no-auth (skip the authenticated 1:N
 * presets, bench/identify-auth.ts: about 4 minutes of the run), --auth-leak-searches N (real
 * 128-D authenticated searches of the leak loop, default 5, quick 2), --identify-searches N.
 */
import { execFileSync } from 'node:child_process';
import { formatTable, lastJsonLine, summaryRows, writeReport } from './report.js';
import { benchFlags } from './harness.js';
import { benchIdentify } from './identify.js';
import { identifyParallel } from './identify-parallel.js';
import { benchVerify } from './verify.js';
import { existsSync } from 'node:fs';

const flags = benchFlags();
const started = Date.now();
const log = (s: string): void => void process.stderr.write(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${s}\n`);
// First, while memory is free: a real sharded 1:N search over a resident 1M 512-D gallery
// (worker threads, ~12 GB of kernel memory, released when the workers exit).
const parallel = flags.quick
  ? await identifyParallel({ templates: 100_000, dim: 512, workers: 2, searches: 2, log })
  : await identifyParallel({ templates: flags.num('identify-templates', 1_000_000), dim: 512, workers: 4, searches: 3, log });
const argv = process.argv.slice(2);
const identifyOnly = argv.includes('--identify-only');
const verify = identifyOnly
  ? { verify: { skipped: '--identify-only' } }
  : await benchVerify({
    heapVerifies: flags.num('heap-verifies', flags.quick ? 200 : 10_000),
    timeMs: flags.quick ? 300 : 1500,
    ...(flags.quick ? { iterations: 10, fingerBackground: 'none' as const } : {}),
    log,
  });
const identify = await benchIdentify({
  quick: flags.quick,
  searches: flags.num('identify-searches', flags.quick ? 20 : 1000),
  // The authenticated presets' end-to-end search uses the sharded figure's worker count.
  auth: argv.includes('--no-auth') ? false : { workers: parallel.workers, leakSearches: flags.num('auth-leak-searches', flags.quick ? 2 : 5) },
  log,
});
// The browser terminal (bundle size, in-page encrypt time beside Node's): needs Debian's chromium.
const chromium = process.env.SEALMATCH_CHROMIUM ?? '/usr/bin/chromium';
const browser = identifyOnly
  ? { skipped: '--identify-only' }
  : existsSync(chromium)
  ? await (await import('./browser.js')).benchBrowser({ encryptions: flags.quick ? 5 : 10, log })
  : { skipped: `no chromium at ${chromium} (apt-get install chromium; SEALMATCH_CHROMIUM=path)` };
const report = {
  node: process.version,
  date: new Date().toISOString(),
  ...verify,
  identify: { ...identify, sharded512: parallel },
  browser,
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
const reportDir = argv.includes('--report') ? argv[argv.indexOf('--report') + 1] : undefined;
let server: Record<string, unknown> | undefined;
if (reportDir) {
  log('HTTP server bench (for the report)...');
  const out = execFileSync('npx', ['tsx', 'bench/server.ts', '--json', ...(flags.quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  server = lastJsonLine(out);
}
process.stdout.write(`${formatTable(summaryRows(report, server))}\n\n`);
if (reportDir) {
  const files = writeReport(reportDir, report, server);
  log(`report: ${files.map((f) => `${reportDir}/${f}`).join(', ')}`);
}
if (flags.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
