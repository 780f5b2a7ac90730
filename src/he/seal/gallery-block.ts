/**
 * HE work on a column-packed gallery block, done on raw RNS residues by the WASM SIMD kernel
 * (src/he/kernel/residue-kernel.ts; bit for bit SEAL's BGV multiply/add, test/residue-kernel.test.ts).
 *
 * Block layout in kernel memory: d column ciphertexts back to back, each size 2 at the preset's
 * product level, NTT form, residues data[(poly*k + i)*N + c] (SEAL's order). Column j holds, in
 * batching slot s, r_s * g_{s,j}: feature j of the template enrolled in slot s times the slot's
 * secret blinding factor (docs/IDENTIFY.md). Expanded probes (d size-2 ciphertexts of constants
 * p_j, src/he/seal/expansion.ts) sit in one region the same way, so one `mulAccumulate` per block gives
 * the size-3 Enc(r_s * score_s) in every slot.
 */
import { asIdentifyPreset } from '../../params/presets.js';
import { SealmatchError } from '../../errors.js';
import { containerLength, decodeCiphertext, encodeCiphertext } from '../codec/ciphertext-codec.js';
import { loadCiphertext } from './ciphertext.js';
import type { HeContext } from './context.js';
import { expandProbe, expandSubtree, expansionDepth, galoisKeysOf, type ExpansionKeys } from './expansion.js';
import { loadResidueKernel, type KernelLevel, type KernelRegion, type ResidueKernel } from '../kernel/residue-kernel.js';
import { parseSealCiphertext, sealCiphertextCorrectionFactor } from '../codec/seal-format.js';

/** Chain index at which probes and gallery columns are multiplied (1:N presets only). */
export function productLevelOf(he: HeContext): number {
  const l = he.preset.productLevel;
  const d = he.preset.expansionDim;
  if (l === undefined || d === undefined) throw new SealmatchError('E_PARAMS_MISMATCH', `${he.preset.id} is not a 1:N parameter set`);
  return l;
}

/** Residues of a SEAL ciphertext (size `size`, NTT form, correction factor 1) at `chainIndex`. */
export function residuesOf(he: HeContext, ct: InstanceType<HeContext['seal']['Ciphertext']>, size: number, chainIndex: number): Uint32Array {
  const bytes = ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array;
  const raw = parseSealCiphertext(bytes);
  if (raw.size !== size || raw.k !== chainIndex + 1 || !raw.ntt || sealCiphertextCorrectionFactor(bytes) !== 1n) {
    throw new SealmatchError('E_INTERNAL', `unexpected ciphertext shape (size ${raw.size}, k ${raw.k})`);
  }
  return raw.residues;
}

/**
 * Matcher: validates a probe container (size 2, product level) and expands it with SealPIR's
 * EXPAND into d constants Enc(p_j), returned as d size-2 ciphertexts of residues back to back
 * (d * 2 * k * N u32), ready for `GalleryKernel.loadProbes`. Uses Galois keys only.
 */
export function expandProbeResidues(he: HeContext, probe: Uint8Array, galoisKeys: ExpansionKeys): Uint32Array {
  const level = productLevelOf(he);
  const d = asIdentifyPreset(he.preset).expansionDim;
  const ct = loadCiphertext(he, probe, { sizes: [2], chainIndex: level });
  let outs: InstanceType<HeContext['seal']['Ciphertext']>[] = [];
  try {
    outs = expandProbe(he, ct, d, galoisKeysOf(galoisKeys));
    const ct2 = 2 * (level + 1) * he.N;
    const all = new Uint32Array(d * ct2);
    for (let j = 0; j < d; j++) {
      all.set(residuesOf(he, outs[j]!, 2, level), j * ct2);
      outs[j]!.delete();
      outs[j] = undefined as never;
    }
    return all;
  } finally {
    ct.delete();
    for (const o of outs) o?.delete();
  }
}

