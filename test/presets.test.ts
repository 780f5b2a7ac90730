/**
 * Presets are frozen, typed as 1:1 | 1:N, and every one passes the bound module's assertion
 * (params/bounds.ts), which refuses a preset whose honest blinded range would wrap modulo t.
 */
import { describe, expect, it } from 'vitest';
import { assertPresetBounds, chunkedScoreBound, honestBlindedBound, MAX_CHUNKS } from '../src/params/bounds.js';
import { asIdentifyPreset, getIdentifyPreset, getPreset, listPresets, DEFAULT_FACE_PRESET_ID, FACE_1TON_PRESET_IDS } from '../src/params/presets.js';

describe('presets', () => {
  it('are frozen: a caller cannot change the parameters every other caller uses', () => {
    const p = getPreset(DEFAULT_FACE_PRESET_ID);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.coeffModulusBits)).toBe(true);
    expect(() => {
      (p as { blindFactorMax: number }).blindFactorMax = 10_000;
    }).toThrow(TypeError);
    expect(getPreset(DEFAULT_FACE_PRESET_ID).blindFactorMax).toBe(127);
  });

  it('are 1:1 or 1:N, and only 1:N ones narrow to an identify preset', () => {
    for (const p of listPresets()) {
      if (p.kind === '1:N') {
        // sm1 sets expand one constant per feature; authenticated sets (1+k)(d+2+2k) of the MAC layout.
        const k = p.macInstances ?? 0;
        expect(asIdentifyPreset(p).expansionDim).toBe(k === 0 ? p.maxDim : (1 + k) * (p.maxDim + 2 + 2 * k));
        expect(p.authenticated === true).toBe(k > 0);
        expect(p.productLevel).toBeGreaterThanOrEqual(0);
      } else {
        expect(p.expansionDim).toBeUndefined();
        expect(() => asIdentifyPreset(p)).toThrow(expect.objectContaining({ code: 'E_PARAMS_MISMATCH' }));
      }
    }
    expect(getIdentifyPreset(FACE_1TON_PRESET_IDS[512]).expansionDim).toBe(512);
    expect(() => getIdentifyPreset(DEFAULT_FACE_PRESET_ID)).toThrow(expect.objectContaining({ code: 'E_PARAMS_MISMATCH' }));
  });

  it('every shipped preset fits t/2 at its longest template; a preset that would wrap is refused', () => {
    for (const p of listPresets()) {
      const S = p.kind === '1:1' && p.authenticated ? chunkedScoreBound(MAX_CHUNKS * p.maxDim, p) : p.scoreBound;
      expect(honestBlindedBound(p, p.blindFactorMax, 1, S)).toBeLessThan(Number(p.plainModulus) / 2);
      expect(() => assertPresetBounds(p, S)).not.toThrow();
    }
    const p = getPreset(DEFAULT_FACE_PRESET_ID);
    expect(() => assertPresetBounds({ ...p, blindFactorMax: 1000 })).toThrow(expect.objectContaining({ code: 'E_INTERNAL' }));
  });
});
