/**
 * Readable benchmark output: a table for the terminal and a markdown report with SVG plots, from
 * the JSON `npm run bench -- --json` prints (and, optionally, `npm run bench:server -- --json`).
 *
 *   npm run bench -- --report DIR          runs everything (server bench included) and writes DIR
 *   npx tsx bench/report.ts --from run.json [--server server.json] --out DIR   re-renders saved JSON
 *
 * DIR/report.md links four plots: 1:1 latency beside the naive baseline, server throughput and
 * p99 by concurrency, 1:N throughput beside the plaintext loop, 1:N accumulation time by gallery
 * size. Every number is read from the JSON; nothing here measures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;

const num = (o: unknown, ...path: string[]): number | undefined => {
  let v: unknown = o;
  for (const k of path) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};

const fmt = (v: number | undefined, digits = 2): string => (v === undefined ? 'n/a' : v >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits));

/** Rows of the terminal table: [what, value, unit, baseline / note]. */
export function summaryRows(run: Json, server?: Json): string[][] {
  const rows: string[][] = [];
  const v = (run['verify'] ?? {}) as Json;
  for (const id of ['sm1', 'sm2']) {
    if (!v[id]) continue;
    rows.push([`1:1 ${id} end to end`, fmt(num(v, id, 'endToEndMs')), 'ms', `naive CKKS ${fmt(num(run, 'naive', 'endToEndMs'))} ms (x${fmt(num(run, 'ratios', id, 'endToEnd'))} faster)`]);
    rows.push([`1:1 ${id} matcher compute`, fmt(num(v, id, 'serverMatchMs'), 3), 'ms', `naive CKKS ${fmt(num(run, 'naive', 'serverMatchMs'))} ms (x${fmt(num(run, 'ratios', id, 'serverMatch'))})`]);
    rows.push([`1:1 ${id} custodian decide`, fmt(num(v, id, 'custodianDecideMs')), 'ms', '']);
  }
  const heap = run['heap'] as Json | undefined;
  for (const id of ['sm1', 'sm2']) {
    if (heap?.[id]) rows.push([`WASM heap growth over ${fmt(num(heap, id, 'verifies'), 0)} verifies (${id})`, fmt(num(heap, id, 'growth'), 0), 'bytes', '']);
  }
  const idf = (run['identify'] ?? {}) as Json;
  for (const d of ['d128', 'd512']) {
    if (!idf[d]) continue;
    rows.push([`1:N ${d.slice(1)}-D kernel`, fmt(num(idf, d, 'templatesPerSecPerCore'), 0), 'templates/s/core', `plaintext float32 ${fmt(num(idf, d, 'plaintextFloat32', 'templatesPerSec'), 0)}/s (ratio ${fmt(num(idf, d, 'ratios', 'ofPlaintext'), 3)})`]);
    rows.push([`1:N ${d.slice(1)}-D search of 1M (2 cores, projected)`, fmt(num(idf, d, 'search1M', 'twoCoreWallMsProjected'), 0), 'ms', `naive: ${fmt(num(idf, d, 'naiveCkks', 'extrapolated1MSingleCoreHours'))} h on one core`]);
  }
  const auth = (idf['authenticated'] ?? {}) as Json;
  for (const d of ['d512', 'd128']) {
    if (!auth[d]) continue;
    const dim = d.slice(1);
    const mb = (v: number | undefined): string => (v === undefined ? 'n/a' : `${fmt(v / 1e6, 1)} MB`);
    rows.push([`1:N ${dim}-D authenticated kernel`, fmt(num(auth, d, 'templatesPerSecPerCore'), 0), 'templates/s/core', `same rounds: x${fmt(num(auth, d, 'ratios', 'kernelVsSm1SameRounds'), 3)} today's kernel, x${fmt(num(auth, d, 'ratios', 'kernelOfPlaintextSameRounds'), 3)} plaintext`]);
    rows.push([`1:N ${dim}-D authenticated search of 1M (${fmt(num(auth, d, 'sharded', 'workers'), 0)} workers, extrapolated)`, fmt(num(auth, d, 'search1M', 'matcherWallMs'), 0), 'ms', `today's preset, same method: ${fmt(num(auth, d, 'baseline', 'search1M', 'matcherWallMs'), 0)} ms; custodian +${fmt(num(auth, d, 'search1M', 'custodianMs'), 0)} ms`]);
    rows.push([`1:N ${dim}-D authenticated enrollment refresh (custodian)`, fmt(num(auth, d, 'refresh', 'custodianMsPerRefresh'), 0), 'ms', `response ${mb(num(auth, d, 'refresh', 'responseBytesPerRefresh'))}; today's ${fmt(num(auth, d, 'refresh', 'baseline', 'custodianMsPerRefresh'), 0)} ms, ${mb(num(auth, d, 'refresh', 'baseline', 'responseBytesPerRefresh'))}`]);
  }
  const sharded = idf['sharded512'] as Json | undefined;
  const shardedS = num(sharded, 'wallSecondsMedian');
  if (shardedS !== undefined) rows.push([`1:N 512-D search of ${fmt(num(sharded, 'templates'), 0)}, ${fmt(num(sharded, 'workers'), 0)} workers, measured`, fmt(shardedS, 2), 's', 'whole search: expansion, shards, blinding']);
  const b = run['browser'] as Json | undefined;
  if (num(b, 'bundle', 'terminalBytes') !== undefined) {
    rows.push(['browser terminal bundle', fmt(num(b, 'bundle', 'terminalBytes'), 0), 'bytes', `gzip ${fmt(num(b, 'bundle', 'terminalGzipBytes'), 0)} B; SEAL wasm ${fmt(num(b, 'bundle', 'sealWasmBytes'), 0)} B`]);
    rows.push(['browser: build one verify request', fmt(num(b, 'encrypt', 'browserMedianMs'), 1), 'ms', `Node, same run: ${fmt(num(b, 'encrypt', 'nodeMedianMs'), 1)} ms`]);
  }
  for (const level of serverLevels(server)) {
    rows.push([`HTTP /v1/verify at concurrency ${level.concurrency}`, fmt(level.verifiesPerSec, 1), 'verifies/s', `p50 ${fmt(level.p50Ms, 1)} ms, p99 ${fmt(level.p99Ms, 1)} ms`]);
  }
  return rows;
}

