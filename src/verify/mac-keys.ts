/**
 * @module he/mac-keys
 * Derivation of the MAC secrets of authenticated results from 32-byte seeds (HKDF-SHA256,
 * RFC 5869): the terminal's per-request seed gives (alpha_i, u_i), the enrolling desk's
 * per-reference seed gives (beta_i, v_i). Both sides and the custodian derive the same values
 * from the same seed; the seed itself travels only inside an HPKE envelope sealed to the
 * custodian (src/wire/hpke.ts), so the matcher never learns it.
 *
 * Values are drawn uniformly in [1, t) (scalars) and [0, t) (fills) by rejection sampling of
 * 32-bit words, so no value is biased modulo t.
 *
 * Security note: seeds must be fresh uniform random bytes (one per request / per reference
 * version); this module does not check where they came from.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { SealmatchError } from '../errors.js';
import { FILL_COUNT, type MacKeys, type MacPair } from '../params/authenticated-layout.js';
import type { Modality } from '../wire/messages.js';
import type { Preset } from '../params/presets.js';

/** Which side a seed keys: the request (terminal) or the reference (enrolling desk). */
export type MacSide = 'request' | 'reference';

const enc = new TextEncoder();

/** Uniform residues from an HKDF stream: `count` values in [lo, t) (count <= 1,976). */
export function drawResidues(seed: Uint8Array, info: string, count: number, lo: number, t: number): number[] {
  const span = t - lo;
  const limit = Math.floor(2 ** 32 / span) * span;
  // Rejection rate is (2^32 mod span) / 2^32 < 2^-23 for t ~ 2^26; 64 spare words never run out
  // in practice, and if they did the derivation fails loudly instead of biasing a value.
  const words = count + 64;
  const bytes = hkdf(sha256, seed, undefined, enc.encode(info), 4 * words);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let w = 0; w < words && out.length < count; w++) {
    const x = dv.getUint32(4 * w, false);
    if (x < limit) out.push(lo + (x % span));
  }
  if (out.length < count) throw new SealmatchError('E_INTERNAL', 'MAC key derivation ran out of words');
  return out;
}

/**
 * The two MAC pairs a seed keys, for `chunks` chunks of one modality. `presetId` and the side are
 * part of every HKDF info string, so a seed never yields the same values in another role.
 */
export function deriveMacKeys(seed: Uint8Array, side: MacSide, presetId: string, modality: Modality, chunks: number, t: number): MacKeys {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new SealmatchError('E_MALFORMED_MESSAGE', 'MAC seed must be 32 bytes');
  if (!Number.isInteger(chunks) || chunks < 1 || chunks > 64) throw new SealmatchError('E_DIMENSION', `chunk count ${chunks} out of range`);
  const pair = (i: number): MacPair => {
    const base = `sealmatch/v1/mac/${side}/${presetId}/${i}`;
    // The scalar is per seed (shared by all chunks and modalities of a request or reference);
    // the fills are per modality and chunk.
    const [scalar] = drawResidues(seed, `${base}/scalar`, 1, 1, t);
    const fills = Array.from({ length: chunks }, (_, c) => drawResidues(seed, `${base}/fill/${modality}/${c}`, FILL_COUNT, 0, t));
    return { scalar: scalar!, fills };
  };
  return [pair(1), pair(2)];
}

/** MAC keys of a seed under `preset` for `chunks` chunks of `modality` (both sides and the custodian agree). */
export function macKeysFor(preset: Preset, seed: Uint8Array, side: MacSide, modality: Modality, chunks: number): MacKeys {
  return deriveMacKeys(seed, side, preset.id, modality, chunks, Number(preset.plainModulus));
}
