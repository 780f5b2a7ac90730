/**
 * sealmatch's own ciphertext container, the bytes that travel inside protobuf messages:
 *
 *   "SMCT" | version u8 (1) | preset id length u8 | preset id (ASCII)
 *   | chain index u8 | size u8 | flags u8 (bit 0: NTT form) | correction factor u64 LE
 *   | residues, bit-packed LSB first: for each poly, for each prime q_i of the level,
 *     N residues of ceil(log2 q_i) bits; zero padding to the next byte, nothing after.
 *
 * Residues of a BGV ciphertext are uniform modulo q_i, so bit packing is the tightest lossless
 * encoding (zstd on SEAL's 64-bit words gets ~15% less far). Everything here is checked BEFORE
 * SEAL sees a byte: preset id, level, size, exact length, every residue < q_i.
 */
import { SealmatchError } from '../../errors.js';
import type { HeContext, Level } from '../seal/context.js';
import { packResidues, unpackResidues, packedByteLength } from './bitpack.js';
import { SMCT_AFTER_ID_OFFSET, SMCT_FLAG_NTT, SMCT_MAGIC, SMCT_OFFSET, SMCT_VERSION, smctHeaderBytes, type RawCiphertext } from './seal-format.js';

const MAGIC = SMCT_MAGIC;
const VERSION = SMCT_VERSION;
const AT = SMCT_OFFSET;
const AFTER_ID = SMCT_AFTER_ID_OFFSET;

export interface CiphertextHeader {
  readonly presetId: string;
  readonly chainIndex: number;
  readonly size: number;
  readonly ntt: boolean;
  readonly correctionFactor: bigint;
  /** Offset of the packed residues. */
  readonly bodyOffset: number;
}

function malformed(msg: string, details?: Record<string, unknown>): SealmatchError {
  return new SealmatchError('E_MALFORMED_CIPHERTEXT', msg, details);
}

/**
 * Reads only the container header. Throws E_MALFORMED_CIPHERTEXT on bad magic/truncation and
 * E_PARAMS_MISMATCH when it names another preset than `expectedPresetId`.
 */
export function readCiphertextHeader(bytes: Uint8Array, expectedPresetId: string): CiphertextHeader {
  if (!(bytes instanceof Uint8Array)) throw malformed('ciphertext must be a Uint8Array');
  if (bytes.length < AT.presetId || MAGIC.some((m, i) => bytes[AT.magic + i] !== m)) throw malformed('not a sealmatch ciphertext (bad magic)');
  if (bytes[AT.version] !== VERSION) throw malformed(`unsupported ciphertext container version ${bytes[AT.version]}`);
  const idLen = bytes[AT.presetIdLength]!;
  const fixedEnd = smctHeaderBytes(idLen);
  if (bytes.length < fixedEnd) throw malformed('ciphertext header truncated');
  const presetId = new TextDecoder().decode(bytes.subarray(AT.presetId, AT.presetId + idLen));
  if (presetId !== expectedPresetId) {
    throw new SealmatchError('E_PARAMS_MISMATCH', `ciphertext is for parameter set "${presetId}", expected "${expectedPresetId}"`);
  }
  const o = AT.presetId + idLen;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    presetId,
    chainIndex: bytes[o + AFTER_ID.chainIndex]!,
    size: bytes[o + AFTER_ID.size]!,
    ntt: (bytes[o + AFTER_ID.flags]! & SMCT_FLAG_NTT) === SMCT_FLAG_NTT,
    correctionFactor: dv.getBigUint64(o + AFTER_ID.correctionFactor, true),
    bodyOffset: fixedEnd,
  };
}

