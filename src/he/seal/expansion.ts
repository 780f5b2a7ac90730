/**
 * Oblivious expansion of one coefficient-encoded probe into d ciphertexts of constants, for 1:N
 * search over a feature-major (column-packed) gallery. Technique: SealPIR "EXPAND" (Angel, Chen,
 * Laine, Setty, "PIR with compressed queries and amortized query processing", IEEE S&P 2018,
 * Algorithm 3), with one key switch per node instead of SealPIR's two (see the odd branch below):
 *
 *   the probe encrypts  P(X) = 2^-l * sum_{j<d} p_j X^j    (l = ceil(log2 d), 2^-l taken mod t)
 *   step i (i = 0..l-1) takes every node c, whose non-zero coefficients sit at multiples of 2^i,
 *   applies tau_g: X -> X^g with g = N/2^i + 1 (so X^(m 2^i) -> (-1)^m X^(m 2^i)), and splits
 *     even = c + tau_g(c)                   (keeps the coefficients at multiples of 2^(i+1), x2)
 *     odd  = (c - tau_g(c)) * X^(-2^i)      (the others, shifted down onto multiples of 2^(i+1), x2)
 *   (SealPIR applies tau to c * X^(-2^i) separately; since tau_g(X^(-2^i)) = -X^(-2^i), one
 *   automorphism per node suffices.) Node j of step i becomes nodes j and j + 2^i, so after l steps
 *   node j holds the constant 2^l * 2^-l * p_j = p_j, and a constant polynomial puts p_j in EVERY
 *   batching slot: Enc(p_j) (x) Enc(column j of the gallery) scores all N templates of a block.
 *
 * Noise (BGV): each step doubles the noise and adds one key switch; multiplying by +-X^a is exact
 * (a negacyclic rotation of noise and message alike). After l steps the noise is ~2^l times a fresh
 * ciphertext's plus the key-switching terms, which is why the 1:N preset expands at a level with
 * one spare prime and switches every output down by it (docs/PARAMETERS-1toN.md).
 *
 * Galois elements: g_i = N/2^i + 1. SEAL (and node-seal's key generation) names keys by rotation
 * step: step k is the element 3^k mod 2N. Every g_i = 1 mod 8 is a power of 3, which covers all
 * steps for d <= N/4 (and g = 3 for d > N/2); for d > N/4 the element 5 is -3^k and is applied as
 * the column swap 2N - 1 followed by 2N - 5, each with its own key.
 */
import type { Ciphertext, GaloisKeys, Plaintext } from 'node-seal';
import { SealmatchError } from '../../errors.js';
import type { HeContext } from './context.js';
import { encodeKey } from '../codec/key-codec.js';
import { loadKey, loadSecretKey } from './keys.js';
import { buildSealPlaintext } from '../codec/seal-format.js';

/** What the expansion needs of a context (HeContext satisfies it). */
export type ExpansionContext = Pick<HeContext, 'seal' | 'context' | 'evaluator' | 'N' | 't'>;

/** l = ceil(log2 d): number of expansion steps for d outputs (0 for d = 1). */
export function expansionDepth(d: number): number {
  let l = 0;
  while (2 ** l < d) l++;
  return l;
}

function checkDim(N: number, d: number): void {
  if (!Number.isInteger(N) || N < 2 || (N & (N - 1)) !== 0) throw new SealmatchError('E_INVALID_ARGUMENT', `N=${N} is not a power of two`);
  if (!Number.isInteger(d) || d < 1 || d > N) throw new SealmatchError('E_DIMENSION', `expansion of ${d} values needs 1 <= d <= N=${N}`);
}

/** The automorphism of step i: X -> X^(N/2^i + 1). */
function stepElement(N: number, i: number): number {
  return N / 2 ** i + 1;
}

/** k with 3^k = g mod 2N, or -1 when g is not a power of 3 (g = 3 or 5 mod 8 decides). */
function log3(N: number, g: number): number {
  const m = 2 * N;
  let x = 1;
  for (let k = 0; k < N / 2; k++) {
    if (x === g) return k;
    x = (x * 3) % m;
  }
  return -1;
}

