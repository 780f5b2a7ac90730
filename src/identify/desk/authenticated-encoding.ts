/**
 * @module identify/desk/authenticated-encoding
 * What an enrollment desk encrypts for the authenticated 1:N search (docs/THREAT-MODEL.md "1:N",
 * layout: src/params/identify-mac-layout.ts). The desk chooses every secret a slot or a search
 * needs, so the matcher applies no scalar and the custodian never sees a template:
 *
 * - enrollment: x = (b, B^1, .., B^k) with b = r_s (g, -T, 1, 0 on Z, corrections) and
 *   B^i = beta_i b + v_i (r_s in [1, R], beta from the slot seed); the desk encrypts h = x + m
 *   (m from the mask seed, which only the matcher receives) in coefficients 0..C-1;
 * - search: (a, A_1, .., A_k) with a = (rho p, rho, rho', corrections) and A_i = alpha_i a + u_i
 *   (rho in [2, R], rho' in [1, rho - 1], alpha from the search seed), in the expandable
 *   coefficient encoding. Slot s then holds y^00 = r_s (rho (<p, g_s> - T) + rho'), never 0, whose
 *   sign is the decision, and y^ii = alpha_i beta_i y^00 + kappa_i.
 *
 * Security note: r_s, rho and rho' are drawn here with the CSPRNG and forgotten; they hide the
 * score's magnitude from the custodian exactly as the matcher's blinding did for the sm1 sets.
 */
import { SealmatchError } from '../../errors.js';
import { uniformInt } from '../../csprng.js';
import { encodeMacProbe, encodeMacSlot, macColumnEntry, type MacFills } from '../../params/identify-mac-layout.js';
import type { Preset } from '../../params/presets.js';
import { asAuthIdentifyPreset, identifyMacLayout, identifyModArith } from '../messages/identify-mac-keys.js';

function checkTemplate(p: Preset, values: ArrayLike<number>): void {
  if (values.length !== p.maxDim) throw new SealmatchError('E_DIMENSION', `template of ${values.length} values, ${p.id} holds ${p.maxDim}`);
  const q = 2 ** (p.quantBits - 1) - 1;
  for (let j = 0; j < values.length; j++) {
    const x = values[j]!;
    if (!Number.isInteger(x) || Math.abs(x) > q) throw new SealmatchError('E_INVALID_ARGUMENT', `quantized value ${x} outside [-${q}, ${q}]`);
  }
}

/**
 * The C = expansionDim values slot `s` must hold, column by column: (b, B^1, .., B^k), each in [0, t).
 * `r` in [1, R]; `threshold` the integer score threshold (|T| <= s^2); `betas` non-zero mod t.
 */
export function slotValues(p: Preset, fills: MacFills, g: ArrayLike<number>, threshold: number, r: number, betas: readonly number[]): Uint32Array {
  const ip = asAuthIdentifyPreset(p);
  checkTemplate(p, g);
  if (!Number.isInteger(r) || r < 1 || r > ip.blindFactorMax) throw new SealmatchError('E_INVALID_ARGUMENT', `slot factor ${r} outside [1, ${ip.blindFactorMax}]`);
  if (!Number.isInteger(threshold) || Math.abs(threshold) > p.quantScale * p.quantScale) throw new SealmatchError('E_INVALID_ARGUMENT', 'threshold out of range');
  const L = identifyMacLayout(p);
  const A = identifyModArith(p);
  if (betas.length !== L.k || betas.some((b) => !Number.isInteger(b) || b < 1 || b >= A.t)) throw new SealmatchError('E_INVALID_ARGUMENT', 'slot MAC scalars must be k values in [1, t)');
  const b = encodeMacSlot(A, L, fills, g, r, threshold);
  const x = new Uint32Array((1 + L.k) * L.n);
  for (let j = 0; j < L.n; j++) x[j] = b[j]!;
  for (let i = 0; i < L.k; i++) for (let j = 0; j < L.n; j++) x[(1 + i) * L.n + j] = macColumnEntry(A, b, betas[i]!, fills.v[i]!, j);
  return x;
}

/** h = x + m mod t (what the desk encrypts; the custodian decrypts h, uniform to it). */
export function maskSlotValues(p: Preset, x: Uint32Array, mask: Uint32Array): Uint32Array {
  const t = Number(p.plainModulus);
  if (x.length !== mask.length) throw new SealmatchError('E_INVALID_ARGUMENT', 'mask length differs from the slot values');
  return Uint32Array.from(x, (v, j) => (v + mask[j]!) % t);
}

/** A fresh slot factor r_s in [1, R]. */
export function drawSlotFactor(p: Preset): number {
  return uniformInt(1, asAuthIdentifyPreset(p).blindFactorMax + 1);
}

/** Fresh search blinding: rho in [2, R], rho' in [1, rho - 1] (so y^00 is never 0). */
export function drawSearchBlinding(p: Preset): { rho: number; rho2: number } {
  const rho = uniformInt(2, asAuthIdentifyPreset(p).blindFactorMax + 1);
  return { rho, rho2: uniformInt(1, rho) };
}

/** The C probe values (a, A_1, .., A_k), each in [0, t). */
export function probeValues(p: Preset, fills: MacFills, q: ArrayLike<number>, rho: number, rho2: number, alphas: readonly number[]): Uint32Array {
  const ip = asAuthIdentifyPreset(p);
  checkTemplate(p, q);
  if (!Number.isInteger(rho) || rho < 2 || rho > ip.blindFactorMax || !Number.isInteger(rho2) || rho2 < 1 || rho2 >= rho) {
    throw new SealmatchError('E_INVALID_ARGUMENT', 'search blinding outside rho in [2, R], rho\' in [1, rho - 1]');
  }
  const L = identifyMacLayout(p);
  const A = identifyModArith(p);
  if (alphas.length !== L.k || alphas.some((a) => !Number.isInteger(a) || a < 1 || a >= A.t)) throw new SealmatchError('E_INVALID_ARGUMENT', 'search MAC scalars must be k values in [1, t)');
  const { a, tags } = encodeMacProbe(A, L, fills, q, rho, rho2, alphas);
  const out = new Uint32Array((1 + L.k) * L.n);
  out.set(a, 0);
  tags.forEach((tag, i) => out.set(tag, (1 + i) * L.n));
  return out;
}
