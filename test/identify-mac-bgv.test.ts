/**
 * The authenticated 1:N per-slot MAC (AUTHENTICATED-RESULTS §7 with the fixes of
 * docs/THREAT-MODEL.md "1:N") under REAL BGV, one full gallery block end to end
 * (bench/identify-mac-pipeline.ts: desk probe -> SealPIR expansion -> 1+k kernel
 * multiply-accumulates -> decryption -> the custodian's per-slot check).
 *
 * Attacker: a malicious matcher holding the expanded probe, the gallery columns, the Galois keys
 * of the expansion and the results; it may multiply any ciphertext by plaintexts, add
 * ciphertexts, and apply X -> X^g with its keys (a slot permutation of batched columns). It does
 * not know alpha, beta, the fills, r_s, rho.
 *
 * Honest block: every slot's tags verify, y^00 is exact and inside the honest range, and its
 * sign is the plaintext decision (LFW dlib-128 templates at s = 64). Tampered blocks: the slot the
 * matcher shifted fails (the others still pass), a negated block, a slot permutation and "add another slot's
 * product" fail everywhere, and no tampered slot is ever accepted with a changed value.
 * A parameter study, not a product path: it runs in the full tier only (what CI runs), the
 * smallest candidate (128-D, k = 1) and the 512-D k = 2 case (~15 s and ~80 s on 2 idle cores).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expansionGaloisElements } from '../src/he/seal/expansion.js';
import { drawMacFills, macHonestBound, macLayout, macMaxBlinding, ModArith } from '../src/params/identify-mac-layout.js';
import { quantizeEmbedding } from '../src/templates/face.js';
import { checkMacBlock, expandCountOf, openCase, presetOf, runMacBlock, type MacCase, type MacInputs, type MacRun } from '../bench/identify-mac-pipeline.js';
import { flatEmbeddings, lfw } from './helpers.js';
import { FULL, replay, rngFor } from './tier.js';

/** Smallest SEAL invariant noise budget accepted (test/expansion.test.ts). */
const REQUIRED_MARGIN_BITS = 5;
const T_PRIME = 67239937n; // smallest prime >= 2^26 with t = 1 mod 16384

/** The recommended ring (docs/PARAMETERS-1toN.md, "Authenticated 1:N: measured parameters"). */
const SMALL: MacCase = { name: 'N8192 31,31,31|31 k1 128-D', N: 8192, bits: [31, 31, 31, 31], t: T_PRIME, drop: 0, d: 128, k: 1 };
const BIG: MacCase = { ...SMALL, name: 'N8192 31,31,31|31 k2 512-D', d: 512, k: 2 };

/** Realistic inputs: every slot a quantized LFW template (cycled; 512-D: zero-padded copies), the probe = slot 7's template. */
function lfwInputs(c: MacCase): { inputs: MacInputs; R: number; scores: number[] } {
  const preset = presetOf(c);
  const t = Number(c.t);
  const A = new ModArith(t);
  const rand = rngFor(`identify-mac-bgv/${c.name}`);
  const below = (m: number): number => Math.floor(rand() * m);
  const R = macMaxBlinding(t, preset.scoreBound, preset.quantScale ** 2);
  const people = flatEmbeddings(lfw());
  const embed = (e: number[]): number[] => (c.d === 128 ? e : Array.from({ length: c.d }, (_, j) => e[j % 128]! / 2));
  const templates = people.map((e) => Array.from(quantizeEmbedding(embed(e), preset).values));
  const slots = Array.from({ length: c.N }, (_, s) => ({ g: templates[s % templates.length]!, r: 1 + below(R), beta: Array.from({ length: c.k }, () => 1 + below(t - 1)) }));
  const p = slots[7]!.g;
  const rho = 2 + below(R - 1);
  const T = Math.ceil(preset.defaultThresholdCosine * preset.quantScale ** 2);
  const scores = slots.map((s) => s.g.reduce((acc, x, j) => acc + x * p[j]!, 0));
  return {
    R,
    scores,
    inputs: { p, rho, rho2: 1 + below(rho - 1), T, alpha: Array.from({ length: c.k }, () => 1 + below(t - 1)), fills: drawMacFills(A, macLayout(c.d, c.k), below), slots },
  };
}

