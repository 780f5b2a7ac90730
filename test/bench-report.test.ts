/**
 * The readable bench output (bench/report.ts): the table and the markdown report with its SVG
 * plots show the numbers of the JSON they were given — each plotted value appears in a bar or
 * point title, and a missing figure is left out rather than drawn as zero.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable, summaryRows, writeReport } from '../bench/report.js';

const run = {
  node: 'v24.0.0',
  date: '2026-12-01T00:00:00.000Z',
  wallSeconds: 600,
  verify: { sm2: { endToEndMs: 13.8, serverMatchMs: 0.378, custodianDecideMs: 9.5 } },
  naive: { endToEndMs: 44.9, serverMatchMs: 30.45 },
  ratios: { sm2: { endToEnd: 3.25, serverMatch: 80.6 } },
  heap: { sm2: { verifies: 10000, growth: 0 } },
  identify: {
    d512: { templatesPerSecPerCore: 446846, plaintextFloat32: { templatesPerSec: 1442887 }, ratios: { ofPlaintext: 0.289 }, naiveCkks: { templatesPerSecPerCore: 33.2, extrapolated1MSingleCoreHours: 8.38 }, gallery100k: { accumulateMs: 240 }, gallery1M: { accumulateMs: 2245.8 }, search1M: { twoCoreWallMsProjected: 3356.6 } },
    sharded512: { templates: 1000000, workers: 4, wallSecondsMedian: 2.85 },
    authenticated: {
      d512: {
        templatesPerSecPerCore: 24547,
        ratios: { kernelVsSm1SameRounds: 0.15, kernelOfPlaintextSameRounds: 0.017 },
        sharded: { workers: 4 },
        search1M: { matcherWallMs: 32500, custodianMs: 1200 },
        baseline: { search1M: { matcherWallMs: 3300 } },
        refresh: { custodianMsPerRefresh: 5400, responseBytesPerRefresh: 296000000, baseline: { custodianMsPerRefresh: 700, responseBytesPerRefresh: 44000000 } },
      },
    },
  },
  browser: { bundle: { terminalBytes: 364073, terminalGzipBytes: 77346, sealWasmBytes: 1273339 }, encrypt: { browserMedianMs: 9.1, nodeMedianMs: 6.2 } },
};
const server = { server: [{ concurrency: 1, verifiesPerSec: 45.2, p50Ms: 21, p99Ms: 30 }, { concurrency: 16, verifiesPerSec: 120.5, p50Ms: 130, p99Ms: 210 }, { concurrency: 64, verifiesPerSec: 118.1, p50Ms: 520, p99Ms: 800 }] };

describe('bench report', () => {
  it('the table names each figure beside its baseline', () => {
    const table = formatTable(summaryRows(run, server));
    expect(table).toMatch(/1:1 sm2 end to end\s+13\.80\s+ms\s+naive CKKS 44\.90 ms/);
    expect(table).toMatch(/1:N 512-D kernel\s+446,846\s+templates\/s\/core\s+plaintext float32 1,442,887/);
    expect(table).toMatch(/concurrency 16\s+120\.5\s+verifies\/s\s+p50 130\.0 ms, p99 210\.0 ms/);
    expect(table).toMatch(/browser: build one verify request\s+9\.1\s+ms\s+Node, same run: 6\.2 ms/);
    expect(table).toMatch(/1:N 512-D authenticated kernel\s+24,547\s+templates\/s\/core\s+same rounds: x0\.150 today's kernel/);
    expect(table).toMatch(/1:N 512-D authenticated search of 1M \(4 workers, extrapolated\)\s+32,500\s+ms\s+today's preset, same method: 3,300 ms/);
    expect(table).toMatch(/1:N 512-D authenticated enrollment refresh \(custodian\)\s+5,400\s+ms\s+response 296\.0 MB; today's 700 ms, 44\.0 MB/);
    expect(table).not.toContain('128-D authenticated'); // not in the run: not in the table
    expect(table).not.toContain('sm1'); // not in the run: not in the table
  });

  it('writes report.md and four plots carrying the JSON values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-report-'));
    try {
      const files = writeReport(dir, run, server);
      expect(files.sort()).toEqual(['identify-throughput.svg', 'identify-wall.svg', 'report.md', 'server-throughput.svg', 'verify-latency.svg']);
      const md = readFileSync(join(dir, 'report.md'), 'utf8');
      for (const f of files.filter((x) => x.endsWith('.svg'))) expect(md).toContain(`](${f})`);
      const svg = (f: string): string => readFileSync(join(dir, f), 'utf8');
      expect(svg('verify-latency.svg')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
      expect(svg('verify-latency.svg')).toContain('<title>end to end: 44.9</title>');
      expect(svg('verify-latency.svg')).toContain('<title>matcher compute: 0.378</title>');
      expect(svg('server-throughput.svg')).toContain('<title>throughput at 16: 120.5 verifies/s</title>');
      expect(svg('server-throughput.svg')).toContain('<title>p99 latency at 64: 800 ms</title>');
      expect(svg('identify-throughput.svg')).toContain('<title>plaintext float32 JS loop: 1442887</title>');
      expect(svg('identify-throughput.svg')).toContain('<title>authenticated preset (sm2 ...-1toN-auth): 24547</title>');
      expect(svg('identify-wall.svg')).toContain('<title>whole search, sharded workers (measured): 2850</title>');
      // Bars only for figures that exist: 512-D 100k has no projected whole-search figure.
      expect((svg('identify-wall.svg').match(/<rect [^>]*><title>/g) ?? []).length).toBe(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without a server run, the report says how to get one instead of plotting nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-report-'));
    try {
      expect(writeReport(dir, run)).not.toContain('server-throughput.svg');
      expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('npm run bench -- --report DIR');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