/** A fixed-width table of the rows (for stdout beside the JSON line). */
export function formatTable(rows: readonly string[][]): string {
  const head = ['benchmark', 'value', 'unit', 'baseline / note'];
  const all = [head, ...rows];
  const w = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((x, c) => (c === 1 ? x.padStart(w[c]!) : x.padEnd(w[c]!))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

interface ServerLevel {
  readonly concurrency: number;
  readonly verifiesPerSec: number;
  readonly p50Ms: number | undefined;
  readonly p99Ms: number | undefined;
}

function serverLevels(server: Json | undefined): ServerLevel[] {
  const levels = (server?.['server'] ?? []) as Json[];
  if (!Array.isArray(levels)) return [];
  const out: ServerLevel[] = [];
  for (const l of levels) {
    const concurrency = num(l, 'concurrency');
    const verifiesPerSec = num(l, 'verifiesPerSec');
    if (concurrency === undefined || verifiesPerSec === undefined) continue;
    out.push({ concurrency, verifiesPerSec, p50Ms: num(l, 'p50Ms'), p99Ms: num(l, 'p99Ms') });
  }
  return out;
}

// ------------------------------------------------------------------ SVG

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'];

/** Grouped horizontal bars on a log or linear scale: one group per label, one bar per series. */
export function barChart(title: string, unit: string, labels: readonly string[], series: readonly { name: string; values: readonly (number | undefined)[] }[], log = false): string {
  const W = 760;
  const left = 230;
  const barH = 16;
  const groupH = series.length * barH + 14;
  const H = 60 + labels.length * groupH + 20 * series.length;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== undefined && v > 0));
  const max = Math.max(...all, 1e-9);
  const min = Math.min(...all, max);
  const lo = log ? Math.log10(min) - 0.3 : 0;
  const hi = log ? Math.log10(max) + 0.1 : max * 1.1;
  const x = (v: number): number => left + ((log ? Math.log10(v) : v) - lo) / (hi - lo) * (W - left - 90);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<text x="10" y="20" font-size="15" font-weight="bold">${esc(title)}</text>`, `<text x="10" y="38" fill="#555">${esc(unit)}${log ? ' (log scale)' : ''}</text>`];
  labels.forEach((label, g) => {
    const y0 = 50 + g * groupH;
    out.push(`<text x="${left - 8}" y="${y0 + (series.length * barH) / 2 + 4}" text-anchor="end">${esc(label)}</text>`);
    series.forEach((s, i) => {
      const v = s.values[g];
      if (v === undefined || v <= 0) return;
      const y = y0 + i * barH;
      out.push(`<rect x="${left}" y="${y}" width="${Math.max(1, x(v) - left).toFixed(1)}" height="${barH - 3}" fill="${COLORS[i % COLORS.length]}"><title>${esc(`${s.name}: ${v}`)}</title></rect>`);
      out.push(`<text x="${(x(v) + 4).toFixed(1)}" y="${y + barH - 5}">${esc(fmt(v))}</text>`);
    });
  });
  series.forEach((s, i) => {
    const y = H - 20 * (series.length - i) + 4;
    out.push(`<rect x="${left}" y="${y - 10}" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/><text x="${left + 18}" y="${y}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Lines over numeric x (e.g. concurrency): one line per series, each with its own y axis label. */
export function lineChart(title: string, xLabel: string, xs: readonly number[], series: readonly { name: string; unit: string; values: readonly number[] }[]): string {
  const W = 760;
  const H = 300;
  const pad = { l: 70, r: 70, t: 45, b: 50 };
  const xmax = Math.max(...xs, 1);
  const px = (v: number): number => pad.l + (Math.log2(v) / Math.log2(xmax || 2)) * (W - pad.l - pad.r);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<text x="10" y="20" font-size="15" font-weight="bold">${esc(title)}</text>`];
  out.push(`<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#333"/>`);
  for (const v of xs) out.push(`<text x="${px(v).toFixed(1)}" y="${H - pad.b + 16}" text-anchor="middle">${v}</text>`);
  out.push(`<text x="${W / 2}" y="${H - 12}" text-anchor="middle">${esc(xLabel)} (log scale)</text>`);
  series.forEach((s, i) => {
    const ymax = Math.max(...s.values, 1e-9) * 1.15;
    const py = (v: number): number => H - pad.b - (v / ymax) * (H - pad.t - pad.b);
    const pts = s.values.map((v, k) => `${px(xs[k]!).toFixed(1)},${py(v).toFixed(1)}`).join(' ');
    const color = COLORS[i % COLORS.length]!;
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts}"/>`);
    s.values.forEach((v, k) => out.push(`<circle cx="${px(xs[k]!).toFixed(1)}" cy="${py(v).toFixed(1)}" r="3.5" fill="${color}"><title>${esc(`${s.name} at ${xs[k]}: ${v} ${s.unit}`)}</title></circle><text x="${(px(xs[k]!) + 6).toFixed(1)}" y="${(py(v) + (i === 0 ? -6 : 16)).toFixed(1)}" fill="${color}">${esc(fmt(v, 1))}</text>`));
    out.push(`<text x="${i === 0 ? 10 : W - 10}" y="${pad.t - 6}" text-anchor="${i === 0 ? 'start' : 'end'}" fill="${color}">${esc(`${s.name} (${s.unit})`)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/**
 * DET plot (ISO/IEC 19795-1: FNMR against FMR, both log-scaled, lower-left is better): one curve
 * per series of (FMR, FNMR) points; rates of 0 are drawn on the axis floor (`floor`).
 */
export function detChart(title: string, series: readonly { name: string; points: readonly (readonly [number, number])[] }[], floor = 1e-4): string {
  const W = 520;
  const H = 460;
  const pad = { l: 70, r: 20, t: 45, b: 80 };
  const lo = Math.log10(floor);
  const px = (v: number): number => pad.l + ((Math.log10(Math.max(v, floor)) - lo) / -lo) * (W - pad.l - pad.r);
  const py = (v: number): number => H - pad.b - ((Math.log10(Math.max(v, floor)) - lo) / -lo) * (H - pad.t - pad.b);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<text x="10" y="20" font-size="15" font-weight="bold">${esc(title)}</text>`];
  for (let e = lo; e <= 0; e++) {
    const v = 10 ** e;
    const label = e >= -2 ? `${v * 100}%` : `${(v * 100).toPrecision(1)}%`;
    out.push(`<line x1="${px(v).toFixed(1)}" y1="${pad.t}" x2="${px(v).toFixed(1)}" y2="${H - pad.b}" stroke="#ddd"/><text x="${px(v).toFixed(1)}" y="${H - pad.b + 16}" text-anchor="middle">${label}</text>`);
    out.push(`<line x1="${pad.l}" y1="${py(v).toFixed(1)}" x2="${W - pad.r}" y2="${py(v).toFixed(1)}" stroke="#ddd"/><text x="${pad.l - 6}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end">${label}</text>`);
  }
  out.push(`<text x="${(pad.l + W - pad.r) / 2}" y="${H - pad.b + 34}" text-anchor="middle">FMR (log scale)</text>`);
  out.push(`<text x="16" y="${(pad.t + H - pad.b) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(pad.t + H - pad.b) / 2})">FNMR (log scale)</text>`);
  out.push(`<line x1="${px(floor)}" y1="${py(floor)}" x2="${px(1)}" y2="${py(1)}" stroke="#bbb" stroke-dasharray="4 4"><title>FMR = FNMR (EER line)</title></line>`);
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    const pts = s.points.map(([fmr, fnmr]) => `${px(fmr).toFixed(1)},${py(fnmr).toFixed(1)}`).join(' ');
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts}"><title>${esc(s.name)}</title></polyline>`);
    const y = H - pad.b + 52 + 16 * i;
    out.push(`<rect x="${pad.l}" y="${y - 10}" width="12" height="12" fill="${color}"/><text x="${pad.l + 18}" y="${y}">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

/** Writes DIR/report.md and its SVG plots; returns the files written. */
export function writeReport(dir: string, run: Json, server?: Json): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const put = (name: string, text: string): void => {
    writeFileSync(join(dir, name), text);
    files.push(name);
  };
  const md: string[] = [`# sealmatch benchmark report`, '', `Run: ${String(run['date'] ?? '')}, Node ${String(run['node'] ?? '')}, wall ${fmt(num(run, 'wallSeconds'), 0)} s. Every figure is from the same run as its baseline.`, ''];
  md.push('```', formatTable(summaryRows(run, server)), '```', '');

  const ids = ['sm1', 'sm2'].filter((id) => (run['verify'] as Json | undefined)?.[id]);
  put('verify-latency.svg', barChart('1:1 verification latency beside the naive CKKS baseline', 'milliseconds, median', [...ids.map((id) => `sealmatch ${id}`), 'naive CKKS (baseline)'], [
    { name: 'end to end', values: [...ids.map((id) => num(run, 'verify', id, 'endToEndMs')), num(run, 'naive', 'endToEndMs')] },
    { name: 'matcher compute', values: [...ids.map((id) => num(run, 'verify', id, 'serverMatchMs')), num(run, 'naive', 'serverMatchMs')] },
  ], true));
  md.push('## 1:1 latency', '', '![1:1 latency](verify-latency.svg)', '');

  const levels = serverLevels(server);
  if (levels.length > 0) {
    put('server-throughput.svg', lineChart('HTTP POST /v1/verify (matcher + custodian on loopback)', 'concurrent clients', levels.map((l) => l.concurrency), [
      { name: 'throughput', unit: 'verifies/s', values: levels.map((l) => l.verifiesPerSec) },
      { name: 'p99 latency', unit: 'ms', values: levels.map((l) => l.p99Ms ?? 0) },
    ]));
    md.push('## Server throughput and p99 by concurrency', '', '![server throughput](server-throughput.svg)', '');
  } else {
    md.push('## Server throughput', '', 'Not in this report: run `npm run bench -- --report DIR` (it runs the server bench too) or pass `--server server.json`.', '');
  }

  const dims = ['d128', 'd512'].filter((d) => (run['identify'] as Json | undefined)?.[d]);
  if (dims.length > 0) {
    put('identify-throughput.svg', barChart('1:N kernel throughput beside the plaintext float32 loop (same run)', 'templates per second per core', dims.map((d) => `${d.slice(1)}-D`), [
      { name: 'sealmatch encrypted kernel', values: dims.map((d) => num(run, 'identify', d, 'templatesPerSecPerCore')) },
      { name: 'plaintext float32 JS loop', values: dims.map((d) => num(run, 'identify', d, 'plaintextFloat32', 'templatesPerSec')) },
      { name: 'naive CKKS 1:1 per template', values: dims.map((d) => num(run, 'identify', d, 'naiveCkks', 'templatesPerSecPerCore')) },
      { name: 'authenticated preset (sm2 ...-1toN-auth)', values: dims.map((d) => num(run, 'identify', 'authenticated', d, 'templatesPerSecPerCore')) },
    ], true));
    put('identify-wall.svg', barChart('1:N search time by gallery size', 'milliseconds (kernel accumulation on one core; whole searches as labelled)', dims.flatMap((d) => [`${d.slice(1)}-D, 100k templates`, `${d.slice(1)}-D, 1M templates`]), [
      { name: 'accumulate (kernel)', values: dims.flatMap((d) => [num(run, 'identify', d, 'gallery100k', 'accumulateMs'), num(run, 'identify', d, 'gallery1M', 'accumulateMs')]) },
      { name: 'whole 1M search, 2 cores (projected)', values: dims.flatMap((d) => [undefined, num(run, 'identify', d, 'search1M', 'twoCoreWallMsProjected')]) },
      { name: 'whole search, sharded workers (measured)', values: dims.flatMap((d) => (d === 'd512' ? [undefined, (num(run, 'identify', 'sharded512', 'wallSecondsMedian') ?? Number.NaN) * 1000] : [undefined, undefined]).map((v) => (v !== undefined && Number.isFinite(v) ? v : undefined))) },
    ]));
    md.push('## 1:N throughput', '', '![1:N throughput](identify-throughput.svg)', '', '## 1:N time by gallery size', '', '![1:N wall time](identify-wall.svg)', '');
  }
  put('report.md', md.join('\n'));
  return files;
}

function lastJsonLine(text: string): Json {
  const line = text.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error('no JSON object line in the input');
  return JSON.parse(line) as Json;
}

export function readBenchJson(path: string): Json {
  return lastJsonLine(readFileSync(path, 'utf8'));
}

export { lastJsonLine };

if (process.argv[1]?.endsWith('report.ts')) {
  const argv = process.argv.slice(2);
  const arg = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const from = arg('--from');
  const out = arg('--out');
  if (!from || !out) {
    process.stderr.write('usage: npx tsx bench/report.ts --from run.json [--server server.json] --out DIR\n');
    process.exit(2);
  }
  const server = arg('--server');
  const run = readBenchJson(from);
  const files = writeReport(out, run, server ? readBenchJson(server) : undefined);
  process.stdout.write(`${formatTable(summaryRows(run, server ? readBenchJson(server) : undefined))}\n\nwrote ${files.map((f) => join(out, f)).join(', ')}\n`);
}
