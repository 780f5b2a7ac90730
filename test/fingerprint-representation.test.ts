import { describe, expect, it } from 'vitest';
import { isSealmatchError } from '../src/errors.js';
import { getPreset } from '../src/params/presets.js';
import { cosine, quantizeEmbedding } from '../src/templates/face.js';
import type { Minutia, MinutiaeRecord } from '../src/templates/fingerprint/index.js';
import {
  FINGER_CHUNKS,
  FINGER_DIM,
  FINGER_METRIC,
  fitBackground,
  fingerScore,
  minutiaeToVector,
  minutiaWeight,
  quantizeFingerVector,
} from '../src/templates/fingerprint/representation.js';
import { chunkedScore, quantizeChunks } from '../src/templates/chunks.js';
import { errorRates } from '../bench/metrics.js';
import { lodoVectors, loadFvc2002B, scoreWithinDbs } from '../bench/accuracy-finger.js';
import { FULL, replay, tiered } from './tier.js';

const samples = loadFvc2002B();
const record = samples[0]!.record;

function withMinutiae(r: MinutiaeRecord, minutiae: Minutia[]): MinutiaeRecord {
  return { ...r, views: [{ ...r.views[0]!, minutiae }] } as MinutiaeRecord;
}

/**
 * Rotates the finger by `deg` (counter-clockwise on screen) about (cx, cy) and translates it, then
 * re-quantizes to what a record can hold: integer pixels and ISO angle units of 360/256 degrees.
 */
function moved(r: MinutiaeRecord, deg: number, tx: number, ty: number): MinutiaeRecord {
  const a = (deg * Math.PI) / 180;
  const [cx, cy] = [150, 200];
  const out = r.views[0]!.minutiae.map((m) => {
    // y points down in the record: rotate in y-up coordinates.
    const x = m.x - cx;
    const y = -(m.y - cy);
    const xr = Math.cos(a) * x - Math.sin(a) * y;
    const yr = Math.sin(a) * x + Math.cos(a) * y;
    const angle = Math.round(((m.angleDegrees + deg) / 360) * 256) & 255;
    return { ...m, x: Math.round(xr + cx + tx), y: Math.round(-yr + cy + ty), angle, angleDegrees: (angle * 360) / 256 };
  });
  return withMinutiae(r, out);
}

