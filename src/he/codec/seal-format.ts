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
 *
 * This module is the ONE place where byte offsets into SEAL's serialization, and into our own
 * containers that wrap SEAL data (SMCT ciphertexts, SMK keys), are written down: every other
 * file uses the named constants below, never `16 + 32 + ...` by hand.
 *
 * Security note: the readers here trust their input to come from SEAL itself (our own
 * `saveToArray` output) and check only what keeps the offsets meaningful (magic, compression,
 * lengths); bytes from the wire are validated by ciphertext-codec.ts before they get here.
 */
import { SealmatchError } from '../../errors.js';

// ------------------------------------------------------------------ SEAL: SEALHeader

/** SEALHeader::magic (serialization.h `seal_magic`). */
export const SEAL_MAGIC = 0xa15e;
/** sizeof(SEALHeader), also the value of its `header_size` byte (serialization.h `seal_header_size`). */
export const SEAL_HEADER_BYTES = 16;
/**
 * Offsets inside a SEALHeader: u16 magic | u8 header_size | u8 version_major | u8 version_minor
 * | u8 compr_mode | u16 reserved | u64 size (bytes of the whole object, this header included).
 */
export const SEAL_HEADER_OFFSET = { magic: 0, headerSize: 2, versionMajor: 3, versionMinor: 4, comprMode: 5, reserved: 6, size: 8 } as const;
/** Version written into headers we build (node-seal 7 ships SEAL 4.1). */
export const SEAL_VERSION = { major: 4, minor: 1 } as const;
/** compr_mode_type::none: the only mode these readers accept. */
export const SEAL_COMPR_MODE_NONE = 0;

/** parms_id_type: 4 x u64 (a SHA-3 hash of the encryption parameters at one level). */
export const SEAL_PARMS_ID_BYTES = 32;
/** One serialized data word (SEAL's u64 ct_coeff_type / pt_coeff_type). */
export const SEAL_WORD_BYTES = 8;

// ------------------------------------------------------------------ SEAL: DynArray<u64>

/** DynArray::save: SEALHeader | u64 count | count x u64. Offsets from the DynArray's start. */
export const SEAL_DYNARRAY_OFFSET = { header: 0, count: SEAL_HEADER_BYTES, data: SEAL_HEADER_BYTES + 8 } as const;
/** Bytes of a DynArray before its first word (24). */
export const SEAL_DYNARRAY_FIXED_BYTES = SEAL_DYNARRAY_OFFSET.data;

// ------------------------------------------------------------------ SEAL: Ciphertext

const CT_PARMS_ID = SEAL_HEADER_BYTES; // 16
const CT_IS_NTT = CT_PARMS_ID + SEAL_PARMS_ID_BYTES; // 48, u8
const CT_SIZE = CT_IS_NTT + 1; // 49, u64
const CT_N = CT_SIZE + 8; // 57, u64 poly_modulus_degree
const CT_K = CT_N + 8; // 65, u64 coeff_modulus_size (primes at this level)
const CT_SCALE = CT_K + 8; // 73, f64
const CT_CORRECTION = CT_SCALE + 8; // 81, u64 correction_factor (BGV)
const CT_DYNARRAY = CT_CORRECTION + 8; // 89
/**
 * Offsets into the bytes of `Ciphertext::save` (ciphertext.cpp `save_members`), from the start
 * (the object's SEALHeader). `dynArray` is where the data DynArray's own SEALHeader starts,
 * `count` its u64 word count and `data` the first residue word.
 */
export const SEAL_CIPHERTEXT_OFFSET = {
  parmsId: CT_PARMS_ID,
  isNtt: CT_IS_NTT,
  size: CT_SIZE,
  polyModulusDegree: CT_N,
  coeffModulusSize: CT_K,
  scale: CT_SCALE,
  correctionFactor: CT_CORRECTION,
  dynArray: CT_DYNARRAY,
  count: CT_DYNARRAY + SEAL_DYNARRAY_OFFSET.count, // 105
  data: CT_DYNARRAY + SEAL_DYNARRAY_OFFSET.data, // 113
} as const;

// ------------------------------------------------------------------ SEAL: Plaintext