/** How a Galois element is applied: one key (a power of 3) or the column swap then a power of 3. */
function applicationOf(N: number, g: number): number[] {
  if (log3(N, g) >= 0) return [g];
  return [2 * N - 1, 2 * N - g];
}

/**
 * Galois elements whose keys the expansion of d values uses, in application order, without
 * duplicates. For d <= N/4 these are exactly N/2^i + 1, i = 0..l-1 (l keys; none for d = 1).
 * Example: expansionGaloisElements(4096, 512) = [4097, 2049, 1025, 513, 257, 129, 65, 33, 17].
 */
export function expansionGaloisElements(N: number, d: number): number[] {
  checkDim(N, d);
  const out: number[] = [];
  for (let i = 0; i < expansionDepth(d); i++) {
    for (const g of applicationOf(N, stepElement(N, i))) if (!out.includes(g)) out.push(g);
  }
  return out;
}

/** SEAL rotation steps generating the keys of `elements` (step 0 is the column swap 2N - 1). */
function stepsFor(N: number, elements: readonly number[]): number[] {
  return elements.map((g) => {
    if (g === 2 * N - 1) return 0;
    const k = log3(N, g);
    if (k <= 0) throw new SealmatchError('E_INTERNAL', `Galois element ${g} is not a row rotation for N=${N}`);
    return k;
  });
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new SealmatchError('E_INVALID_ARGUMENT', `${a} has no inverse mod ${m}`);
  return ((s0 % m) + m) % m;
}

/**
 * Probe coefficients for expansion: coefficient j = p_j * inv(2^l) mod t (l = ceil(log2 d)), length
 * d. Values are integers with |p_j| < t/2 (quantized features); t must be odd.
 * Example: encodeExpandableProbe([1, -1], 2, 17n) = [9, 8] (inv(2) = 9 mod 17).
 */
export function encodeExpandableProbe(values: ArrayLike<number>, d: number, t: bigint): number[] {
  if (values.length !== d) throw new SealmatchError('E_DIMENSION', `probe has ${values.length} values, expected ${d}`);
  const inv = modInverse(1n << BigInt(expansionDepth(d)), t);
  const out = new Array<number>(d);
  for (let j = 0; j < d; j++) {
    const v = values[j]!;
    if (!Number.isSafeInteger(v) || 2 * Math.abs(v) >= Number(t)) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `probe value ${j} = ${v} is not an integer below t/2`);
    }
    out[j] = Number((((BigInt(v) % t) + t) % t * inv) % t);
  }
  return out;
}

/** NTT-form plaintext of -X^(N-a) = X^(-a) at the level of `like`; caller deletes it. */
function inverseMonomial(he: ExpansionContext, a: number, like: Ciphertext): Plaintext {
  const coeffs = new Array<number>(he.N).fill(0);
  coeffs[he.N - a] = Number(he.t) - 1; // -1 mod t, lifted to -1 mod q by SEAL's NTT transform
  const pt = new he.seal.Plaintext();
  const pid = like.parmsId();
  try {
    pt.loadFromArray(he.context, buildSealPlaintext(coeffs));
    he.evaluator.plainTransformToNttInplace(pt, pid);
  } catch (e) {
    pt.delete();
    throw e;
  } finally {
    pid.delete();
  }
  return pt;
}

export interface ExpandOptions {
  /**
   * Chain index every output is mod-switched down to as soon as it is final (default: stay at the
   * probe's level). Switching drops the expansion's noise growth with the dropped primes.
   */
  readonly targetChainIndex?: number;
}

/**
 * Expands a probe encrypting encodeExpandableProbe(p, d, t) into d ciphertexts, output j encrypting
 * the constant polynomial p_j (so every batching slot of output j holds p_j). The probe is not
 * modified. Correct for any 1 <= d <= N; keys for expansionGaloisElements(N, d) must be present
 * (E_MALFORMED_KEY otherwise). The caller owns and deletes every returned ciphertext.
 */
