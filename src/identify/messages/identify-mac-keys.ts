/**
 * @module identify/messages/identify-mac-keys
 * The secrets of the authenticated 1:N search (docs/THREAT-MODEL.md "1:N"), derived from 32-byte
 * seeds with HKDF-SHA256 (the sampler of src/verify/mac-keys.ts: rejection sampling, no bias):
 *
 * - the FLEET secret (generated with the custodian's 1:N keys, held by the custodian and every
 *   enrollment desk, never by the matcher) gives the fills u_i, v_i and kappa_i = <u_i, v_i>;
 * - a SEARCH seed (fresh per search, sealed by the desk to the custodian) gives alpha_i in [1, t);
 * - a SLOT seed (fresh per enrollment, sealed by the desk to the custodian) gives beta_i in [1, t);
 * - a MASK seed (fresh per enrollment, given by the desk to the matcher only) gives the mask m
 *   the desk adds to its slot values before encrypting, so the custodian's refresh decrypts only
 *   uniform values.
 *
 * Every HKDF info string names the preset and the role, so a seed never yields the same values
 * in another role or parameter set.
 *
 * Security note: a leaked fleet secret lets a matcher that also holds it aim forgeries at known
 * fills; it is a desk secret like the officer key (rotate it with the 1:N keys and re-enroll).
 */
import { SealmatchError } from '../../errors.js';
import { ModArith, macLayout, type MacFills, type MacLayout } from '../../params/identify-mac-layout.js';
import { asIdentifyPreset, type IdentifyPreset, type Preset } from '../../params/presets.js';
import { drawResidues } from '../../verify/mac-keys.js';

function checkSeed(seed: Uint8Array, what: string): void {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new SealmatchError('E_MALFORMED_MESSAGE', `${what} must be 32 bytes`);
}

/** The authenticated 1:N preset behind `p`; E_PARAMS_MISMATCH for any other. */
export function asAuthIdentifyPreset(p: Preset): IdentifyPreset & { readonly macInstances: number } {
  const ip = asIdentifyPreset(p);
  if (!ip.authenticated || !ip.macInstances) throw new SealmatchError('E_PARAMS_MISMATCH', `${p.id} is not an authenticated 1:N parameter set`);
  return ip as IdentifyPreset & { readonly macInstances: number };
}

/** The MAC layout (coordinates) of an authenticated 1:N preset. */
export function identifyMacLayout(p: Preset): MacLayout {
  const ip = asAuthIdentifyPreset(p);
  return macLayout(ip.maxDim, ip.macInstances);
}

/** Exact arithmetic mod the preset's t. */
export function identifyModArith(p: Preset): ModArith {
  return new ModArith(Number(p.plainModulus));
}

/** The fleet fills u_i, v_i (FIX 1-3 of identify-mac-layout.ts) and kappa_i of a fleet secret. */
export function fleetFills(fleetSecret: Uint8Array, p: Preset): MacFills {
  checkSeed(fleetSecret, 'fleet secret');
  const L = identifyMacLayout(p);
  const A = identifyModArith(p);
  const base = `sealmatch/v1/identify-mac/${p.id}/fleet`;
  const u: number[][] = [];
  const v: number[][] = [];
  for (let i = 0; i < L.k; i++) {
    // d+2 base coordinates, then the instance's own-side corrections (all k of them).
    const du = drawResidues(fleetSecret, `${base}/u/${i}`, L.d + 2 + L.k, 0, A.t);
    const dv = drawResidues(fleetSecret, `${base}/v/${i}`, L.d + 2 + L.k, 0, A.t);
    const ui = new Array<number>(L.n).fill(0);
    const vi = new Array<number>(L.n).fill(0);
    for (let j = 0; j < L.d + 2; j++) {
      ui[j] = du[j]!;
      vi[j] = dv[j]!;
    }
    for (let j = 0; j < L.k; j++) {
      ui[L.z[j]!] = du[L.d + 2 + j]!;
      ui[L.zp[j]!] = i === j ? 1 : 0;
      vi[L.z[j]!] = i === j ? 1 : 0;
      vi[L.zp[j]!] = dv[L.d + 2 + j]!;
    }
    u.push(ui);
    v.push(vi);
  }
  return { u, v, kappa: u.map((ui, i) => A.dot(ui, v[i]!)) };
}

/** alpha_1..alpha_k (each in [1, t)) of a search seed. */
export function searchAlphas(seed: Uint8Array, p: Preset): number[] {
  checkSeed(seed, 'search MAC seed');
  return drawResidues(seed, `sealmatch/v1/identify-mac/${p.id}/search/alpha`, asAuthIdentifyPreset(p).macInstances, 1, Number(p.plainModulus));
}

/** beta_1..beta_k (each in [1, t)) of a slot seed. */
export function slotBetas(seed: Uint8Array, p: Preset): number[] {
  checkSeed(seed, 'slot MAC seed');
  return drawResidues(seed, `sealmatch/v1/identify-mac/${p.id}/slot/beta`, asAuthIdentifyPreset(p).macInstances, 1, Number(p.plainModulus));
}

/** The enrollment mask m: expansionDim values uniform in [0, t). */
export function enrollmentMask(maskSeed: Uint8Array, p: Preset): Uint32Array {
  checkSeed(maskSeed, 'enrollment mask seed');
  const count = asAuthIdentifyPreset(p).expansionDim;
  const out = new Uint32Array(count);
  const per = 1024;
  for (let off = 0; off < count; off += per) {
    const part = drawResidues(maskSeed, `sealmatch/v1/identify-mac/${p.id}/mask/${off / per}`, Math.min(per, count - off), 0, Number(p.plainModulus));
    out.set(part, off);
  }
  return out;
}
