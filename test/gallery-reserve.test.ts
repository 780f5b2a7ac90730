/**
 * Gallery slot reservation (identify/matcher/gallery.ts) against a naive model: after any
 * sequence of reserve / commit / release / vacate, `reserve` hands out the lowest free slot of
 * the first block that has one — what the former O(slots) scan per reservation did, now with a
 * per-block cursor.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Gallery } from '../src/identify/matcher/gallery.js';

const N = 16;

type Op = { kind: 'reserve' | 'commit' | 'release' | 'vacate'; pick: number };

describe('Gallery.reserve', () => {
  it('hands out the lowest free slot, whatever happened before', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom('reserve', 'reserve', 'commit', 'release', 'vacate'), pick: fc.nat() }), { maxLength: 120 }) as fc.Arbitrary<Op[]>, (ops) => {
        const g = new Gallery(N, 127);
        // Model: slot -> 'live' | 'reserved' per global index block * N + slot.
        const model = new Map<number, { ref: string; state: 'live' | 'reserved' }>();
        let next = 0;
        const refsIn = (state: 'live' | 'reserved'): [number, string][] => [...model].filter(([, v]) => v.state === state).map(([k, v]) => [k, v.ref]);
        for (const op of ops) {
          if (op.kind === 'reserve') {
            const ref = `s${next++}`;
            let expected = 0;
            while (model.has(expected)) expected++;
            const { address } = g.reserve(ref);
            expect(address.block.id * N + address.slot).toBe(expected);
            model.set(expected, { ref, state: 'reserved' });
          } else {
            const pool = refsIn(op.kind === 'vacate' ? 'live' : 'reserved');
            if (pool.length === 0) continue;
            const [at, ref] = pool[op.pick % pool.length]!;
            if (op.kind === 'commit') {
              g.commit(ref);
              model.set(at, { ref, state: 'live' });
            } else if (op.kind === 'release') {
              g.release(ref);
              model.delete(at);
            } else {
              g.vacate(ref);
              model.delete(at);
            }
          }
        }
        expect(g.size).toBe(refsIn('live').length);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('a subject already reserved or enrolled is refused', () => {
    const g = new Gallery(N, 127);
    g.reserve('a');
    expect(() => g.reserve('a')).toThrow(expect.objectContaining({ code: 'E_ALREADY_ENROLLED' }));
    g.commit('a');
    expect(() => g.reserve('a')).toThrow(expect.objectContaining({ code: 'E_ALREADY_ENROLLED' }));
  });
});
