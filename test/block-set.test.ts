/**
 * BlockSet (one thread's gallery residues): a malformed update or scoring job is refused with a
 * typed error before any residue changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSealmatchError } from '../src/errors.js';
import { BatchCodec } from '../src/he/seal/batch.js';
import { HeContext } from '../src/he/seal/context.js';
import { GalleryKernel } from '../src/he/seal/gallery-block.js';
import { FACE_1TON_PRESET_IDS } from '../src/params/presets.js';
import { BlockSet } from '../src/identify/matcher/block-set.js';

describe('BlockSet refuses malformed input and changes nothing', () => {
  let he: HeContext;
  let codec: BatchCodec;
  let set: BlockSet;
  let gk: GalleryKernel;
  beforeAll(async () => {
    he = await HeContext.create(FACE_1TON_PRESET_IDS[128]);
    codec = new BatchCodec(he);
    gk = await GalleryKernel.create(he);
    set = new BlockSet(he, gk, codec);
    set.fillRandom([0], 7);
  });
  afterAll(() => {
    set.delete();
    codec.delete();
    he.delete();
  });

  const code = (f: () => unknown): string => {
    try {
      f();
      return 'none';
    } catch (e) {
      return isSealmatchError(e) ? e.code : `untyped: ${String(e)}`;
    }
  };

  it('wrong column counts, wrong residue counts, bad block ids, wrong blinding length', () => {
    const [before] = set.digests([0]);
    const col = new Uint32Array(gk.ct2);
    const poly = new Uint32Array(gk.level.polyLength);
    expect(code(() => set.update(0, { add: new Array(gk.d - 1).fill(col) }))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => set.update(0, { replace: [...new Array(gk.d - 1).fill(col), new Uint32Array(5)] }))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => set.update(0, { add: new Array(gk.d).fill(col), plainC0: [...new Array(gk.d - 1).fill(poly), new Uint32Array(gk.ct2)] }))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => set.update(-1, { add: new Array(gk.d).fill(col) }))).toBe('E_INVALID_ARGUMENT');
    expect(code(() => set.score([{ blockId: 0, blind: new Uint32Array(he.N - 1) }]))).toBe('E_INVALID_ARGUMENT');
    expect(set.digests([0])[0]).toEqual(before);
    expect(set.blockIds).toEqual([0]);
  });
});
