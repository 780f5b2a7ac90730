/**
 * mulAccumulate A/B: this checkout's residue kernel against a baseline kernel (another commit's
 * .wat, compiled here with wabt, or a built .wasm), both loaded in this one process and timed in
 * alternating rounds (A B B A ...), so both see the same machine state. The work is the 1:N gallery
 * sweep of one thread: per block, sum_j P_j (x) G_{b,j} at the preset's product level, over
 * resident blocks of uniformly random residues (the kernel's cost does not depend on values), as
 * GalleryKernel runs it (authenticated sets: one call per MAC group of d / (1 + k) columns).
 * Prints one JSON line: per preset, median ms per block and templates/s/core (N slots per block),
 * for base and head, their ratio (of the medians, and the median of the per-round ratios), and
 * whether both kernels' outputs were identical.
 *
 * Run (the baseline is main's kernel source):
 *   git show main:native-bindings/src/residue-kernels.wat > /tmp/base.wat
 *   npx tsx bench/kernel-fold.ts --base /tmp/base.wat [--rounds 9] [--presets ID,ID]
 */
import { readFile } from 'node:fs/promises';
import wabtInit from 'wabt';
import { HeContext } from '../src/he/seal/context.js';
import { productLevelOf } from '../src/he/seal/gallery-block.js';
import { instantiateKernelModule, type KernelExports } from '../src/he/kernel/kernel-module.js';
import { ResidueKernel, type KernelLevel, type KernelRegion } from '../src/he/kernel/residue-kernel.js';
import { asIdentifyPreset } from '../src/params/presets.js';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const basePath = arg('base');
if (!basePath) throw new Error('usage: npx tsx bench/kernel-fold.ts --base FILE.wat|FILE.wasm [--rounds 9] [--presets ID,ID]');
const ROUNDS = Number(arg('rounds', '9'));
const PRESETS = arg('presets', 'sm2-bgv8192-face-1toN-auth,sm1-bgv4096-face-1toN')!.split(',');
/** Resident blocks per preset and kernel: enough that a sweep streams the gallery from memory. */
const GALLERY_BYTES = 600e6;

async function baseKernel(path: string): Promise<ResidueKernel> {
  let bytes = new Uint8Array(await readFile(path));
  if (path.endsWith('.wat')) {
    const wabt = await wabtInit();
    const mod = wabt.parseWat(path, new TextDecoder().decode(bytes), { simd: true });
    try {
      mod.resolveNames();
      mod.validate();
      bytes = new Uint8Array(mod.toBinary({ canonicalize_lebs: true, write_debug_names: false }).buffer);
    } finally {
      mod.destroy();
    }
  }
  const { instance } = await WebAssembly.instantiate(bytes, {});
  const k = new ResidueKernel(instance.exports as unknown as KernelExports);
  k.warmUp();
  return k;
}

async function headKernel(): Promise<ResidueKernel> {
  const k = new ResidueKernel(await instantiateKernelModule());
  k.warmUp();
  return k;
}

function fillRandom(view: Uint32Array, primes: readonly number[], N: number, seed: number): void {
  let s = seed >>> 0 || 1;
  for (let off = 0; off < view.length; off += N) {
    const q = primes[(off / N) % primes.length]!;
    for (let c = 0; c < N; c++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      view[off + c] = (s >>> 0) % q;
    }
  }
}

/** One preset's gallery in one kernel: probes, resident blocks, and the sweep GalleryKernel does. */
interface Setup {
  readonly kernel: ResidueKernel;
  readonly level: KernelLevel;
  readonly probes: KernelRegion;
  readonly blocks: KernelRegion[];
  readonly out: KernelRegion;
}

interface Shape {
  readonly id: string;
  readonly primes: readonly number[];
  readonly N: number;
  readonly d: number;
  readonly groups: number;
  readonly blocks: number;
}

function setup(kernel: ResidueKernel, shape: Shape): Setup {
  const level = kernel.prepareLevel(shape.primes, shape.N);
  const probes = kernel.allocCiphertexts(level, 2, shape.d);
  fillRandom(kernel.view(probes), shape.primes, shape.N, 7);
  const blocks = Array.from({ length: shape.blocks }, (_, b) => {
    const r = kernel.allocCiphertexts(level, 2, shape.d);
    fillRandom(kernel.view(r), shape.primes, shape.N, 11 + b);
    return r;
  });
  return { kernel, level, probes, blocks, out: kernel.allocCiphertexts(level, 3, 1) };
}

