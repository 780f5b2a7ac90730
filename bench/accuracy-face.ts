/**
 * `npm run accuracy:face [-- --write-pairs FILE]`: accuracy of float, quantized and encrypted
 * 1:1 face matching on every LFW pair in ../shared/data/face (2,459 genuine, 18,451 impostor).
 * Encrypted scores come from evaluation mode (decrypted, unblinded), encrypted decisions from the
 * blinded path at the preset threshold; both are compared with the plaintext computation.
 * Last stdout line: one JSON object. --write-pairs also writes the pairs as JSON lines for
 * `sealmatch eval --pairs FILE`.
 */
import { writeFileSync } from 'node:fs';
import { localDeployment } from '../src/cli/session.js';
import { loadLfw } from '../src/cli/lfw.js';
import { getPreset, DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { cosine, quantizeEmbedding, quantizedScore, scoreToCosine } from '../src/templates/face.js';
import { errorRates, ratesAt } from './metrics.js';
import { round } from './harness.js';
import { asSubjectRef } from '../src/subjects/subject-reference.js';

const argv = process.argv.slice(2);
const writeIdx = argv.indexOf('--write-pairs');
const preset = getPreset(DEFAULT_FACE_PRESET_ID);
const people = loadLfw();
const flat = people.flatMap((p, pi) => p.embeddings.map((e) => ({ e, pi })));
const pairs: { i: number; j: number; genuine: boolean }[] = [];
for (let i = 0; i < flat.length; i++) for (let j = i + 1; j < flat.length; j++) pairs.push({ i, j, genuine: flat[i]!.pi === flat[j]!.pi });

if (writeIdx >= 0) {
  const file = argv[writeIdx + 1]!;
  writeFileSync(file, pairs.map((p, n) => JSON.stringify({ id: `${n}:${p.genuine ? 'genuine' : 'impostor'}`, probe: flat[p.i]!.e, reference: flat[p.j]!.e })).join('\n') + '\n');
  process.stderr.write(`wrote ${pairs.length} pairs to ${file}\n`);
}

let maxComponent = 0;
for (const { e } of flat) {
  const n = Math.sqrt(e.reduce((s, x) => s + x * x, 0));
  for (const x of e) maxComponent = Math.max(maxComponent, Math.abs(x) / n);
}

const dep = await localDeployment({ evaluationMode: true });
const { terminal, matcher, custodian } = dep;
const q = flat.map(({ e }) => quantizeEmbedding(e, preset));
const refs = flat.map(({ e }, n) => matcher.load(terminal.encryptReference(asSubjectRef(n.toString(16).padStart(64, '0')), e).ciphertext));
const probes = flat.map(({ e }, n) => matcher.load(terminal.buildVerifyRequest(asSubjectRef(n.toString(16).padStart(64, '0')), e, { amountMinor: 0n, currency: 'KZT' }).probe));
const sets = { float: { g: [] as number[], i: [] as number[] }, quantized: { g: [] as number[], i: [] as number[] }, encrypted: { g: [] as number[], i: [] as number[] } };
let decisionMismatches = 0;
let maxScoreError = 0;
const started = Date.now();
for (let n = 0; n < pairs.length; n++) {
  const { i, j, genuine } = pairs[n]!;
  const f = cosine(flat[i]!.e, flat[j]!.e);
  const qs = quantizedScore(q[i]!, q[j]!);
  const blinded = matcher.blindedResult(new Uint8Array(32), probes[i]!, refs[j]!);
  const es = custodian.revealScore(blinded);
  const match = (await custodian.decide(blinded)).match;
  if (match !== qs >= matcher.threshold) decisionMismatches++;
  maxScoreError = Math.max(maxScoreError, Math.abs(scoreToCosine(es, preset.quantScale) - f));
  const key = genuine ? 'g' : 'i';
  sets.float[key].push(f);
  sets.quantized[key].push(scoreToCosine(qs, preset.quantScale));
  sets.encrypted[key].push(scoreToCosine(es, preset.quantScale));
  if (n % 2000 === 0) process.stderr.write(`\r${n}/${pairs.length} pairs`);
}
process.stderr.write('\n');
await dep.close();

const rows = Object.fromEntries(
  Object.entries(sets).map(([name, s]) => {
    const r = errorRates(s.g, s.i, 0.001);
    const at = ratesAt(s.g, s.i, name === 'float' ? preset.defaultThresholdCosine : Math.ceil(preset.defaultThresholdCosine * preset.quantScale ** 2) / preset.quantScale ** 2);
    return [name, { eer: round(r.eer, 5), eerThreshold: round(r.eerThreshold, 4), fnmrAtFmr01pct: round(r.fnmrAtFmr, 5), thresholdAtFmr01pct: round(r.thresholdAtFmr, 4), atDefaultThreshold: { fmr: round(at.fmr, 5), fnmr: round(at.fnmr, 5) } }];
  }),
);
const report = {
  data: 'LFW dlib-128 (10 people, 205 embeddings)',
  genuinePairs: sets.float.g.length,
  impostorPairs: sets.float.i.length,
  preset: preset.id,
  quantScale: preset.quantScale,
  maxNormalizedComponent: round(maxComponent, 4),
  thresholdCosine: preset.defaultThresholdCosine,
  encryptedVsQuantizedDecisionMismatches: decisionMismatches,
  maxEncryptedScoreErrorVsFloatCosine: round(maxScoreError, 5),
  rates: rows,
  seconds: Math.round((Date.now() - started) / 1000),
};
process.stdout.write(`${JSON.stringify(report)}\n`);