for (const c of [SMALL, BIG]) {
  describe.runIf(FULL)(`authenticated 1:N block under real BGV: ${c.name}`, () => {
    let ctx: Awaited<ReturnType<typeof openCase>>;
    let data: ReturnType<typeof lfwInputs>;
    let run: MacRun;
    const element = expansionGaloisElements(c.N, expandCountOf(c)).at(-1)!;
    beforeAll(async () => {
      ctx = await openCase(c);
      data = lfwInputs(c);
      run = await runMacBlock(ctx.lab, c, data.inputs, [1], { timingReps: 1, budgetSamples: 4, permute: element });
    }, 120_000);
    afterAll(() => {
      ctx?.lab.delete();
      ctx?.he.delete();
    });

    it('honest block: every slot verifies, y^00 is exact, in range, and decides as the plaintext', () => {
      const chk = checkMacBlock(ctx.lab, c, data.inputs, run.results[0]!);
      expect(chk.layoutMismatch, replay('layout')).toBe(0);
      expect(chk.wrongValue, replay('y00 exact')).toBe(0);
      expect(chk.accepted, replay('tags verify')).toBe(c.N);
      expect(Math.min(...chk.budgets), replay('noise budget')).toBeGreaterThanOrEqual(REQUIRED_MARGIN_BITS);
      const preset = presetOf(c);
      const bound = macHonestBound(data.R, data.R, preset.scoreBound, preset.quantScale ** 2);
      const { T } = data.inputs;
      const wrong = data.scores.map((score, s) => (Math.abs(chk.y00[s]!) > bound || chk.y00[s] === 0 || chk.y00[s]! >= 0 !== score >= T ? s : -1)).filter((s) => s >= 0);
      expect(wrong, replay('decisions')).toEqual([]);
      expect(chk.y00[7]! > 0, 'the probe matches its own slot').toBe(true);
    });

    it('one slot the matcher shifts (y^00 + delta, tags + guessed multiples) fails its check; the other slots still pass', () => {
      const s0 = 1234;
      const t = Number(c.t);
      const rand = rngFor(`identify-mac-bgv/${c.name}/shift`);
      const delta = 1 + Math.floor(rand() * (t - 1));
      const tampered = run.results[0]!.map((r, i) => {
        const v = new Array<number>(c.N).fill(0);
        v[s0] = i === 0 ? delta : Math.floor(rand() * t);
        return ctx.lab.addSlots(r, 3, v);
      });
      const chk = checkMacBlock(ctx.lab, c, data.inputs, tampered);
      expect(chk.wrongValue, 'only slot s0 changed').toBe(1);
      expect(chk.accepted, replay('shifted slot')).toBe(c.N - 1);
      expect(chk.forged).toBe(0);
    });

    it('negating the whole block (scalar t - 1 on every result) is refused in every slot', () => {
      const f = new Array<number>(c.N).fill(Number(c.t) - 1);
      const chk = checkMacBlock(ctx.lab, c, data.inputs, run.results[0]!.map((r) => ctx.lab.multiplySlots(r, 3, f)));
      expect(chk.wrongValue, 'every value changed').toBe(c.N);
      expect(chk.accepted, replay('negated block')).toBe(0);
    });

    it('a slot permutation (Galois automorphism of every column) and adding another slot\'s product are refused everywhere', () => {
      const perm = checkMacBlock(ctx.lab, c, data.inputs, run.permuted!);
      expect(perm.wrongValue, 'the permutation moves values').toBeGreaterThan(c.N / 2);
      expect(perm.forged, replay('permuted slots accepted with a changed value')).toBe(0);
      expect(perm.accepted, replay('permuted slots accepted')).toBe(0);
      const sum = run.results[0]!.map((r, i) => ctx.lab.add(r, run.permuted![i]!, 3));
      const added = checkMacBlock(ctx.lab, c, data.inputs, sum);
      expect(added.forged, replay('sum accepted with a changed value')).toBe(0);
      expect(added.accepted, replay('sum accepted')).toBe(0);
    });
  });
}
