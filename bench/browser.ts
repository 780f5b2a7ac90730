/**
 * `npx tsx bench/browser.ts [--json] [--encryptions N]`: the browser terminal's costs, beside the
 * Node terminal measured in the same run.
 *   bundle:  bytes of the terminal bundle (web/teller/build.ts: src/browser/, ESM, minified), raw
 *            and gzip -9, the page script, and SEAL's WebAssembly the page fetches beside it.
 *   encrypt: one verify request built in headless Chromium (the teller page served by a real
 *            matcher): quantize, MAC blocks, BGV encryption of the probe, HPKE-sealed seed; timed
 *            in the page with performance.now over N requests (default 10, after 5 warm-up),
 *            median; the same call in Node (this process) beside it.
 * Needs Chromium (/usr/bin/chromium, or SEALMATCH_CHROMIUM). With --json the last stdout line is JSON.
 */
import { loadavg } from 'node:os';
import { asSubjectRef } from '../src/subjects/subject-reference.js';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLfw } from '../src/cli/lfw.js';
import { fetchPublicBundle } from '../src/browser/index.js';
import { Terminal } from '../src/verify/terminal/terminal.js';
import { benchFlags, round } from './harness.js';
import { generateAndRegisterKeys, launchChromium, openTeller, startTellerDeployment } from '../test/browser/harness.js';

export interface BrowserBenchReport {
  readonly presetId: string;
  readonly chromium: string;
  /** 1-minute load average when the run ended (the figures are timings on shared cores). */
  readonly loadAverage1m: number;
  readonly bundle: { readonly terminalBytes: number; readonly terminalGzipBytes: number; readonly pageBytes: number; readonly sealWasmBytes: number; readonly sealWasmGzipBytes: number };
  readonly encrypt: { readonly encryptions: number; readonly probeBytes: number; readonly browserMedianMs: number; readonly browserMinMs: number; readonly browserMaxMs: number; readonly nodeMedianMs: number; readonly nodeMinMs: number };
}

/** Untimed requests first, in the page and in Node alike (JIT, SEAL's first allocations). */
const WARMUP = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function benchBrowser(opts: { encryptions?: number; log?: (s: string) => void } = {}): Promise<BrowserBenchReport> {
  const n = opts.encryptions ?? 10;
  const log = opts.log ?? ((): void => undefined);
  const embedding = loadLfw()[0]!.embeddings[0]!;
  const dep = await startTellerDeployment();
  const chromium = await launchChromium();
  try {
    log(`browser bench: terminal bundle ${dep.build.terminalBytes} B (gzip ${dep.build.terminalGzipBytes} B); opening ${dep.pageUrl} in ${await chromium.browser.version()}`);
    const page = await openTeller(chromium.browser, dep.pageUrl);
    await generateAndRegisterKeys(page, dep);
    const run = (count: number) => page.evaluate((e, c) => window.sealmatchTeller!.benchEncrypt(e, c), embedding, count);
    await run(WARMUP);
    const inPage = await run(n);
    log(`browser bench: ${n} in-page encryptions, median ${round(median(inPage.samplesMs), 1)} ms`);
    // The same request built in Node, same preset and keys, same count after the same warm-up.
    const nodeTerminal = await Terminal.create({ ...(await fetchPublicBundle(dep.matcher.url)), terminalId: 'bench-node' });
    const nodeSamples: number[] = [];
    try {
      for (let i = 0; i < n + WARMUP; i++) {
        const t0 = performance.now();
        nodeTerminal.buildVerifyRequest(asSubjectRef('0'.repeat(64)), embedding, { amountMinor: 0n, currency: 'KZT' });
        if (i >= WARMUP) nodeSamples.push(performance.now() - t0);
      }
    } finally {
      nodeTerminal.delete();
    }
    const wasm = readFileSync(join(dirname(fileURLToPath(import.meta.resolve('node-seal'))), 'seal_throws.wasm'));
    return {
      presetId: inPage.presetId,
      chromium: await chromium.browser.version(),
      loadAverage1m: round(loadavg()[0]!, 1),
      bundle: {
        terminalBytes: dep.build.terminalBytes,
        terminalGzipBytes: dep.build.terminalGzipBytes,
        pageBytes: dep.build.pageBytes,
        sealWasmBytes: wasm.length,
        sealWasmGzipBytes: gzipSync(wasm, { level: 9 }).length,
      },
      encrypt: {
        encryptions: n,
        probeBytes: inPage.probeBytes,
        browserMedianMs: round(median(inPage.samplesMs), 2),
        browserMinMs: round(Math.min(...inPage.samplesMs), 2),
        browserMaxMs: round(Math.max(...inPage.samplesMs), 2),
        nodeMedianMs: round(median(nodeSamples), 2),
        nodeMinMs: round(Math.min(...nodeSamples), 2),
      },
    };
  } finally {
    await chromium.close();
    await dep.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flags = benchFlags();
  const report = await benchBrowser({ encryptions: flags.num('encryptions', 10), log: (s) => void process.stderr.write(`${s}\n`) });
  process.stdout.write(flags.json ? `${JSON.stringify({ browser: report })}\n` : `${JSON.stringify({ browser: report }, null, 2)}\n`);
}