/**
 * Shared expansion, first part (matcher main thread): validates the probe container like
 * `expandProbeResidues`, runs the first `steps` expansion steps and returns the 2^steps (at most d)
 * tree nodes, SEAL-serialized, for worker threads to finish with `expandSubtreeInto`.
 */
export function expandProbeTop(he: HeContext, probe: Uint8Array, galoisKeys: ExpansionKeys, steps: number): { index: number; node: Uint8Array }[] {
  const level = productLevelOf(he);
  const d = asIdentifyPreset(he.preset).expansionDim;
  const ct = loadCiphertext(he, probe, { sizes: [2], chainIndex: level });
  try {
    const top = expandSubtree(he, ct, 0, 0, Math.min(steps, expansionDepth(d)), d, galoisKeysOf(galoisKeys));
    return top.map(({ index, ct: node }) => {
      try {
        return { index, node: Uint8Array.from(node.saveToArray(he.seal.ComprModeType.none) as Uint8Array) };
      } finally {
        node.delete();
      }
    });
  } finally {
    ct.delete();
  }
}

/**
 * Shared expansion, second part (a worker thread): finishes the subtree of one node from
 * `expandProbeTop` (`fromStep` = the steps run there) and writes each leaf's residues at
 * leaf index * 2kN in `out` (d * 2kN u32, the layout `GalleryKernel.loadProbes` takes).
 */
export function expandSubtreeInto(he: HeContext, node: Uint8Array, index: number, fromStep: number, galoisKeys: ExpansionKeys, out: Uint32Array): number {
  const level = productLevelOf(he);
  const d = asIdentifyPreset(he.preset).expansionDim;
  const ct2 = 2 * (level + 1) * he.N;
  if (out.length !== d * ct2) throw new SealmatchError('E_INVALID_ARGUMENT', 'expanded probe buffer has the wrong length');
  const ct = new he.seal.Ciphertext();
  let leaves: { index: number; ct: InstanceType<HeContext['seal']['Ciphertext']> }[] = [];
  try {
    ct.loadFromArray(he.context, node);
    leaves = expandSubtree(he, ct, index, fromStep, expansionDepth(d), d, galoisKeysOf(galoisKeys));
    for (const leaf of leaves) out.set(residuesOf(he, leaf.ct, 2, level), leaf.index * ct2);
    return leaves.length;
  } finally {
    ct.delete();
    for (const leaf of leaves) leaf.ct.delete();
  }
}

/** Validates a size-2 container at the product level and returns its residues (a column update). */
export function columnResidues(he: HeContext, bytes: Uint8Array): Uint32Array {
  const ct = loadCiphertext(he, bytes, { sizes: [2], chainIndex: productLevelOf(he) });
  try {
    return residuesOf(he, ct, 2, productLevelOf(he));
  } finally {
    ct.delete();
  }
}

/** Serializes a size-2 ciphertext of residues at the product level (a column) into a container. */
export function columnContainer(he: HeContext, residues: Uint32Array): Uint8Array {
  const level = he.level(productLevelOf(he));
  return encodeCiphertext(he, { parmsId: level.parmsId, ntt: true, size: 2, N: he.N, k: level.primes.length, residues }, 1n);
}

/** A whole gallery block for the store: its d column containers back to back (fixed length each). */
export function encodeGalleryBlock(he: HeContext, columns: readonly Uint32Array[]): Uint8Array {
  const d = asIdentifyPreset(he.preset).expansionDim;
  if (columns.length !== d) throw new SealmatchError('E_INVALID_ARGUMENT', `block has ${columns.length} columns, preset has ${d}`);
  const len = containerLength(he, 2, productLevelOf(he));
  const out = new Uint8Array(d * len);
  columns.forEach((c, j) => {
    const bytes = columnContainer(he, c);
    if (bytes.length !== len) throw new SealmatchError('E_INTERNAL', 'column container of unexpected length');
    out.set(bytes, j * len);
  });
  return out;
}

/**
 * Inverse of `encodeGalleryBlock`, validating every column (parameter set, level, size, every
 * residue below its prime) without SEAL. Throws E_MALFORMED_CIPHERTEXT (also for a wrong length).
 */