export function expandProbe(
  he: ExpansionContext,
  probeCt: Ciphertext,
  d: number,
  galoisKeys: GaloisKeys,
  options: ExpandOptions = {},
): Ciphertext[] {
  const { seal, evaluator, N } = he;
  checkDim(N, d);
  for (const g of expansionGaloisElements(N, d)) {
    if (!galoisKeys.hasKey(g)) throw new SealmatchError('E_MALFORMED_KEY', `Galois key for element ${g} missing (expansion of ${d} values)`);
  }
  const l = expansionDepth(d);
  const finish = (ct: Ciphertext): Ciphertext => {
    const target = options.targetChainIndex;
    if (target === undefined) return ct;
    const cd = he.context.getContextData(ct.parmsId());
    const here = cd.chainIndex();
    cd.delete();
    if (target > here) throw new SealmatchError('E_INVALID_ARGUMENT', `cannot switch up from level ${here} to ${target}`);
    for (let c = here; c > target; c--) evaluator.cipherModSwitchToNextInplace(ct);
    return ct;
  };
  // Every live ciphertext is in exactly one of `nodes` / `next`; a moved slot is set to null, so
  // the error paths free each SEAL object once.
  let nodes: (Ciphertext | null)[] = [copyOf(he, probeCt)];
  const tau = new seal.Ciphertext();
  try {
    for (let i = 0; i < l; i++) {
      const half = 2 ** i;
      const apply = applicationOf(N, stepElement(N, i));
      const shift = inverseMonomial(he, half, nodes[0]!);
      const next: (Ciphertext | null)[] = new Array<Ciphertext | null>(Math.min(2 * half, d)).fill(null);
      try {
        for (let j = 0; j < nodes.length; j++) {
          const c = nodes[j]!;
          evaluator.applyGalois(c, apply[0]!, galoisKeys, tau);
          for (let a = 1; a < apply.length; a++) evaluator.applyGaloisInplace(tau, apply[a]!, galoisKeys);
          if (j + half < d) {
            const odd = new seal.Ciphertext();
            next[j + half] = odd;
            evaluator.sub(c, tau, odd);
            evaluator.multiplyPlainInplace(odd, shift);
          }
          evaluator.addInplace(c, tau);
          next[j] = c;
          nodes[j] = null;
        }
      } catch (e) {
        for (const ct of next) ct?.delete();
        throw e;
      } finally {
        shift.delete();
      }
      nodes = next;
    }
    return nodes.map((ct) => finish(ct!));
  } catch (e) {
    for (const ct of nodes) ct?.delete();
    throw e;
  } finally {
    tau.delete();
  }
}

function copyOf(he: ExpansionContext, ct: Ciphertext): Ciphertext {
  const out = new he.seal.Ciphertext();
  out.assign(ct);
  return out;
}

/**
 * Custodian side: Galois keys for expanding d-value probes, generated from the secret key and
 * serialized seeded (SEAL regenerates the uniform half of every key-switching key from a seed) and
 * zstd-compressed inside an "SMK" container of kind 'galois'. The matcher receives these and no
 * relinearization keys. Sizes: docs/PARAMETERS-1toN.md.
 */
export function generateExpansionKeys(he: HeContext, secretKey: Uint8Array, d: number): Uint8Array {
  const { seal } = he;
  const steps = stepsFor(he.N, expansionGaloisElements(he.N, d));
  const sk = loadSecretKey(he, secretKey);
  const kg = new seal.KeyGenerator(he.context, sk);
  try {
    const ser = kg.createGaloisKeysSerializableWithSteps(Int32Array.from(steps));
    try {
      return encodeKey('galois', he.preset.id, Uint8Array.from(ser.saveToArray(seal.ComprModeType.zstd) as Uint8Array));
    } finally {
      ser.delete();
    }
  } finally {
    kg.delete();
    sk.delete();
  }
}

/** Loads a 'galois' key container (preset id checked first). Caller owns (and deletes) the result. */
/** The SEAL object behind each ExpansionKeys; reachable only through galoisKeysOf (he/ only). */
const loaded = new WeakMap<ExpansionKeys, GaloisKeys>();

/**
 * Galois keys for probe expansion, loaded into SEAL. The SEAL object stays inside he/: holders
 * outside it see an opaque owner they must `delete()` (also `[Symbol.dispose]`).
 */
