import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPreset, DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { cosine, quantizeEmbedding, quantizedScore, scoreToCosine } from '../src/templates/face.js';
import { errorCode, lfw, lfwPairs } from './helpers.js';

const preset = getPreset(DEFAULT_FACE_PRESET_ID);

describe('face embedding validation', () => {
  const good = Array.from({ length: 128 }, (_, i) => Math.sin(i + 1));
  it('rejects NaN, Infinity, zero and wrong dimensions with stable codes', () => {
    expect(errorCode(() => quantizeEmbedding([...good.slice(0, 127), NaN], preset))).toBe('E_NON_FINITE');
    expect(errorCode(() => quantizeEmbedding([Infinity, ...good.slice(1)], preset))).toBe('E_NON_FINITE');
    expect(errorCode(() => quantizeEmbedding([...good.slice(1), -Infinity], preset))).toBe('E_NON_FINITE');
    expect(errorCode(() => quantizeEmbedding(new Array(128).fill(0), preset))).toBe('E_ZERO_VECTOR');
    expect(errorCode(() => quantizeEmbedding(good.slice(0, 63), preset))).toBe('E_DIMENSION');
    expect(errorCode(() => quantizeEmbedding(new Array(1025).fill(0.1), preset))).toBe('E_DIMENSION');
    expect(errorCode(() => quantizeEmbedding(good, preset, 512))).toBe('E_DIMENSION');
    expect(errorCode(() => quantizeEmbedding(['1', ...good.slice(1)] as unknown as number[], preset))).toBe('E_NON_FINITE');
    expect(errorCode(() => quantizeEmbedding(good, preset))).toBeUndefined();
  });

  it('quantized norm respects the preset bound for any vector (score bound holds)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 64, max: preset.maxDim }).chain((d) =>
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: d, maxLength: d }),
        ),
        (v) => {
          if (v.every((x) => Math.abs(x) < 1e-10)) return;
          const q = quantizeEmbedding(v, preset);
          const norm2 = quantizedScore(q, q);
          expect(norm2).toBeLessThanOrEqual(preset.scoreBound);
          expect(q.values.every((x) => Math.abs(x) <= 127)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('quantization keeps LFW scores within 0.01 of float cosine on every pair, without clamping', () => {
    const people = lfw();
    let worst = 0;
    for (const { a, b } of lfwPairs(people)) {
      const s = scoreToCosine(quantizedScore(quantizeEmbedding(a, preset), quantizeEmbedding(b, preset)), preset.quantScale);
      worst = Math.max(worst, Math.abs(s - cosine(a, b)));
    }
    expect(worst).toBeLessThan(0.01);
  });
});
