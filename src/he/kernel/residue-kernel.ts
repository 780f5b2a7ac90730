/**
 * Typed access to the WebAssembly SIMD residue kernels (native-bindings/src/residue-kernels.wat):
 * pointwise RNS arithmetic on BGV ciphertexts in NTT form, bit-for-bit equal to SEAL's `multiply`
 * and `add` there. One kernel instance per thread (`loadResidueKernel()`), with its own linear
 * memory holding Uint32 residue regions, laid out as SEAL does: data[(poly*k + i)*N + c].
 *
 * Validation happens here, once, at the boundary (noble style): regions live and large enough,
 * N a multiple of 4, primes in [2, 2^31), sizes and scalars in range. The kernels trust their
 * arguments. Residues are assumed in [0, q_i); `checkResidues` verifies that for data from outside.
 */
import { SealmatchError } from '../../errors.js';
import { instantiateKernelModule, type KernelExports } from './kernel-module.js';
import { RegionAllocator } from './region-allocator.js';

/** A run of Uint32 residues in kernel memory. Handles are checked on every use. */
export interface KernelRegion {
  /** Byte offset in kernel memory; a multiple of 16. */
  readonly byteOffset: number;
  /** Number of u32 residues. */
  readonly length: number;
}

/** One RNS level as the kernels see it: its primes, N and the per-prime constant table. */
export interface KernelLevel {
  readonly primes: readonly number[];
  /** Number of primes. */
  readonly k: number;
  /** Ring dimension: residues per prime per polynomial, a multiple of 4. */
  readonly N: number;
  /** Residues in one polynomial at this level: k*N. */
  readonly polyLength: number;
  /** Constant table (32 bytes per prime), owned by the kernel; freed by `releaseLevel`. */
  readonly consts: KernelRegion;
}

const PAGE = 65536;
/** Bytes of kernel memory below the first region: offset 0 is never a valid region. */
const RESERVED = 64;
/** Bytes per prime in the constant table (see the .wat header). */
const CONSTS_BYTES = 32;
/** mulAccumulate's scratch: three u64 sums per coefficient (6 u32) x CHUNK (2048) coefficients (see the .wat). */
const MAC_SCRATCH_RESIDUES = 6 * 2048;

/** A region record: the handle given out plus where its storage really lives. */
interface RegionRecord {
  /** The allocation this region lives in (itself for allocations, the parent for slices). */
  readonly root: KernelRegion;
  readonly allocatedBytes: number;
}

export class ResidueKernel {
  private readonly exports: KernelExports;
  private readonly allocator: RegionAllocator;
  private readonly regions = new WeakMap<KernelRegion, RegionRecord>();
  private readonly live = new Set<KernelRegion>();
  private scratch: KernelRegion | undefined;
  private macScratch: KernelRegion | undefined;

  /** Use `loadResidueKernel()`: one instance per thread. */
  constructor(exports: KernelExports) {
    this.exports = exports;
    this.allocator = new RegionAllocator(RESERVED, (bytes) => this.ensureCapacity(bytes));
  }

  /** Current size of the kernel's linear memory in bytes (it never shrinks). */
  get heapBytes(): number {
    return this.exports.memory.buffer.byteLength;
  }

  // ---------------------------------------------------------------- memory

  /** Allocates `length` u32 residues, zero-filled. Views from before may be stale afterwards. */
  alloc(length: number): KernelRegion {
    checkCount(length, 'region length', 1);
    const bytes = length * 4;
    const byteOffset = this.allocator.allocate(bytes);
    const region: KernelRegion = Object.freeze({ byteOffset, length });
    new Uint8Array(this.exports.memory.buffer, byteOffset, bytes).fill(0);
    this.regions.set(region, { root: region, allocatedBytes: bytes });
    this.live.add(region);
    return region;
  }

  /** Allocates room for `count` ciphertexts of `size` polynomials at `level`, contiguous. */
  allocCiphertexts(level: KernelLevel, size: number, count = 1): KernelRegion {
    checkCount(size, 'ciphertext size', 1);
    checkCount(count, 'ciphertext count', 1);
    return this.alloc(size * level.polyLength * count);
  }