describe('fingerprint representation', () => {
  it(`has dimension ${FINGER_DIM} = ${FINGER_CHUNKS} chunks of the face preset's maximum dimension`, () => {
    const v = minutiaeToVector(record);
    const preset = getPreset('sm1-bgv4096-face-1to1');
    expect(v).toBeInstanceOf(Float64Array);
    expect(v.length).toBe(FINGER_DIM);
    expect(FINGER_DIM).toBe(FINGER_CHUNKS * preset.maxDim);
    const q = quantizeFingerVector(v, preset);
    expect(q).toBeInstanceOf(Int32Array);
    expect(q.length).toBe(FINGER_DIM);
    // The whole vector is normalized and quantized once, then cut into chunks (src/templates/chunks.ts).
    expect(q).toEqual(quantizeEmbedding(v, { ...preset, maxDim: FINGER_DIM }).values);
  });

  it('fingerScore is the sum of the chunk inner products of the encrypted path', () => {
    const preset = getPreset('sm1-bgv4096-face-1to1');
    const a = minutiaeToVector(samples[0]!.record);
    const b = minutiaeToVector(samples[1]!.record);
    expect(fingerScore(quantizeFingerVector(a, preset), quantizeFingerVector(b, preset))).toBe(
      chunkedScore(quantizeChunks(a, preset), quantizeChunks(b, preset)),
    );
  });

  it('is deterministic', () => {
    expect(minutiaeToVector(record)).toEqual(minutiaeToVector(record));
  });

  it('gives the identical vector when minutiae are permuted', () => {
    const ms = [...record.views[0]!.minutiae].reverse();
    const swapped = [...ms.slice(7), ...ms.slice(0, 7)];
    expect(minutiaeToVector(withMinutiae(record, swapped))).toEqual(minutiaeToVector(record));
  });

  it.each([
    [0, 40, -25],
    [17, 0, 0],
    [-35, 12, 30],
    [90, -20, 10],
    [180, 5, 5],
  ])('is invariant to rotation by %d degrees and translation (%d, %d): cosine > 0.99', (deg, tx, ty) => {
    // One record of each database (a seeded two of them in the fast tier, test/tier.ts).
    for (const s of tiered([samples[0]!, samples[85]!, samples[170]!, samples[255]!], 2, `fingerprint-representation/rotation/${deg}`)) {
      const c = cosine(minutiaeToVector(s.record), minutiaeToVector(moved(s.record, deg, tx, ty)));
      expect(c, replay(`DB${s.db} ${s.finger}_${s.impression}`)).toBeGreaterThan(0.99);
    }
  });

  it('a background fitted with finger labels adds the learned projection; vectors stay rotation-invariant', () => {
    const train = samples.filter((s) => s.db === 2 && s.finger <= 103);
    const bg = fitBackground(
      train.map((s) => s.record),
      0,
      train.map((s) => s.finger),
    );
    expect(bg.projection?.dim).toBe(FINGER_METRIC.dim);
    expect(fitBackground(train.map((s) => s.record)).projection).toBeUndefined();
    for (const s of [samples[0]!, samples[255]!]) {
      const v = minutiaeToVector(s.record, { background: bg });
      expect(v.length).toBe(FINGER_DIM);
      expect(cosine(v, minutiaeToVector(moved(s.record, 35, 10, -20), { background: bg }))).toBeGreaterThan(0.99);
    }
    expect(() => fitBackground([record, record], 0, ['a'])).toThrow();
  }, 60_000);

  it('weights a minutia by its reported quality (quality / 100) and not at all when none is reported', () => {
    expect([0, null, 1, 37, 100, 101, 254, 255].map(minutiaWeight)).toEqual([1, 1, 0.01, 0.37, 1, 1, 1, 1]);
    const ms = record.views[0]!.minutiae;
    expect(ms.every((m) => m.quality === 0)).toBe(true); // FVC2002: quality never reported
    // Reported quality 100 is weight 1: the same vector as "not reported" (FVC2002 vectors are unchanged).
    expect(minutiaeToVector(withMinutiae(record, ms.map((m) => ({ ...m, quality: 100 }))))).toEqual(minutiaeToVector(record));
    // A spurious minutia reported at low quality moves the vector less than the same one at full weight.
    const spurious = { ...ms[0]!, x: ms[0]!.x + 23, y: ms[0]!.y + 17, angle: (ms[0]!.angle + 64) & 255, angleDegrees: (((ms[0]!.angle + 64) & 255) * 360) / 256 };
    const base = minutiaeToVector(record);
    const low = cosine(base, minutiaeToVector(withMinutiae(record, [...ms, { ...spurious, quality: 5 }])));
    const full = cosine(base, minutiaeToVector(withMinutiae(record, [...ms, { ...spurious, quality: 0 }])));
    expect(low).toBeGreaterThan(full);
    expect(1 - low).toBeLessThan((1 - full) / 20); // measured: 0.0014 vs 0.157
    // Weights ride with their minutiae: permutation and rotation invariance hold with qualities.
    const rated = withMinutiae(record, ms.map((m, i) => ({ ...m, quality: 1 + ((i * 37) % 100) })));
    const reordered = withMinutiae(rated, [...rated.views[0]!.minutiae].reverse());
    expect(minutiaeToVector(reordered)).toEqual(minutiaeToVector(rated));
    expect(cosine(minutiaeToVector(rated), minutiaeToVector(moved(rated, 35, 10, -20)))).toBeGreaterThan(0.99);
  });

  it('refuses a view without minutiae, a missing view and non-finite coordinates with E_MALFORMED_RECORD', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isSealmatchError(e) ? e.code : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => minutiaeToVector(withMinutiae(record, [])))).toBe('E_MALFORMED_RECORD');
    expect(codeOf(() => minutiaeToVector(record, { view: 3 }))).toBe('E_MALFORMED_RECORD');
    expect(codeOf(() => minutiaeToVector({ ...record, views: [] } as MinutiaeRecord))).toBe('E_MALFORMED_RECORD');
    const bad = { ...record.views[0]!.minutiae[0]!, x: Number.NaN };
    expect(codeOf(() => minutiaeToVector(withMinutiae(record, [bad])))).toBe('E_MALFORMED_RECORD');
    expect(codeOf(() => minutiaeToVector(record, { background: new Float64Array(3) }))).toBe('E_INVALID_ARGUMENT');
  });

  it('still returns a usable vector for 1 to 3 minutiae', () => {
    for (const n of [1, 2, 3]) {
      const v = minutiaeToVector(withMinutiae(record, record.views[0]!.minutiae.slice(0, n)));
      expect(v.length).toBe(FINGER_DIM);
      expect(() => quantizeFingerVector(v, getPreset('sm1-bgv4096-face-1to1'))).not.toThrow();
    }
  });

  // Regression bounds on what the method achieves today (docs/ACCURACY-FINGER.md): 10.5% with the
  // synthetic default (+2 points); 4.6% with the background (descriptor projection, mean,
  // whitening) fitted leave-one-database-out, bounded by the requirement (5%). Over all 320
  // records, so in the full tier only (test/tier.ts).
  it.runIf(FULL)('average chunk-quantized EER over FVC2002 DB1-DB4 B stays <= 12.5% (synthetic default)', () => {
    const scores = scoreWithinDbs(samples, samples.map((s) => minutiaeToVector(s.record, { background: 'synthetic' })));
    const eers = scores.map((s) => errorRates(s.quantized.g, s.quantized.i, 0.01).eer);
    const avg = eers.reduce((a, b) => a + b, 0) / eers.length;
    expect(scores.every((s) => s.quantized.g.length === 280 && s.quantized.i.length === 2880)).toBe(true);
    expect(avg).toBeLessThanOrEqual(0.125);
  }, 120_000);

  it.runIf(FULL)('average chunk-quantized EER over FVC2002 DB1-DB4 B <= 5% (the requirement; background fitted leave-one-database-out)', () => {
    const scores = scoreWithinDbs(samples, lodoVectors(samples));
    const eers = scores.map((s) => errorRates(s.quantized.g, s.quantized.i, 0.01).eer);
    const avg = eers.reduce((a, b) => a + b, 0) / eers.length;
    expect(avg).toBeLessThanOrEqual(0.05);
  }, 1_200_000); // fits a background per held-out database: minutes on a quiet machine
});
