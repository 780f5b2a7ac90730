/**
 * Microsoft SEAL 4.x binary serialization, uncompressed (compr_mode none), read and written
 * directly so residues can be moved without SEAL's help (see SEAL native/src/seal/serialization.h,
 * ciphertext.cpp `save_members`, plaintext.cpp, dynarray.h). Layout, all little-endian:
 *
 *   SEALHeader (16 B): magic 0xA15E, header size 0x10, version 4.x, compr mode, 2 reserved, u64 size
 *   Ciphertext: parms_id (32 B) | is_ntt (u8) | size (u64) | N (u64) | k (u64) | scale (f64)
 *               | correction factor (u64) | DynArray: SEALHeader | u64 count | count x u64 data
 *   Plaintext:  parms_id (32 B) | coeff count (u64) | scale (f64) | DynArray as above
 *
 * Ciphertext data is poly-major, then prime, then coefficient: data[(p*k + i)*N + c].
 */
import { SealmatchError } from '../../errors.js';

const MAGIC = 0xa15e;
const HEADER = 16;
const CT_FIXED = HEADER + 32 + 1 + 8 * 5; // 89
const PT_FIXED = HEADER + 32 + 8 + 8; // 64
const DYN_FIXED = HEADER + 8;

function writeHeader(dv: DataView, off: number, totalSize: number): void {
  dv.setUint16(off, MAGIC, true);
  dv.setUint8(off + 2, HEADER);
  dv.setUint8(off + 3, 4); // major
  dv.setUint8(off + 4, 1); // minor
  dv.setUint8(off + 5, 0); // compr_mode none
  dv.setUint16(off + 6, 0, true);
  dv.setBigUint64(off + 8, BigInt(totalSize), true);
}

function readHeader(dv: DataView, off: number, what: string): number {
  if (dv.byteLength < off + HEADER || dv.getUint16(off, true) !== MAGIC || dv.getUint8(off + 5) !== 0) {
    throw new SealmatchError('E_INTERNAL', `unexpected SEAL ${what} header (compression must be none)`);
  }
  return Number(dv.getBigUint64(off + 8, true));
}

/** Raw view of an NTT/RNS ciphertext: residues as 32-bit lanes (all primes < 2^31). */
export interface RawCiphertext {
  readonly parmsId: Uint8Array;
  readonly ntt: boolean;
  /** Number of polynomials (2 fresh, 3 after one multiplication without relinearization). */
  readonly size: number;
  readonly N: number;
  /** Number of primes at this level. */
  readonly k: number;
  /** size * k * N residues, poly-major, then prime, then coefficient. */
  readonly residues: Uint32Array;
}

/** Reads SEAL's uncompressed ciphertext bytes into 32-bit residues. */
export function parseSealCiphertext(bytes: Uint8Array): RawCiphertext {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const total = readHeader(dv, 0, 'ciphertext');
  if (total !== bytes.byteLength) throw new SealmatchError('E_INTERNAL', 'SEAL ciphertext size field disagrees');
  const parmsId = bytes.slice(HEADER, HEADER + 32);
  const ntt = dv.getUint8(HEADER + 32) !== 0;
  const size = Number(dv.getBigUint64(HEADER + 33, true));
  const N = Number(dv.getBigUint64(HEADER + 41, true));
  const k = Number(dv.getBigUint64(HEADER + 49, true));
  readHeader(dv, CT_FIXED, 'dynarray');
  const count = Number(dv.getBigUint64(CT_FIXED + HEADER, true));
  if (count !== size * k * N || bytes.byteLength !== CT_FIXED + DYN_FIXED + 8 * count) {
    throw new SealmatchError('E_INTERNAL', 'SEAL ciphertext data length disagrees');
  }
  const residues = new Uint32Array(count);
  const base = CT_FIXED + DYN_FIXED;
  for (let i = 0; i < count; i++) residues[i] = dv.getUint32(base + 8 * i, true);
  return { parmsId, ntt, size, N, k, residues };
}

/** Writes SEAL's uncompressed ciphertext bytes (scale 1, correction factor 1: BGV fresh form). */
export function buildSealCiphertext(raw: RawCiphertext, correctionFactor = 1n): Uint8Array {
  const count = raw.size * raw.k * raw.N;
  if (raw.residues.length !== count) throw new SealmatchError('E_INTERNAL', 'residue count mismatch');
  const total = CT_FIXED + DYN_FIXED + 8 * count;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  writeHeader(dv, 0, total);
  out.set(raw.parmsId, HEADER);
  dv.setUint8(HEADER + 32, raw.ntt ? 1 : 0);
  dv.setBigUint64(HEADER + 33, BigInt(raw.size), true);
  dv.setBigUint64(HEADER + 41, BigInt(raw.N), true);
  dv.setBigUint64(HEADER + 49, BigInt(raw.k), true);
  dv.setFloat64(HEADER + 57, 1.0, true);
  dv.setBigUint64(HEADER + 65, correctionFactor, true);
  writeHeader(dv, CT_FIXED, DYN_FIXED + 8 * count);
  dv.setBigUint64(CT_FIXED + HEADER, BigInt(count), true);
  const base = CT_FIXED + DYN_FIXED;
  for (let i = 0; i < count; i++) dv.setUint32(base + 8 * i, raw.residues[i]!, true);
  return out;
}

/** Reads the BGV correction factor of SEAL ciphertext bytes (needed to rebuild it exactly). */
export function sealCiphertextCorrectionFactor(bytes: Uint8Array): bigint {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return dv.getBigUint64(HEADER + 65, true);
}

/**
 * SEAL plaintext bytes (non-NTT, parms_id zero) holding the given coefficients, each already
 * reduced to [0, t). Coefficient i multiplies X^i.
 */
export function buildSealPlaintext(coeffs: ArrayLike<number>): Uint8Array {
  const n = coeffs.length;
  const total = PT_FIXED + DYN_FIXED + 8 * n;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  writeHeader(dv, 0, total);
  dv.setBigUint64(HEADER + 32, BigInt(n), true);
  dv.setFloat64(HEADER + 40, 1.0, true);
  writeHeader(dv, PT_FIXED, DYN_FIXED + 8 * n);
  dv.setBigUint64(PT_FIXED + HEADER, BigInt(n), true);
  const base = PT_FIXED + DYN_FIXED;
  for (let i = 0; i < n; i++) {
    const c = coeffs[i]!;
    // Coefficients are < t <= 2^60; we only build plaintexts with t < 2^53, so Number is exact.
    dv.setUint32(base + 8 * i, c % 2 ** 32, true);
    dv.setUint32(base + 8 * i + 4, Math.floor(c / 2 ** 32), true);
  }
  return out;
}

/** Coefficient `index` of SEAL plaintext bytes (0 past its coefficient count). Exact below 2^53. */
export function sealPlaintextCoefficient(bytes: Uint8Array, index: number): number {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  readHeader(dv, 0, 'plaintext');
  const count = Number(dv.getBigUint64(PT_FIXED + HEADER, true));
  if (index >= count) return 0;
  const off = PT_FIXED + DYN_FIXED + 8 * index;
  return dv.getUint32(off, true) + dv.getUint32(off + 4, true) * 2 ** 32;
}