export function decodeGalleryBlock(he: HeContext, bytes: Uint8Array): Uint32Array[] {
  const d = asIdentifyPreset(he.preset).expansionDim;
  const level = productLevelOf(he);
  const len = containerLength(he, 2, level);
  if (bytes.length !== d * len) throw new SealmatchError('E_MALFORMED_CIPHERTEXT', `stored block has ${bytes.length} bytes, expected ${d * len}`);
  return Array.from({ length: d }, (_, j) => {
    const { raw, correctionFactor } = decodeCiphertext(he, bytes.subarray(j * len, (j + 1) * len), { sizes: [2], chainIndex: level });
    if (correctionFactor !== 1n) throw new SealmatchError('E_MALFORMED_CIPHERTEXT', 'stored column has a correction factor');
    return raw.residues;
  });
}

/** Serializes a size-3 blinded result of residues into a container. */
export function resultContainer(he: HeContext, residues: Uint32Array): Uint8Array {
  const level = he.level(productLevelOf(he));
  return encodeCiphertext(he, { parmsId: level.parmsId, ntt: true, size: 3, N: he.N, k: level.primes.length, residues }, 1n);
}

/** One thread's gallery blocks and probe buffer in kernel memory. */
export class GalleryKernel {
  readonly kernel: ResidueKernel;
  readonly level: KernelLevel;
  readonly d: number;
  /**
   * Results per block: 1 (sm1 sets: one sum over all d columns) or 1 + k (authenticated sets:
   * the d columns are 1 + k consecutive groups, each summed on its own: y^00, y^11, ..).
   */
  readonly groups: number;
  readonly N: number;
  /** Residues in one size-2 ciphertext at the product level. */
  readonly ct2: number;
  private probes: KernelRegion | undefined;
  private out: KernelRegion | undefined;

  private constructor(kernel: ResidueKernel, level: KernelLevel, d: number, groups: number) {
    if (!Number.isInteger(groups) || groups < 1 || d % groups !== 0) throw new SealmatchError('E_INVALID_ARGUMENT', `${d} columns do not split into ${groups} groups`);
    this.kernel = kernel;
    this.level = level;
    this.d = d;
    this.groups = groups;
    this.N = level.N;
    this.ct2 = 2 * level.polyLength;
  }

  /** The gallery kernel for `he`'s 1:N preset (kernel compiled on first use in this thread). */
  static async create(he: HeContext): Promise<GalleryKernel> {
    const l = productLevelOf(he);
    const p = asIdentifyPreset(he.preset);
    return GalleryKernel.forPrimes(he.level(l).primes, he.N, p.expansionDim, 1 + (p.macInstances ?? 0));
  }

  /** As `create`, from primes alone (worker threads without a SEAL context). */
  static async forPrimes(primes: readonly number[], N: number, d: number, groups = 1): Promise<GalleryKernel> {
    const kernel = await loadResidueKernel();
    return new GalleryKernel(kernel, kernel.prepareLevel(primes, N), d, groups);
  }

  /** A new block: d zero columns (the trivial encryption of 0, noise 0). */
  allocBlock(): KernelRegion {
    return this.kernel.allocCiphertexts(this.level, 2, this.d);
  }

  freeBlock(block: KernelRegion): void {
    this.kernel.free(block);
  }

  /** Residues of column j of a block (a copy). */
  readColumn(block: KernelRegion, j: number): Uint32Array {
    return this.kernel.read(this.kernel.slice(block, j * this.ct2, this.ct2));
  }

  /** Replaces column j of a block. */
  writeColumn(block: KernelRegion, j: number, residues: Uint32Array): void {
    if (residues.length !== this.ct2) throw new SealmatchError('E_INVALID_ARGUMENT', 'column has the wrong residue count');
    this.kernel.write(block, residues, j * this.ct2);
  }