const PT_PARMS_ID = SEAL_HEADER_BYTES; // 16 (zero for a non-NTT plaintext)
const PT_COEFF_COUNT = PT_PARMS_ID + SEAL_PARMS_ID_BYTES; // 48, u64
const PT_SCALE = PT_COEFF_COUNT + 8; // 56, f64
const PT_DYNARRAY = PT_SCALE + 8; // 64
/** Offsets into the bytes of `Plaintext::save` (plaintext.cpp `save_members`), as for ciphertexts. */
export const SEAL_PLAINTEXT_OFFSET = {
  parmsId: PT_PARMS_ID,
  coeffCount: PT_COEFF_COUNT,
  scale: PT_SCALE,
  dynArray: PT_DYNARRAY,
  count: PT_DYNARRAY + SEAL_DYNARRAY_OFFSET.count, // 80
  data: PT_DYNARRAY + SEAL_DYNARRAY_OFFSET.data, // 88: first u64 coefficient
} as const;

// ------------------------------------------------------------------ sealmatch containers

/**
 * SMCT ciphertext container (ciphertext-codec.ts): "SMCT" | version u8 | preset id length u8 |
 * preset id | chain index u8 | size u8 | flags u8 | correction factor u64 LE | packed residues.
 * `SMCT_OFFSET` is from the start; fields after the (variable-length) preset id are at
 * `SMCT_AFTER_ID_OFFSET` from the end of the id.
 */
export const SMCT_MAGIC: readonly number[] = [0x53, 0x4d, 0x43, 0x54]; // "SMCT"
export const SMCT_VERSION = 1;
export const SMCT_OFFSET = { magic: 0, version: 4, presetIdLength: 5, presetId: 6 } as const;
export const SMCT_AFTER_ID_OFFSET = { chainIndex: 0, size: 1, flags: 2, correctionFactor: 3 } as const;
/** Bytes between the end of the preset id and the residues: 3 x u8 + u64. */
export const SMCT_AFTER_ID_BYTES = 3 + 8;
/** SMCT flags bit 0: the residues are in NTT form. */
export const SMCT_FLAG_NTT = 1;

/** Bytes of an SMCT header (everything before the residues) for a preset id of `presetIdBytes` UTF-8 bytes. */
export function smctHeaderBytes(presetIdBytes: number): number {
  return SMCT_OFFSET.presetId + presetIdBytes + SMCT_AFTER_ID_BYTES;
}

/** SMK key container (key-codec.ts): "SMK" | kind u8 | preset id length u8 | preset id | SEAL key bytes. */
export const SMK_MAGIC: readonly number[] = [0x53, 0x4d, 0x4b]; // "SMK"
export const SMK_OFFSET = { magic: 0, kind: 3, presetIdLength: 4, presetId: 5 } as const;
/** The SEAL payload of a key starts with a SEALHeader: anything shorter is truncated. */
export const SMK_MIN_SEAL_BYTES = SEAL_HEADER_BYTES;

// ------------------------------------------------------------------ reading and writing SEAL bytes

const HEADER = SEAL_HEADER_BYTES;
const CT = SEAL_CIPHERTEXT_OFFSET;
const PT = SEAL_PLAINTEXT_OFFSET;
const DYN_FIXED = SEAL_DYNARRAY_FIXED_BYTES;
const H = SEAL_HEADER_OFFSET;

function writeHeader(dv: DataView, off: number, totalSize: number): void {
  dv.setUint16(off + H.magic, SEAL_MAGIC, true);
  dv.setUint8(off + H.headerSize, HEADER);
  dv.setUint8(off + H.versionMajor, SEAL_VERSION.major);
  dv.setUint8(off + H.versionMinor, SEAL_VERSION.minor);
  dv.setUint8(off + H.comprMode, SEAL_COMPR_MODE_NONE);
  dv.setUint16(off + H.reserved, 0, true);
  dv.setBigUint64(off + H.size, BigInt(totalSize), true);
}

