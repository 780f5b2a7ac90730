/**
 * `npm run bench [-- --json] [-- --quick] [-- --heap-verifies N]`: every benchmark, each beside its
 * baseline measured in the same run. With --json the last stdout line is one JSON object.
 */
import { benchFlags } from './harness.js';
import { benchIdentify } from './identify.js';
import { benchVerify } from './verify.js';

const flags = benchFlags();
const log = (s: string): void => void process.stderr.write(`[bench] ${s}\n`);
const started = Date.now();
const verify = await benchVerify({
  heapVerifies: flags.num('heap-verifies', flags.quick ? 200 : 10_000),
  timeMs: flags.quick ? 300 : 1500,
  log,
});
const identify = await benchIdentify({ quick: flags.quick, searches: flags.num('identify-searches', flags.quick ? 20 : 1000), log });
const report = {
  node: process.version,
  date: new Date().toISOString(),
  ...verify,
  identify,
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
if (flags.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
