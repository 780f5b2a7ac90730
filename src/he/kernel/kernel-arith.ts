/**
 * ResidueArith on the WebAssembly SIMD kernel. Inputs are copied into kernel memory (a memcpy of
 * ~100 KB per ciphertext, negligible next to SEAL), computed there, and copied back. Constant
 * vectors (the score-slot e and w) stay resident after first use.
 */
import { loadResidueKernel, type KernelLevel, type KernelRegion, type ResidueKernel } from './residue-kernel.js';
import type { ResidueArith } from './residue-arith.js';

export class KernelResidueArith implements ResidueArith {
  private readonly kernel: ResidueKernel;
  private readonly levels = new Map<string, KernelLevel>();
  private readonly scratch = new Map<string, KernelRegion>();
  private readonly resident = new WeakMap<Uint32Array, KernelRegion>();

  private constructor(kernel: ResidueKernel) {
    this.kernel = kernel;
  }

  /** The kernel arithmetic of this thread (loads the WebAssembly module on first use). */
  static async create(): Promise<KernelResidueArith> {
    return new KernelResidueArith(await loadResidueKernel());
  }

  private level(primes: readonly number[], N: number): KernelLevel {
    const key = `${N}:${primes.join(',')}`;
    let l = this.levels.get(key);
    if (!l) {
      l = this.kernel.prepareLevel(primes, N);
      this.levels.set(key, l);
    }
    return l;
  }

  /** A reusable scratch region of `length` residues, by name. */
  private region(name: string, length: number): KernelRegion {
    const key = `${name}:${length}`;
    let r = this.scratch.get(key);
    if (!r) {
      r = this.kernel.alloc(length);
      this.scratch.set(key, r);
    }
    return r;
  }

  private constant(v: Uint32Array): KernelRegion {
    let r = this.resident.get(v);
    if (!r) {
      r = this.kernel.alloc(v.length);
      this.kernel.write(r, v);
      this.resident.set(v, r);
    }
    return r;
  }

  tensor(a: Uint32Array, b: Uint32Array, primes: readonly number[], N: number, out: Uint32Array): void {
    const level = this.level(primes, N);
    const ra = this.region('a', a.length);
    const rb = this.region('b', b.length);
    const ro = this.region('out', out.length);
    this.kernel.write(ra, a);
    this.kernel.write(rb, b);
    this.kernel.tensor(level, ra, rb, ro);
    out.set(this.kernel.view(ro));
  }

  scale(x: Uint32Array, factor: number, primes: readonly number[], N: number): void {
    const level = this.level(primes, N);
    const r = this.region('x', x.length);
    this.kernel.write(r, x);
    this.kernel.scale(level, r, x.length / level.polyLength, factor);
    x.set(this.kernel.view(r));
  }

  dot(u: Uint32Array, w: Uint32Array, primes: readonly number[], N: number): number[] {
    const level = this.level(primes, N);
    const ru = this.region('u', u.length);
    this.kernel.write(ru, u);
    return this.kernel.dot(level, ru, this.constant(w));
  }

  axpy(x: Uint32Array, alpha: readonly number[], e: Uint32Array, primes: readonly number[], N: number): void {
    const level = this.level(primes, N);
    const rx = this.region('u', x.length);
    this.kernel.write(rx, x);
    this.kernel.axpy(level, rx, this.constant(e), alpha);
    x.set(this.kernel.view(rx));
  }
}