/** Serializes raw residues of `level` into the container. */
export function encodeCiphertext(he: HeContext, raw: RawCiphertext, correctionFactor: bigint): Uint8Array {
  const level = he.level(raw.k - 1);
  const id = new TextEncoder().encode(he.preset.id);
  const head = smctHeaderBytes(id.length);
  const bodyLen = raw.size * packedLevelBytes(level, raw.N);
  const out = new Uint8Array(head + bodyLen);
  out.set(MAGIC, AT.magic);
  out[AT.version] = VERSION;
  out[AT.presetIdLength] = id.length;
  out.set(id, AT.presetId);
  const o = AT.presetId + id.length;
  out[o + AFTER_ID.chainIndex] = level.chainIndex;
  out[o + AFTER_ID.size] = raw.size;
  out[o + AFTER_ID.flags] = raw.ntt ? SMCT_FLAG_NTT : 0;
  new DataView(out.buffer).setBigUint64(o + AFTER_ID.correctionFactor, correctionFactor, true);
  let off = head;
  for (let p = 0; p < raw.size; p++) {
    for (let i = 0; i < level.primes.length; i++) {
      const start = (p * raw.k + i) * raw.N;
      off += packResidues(raw.residues.subarray(start, start + raw.N), level.primeBits[i]!, out, off);
    }
  }
  return out;
}

/**
 * Parses and fully validates the container against `he`'s preset. `allowedSizes` limits how many
 * polynomials the caller accepts (2 for fresh probes/references, 3 for blinded results).
 */
export function decodeCiphertext(
  he: HeContext,
  bytes: Uint8Array,
  allowed: { sizes: readonly number[]; chainIndex?: number },
): { raw: RawCiphertext; correctionFactor: bigint } {
  const h = readCiphertextHeader(bytes, he.preset.id);
  if (!allowed.sizes.includes(h.size)) throw malformed(`ciphertext has ${h.size} polynomials, expected ${allowed.sizes.join(' or ')}`);
  if (h.chainIndex > he.firstLevel || !he.levels[h.chainIndex]) throw malformed(`no data level ${h.chainIndex}`);
  if (allowed.chainIndex !== undefined && h.chainIndex !== allowed.chainIndex) {
    throw malformed(`ciphertext at level ${h.chainIndex}, expected ${allowed.chainIndex}`);
  }
  if (!h.ntt) throw malformed('BGV ciphertexts must be in NTT form');
  if (h.correctionFactor === 0n || h.correctionFactor >= he.t) throw malformed('correction factor out of range');
  const level = he.level(h.chainIndex);
  const N = he.N;
  const expected = h.bodyOffset + h.size * packedLevelBytes(level, N);
  if (bytes.length !== expected) {
    throw malformed(bytes.length < expected ? 'ciphertext truncated' : 'ciphertext has trailing bytes', {
      length: bytes.length,
      expected,
    });
  }
  const k = level.primes.length;
  const residues = new Uint32Array(h.size * k * N);
  let off = h.bodyOffset;
  for (let p = 0; p < h.size; p++) {
    for (let i = 0; i < k; i++) {
      const dst = residues.subarray((p * k + i) * N, (p * k + i + 1) * N);
      off += unpackResidues(bytes, off, level.primeBits[i]!, dst);
      const q = level.primes[i]!;
      for (let c = 0; c < N; c++) if (dst[c]! >= q) throw malformed('residue out of range for its prime', { poly: p, prime: i, coeff: c });
    }
  }
  return { raw: { parmsId: level.parmsId, ntt: true, size: h.size, N, k, residues }, correctionFactor: h.correctionFactor };
}

/** Bytes one polynomial of `level` takes when packed. */
export function packedLevelBytes(level: Level, N: number): number {
  let total = 0;
  for (const b of level.primeBits) total += packedByteLength(N, b);
  return total;
}

/** Exact byte length of a container of `size` polynomials at `chainIndex` for `he`'s preset. */
export function containerLength(he: HeContext, size: number, chainIndex: number): number {
  const idLen = new TextEncoder().encode(he.preset.id).length;
  return smctHeaderBytes(idLen) + size * packedLevelBytes(he.level(chainIndex), he.N);
}