  /**
   * A handle to residues [at, at + length) of `region`, sharing its storage (e.g. one column
   * ciphertext of a gallery block). `at` must be a multiple of 4 (16-byte alignment). Valid
   * while `region` is; free the parent, not the slice.
   */
  slice(region: KernelRegion, at: number, length: number): KernelRegion {
    const rec = this.record(region);
    checkCount(at, 'slice start', 0);
    checkCount(length, 'slice length', 1);
    if (at % 4 !== 0) throw new SealmatchError('E_INVALID_ARGUMENT', `slice start ${at} is not a multiple of 4`);
    if (at + length > region.length) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `slice [${at}, ${at + length}) outside region of ${region.length}`);
    }
    const s: KernelRegion = Object.freeze({ byteOffset: region.byteOffset + at * 4, length });
    this.regions.set(s, { root: rec.root, allocatedBytes: 0 });
    return s;
  }

  /** Frees an allocation (not a slice). Using it, or its slices, afterwards throws. */
  free(region: KernelRegion): void {
    const rec = this.record(region);
    if (rec.root !== region) throw new SealmatchError('E_INVALID_ARGUMENT', 'free the parent region, not a slice');
    this.live.delete(region);
    this.allocator.release(region.byteOffset, rec.allocatedBytes);
  }

  /** Frees every region and level (their handles become invalid). Memory keeps its size. */
  reset(): void {
    this.live.clear();
    this.scratch = undefined;
    this.macScratch = undefined;
    this.allocator.reset();
  }

  /**
   * A live view of the region's residues. Re-derive it after any `alloc` (memory growth detaches
   * the old buffer); do not keep it across awaits.
   */
  view(region: KernelRegion): Uint32Array {
    this.record(region);
    return new Uint32Array(this.exports.memory.buffer, region.byteOffset, region.length);
  }

  /** Copies `data` into the region starting at residue `at`. */
  write(region: KernelRegion, data: ArrayLike<number>, at = 0): void {
    checkCount(at, 'write offset', 0);
    if (at + data.length > region.length) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `writing ${data.length} residues at ${at} overflows region of ${region.length}`);
    }
    this.view(region).set(data, at);
  }

  /** A copy of the region's residues, independent of kernel memory. */
  read(region: KernelRegion): Uint32Array {
    return this.view(region).slice();
  }

  // ---------------------------------------------------------------- levels

  /** Prepares the constant table of a level. Throws E_INVALID_ARGUMENT for primes outside [2, 2^31). */
  prepareLevel(primes: readonly number[], N: number): KernelLevel {
    checkCount(primes.length, 'prime count', 1);
    checkCount(N, 'N', 4);
    if (N % 4 !== 0) throw new SealmatchError('E_INVALID_ARGUMENT', `N=${N} is not a multiple of 4`);
    for (const q of primes) {
      if (!Number.isInteger(q) || q < 2 || q >= 2 ** 31) {
        throw new SealmatchError('E_INVALID_ARGUMENT', `prime ${q} outside [2, 2^31)`);
      }
    }
    const k = primes.length;
    const consts = this.alloc((CONSTS_BYTES / 4) * k);
    const tmp = this.alloc(k);
    try {
      this.view(tmp).set(primes);
      const bad = this.exports.prepare(tmp.byteOffset, k, consts.byteOffset);
      if (bad !== 0) throw new SealmatchError('E_INTERNAL', `kernel rejected prime index ${bad - 1}`);
    } catch (e) {
      this.free(consts);
      throw e;
    } finally {
      this.free(tmp);
    }
    return Object.freeze({ primes: Object.freeze([...primes]), k, N, polyLength: k * N, consts });
  }

  /** Frees a level's constant table. */
  releaseLevel(level: KernelLevel): void {
    this.free(level.consts);
  }

  // ---------------------------------------------------------------- kernels

  /**
   * Throws E_INVALID_ARGUMENT, with the index in `details`, unless every residue of the `size`
   * polynomials at the start of `x` is below its prime. Use it on residues from outside.
   */
  checkResidues(level: KernelLevel, x: KernelRegion, size: number): void {
    this.need(level, x, size, 'x');
    const at = this.exports.firstOutOfRange(x.byteOffset, size, level.k, level.N, this.constsOf(level));
    if (at !== -1) throw new SealmatchError('E_INVALID_ARGUMENT', `residue ${at} is not below its prime`, { index: at });
  }

  /**
   * out = a (x) b: size-2 x size-2 -> size-3, SEAL's BGV multiply in NTT form
   * (out0 = a0 b0, out1 = a0 b1 + a1 b0, out2 = a1 b1, mod q_i). `out` must not overlap a or b.
   */
  tensor(level: KernelLevel, a: KernelRegion, b: KernelRegion, out: KernelRegion): void {
    this.need(level, a, 2, 'a');
    this.need(level, b, 2, 'b');
    this.need(level, out, 3, 'out');
    disjoint(out, 3 * level.polyLength, a, 2 * level.polyLength, 'out', 'a');
    disjoint(out, 3 * level.polyLength, b, 2 * level.polyLength, 'out', 'b');
    this.exports.tensor(a.byteOffset, b.byteOffset, out.byteOffset, level.k, level.N, this.constsOf(level));
  }

  /** x = factor * x mod q_i over `size` polynomials, in place. 0 <= factor < 2^31. */
  scale(level: KernelLevel, x: KernelRegion, size: number, factor: number): void {
    this.need(level, x, size, 'x');
    if (!Number.isInteger(factor) || factor < 0 || factor >= 2 ** 31) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `scale factor ${factor} outside [0, 2^31)`);
    }
    this.exports.scale(x.byteOffset, size, level.k, level.N, factor, this.constsOf(level));
  }

  /** x = x + y mod q_i over `size` polynomials, in place: SEAL's add. y is x, or disjoint from it. */
  add(level: KernelLevel, x: KernelRegion, y: KernelRegion, size: number): void {
    this.need(level, x, size, 'x');
    this.need(level, y, size, 'y');
    if (x.byteOffset !== y.byteOffset) disjoint(x, size * level.polyLength, y, size * level.polyLength, 'x', 'y');
    this.exports.add(x.byteOffset, y.byteOffset, size, level.k, level.N, this.constsOf(level));
  }

  /**
   * 1:N inner loop. `probes` holds d size-2 ciphertexts back to back (P_0..P_{d-1}); `gallery`
   * holds `blocks` blocks of d size-2 ciphertexts back to back (G_{b,0..d-1}); `out` receives
   * `blocks` size-3 ciphertexts, out_b = sum_j P_j (x) G_{b,j} mod q_i, equal bit for bit to SEAL's
   * multiply/add chain. The gallery is read in place: keep it in kernel memory for good.
   */
  mulAccumulate(
    level: KernelLevel,
    probes: KernelRegion,
    gallery: KernelRegion,
    out: KernelRegion,
    d: number,
    blocks = 1,
  ): void {
    checkCount(d, 'd', 1);
    checkCount(blocks, 'blocks', 1);
    const ct2 = 2 * level.polyLength;
    const ct3 = 3 * level.polyLength;
    this.need(level, probes, 2 * d, 'probes');
    this.need(level, gallery, 2 * d * blocks, 'gallery');
    this.need(level, out, 3 * blocks, 'out');
    disjoint(out, ct3 * blocks, probes, ct2 * d, 'out', 'probes');
    disjoint(out, ct3 * blocks, gallery, ct2 * d * blocks, 'out', 'gallery');
    this.macScratch ??= this.alloc(MAC_SCRATCH_RESIDUES);
    this.exports.mulAccumulate(
      probes.byteOffset, ct2 * 4, gallery.byteOffset, ct2 * 4, ct2 * 4 * d,
      out.byteOffset, ct3 * 4, d, blocks, level.k, level.N, this.constsOf(level), this.macScratch.byteOffset,
    );
  }

  /** Per prime i: sum_c u[i*N + c] * w[i*N + c] mod q_i, over one polynomial (k*N residues each). */
  dot(level: KernelLevel, u: KernelRegion, w: KernelRegion): number[] {
    this.need(level, u, 1, 'u');
    this.need(level, w, 1, 'w');
    const out = this.scratchFor(level.k);
    this.exports.dot(u.byteOffset, w.byteOffset, out.byteOffset, level.k, level.N, this.constsOf(level));
    return Array.from(this.view(out).subarray(0, level.k));
  }

  /** Per prime i: x[i*N + c] = x[i*N + c] + alpha[i] * e[i*N + c] mod q_i, 0 <= alpha[i] < q_i. */
  axpy(level: KernelLevel, x: KernelRegion, e: KernelRegion, alpha: ArrayLike<number>): void {
    this.need(level, x, 1, 'x');
    this.need(level, e, 1, 'e');
    if (x.byteOffset !== e.byteOffset) disjoint(x, level.polyLength, e, level.polyLength, 'x', 'e');
    if (alpha.length !== level.k) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `alpha has ${alpha.length} values for ${level.k} primes`);
    }
    for (let i = 0; i < level.k; i++) {
      const a = alpha[i]!;
      if (!Number.isInteger(a) || a < 0 || a >= level.primes[i]!) {
        throw new SealmatchError('E_INVALID_ARGUMENT', `alpha[${i}]=${a} outside [0, q_${i})`);
      }
    }
    const s = this.scratchFor(level.k);
    this.view(s).set(Array.from(alpha));
    this.exports.axpy(x.byteOffset, e.byteOffset, s.byteOffset, level.k, level.N, this.constsOf(level));
  }

  // ---------------------------------------------------------------- internals

  /**
   * Runs every kernel on small inputs (~3 ms) so V8 tiers them up from its baseline compiler
   * (Liftoff, several times slower on SIMD) to TurboFan before the first real call: wasm has no
   * on-stack replacement, so without this the first gallery sweep would run entirely in Liftoff.
   */
  warmUp(): void {
    const L = this.prepareLevel([1073741789, 2147483647], 1024);
    const regions = [this.allocCiphertexts(L, 2, 8), this.allocCiphertexts(L, 3, 2), this.alloc(L.polyLength)];
    const [cts, out, poly] = regions as [KernelRegion, KernelRegion, KernelRegion];
    const two = this.slice(cts, 0, 2 * L.polyLength);
    try {
      for (let r = 0; r < 20; r++) {
        this.tensor(L, two, two, out);
        this.mulAccumulate(L, cts, cts, out, 4, 2);
        this.scale(L, out, 3, 3);
        this.add(L, out, out, 3);
        this.dot(L, poly, poly);
        this.axpy(L, poly, poly, [1, 1]);
        this.checkResidues(L, out, 3);
      }
    } finally {
      for (const x of regions) this.free(x);
      this.releaseLevel(L);
    }
  }

  private record(region: KernelRegion): RegionRecord {
    const rec = this.regions.get(region);
    if (!rec || !this.live.has(rec.root)) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'kernel region is freed or belongs to another kernel');
    }
    return rec;
  }

  /** Checks that `region` is live and holds at least `polys` polynomials of `level`. */
  private need(level: KernelLevel, region: KernelRegion, polys: number, name: string): void {
    this.record(region);
    if (region.length < polys * level.polyLength) {
      throw new SealmatchError(
        'E_INVALID_ARGUMENT',
        `${name} holds ${region.length} residues, needs ${polys} x ${level.k} x ${level.N}`,
      );
    }
  }

  private constsOf(level: KernelLevel): number {
    this.record(level.consts);
    return level.consts.byteOffset;
  }

  /** A small kernel-owned region for per-prime scalars (alpha in, dot results out). */
  private scratchFor(k: number): KernelRegion {
    if (!this.scratch || this.scratch.length < k) {
      if (this.scratch) this.free(this.scratch);
      this.scratch = this.alloc(Math.max(k, 16));
    }
    return this.scratch;
  }

  private ensureCapacity(bytes: number): void {
    const mem = this.exports.memory;
    const have = mem.buffer.byteLength;
    if (bytes <= have) return;
    // Grow by at least half again, so a gallery loaded column by column grows O(log n) times.
    const want = Math.min(Math.max(bytes, Math.ceil(have * 1.5)), 2 ** 32);
    try {
      mem.grow(Math.ceil((want - have) / PAGE));
    } catch {
      try {
        mem.grow(Math.ceil((bytes - have) / PAGE));
      } catch (e) {
        throw new SealmatchError('E_INTERNAL', `kernel memory cannot grow to ${bytes} bytes`, undefined, { cause: e });
      }
    }
  }
}

