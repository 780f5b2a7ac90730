/**
 * @module terminal/authenticated-encoding
 * What a terminal (probe) and an enrolling terminal (reference) put into authenticated 1:1
 * ciphertexts (docs/THREAT-MODEL.md, "Authenticated results"):
 *   reference chunk c: b = (g_c, -T at the threshold control, 1 at the dither control; c = 0 only)
 *   probe chunk c:     a = (rho * p_c, rho at the threshold control, rho' at the dither control)
 * with rho in [1, 127] and rho' in [0, rho) drawn here and never sent anywhere, so the custodian
 * decrypts v = rho (score - T) + rho' (its sign is the decision) and the matcher applies no
 * scalar at all. The MAC blocks are keyed from a fresh 32-byte seed sealed to the custodian.
 *
 * Security note: the threshold is chosen by whoever enrolls (it is inside the reference), and
 * rho / rho' must stay secret at the terminal; this module draws them with the platform CSPRNG.
 */
import { chunkVector, probeCoefficients, referenceCoefficients, type MacKeys } from '../../params/authenticated-layout.js';
import type { Preset } from '../../params/presets.js';
import { randomBytes, uniformInt } from '../../csprng.js';
import type { QuantizedTemplate } from '../../templates/face.js';

/** 32 fresh random bytes (a MAC seed). */
export function freshSeed(): Uint8Array {
  return randomBytes(32);
}

/** Per-request blinding drawn at the terminal: rho in [1, rhoMax], rho' in [0, rho). */
export interface ProbeBlinding {
  readonly rho: number;
  readonly rhoPrime: number;
}

/** Draws rho in [1, maxFactor] (default the preset's blindFactorMax; smaller for fused references) and rho' in [0, rho). */
export function drawProbeBlinding(preset: Preset, maxFactor = preset.blindFactorMax): ProbeBlinding {
  const rho = uniformInt(1, maxFactor + 1);
  return { rho, rhoPrime: uniformInt(0, rho) };
}

/** Plaintext coefficient arrays of the reference chunks (threshold T inside chunk 0). */
export function referencePlaintexts(preset: Preset, chunks: readonly QuantizedTemplate[], threshold: number, keys: MacKeys): number[][] {
  const t = Number(preset.plainModulus);
  return chunks.map((q, c) =>
    referenceCoefficients(chunkVector(q.values, c === 0 ? { threshold: -threshold, dither: 1 } : { threshold: 0, dither: 0 }, t), keys, c, preset.polyModulusDegree, t),
  );
}

/**
 * Plaintext coefficient arrays of the probe chunks (rho, rho' inside chunk 0). `weights` (fused
 * references: the part weight of each chunk) multiply the chunk's values, so the weighted sum is
 * inside what the tags authenticate; default 1 for every chunk.
 */
export function probePlaintexts(preset: Preset, chunks: readonly QuantizedTemplate[], blinding: ProbeBlinding, keys: MacKeys, weights?: readonly number[]): number[][] {
  const t = Number(preset.plainModulus);
  const { rho, rhoPrime } = blinding;
  return chunks.map((q, c) =>
    probeCoefficients(
      chunkVector(Array.from(q.values, (v) => rho * (weights?.[c] ?? 1) * v), c === 0 ? { threshold: rho, dither: rhoPrime } : { threshold: 0, dither: 0 }, t),
      keys,
      c,
      preset.polyModulusDegree,
      t,
    ),
  );
}
