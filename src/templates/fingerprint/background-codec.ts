/**
 * Compact, exact-on-decode form of a fitted fingerprint background (representation.ts
 * `FingerBackground`), so a background fitted on real prints can ship inside the package as a
 * generated constant (gen/shipped-background.ts) without shipping any print:
 *   - the whitening keeps its `maxDirections` strongest directions (smallest factors, i.e. the
 *     largest variance shared by background prints); the others are left unwhitened;
 *   - each kept direction is stored as int8 with one float32 scale (max |d| / 127), its factor as
 *     float32; the mean and the descriptor projection as float32.
 * `compactBackground(bg, R)` returns exactly what `decodeBackground(encodeBackground(...))` returns,
 * so evaluating the compacted background measures the shipped one, bit for bit.
 *
 * Layout (little-endian): "SMFB" | u32 version 1 | u32 dim | u32 rank | u32 inputDim | u32 projDim
 *   | f32 mean[dim] | f32 factors[rank] | f32 scales[rank] | i8 directions[rank * dim]
 *   | f32 projection[inputDim * projDim] (absent when projDim = 0).
 *
 * Security note: the bytes are a constant of this package; decoding checks sizes and finiteness,
 * not provenance.
 */
import { SealmatchError } from '../../errors.js';
import type { FingerBackground } from './representation.js';

const MAGIC = 0x42464d53; // "SMFB" little-endian

/** The background reduced to `maxDirections` int8 directions and float32 everything else. */
export function compactBackground(bg: FingerBackground, maxDirections: number): FingerBackground {
  return decodeBackground(encodeBackground(bg, maxDirections));
}

export function encodeBackground(bg: FingerBackground, maxDirections: number): Uint8Array {
  const dim = bg.mean.length;
  const order = Array.from(bg.factors, (f, r) => ({ f, r })).sort((a, b) => a.f - b.f || a.r - b.r);
  const keep = order.slice(0, Math.max(0, Math.min(maxDirections, order.length))).map((o) => o.r);
  const rank = keep.length;
  const inputDim = bg.projection?.inputDim ?? 0;
  const projDim = bg.projection?.dim ?? 0;
  const bytes = 24 + 4 * dim + 8 * rank + rank * dim + 4 * inputDim * projDim;
  const buf = new ArrayBuffer(bytes);
  const dv = new DataView(buf);
  [MAGIC, 1, dim, rank, inputDim, projDim].forEach((v, i) => dv.setUint32(4 * i, v, true));
  let off = 24;
  for (let i = 0; i < dim; i++, off += 4) dv.setFloat32(off, bg.mean[i]!, true);
  for (const r of keep) {
    dv.setFloat32(off, bg.factors[r]!, true);
    off += 4;
  }
  const scales = keep.map((r) => {
    let m = 0;
    for (let i = 0; i < dim; i++) m = Math.max(m, Math.abs(bg.directions[r * dim + i]!));
    return Math.fround(m > 0 ? m / 127 : 1);
  });
  for (const s of scales) {
    dv.setFloat32(off, s, true);
    off += 4;
  }
  keep.forEach((r, k) => {
    const s = scales[k]!;
    for (let i = 0; i < dim; i++, off++) dv.setInt8(off, Math.max(-127, Math.min(127, Math.round(bg.directions[r * dim + i]! / s))));
  });
  if (bg.projection) for (let i = 0; i < inputDim * projDim; i++, off += 4) dv.setFloat32(off, bg.projection.matrix[i]!, true);
  return new Uint8Array(buf);
}

export function decodeBackground(bytes: Uint8Array): FingerBackground {
  const bad = (why: string) => new SealmatchError('E_INVALID_ARGUMENT', `fingerprint background: ${why}`);
  if (!(bytes instanceof Uint8Array) || bytes.length < 24) throw bad('too short');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [magic, version, dim, rank, inputDim, projDim] = [0, 1, 2, 3, 4, 5].map((i) => dv.getUint32(4 * i, true)) as [number, number, number, number, number, number];
  if (magic !== MAGIC || version !== 1) throw bad('not an SMFB v1 background');
  if (bytes.length !== 24 + 4 * dim + 8 * rank + rank * dim + 4 * inputDim * projDim) throw bad('size does not match its header');
  let off = 24;
  const f32 = (n: number) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++, off += 4) out[i] = dv.getFloat32(off, true);
    return out;
  };
  const mean = f32(dim);
  const factors = f32(rank);
  const scales = f32(rank);
  const directions = new Float64Array(rank * dim);
  for (let r = 0; r < rank; r++) for (let i = 0; i < dim; i++, off++) directions[r * dim + i] = dv.getInt8(off) * scales[r]!;
  const matrix = projDim > 0 ? f32(inputDim * projDim) : undefined;
  for (const a of [mean, factors, directions, ...(matrix ? [matrix] : [])]) if (!a.every(Number.isFinite)) throw bad('non-finite value');
  return matrix ? { mean, directions, factors, projection: { inputDim, dim: projDim, matrix } } : { mean, directions, factors };
}
