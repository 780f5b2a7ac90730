/**
 * Multi-impression fingerprint enrollment (src/templates/fingerprint/enrollment.ts and
 * TerminalClient.enrollFinger, the default fingerprint enrollment path): the reference is the sum
 * of the impressions' normalized vectors; one record is the single-impression reference; bad
 * input gets its error code; on a sensor the shipped background never saw (CrossMatch) a
 * reference from three impressions separates genuine from impostor probes better than one; and
 * the encrypted decision on a multi-impression reference equals the plaintext decision on the
 * quantized vectors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeployment, type LocalDeployment } from '../src/cli/session.js';
import { getPreset } from '../src/params/presets.js';
import { chunkedScore, quantizeChunks } from '../src/templates/chunks.js';
import { cosine, scoreThreshold } from '../src/templates/face.js';
import { combineImpressionVectors, fingerEnrollmentVector, FINGER_ENROLLMENT_MAX_IMPRESSIONS } from '../src/templates/fingerprint/enrollment.js';
import type { MinutiaeRecord } from '../src/templates/fingerprint/model.js';
import { minutiaeToVector } from '../src/templates/fingerprint/representation.js';
import { parseXyt, XYT_SENSOR_IMAGES } from '../src/templates/fingerprint/xyt.js';
import { defaultThresholdCosine } from '../src/templates/thresholds.js';
import { officerApprover, TerminalClient } from '../src/verify/terminal/terminal-client.js';
import { errorRates } from '../bench/metrics.js';
import { errorCode, SHARED_DATA, testRef } from './helpers.js';
import { FULL } from './tier.js';

const DIR = resolve(SHARED_DATA, 'fingerprint/neurotech/crossmatch');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.xyt')).sort();
const record = (finger: string, impression: number): MinutiaeRecord =>
  parseXyt(new Uint8Array(readFileSync(join(DIR, `${finger}_${impression}.xyt`))), XYT_SENSOR_IMAGES.crossmatch);
/** The first 12 CrossMatch fingers (8 in the fast tier; 8 impressions each; none of them in the shipped background's fit). */
const FINGERS = [...new Set(FILES.map((f) => f.replace(/_\d+\.xyt$/, '')))].slice(0, FULL ? 12 : 8);

describe('multi-impression fingerprint enrollment', () => {
  const vectors = new Map<string, Float64Array>();
  const vec = (finger: string, impression: number): Float64Array => {
    const key = `${finger}_${impression}`;
    let v = vectors.get(key);
    if (!v) vectors.set(key, (v = minutiaeToVector(record(finger, impression))));
    return v;
  };

  it('is the sum of the impressions\' normalized vectors; one record gives the single-impression direction', () => {
    const f = FINGERS[0]!;
    const ref = fingerEnrollmentVector([1, 2, 3].map((k) => record(f, k)));
    expect(ref).toEqual(combineImpressionVectors([1, 2, 3].map((k) => vec(f, k))));
    expect(cosine(fingerEnrollmentVector([record(f, 1)]), vec(f, 1))).toBeCloseTo(1, 12);
    // The order of the impressions changes only rounding.
    expect(cosine(fingerEnrollmentVector([3, 1, 2].map((k) => record(f, k))), ref)).toBeGreaterThan(1 - 1e-12);
  }, 120_000);

  it('refuses no record, more than 4, unequal lengths and non-finite values with their codes', () => {
    const r = record(FINGERS[0]!, 1);
    expect(errorCode(() => fingerEnrollmentVector([]))).toBe('E_INVALID_ARGUMENT');
    expect(errorCode(() => fingerEnrollmentVector(Array.from({ length: FINGER_ENROLLMENT_MAX_IMPRESSIONS + 1 }, () => r)))).toBe('E_INVALID_ARGUMENT');
    expect(errorCode(() => combineImpressionVectors([new Float64Array(4), new Float64Array(5)]))).toBe('E_DIMENSION');
    expect(errorCode(() => combineImpressionVectors([Float64Array.of(1, Number.NaN)]))).toBe('E_NON_FINITE');
    expect(errorCode(() => fingerEnrollmentVector([{ ...r, views: [] } as MinutiaeRecord]))).toBe('E_MALFORMED_RECORD');
  }, 60_000);

  it('on CrossMatch (a sensor the shipped background never saw): 3 impressions separate genuine from impostor probes better than 1', () => {
    const preset = getPreset('sm2-bgv4096-1to1-auth');
    const q = (v: Float64Array) => quantizeChunks(v, preset);
    const probes = FINGERS.flatMap((f) => [5, 6, 7, 8].map((k) => ({ f, t: q(vec(f, k)) })));
    const figures = (k: number) => {
      const refs = FINGERS.map((f) => q(combineImpressionVectors(Array.from({ length: k }, (_, i) => vec(f, i + 1)))));
      const g: number[] = [];
      const im: number[] = [];
      for (const p of probes) FINGERS.forEach((f, r) => (p.f === f ? g : im).push(chunkedScore(p.t, refs[r]!)));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      return { eer: errorRates(g, im, 0.01).eer, separation: mean(g) - mean(im) };
    };
    const one = figures(1);
    const three = figures(3);
    expect(three.separation).toBeGreaterThan(one.separation);
    expect(three.eer).toBeLessThanOrEqual(one.eer);
  }, 300_000);

  describe('through the desk API and the encrypted 1:1 path (authenticated preset)', () => {
    let dep: LocalDeployment;
    beforeAll(async () => {
      dep = await localDeployment({});
    }, 120_000);
    afterAll(async () => dep?.close());

    it('TerminalClient.prepareEnrollFinger enrolls the multi-impression reference; encrypted decisions equal plaintext decisions', async () => {
      const desk = new TerminalClient({ terminal: dep.terminal, deviceKey: dep.deskKey });
      const [f, other] = [FINGERS[1]!, FINGERS[2]!];
      const subject = testRef('finger-multi');
      const { template } = await desk.prepareEnrollFinger(subject, [1, 2, 3].map((k) => record(f, k)), { approve: officerApprover(dep.officerKey) });
      expect(template.modality).toBe('finger');
      await dep.custodian.registerReference(dep.signEnroll(template));
      await dep.matcher.enroll(subject, template);
      const preset = getPreset(template.presetId);
      const T = scoreThreshold(defaultThresholdCosine(preset, 'finger'), preset.quantScale);
      const ref = quantizeChunks(combineImpressionVectors([1, 2, 3].map((k) => vec(f, k))), preset);
      let matches = 0;
      for (const probe of [vec(f, 5), vec(f, 6), vec(other, 5), vec(other, 6)]) {
        const plain = chunkedScore(quantizeChunks(probe, preset), ref) >= T;
        const d = await dep.verify(subject, probe, 'finger');
        expect(d.match).toBe(plain);
        if (d.match) matches++;
      }
      expect(matches).toBeGreaterThan(0);
      expect(dep.custodian.stats.alarms).toBe(0);
    }, 300_000);
  });
});