function readHeader(dv: DataView, off: number, what: string): number {
  if (dv.byteLength < off + HEADER || dv.getUint16(off + H.magic, true) !== SEAL_MAGIC || dv.getUint8(off + H.comprMode) !== SEAL_COMPR_MODE_NONE) {
    throw new SealmatchError('E_INTERNAL', `unexpected SEAL ${what} header (compression must be none)`);
  }
  return Number(dv.getBigUint64(off + H.size, true));
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
  const parmsId = bytes.slice(CT.parmsId, CT.parmsId + SEAL_PARMS_ID_BYTES);
  const ntt = dv.getUint8(CT.isNtt) !== 0;
  const size = Number(dv.getBigUint64(CT.size, true));
  const N = Number(dv.getBigUint64(CT.polyModulusDegree, true));
  const k = Number(dv.getBigUint64(CT.coeffModulusSize, true));
  readHeader(dv, CT.dynArray, 'dynarray');
  const count = Number(dv.getBigUint64(CT.count, true));
  if (count !== size * k * N || bytes.byteLength !== CT.data + SEAL_WORD_BYTES * count) {
    throw new SealmatchError('E_INTERNAL', 'SEAL ciphertext data length disagrees');
  }
  const residues = new Uint32Array(count);
  for (let i = 0; i < count; i++) residues[i] = dv.getUint32(CT.data + SEAL_WORD_BYTES * i, true);
  return { parmsId, ntt, size, N, k, residues };
}

/** Writes SEAL's uncompressed ciphertext bytes (scale 1, correction factor 1: BGV fresh form). */
export function buildSealCiphertext(raw: RawCiphertext, correctionFactor = 1n): Uint8Array {
  const count = raw.size * raw.k * raw.N;
  if (raw.residues.length !== count) throw new SealmatchError('E_INTERNAL', 'residue count mismatch');
  const total = CT.data + SEAL_WORD_BYTES * count;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  writeHeader(dv, 0, total);
  out.set(raw.parmsId, CT.parmsId);
  dv.setUint8(CT.isNtt, raw.ntt ? 1 : 0);
  dv.setBigUint64(CT.size, BigInt(raw.size), true);
  dv.setBigUint64(CT.polyModulusDegree, BigInt(raw.N), true);
  dv.setBigUint64(CT.coeffModulusSize, BigInt(raw.k), true);
  dv.setFloat64(CT.scale, 1.0, true);
  dv.setBigUint64(CT.correctionFactor, correctionFactor, true);
  writeHeader(dv, CT.dynArray, DYN_FIXED + SEAL_WORD_BYTES * count);
  dv.setBigUint64(CT.count, BigInt(count), true);
  for (let i = 0; i < count; i++) dv.setUint32(CT.data + SEAL_WORD_BYTES * i, raw.residues[i]!, true);
  return out;
}

/** Reads the BGV correction factor of SEAL ciphertext bytes (needed to rebuild it exactly). */
export function sealCiphertextCorrectionFactor(bytes: Uint8Array): bigint {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return dv.getBigUint64(CT.correctionFactor, true);
}

/**
 * SEAL plaintext bytes (non-NTT, parms_id zero) holding the given coefficients, each already
 * reduced to [0, t). Coefficient i multiplies X^i.
 */
export function buildSealPlaintext(coeffs: ArrayLike<number>): Uint8Array {
  const n = coeffs.length;
  const total = PT.data + SEAL_WORD_BYTES * n;
  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  writeHeader(dv, 0, total);
  dv.setBigUint64(PT.coeffCount, BigInt(n), true);
  dv.setFloat64(PT.scale, 1.0, true);
  writeHeader(dv, PT.dynArray, DYN_FIXED + SEAL_WORD_BYTES * n);
  dv.setBigUint64(PT.count, BigInt(n), true);
  for (let i = 0; i < n; i++) {
    const c = coeffs[i]!;
    // Coefficients are < t <= 2^60; we only build plaintexts with t < 2^53, so Number is exact.
    dv.setUint32(PT.data + SEAL_WORD_BYTES * i, c % 2 ** 32, true);
    dv.setUint32(PT.data + SEAL_WORD_BYTES * i + 4, Math.floor(c / 2 ** 32), true);
  }
  return out;
}

/** Coefficient `index` of SEAL plaintext bytes (0 past its coefficient count). Exact below 2^53. */
export function sealPlaintextCoefficient(bytes: Uint8Array, index: number): number {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  readHeader(dv, 0, 'plaintext');
  const count = Number(dv.getBigUint64(PT.count, true));
  if (index >= count) return 0;
  const off = PT.data + SEAL_WORD_BYTES * index;
  return dv.getUint32(off, true) + dv.getUint32(off + 4, true) * 2 ** 32;
}
