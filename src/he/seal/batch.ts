/**
 * BGV batching (SIMD slots) for the 1:N gallery: slot vectors <-> SEAL plaintexts, and the NTT
 * form of a batched plaintext as raw residues for the residue kernel. t = 1 mod 2N for every 1:N
 * preset, so the N slots are the CRT components of Z_t[X]/(X^N + 1) (Smart-Vercauteren packing).
 * Owns its BatchEncoder: call `delete()`.
 */
import type { BatchEncoder, ParmsIdType, Plaintext } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import type { HeContext } from './context.js';
import { SEAL_PLAINTEXT_OFFSET, SEAL_WORD_BYTES, buildSealPlaintext } from '../codec/seal-format.js';

/** Byte offset of the first u64 coefficient in SEAL's uncompressed plaintext bytes. */
const PT_DATA_OFFSET = SEAL_PLAINTEXT_OFFSET.data;

export class BatchCodec implements Disposable {
  private readonly he: HeContext;
  private readonly encoder: BatchEncoder;

  constructor(he: HeContext) {
    if (he.t % BigInt(2 * he.N) !== 1n) throw new SealmatchError('E_INTERNAL', `t=${he.t} does not support batching at N=${he.N}`);
    this.he = he;
    this.encoder = new he.seal.BatchEncoder(he.context);
  }

  /** A coefficient-form plaintext whose slot s holds `slots[s]` (each in [0, t)); N values. Caller deletes it. */
  encode(slots: ArrayLike<number>): Plaintext {
    const { N, t } = this.he;
    if (slots.length !== N) throw new SealmatchError('E_INVALID_ARGUMENT', `batched vector has ${slots.length} values, expected ${N}`);
    const tn = Number(t);
    const v = new BigInt64Array(N);
    for (let s = 0; s < N; s++) {
      const x = slots[s]!;
      if (!Number.isInteger(x) || x < 0 || x >= tn) throw new SealmatchError('E_INVALID_ARGUMENT', `slot ${s} = ${x} outside [0, t)`);
      v[s] = BigInt(x);
    }
    const pt = new this.he.seal.Plaintext();
    try {
      this.encoder.encode(v, pt);
    } catch (e) {
      pt.delete();
      throw e;
    }
    return pt;
  }

  /** Slot values of a coefficient-form plaintext, each in [0, t). */
  decode(pt: Plaintext): Uint32Array {
    const raw = this.encoder.decodeBigUint64(pt) as BigUint64Array;
    return Uint32Array.from(raw, (x) => Number(x));
  }

  /**
   * Residues (k*N u32, prime-major like one ciphertext polynomial) of the batched plaintext
   * `slots` transformed to NTT form at chain index `chainIndex`: adding them to c0 of an NTT-form
   * ciphertext with correction factor 1 is SEAL's `addPlain` (free in noise).
   */
  nttResidues(slots: ArrayLike<number>, chainIndex: number): Uint32Array {
    const pt = this.encode(slots);
    try {
      return nttResiduesOf(this.he, pt, chainIndex);
    } finally {
      pt.delete();
    }
  }

  delete(): void {
    this.encoder.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}

/** SEAL parms_id of the level at `chainIndex` (caller deletes it). */
export function parmsIdOf(he: HeContext, chainIndex: number): ParmsIdType {
  let cd = he.context.firstContextData();
  while (cd.chainIndex() > chainIndex) {
    const next = cd.nextContextData();
    cd.delete();
    cd = next;
  }
  if (cd.chainIndex() !== chainIndex) {
    cd.delete();
    throw new SealmatchError('E_INVALID_ARGUMENT', `no level ${chainIndex}`);
  }
  const pid = cd.parmsId();
  cd.delete();
  return pid;
}

/**
 * Residues (k*N u32) of a coefficient-form plaintext (coefficients in [0, t), X^i at index i)
 * transformed to NTT form at `chainIndex`. Coefficients are lifted as non-negative integers.
 */
export function coefficientNttResidues(he: HeContext, coeffs: ArrayLike<number>, chainIndex: number): Uint32Array {
  const pt = new he.seal.Plaintext();
  try {
    pt.loadFromArray(he.context, buildSealPlaintext(coeffs));
    return nttResiduesOf(he, pt, chainIndex);
  } finally {
    pt.delete();
  }
}

/** Transforms `pt` (coefficient form) to NTT form in place and returns its residues. */
function nttResiduesOf(he: HeContext, pt: Plaintext, chainIndex: number): Uint32Array {
  const level = he.level(chainIndex);
  const parmsId = parmsIdOf(he, chainIndex);
  try {
    he.evaluator.plainTransformToNttInplace(pt, parmsId);
  } finally {
    parmsId.delete();
  }
  const bytes = pt.saveToArray(he.seal.ComprModeType.none) as Uint8Array;
  const count = level.primes.length * he.N;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength !== PT_DATA_OFFSET + SEAL_WORD_BYTES * count) throw new SealmatchError('E_INTERNAL', 'unexpected NTT plaintext length');
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = dv.getUint32(PT_DATA_OFFSET + SEAL_WORD_BYTES * i, true);
  return out;
}
