/**
 * Micro-benchmark of the WebAssembly SIMD residue kernels beside their SEAL baseline, one core.
 * Prints one JSON line:
 *   - tensor (size-2 x size-2 -> size-3, N=4096, k=3) vs SEAL evaluator.multiply on the same
 *     encryptions, medians in ms; also the kernel path including SEAL serialization both ways,
 *     which is what a caller pays when ciphertexts come from and return to SEAL objects;
 *   - mulAccumulate throughput in multiply-adds/s (one 32x32-bit product accumulated = one
 *     multiply-add; sum_j P_j (x) G_j costs 4*k*N of them per j) for d=512, one gallery block and
 *     four, vs SEAL's multiply + add chain.
 * Run: npx tsx bench/kernel-micro.ts [--preset ID]   (default the 1:1 preset, 30-bit primes; the 1:N
 * presets' 28-bit primes let mulAccumulate reduce less often. Machines drift up to 3x day to day: compare within a run)
 */
import { Bench } from 'tinybench';
import type { Ciphertext } from 'node-seal';
import { loadCiphertext } from '../src/he/seal/ciphertext.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { generateKeyPair } from '../src/he/seal/keys.js';
import { loadResidueKernel, wasmKernelHeapBytes, type KernelRegion } from '../src/he/kernel/residue-kernel.js';
import { buildSealCiphertext, parseSealCiphertext } from '../src/he/codec/seal-format.js';

const presetFlag = process.argv.indexOf('--preset');
const PRESET = presetFlag >= 0 ? process.argv[presetFlag + 1]! : 'sm1-bgv4096-face-1to1';
const D = 512;

function median(bench: Bench, name: string): number {
  const task = bench.getTask(name);
  const r = task?.result;
  if (!r || r.state !== 'completed') throw new Error(`benchmark task ${name} did not complete`);
  return r.latency.p50;
}

const he = await HeContext.create(PRESET);
const K = await loadResidueKernel();
const owned: Ciphertext[] = [];
const enc = new CoefficientEncryptor(he, generateKeyPair(he).publicKey);
try {
  const t = Number(he.t);
  const encryptRandom = (): Ciphertext => {
    const ct = loadCiphertext(he, enc.encrypt(Array.from({ length: he.N }, () => Math.floor(Math.random() * t))), { sizes: [2] });
    owned.push(ct);
    return ct;
  };
  const none = he.seal.ComprModeType.none;
  const a = encryptRandom();
  const b = encryptRandom();
  const prod = new he.seal.Ciphertext();
  const loaded = new he.seal.Ciphertext();
  owned.push(prod, loaded);
  const level = he.level(he.firstLevel);
  const L = K.prepareLevel(level.primes, he.N);
  const ka = K.allocCiphertexts(L, 2);
  const kb = K.allocCiphertexts(L, 2);
  const ko = K.allocCiphertexts(L, 3);
  const rawA = parseSealCiphertext(a.saveToArray(none) as Uint8Array);
  K.write(ka, rawA.residues);
  K.write(kb, parseSealCiphertext(b.saveToArray(none) as Uint8Array).residues);

  // mulAccumulate operands: random residues (the kernel's cost does not depend on the values).
  const fill = (r: KernelRegion): void => {
    const v = K.view(r);
    const n = he.N;
    for (let x = 0; x < v.length; x++) v[x] = Math.floor(Math.random() * level.primes[Math.floor(x / n) % L.k]!);
  };
  const probes = K.allocCiphertexts(L, 2, D);
  const gallery = K.allocCiphertexts(L, 2, D * 4);
  const acc = K.allocCiphertexts(L, 3, 4);
  fill(probes);
  fill(gallery);
  const sealDepth = 16; // SEAL's chain is linear in d: time 16 steps, not 512
  const sealP = Array.from({ length: sealDepth }, encryptRandom);
  const sealG = Array.from({ length: sealDepth }, encryptRandom);
  const sealAcc = new he.seal.Ciphertext();
  owned.push(sealAcc);

  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench
    .add('seal multiply', () => he.evaluator.multiply(a, b, prod))
    .add('kernel tensor', () => K.tensor(L, ka, kb, ko))
    .add('kernel tensor + SEAL I/O', () => {
      K.write(ka, parseSealCiphertext(a.saveToArray(none) as Uint8Array).residues);
      K.write(kb, parseSealCiphertext(b.saveToArray(none) as Uint8Array).residues);
      K.tensor(L, ka, kb, ko);
      loaded.loadFromArray(he.context, buildSealCiphertext({ ...rawA, size: 3, residues: K.view(ko) }));
    })
    .add('kernel mulAccumulate d=512', () => K.mulAccumulate(L, probes, gallery, acc, D, 1))
    .add('kernel mulAccumulate d=512 x4 blocks', () => K.mulAccumulate(L, probes, gallery, acc, D, 4))
    .add('seal multiply+add chain d=16', () => {
      he.evaluator.multiply(sealP[0]!, sealG[0]!, sealAcc);
      for (let j = 1; j < sealDepth; j++) {
        he.evaluator.multiply(sealP[j]!, sealG[j]!, prod);
        he.evaluator.add(sealAcc, prod, sealAcc);
      }
    });
  await bench.run();

  const macsPerJ = 4 * L.k * he.N;
  const tensorMs = median(bench, 'kernel tensor');
  const sealMs = median(bench, 'seal multiply');
  const mac1 = median(bench, 'kernel mulAccumulate d=512');
  const mac4 = median(bench, 'kernel mulAccumulate d=512 x4 blocks');
  const sealChain = median(bench, 'seal multiply+add chain d=16');
  const round = (x: number, digits = 4): number => Number(x.toPrecision(digits));
  console.log(
    JSON.stringify({
      bench: 'kernel-micro',
      preset: PRESET,
      N: he.N,
      k: L.k,
      node: process.version,
      tensorKernelMs: round(tensorMs),
      sealMultiplyMs: round(sealMs),
      tensorSpeedup: round(sealMs / tensorMs, 3),
      tensorWithSealIoMs: round(median(bench, 'kernel tensor + SEAL I/O')),
      mulAccumulateD: D,
      mulAccumulateMs: round(mac1),
      mulAccumulateMacPerSec: round((macsPerJ * D) / (mac1 / 1000), 3),
      mulAccumulate4BlocksMs: round(mac4),
      mulAccumulate4BlocksMacPerSec: round((macsPerJ * D * 4) / (mac4 / 1000), 3),
      sealMultiplyAddMacPerSec: round((macsPerJ * sealDepth) / (sealChain / 1000), 3),
      kernelHeapBytes: wasmKernelHeapBytes(),
    }),
  );
} finally {
  for (const c of owned) c.delete();
  enc.delete();
  he.delete();
}
