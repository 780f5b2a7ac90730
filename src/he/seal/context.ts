/**
 * An HE context for one preset: the SEAL context, its evaluator, and the RNS primes of each level.
 * It owns every SEAL object it creates and frees them in `delete()` (also `[Symbol.dispose]`).
 */
import { SealmatchError } from '../../errors.js';
import { getPreset, type Preset } from '../../params/presets.js';
import { loadSeal, type Seal } from './seal.js';
import type { SEALContext, Evaluator, ContextData } from 'node-seal';

export interface Level {
  /** SEAL chain index: the number of primes at this level minus one. */
  readonly chainIndex: number;
  /** The primes of this level, in SEAL's order. All below 2^31. */
  readonly primes: readonly number[];
  /** Bits needed to store a residue of each prime. */
  readonly primeBits: readonly number[];
  /** SEAL parms_id of this level: 4 little-endian uint64 words (32 bytes). */
  readonly parmsId: Uint8Array;
}

export class HeContext implements Disposable {
  readonly preset: Preset;
  readonly seal: Seal;
  readonly context: SEALContext;
  readonly evaluator: Evaluator;
  /** Levels by chain index; index `firstLevel` is where fresh encryptions live. */
  readonly levels: readonly Level[];
  readonly firstLevel: number;
  readonly N: number;
  readonly t: bigint;
  private deleted = false;

  private constructor(seal: Seal, preset: Preset) {
    this.seal = seal;
    this.preset = preset;
    this.N = preset.polyModulusDegree;
    this.t = preset.plainModulus;
    const parms = new seal.EncryptionParameters(seal.SchemeType.bgv);
    const coeffs = seal.CoeffModulus.Create(preset.polyModulusDegree, Int32Array.from(preset.coeffModulusBits));
    const plain = new seal.Modulus(preset.plainModulus);
    try {
      parms.setPolyModulusDegree(preset.polyModulusDegree);
      parms.setCoeffModulus(coeffs);
      parms.setPlainModulus(plain);
      // SecLevelType.tc128: SEAL itself refuses parameters outside the HomomorphicEncryption.org
      // 128-bit table, so a preset that builds is a preset SEAL confirmed.
      this.context = new seal.SEALContext(parms, true, seal.SecLevelType.tc128);
    } finally {
      coeffs.delete();
      plain.delete();
      parms.delete();
    }
    if (!this.context.parametersSet()) {
      const why = this.context.toHuman();
      this.context.delete();
      throw new SealmatchError('E_INTERNAL', `SEAL rejected preset ${preset.id}: ${why}`);
    }
    this.evaluator = new seal.Evaluator(this.context);
    const levels: Level[] = [];
    // Walk first -> last by count: node-seal's nextContextData() past the last level does not
    // return null, so the chain length comes from the chain indices instead.
    const last = this.context.lastContextData();
    const lastIndex = last.chainIndex();
    last.delete();
    let cd: ContextData = this.context.firstContextData();
    const found: Level[] = [];
    for (;;) {
      found.push(levelOf(cd));
      const done = cd.chainIndex() <= lastIndex;
      const next = done ? undefined : cd.nextContextData();
      cd.delete();
      if (!next) break;
      cd = next;
    }
    for (const l of found) levels[l.chainIndex] = l;
    this.levels = levels;
    this.firstLevel = found[0]!.chainIndex;
  }

  /** Builds the context of a preset (loads SEAL on first use). Throws E_UNKNOWN_PARAMS. */
  static async create(presetId: string): Promise<HeContext> {
    const preset = getPreset(presetId);
    const seal = await loadSeal();
    return new HeContext(seal, preset);
  }

  /**
   * Benches and tests only: the context of a candidate parameter set that is NOT registered in
   * src/params/presets.ts (a parameter study, e.g. bench/identify-mac-params.ts). Its id must
   * never reach the wire; SEAL's tc128 check still applies (E_INTERNAL when it refuses).
   */
  static async forCandidate(preset: Preset): Promise<HeContext> {
    const seal = await loadSeal();
    return new HeContext(seal, preset);
  }

  /** Level by chain index; throws E_MALFORMED_CIPHERTEXT for levels this preset does not have. */
  level(chainIndex: number): Level {
    const l = this.levels[chainIndex];
    if (!l) throw new SealmatchError('E_MALFORMED_CIPHERTEXT', `no level ${chainIndex} in ${this.preset.id}`);
    return l;
  }

  delete(): void {
    if (this.deleted) return;
    this.deleted = true;
    this.evaluator.delete();
    this.context.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}

function levelOf(cd: ContextData): Level {
  const parms = cd.parms();
  const vec = parms.coeffModulus();
  const primes: number[] = [];
  try {
    for (let i = 0; i < vec.size(); i++) {
      const m = vec.get(i)!;
      primes.push(Number(m.value()));
      m.delete();
    }
  } finally {
    vec.delete();
  }
  const pid = cd.parmsId();
  const words = pid.values() as ArrayLike<bigint>;
  const parmsId = new Uint8Array(32);
  const dv = new DataView(parmsId.buffer);
  for (let i = 0; i < 4; i++) dv.setBigUint64(8 * i, BigInt(words[i]!), true);
  pid.delete();
  parms.delete();
  for (const p of primes) {
    if (!(p < 2 ** 31)) throw new SealmatchError('E_INTERNAL', `prime ${p} >= 2^31 breaks 32-bit residue lanes`);
  }
  return {
    chainIndex: cd.chainIndex(),
    primes,
    primeBits: primes.map((p) => Math.ceil(Math.log2(p + 1))),
    parmsId,
  };
}