export class ExpansionKeys implements Disposable {
  /** Nominal typing: a raw SEAL GaloisKeys is not an ExpansionKeys, even where the shapes agree. */
  protected readonly nominal = 'ExpansionKeys';
  private constructor(keys: GaloisKeys) {
    loaded.set(this, keys);
  }
  /** Parses an SMK Galois key container (E_MALFORMED_KEY when SEAL rejects it). */
  static load(he: HeContext, bytes: Uint8Array): ExpansionKeys {
    return new ExpansionKeys(loadGaloisKeys(he, bytes));
  }
  delete(): void {
    loaded.get(this)?.delete();
    loaded.delete(this);
  }
  [Symbol.dispose](): void {
    this.delete();
  }
}

/** he/ only (not re-exported by he/index.ts): the SEAL object (E_INTERNAL after delete()). */
export function galoisKeysOf(k: ExpansionKeys): GaloisKeys {
  const g = loaded.get(k);
  if (!g) throw new SealmatchError('E_INTERNAL', 'expansion keys deleted, or not loaded through ExpansionKeys.load');
  return g;
}

/** Loads a Galois key container into SEAL. Caller owns (and deletes) the result. */
export function loadGaloisKeys(he: HeContext, bytes: Uint8Array): GaloisKeys {
  return loadKey(he, 'galois', bytes, () => new he.seal.GaloisKeys());
}

/**
 * Part of the expansion tree, so several threads can share one probe's expansion: starting from
 * `node` (the ciphertext at global index `rootIndex` after `fromStep` steps; the probe itself is
 * index 0 at step 0), runs steps fromStep..toStep-1 and returns the nodes reached with their
 * global indices. Running steps 0..s on the probe, then each resulting node's subtree to step l
 * (anywhere), gives exactly `expandProbe`'s outputs. The caller deletes the returned ciphertexts.
 */
export function expandSubtree(
  he: ExpansionContext,
  node: Ciphertext,
  rootIndex: number,
  fromStep: number,
  toStep: number,
  d: number,
  galoisKeys: GaloisKeys,
): { index: number; ct: Ciphertext }[] {
  const { seal, evaluator, N } = he;
  checkDim(N, d);
  const l = expansionDepth(d);
  if (!(0 <= fromStep && fromStep <= toStep && toStep <= l)) throw new SealmatchError('E_INVALID_ARGUMENT', `steps ${fromStep}..${toStep} outside 0..${l}`);
  if (!Number.isInteger(rootIndex) || rootIndex < 0 || rootIndex >= 2 ** fromStep || rootIndex >= d) throw new SealmatchError('E_INVALID_ARGUMENT', `no node ${rootIndex} after ${fromStep} steps`);
  let nodes: { index: number; ct: Ciphertext | null }[] = [{ index: rootIndex, ct: copyOf(he, node) }];
  const tau = new seal.Ciphertext();
  try {
    for (let i = fromStep; i < toStep; i++) {
      const half = 2 ** i;
      const apply = applicationOf(N, stepElement(N, i));
      const shift = inverseMonomial(he, half, nodes[0]!.ct!);
      const next: { index: number; ct: Ciphertext | null }[] = [];
      try {
        for (const n of nodes) {
          const c = n.ct!;
          evaluator.applyGalois(c, apply[0]!, galoisKeys, tau);
          for (let a = 1; a < apply.length; a++) evaluator.applyGaloisInplace(tau, apply[a]!, galoisKeys);
          if (n.index + half < d) {
            const odd = new seal.Ciphertext();
            next.push({ index: n.index + half, ct: odd });
            evaluator.sub(c, tau, odd);
            evaluator.multiplyPlainInplace(odd, shift);
          }
          evaluator.addInplace(c, tau);
          next.push({ index: n.index, ct: c });
          n.ct = null;
        }
      } catch (e) {
        for (const x of next) x.ct?.delete();
        throw e;
      } finally {
        shift.delete();
      }
      nodes = next;
    }
    return nodes.map((n) => ({ index: n.index, ct: n.ct! }));
  } catch (e) {
    for (const n of nodes) n.ct?.delete();
    throw e;
  } finally {
    tau.delete();
  }
}
