/**
 * `npx tsx bench/finger-det-svg.ts [--from docs/accuracy/finger-loco-shipped.json] [--out docs/img]`:
 * one DET plot (SVG, bench/report.ts `detChart`) per leave-one-collection-out fold and for the
 * cross-sensor pairs, the shipped default's encrypted-path scores beside the plaintext baseline
 * matcher, from the JSON `bench/accuracy-finger-loco.ts --shipped` writes. Nothing here measures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detChart } from './report.js';

type Det = Record<string, Record<string, [number, number][]>>;
type Fig = { eer: number };

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
};
const from = arg('--from', 'docs/accuracy/finger-loco-shipped.json');
const out = arg('--out', 'docs/img');
const report = JSON.parse(readFileSync(from, 'utf8')) as {
  det: Det;
  results: Record<string, { perFold: Record<string, Fig>; crossSensor?: Fig }>;
};
mkdirSync(out, { recursive: true });
const pct = (f: Fig | undefined) => (f ? ` (EER ${(f.eer * 100).toFixed(2)}%)` : '');
for (const fold of Object.keys(report.det.shipped ?? {})) {
  const fig = (m: string) => (fold === 'crossSensor' ? report.results[m]?.crossSensor : report.results[m]?.perFold[fold]);
  const title = fold === 'crossSensor' ? 'DET, cross-sensor (U.are.U vs CrossMatch)' : `DET, held-out collection ${fold}`;
  const svg = detChart(title, [
    { name: `shipped default, encrypted-path score${pct(fig('shipped'))}`, points: report.det.shipped![fold]! },
    { name: `baseline matcher, plaintext${pct(fig('baseline'))}`, points: report.det.baseline?.[fold] ?? [] },
  ]);
  const file = join(out, `finger-det-${fold}.svg`);
  writeFileSync(file, `${svg}\n`);
  process.stderr.write(`wrote ${file}\n`);
}