/** Scores every resident block once (per MAC group for authenticated sets); returns ms. */
function sweep(s: Setup, shape: Shape): number {
  const K = s.kernel;
  const ct2 = 2 * s.level.polyLength;
  const n = shape.d / shape.groups;
  const t0 = performance.now();
  for (const block of s.blocks) {
    for (let g = 0; g < shape.groups; g++) {
      K.mulAccumulate(s.level, K.slice(s.probes, g * n * ct2, n * ct2), K.slice(block, g * n * ct2, n * ct2), s.out, n, 1);
    }
  }
  return performance.now() - t0;
}

/** Outputs of one block's groups (a copy), to check both kernels agree bit for bit. */
function outputs(s: Setup, shape: Shape): Uint32Array[] {
  const K = s.kernel;
  const ct2 = 2 * s.level.polyLength;
  const n = shape.d / shape.groups;
  return Array.from({ length: shape.groups }, (_, g) => {
    K.mulAccumulate(s.level, K.slice(s.probes, g * n * ct2, n * ct2), K.slice(s.blocks[0]!, g * n * ct2, n * ct2), s.out, n, 1);
    return K.read(s.out);
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 4): number => Number(x.toPrecision(digits));

const base = await baseKernel(basePath);
const head = await headKernel();
const shapes: Shape[] = [];
for (const id of PRESETS) {
  const he = await HeContext.create(id);
  try {
    const p = asIdentifyPreset(he.preset);
    const primes = he.level(productLevelOf(he)).primes;
    const blockBytes = p.expansionDim * 2 * primes.length * he.N * 4;
    shapes.push({ id, primes, N: he.N, d: p.expansionDim, groups: 1 + (p.macInstances ?? 0), blocks: Math.max(1, Math.round(GALLERY_BYTES / blockBytes)) });
  } finally {
    he.delete();
  }
}

// Every preset's gallery stays resident in both kernels, so each round times all of them.
const runs = shapes.map((shape) => {
  const a = setup(base, shape);
  const b = setup(head, shape);
  const [oa, ob] = [outputs(a, shape), outputs(b, shape)];
  const identical = oa.every((x, g) => x.length === ob[g]!.length && x.every((v, i) => v === ob[g]![i]));
  sweep(a, shape);
  sweep(b, shape); // warm: first touch of the resident pages
  return { shape, a, b, identical, base: [] as number[], head: [] as number[] };
});
for (let r = 0; r < ROUNDS; r++) {
  for (const run of runs) {
    const t = (s: Setup): number => sweep(s, run.shape) / run.shape.blocks;
    // A B, then B A: a drift within a round favours neither
    if (r % 2 === 0) {
      run.base.push(t(run.a));
      run.head.push(t(run.b));
    } else {
      run.head.push(t(run.b));
      run.base.push(t(run.a));
    }
  }
}
const results: Record<string, unknown> = {};
for (const { shape, identical, base: msBase, head: msHead } of runs) {
  const [mb, mh] = [median(msBase), median(msHead)];
  results[shape.id] = {
    primes: shape.primes,
    primeBits: shape.primes.map((q) => round(Math.log2(q), 3)),
    N: shape.N,
    d: shape.d,
    groups: shape.groups,
    residentBlocks: shape.blocks,
    identical,
    base: { msPerBlockMedian: round(mb), templatesPerSecPerCore: Math.round(shape.N / (mb / 1000)), msPerBlock: msBase.map((x) => round(x)) },
    head: { msPerBlockMedian: round(mh), templatesPerSecPerCore: Math.round(shape.N / (mh / 1000)), msPerBlock: msHead.map((x) => round(x)) },
    speedup: round(mb / mh, 3),
    // base/head within each round (both timed back to back): robust to the machine's drift
    speedupPerRoundMedian: round(median(msBase.map((x, r) => x / msHead[r]!)), 3),
  };
}
console.log(JSON.stringify({ bench: 'kernel-fold', node: process.version, rounds: ROUNDS, base: basePath, results }));