function checkCount(v: number, what: string, min: number): void {
  if (!Number.isSafeInteger(v) || v < min) throw new SealmatchError('E_INVALID_ARGUMENT', `${what} ${v} must be an integer >= ${min}`);
}

function disjoint(x: KernelRegion, xLen: number, y: KernelRegion, yLen: number, xn: string, yn: string): void {
  const xs = x.byteOffset;
  const ys = y.byteOffset;
  if (xs < ys + yLen * 4 && ys < xs + xLen * 4) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `${xn} overlaps ${yn}`);
  }
}

// ------------------------------------------------------------------ per-thread instance

let loading: Promise<ResidueKernel> | undefined;
let loaded: ResidueKernel | undefined;

/**
 * The residue kernel of this thread, compiled and instantiated on first call. Needs the generated
 * module (npm run build:kernels; `npm install` runs it) and WebAssembly SIMD (Node >= 16.4).
 */
export function loadResidueKernel(): Promise<ResidueKernel> {
  loading ??= instantiate().then(
    (k) => (loaded = k),
    (e: unknown) => {
      loading = undefined; // let a later call retry
      throw e;
    },
  );
  return loading;
}

/** Current size in bytes of this thread's kernel memory (0 before loading). It never shrinks. */
export function wasmKernelHeapBytes(): number {
  return loaded?.heapBytes ?? 0;
}

async function instantiate(): Promise<ResidueKernel> {
  const kernel = new ResidueKernel(await instantiateKernelModule());
  kernel.warmUp();
  return kernel;
}