  /**
   * Column j += ciphertext `add` (size 2), then c0 += NTT plaintext `plainC0` if given
   * (k*N residues): SEAL's add and addPlain, noise adds up.
   */
  addToColumn(block: KernelRegion, j: number, add: Uint32Array | undefined, plainC0?: Uint32Array): void {
    const col = this.kernel.slice(block, j * this.ct2, this.ct2);
    const tmp = this.kernel.alloc(this.ct2);
    try {
      if (add) {
        this.kernel.write(tmp, add);
        this.kernel.add(this.level, col, tmp, 2);
      }
      if (plainC0) {
        this.kernel.write(tmp, plainC0);
        this.kernel.add(this.level, col, tmp, 1);
      }
    } finally {
      this.kernel.free(tmp);
    }
  }

  /** Loads d expanded probe ciphertexts (from `expandProbeResidues`); reused by every block. */
  loadProbes(residues: Uint32Array): void {
    if (residues.length !== this.d * this.ct2) throw new SealmatchError('E_INVALID_ARGUMENT', 'expanded probe has the wrong residue count');
    this.probes ??= this.kernel.allocCiphertexts(this.level, 2, this.d);
    this.kernel.write(this.probes, residues);
  }

  /**
   * sum_j P_j (x) G_{b,j} for one block, then c0 += the NTT plaintext `blindC0` (k*N residues):
   * the size-3 blinded result as residues (a copy, 3*k*N u32).
   */
  score(block: KernelRegion, blindC0?: Uint32Array): Uint32Array {
    if (!this.probes) throw new SealmatchError('E_INVALID_ARGUMENT', 'no probe loaded');
    const poly = this.level.polyLength;
    this.out ??= this.kernel.allocCiphertexts(this.level, 3, 1);
    this.kernel.mulAccumulate(this.level, this.probes, block, this.out, this.d, 1);
    if (blindC0) {
      const tmp = this.kernel.alloc(poly);
      try {
        this.kernel.write(tmp, blindC0);
        this.kernel.add(this.level, this.out, tmp, 1);
      } finally {
        this.kernel.free(tmp);
      }
    }
    return this.kernel.read(this.out);
  }

  /**
   * Authenticated sets: per group g, sum over its n = d / groups columns of P_j (x) G_{b,j}
   * (no blinding: the desk's templates carry it). One size-3 result (3*k*N u32, a copy) per group.
   */
  scoreGroups(block: KernelRegion): Uint32Array[] {
    if (!this.probes) throw new SealmatchError('E_INVALID_ARGUMENT', 'no probe loaded');
    const n = this.d / this.groups;
    this.out ??= this.kernel.allocCiphertexts(this.level, 3, 1);
    const out: Uint32Array[] = [];
    for (let g = 0; g < this.groups; g++) {
      const probes = this.kernel.slice(this.probes, g * n * this.ct2, n * this.ct2);
      const cols = this.kernel.slice(block, g * n * this.ct2, n * this.ct2);
      this.kernel.mulAccumulate(this.level, probes, cols, this.out, n, 1);
      out.push(this.kernel.read(this.out));
    }
    return out;
  }

  /** sum_j P_j (x) G_{b,j} for `blocks` contiguous blocks into kernel memory (timing path). */
  scoreInto(blocks: KernelRegion, count: number, out: KernelRegion): void {
    if (!this.probes) throw new SealmatchError('E_INVALID_ARGUMENT', 'no probe loaded');
    this.kernel.mulAccumulate(this.level, this.probes, blocks, out, this.d, count);
  }

  /** Bytes of kernel memory (for memory reports). */
  get heapBytes(): number {
    return this.kernel.heapBytes;
  }

  /**
   * Frees the probe buffer and the result region (d * 2kN + 3kN residues, 305 MB at 512-D
   * authenticated). Blocks are their owner's to free. The kernel memory is one per thread and
   * shared by every GalleryKernel in it, so a kernel that is dropped without this keeps them
   * allocated for the life of the thread.
   */
  delete(): void {
    if (this.probes) this.kernel.free(this.probes);
    if (this.out) this.kernel.free(this.out);
    this.probes = undefined;
    this.out = undefined;
  }
}
