/**
 * `npx tsx bench/expansion-params.ts [--only NAME,...]`: measures candidate parameter sets for the
 * 1:N pipeline (docs/PARAMETERS-1toN.md). For each candidate it builds the BGV context (SEAL's
 * tc128 check must accept it), encrypts a worst-case probe (every feature at +qMax), expands it
 * into d constants (src/he/seal/expansion.ts), switches outputs and gallery columns down to the product
 * level, multiplies with d gallery columns (every slot at +-qMax, random sign: the batched
 * plaintext is then uniform mod t, the worst case for noise), accumulates, blinds with the largest
 * factor R that fits t, and prints SEAL's invariant noise budget at each stage, Galois key bytes,
 * per-template bytes, and whether decryption equals the plaintext computation in every slot.
 * Last stdout line: one JSON object.
 */
import type { Ciphertext } from 'node-seal';
import { HeContext } from '../src/he/seal/context.js';
import { encodeExpandableProbe, expandProbe, expansionGaloisElements, generateExpansionKeys, loadGaloisKeys } from '../src/he/seal/expansion.js';
import { generateKeyPair, loadPublicKey, loadSecretKey } from '../src/he/seal/keys.js';
import type { Preset, PresetId } from '../src/params/presets.js';
import { loadSeal, type Seal } from '../src/he/seal/seal.js';
import { buildSealPlaintext } from '../src/he/codec/seal-format.js';

interface Candidate {
  name: string;
  N: number;
  /** coefficient modulus bits; the last is SEAL's special prime. */
  bits: number[];
  /** plain modulus: a bit count (SEAL's PlainModulus.Batching picks the prime) or the prime itself. */
  tBits: number | bigint;
  /** primes dropped after expansion / after gallery encryption, before the product. */
  drop: number;
  d: number;
  scale: number;
  quantBits: number;
}

const C = (name: string, N: number, bits: number[], tBits: number | bigint, drop: number, d: number, scale: number, quantBits = 8): Candidate => ({ name, N, bits, tBits, drop, d, scale, quantBits });

const CANDIDATES: Candidate[] = [
  // SEAL needs t below the FIRST prime (the last level keeps only it), so the first prime is the
  // largest and a prime dropped after expansion sits last among the data primes.
  // N=4096, 3 data primes, no switch: the expansion's noise growth stays in the product.
  C('A 26x3|31 t20 s64', 4096, [26, 26, 26, 31], 20, 0, 512, 64),
  C('A2 27x3|28 t17 s16', 4096, [27, 27, 27, 28], 17, 0, 512, 16),
  C('A3 28x3|25 t17 s16', 4096, [28, 28, 28, 25], 17, 0, 512, 16),
  C('A3 28x3|25 t17 s24', 4096, [28, 28, 28, 25], 17, 0, 512, 24),
  C('A3 28x3|25 t18 s32', 4096, [28, 28, 28, 25], 18, 0, 512, 32),
  C('A4 29x3|22 t17 s24', 4096, [29, 29, 29, 22], 17, 0, 512, 24),
  C('A4 29x3|22 t18 s32', 4096, [29, 29, 29, 22], 18, 0, 512, 32),
  C('A5 30x3|19 t18 s32', 4096, [30, 30, 30, 19], 18, 0, 512, 32),
  C('A5 30x3|19 t17 s24', 4096, [30, 30, 30, 19], 17, 0, 512, 24),
  // N=4096, 4 data primes, drop one after expansion: product at 3 primes.
  C('B 22x3,21|22 t20 s64', 4096, [22, 22, 22, 21, 22], 20, 1, 512, 64),
  C('C 24x3,18|19 t17 s16', 4096, [24, 24, 24, 18, 19], 17, 1, 512, 16),
  C('D 25x3,17|17 t18 s32', 4096, [25, 25, 25, 17, 17], 18, 1, 512, 32),
  C('D 25x3,17|17 t19 s32', 4096, [25, 25, 25, 17, 17], 19, 1, 512, 32),
  C('G 26x3,15|16 t18 s32', 4096, [26, 26, 26, 15, 16], 18, 1, 512, 32),
  // N=4096, 3 data primes, drop one: product at 2 primes (fastest kernel).
  C('E 31,31,23|24 t17 s16', 4096, [31, 31, 23, 24], 17, 1, 512, 16),
  // 128-D (l = 7).
  C('E128 31,31,23|24 t16 s16', 4096, [31, 31, 23, 24], 16, 1, 128, 16),
  C('A3-128 28x3|25 t18 s32', 4096, [28, 28, 28, 25], 18, 0, 128, 32),
  C('A3-128 28x3|25 t19 s64', 4096, [28, 28, 28, 25], 19, 0, 128, 64),
  C('A4-128 29x3|22 t19 s64', 4096, [29, 29, 29, 22], 19, 0, 128, 64),
  C('A5-128 30x3|19 t19 s64', 4096, [30, 30, 30, 19], 19, 0, 128, 64),
  C('D128 25x3,17|17 t19 s32', 4096, [25, 25, 25, 17, 17], 19, 1, 128, 32),
  // Chosen shape 28x3|25 with the smallest t (prime, 1 mod 2N) that gives the wanted R.
  C('P512 28x3|25 s64 R16', 4096, [28, 28, 28, 25], 319489n, 0, 512, 64),
  C('P512 28x3|25 s64 R32', 4096, [28, 28, 28, 25], 638977n, 0, 512, 64),
  C('P512 28x3|25 s48 R35', 4096, [28, 28, 28, 25], 417793n, 0, 512, 48),
  C('P512 27x3|28 s64 R16', 4096, [27, 27, 27, 28], 319489n, 0, 512, 64),
  C('P128 28x3|25 s64 R16', 4096, [28, 28, 28, 25], 286721n, 0, 128, 64),
  C('P128 28x3|25 s64 R31', 4096, [28, 28, 28, 25], 557057n, 0, 128, 64),
  C('P128 28x3|25 s128 R16', 4096, [28, 28, 28, 25], 1130497n, 0, 128, 128),
  // N=8192: the security bound allows 218 bits, but Galois keys grow with N and K(K+1).
  C('N8k 31x6|31 drop3 t22 s128', 8192, [31, 31, 31, 31, 31, 31, 31], 22, 3, 512, 128),
  C('N8k 31x3|31 t20 s64', 8192, [31, 31, 31, 31], 20, 0, 512, 64),
  C('N8k 31,31|31 t17 s16', 8192, [31, 31, 31], 17, 0, 512, 16),
];

function candidatePreset(c: Candidate, t: bigint): Preset {
  return {
    kind: '1:N',
    expansionDim: c.d,
    productLevel: 0,
    id: `bench-${c.name.replace(/[^A-Za-z0-9]+/g, '-')}` as PresetId, // a candidate, never on the wire
    description: c.name,
    polyModulusDegree: c.N,
    coeffModulusBits: c.bits,
    plainModulus: t,
    maxDim: c.d,
    minDim: 1,
    quantScale: c.scale,
    quantBits: c.quantBits,
    scoreBound: Math.ceil((c.scale + Math.sqrt(c.d) / 2) ** 2),
    blindFactorMax: 1,
    defaultThresholdCosine: 0.5,
    resultLevel: 0,
  };
}

/** Candidates are not registered presets, so the bench reaches HeContext's private constructor. */
function candidateContext(seal: Seal, preset: Preset): HeContext {
  const Ctor = HeContext as unknown as new (s: Seal, p: Preset) => HeContext;
  return new Ctor(seal, preset);
}

/** Largest blinding factor R with R*(bound + Tmax) + R < t/2 (Tmax = scale^2: thresholds are cosines). */
function maxBlindFactor(t: bigint, bound: number, scale: number): number {
  return Math.floor((Number(t) / 2 - 1) / (bound + scale * scale + 1));
}

function minBudget(dec: { invariantNoiseBudget(c: Ciphertext): number }, cts: Ciphertext[]): number {
  let m = Infinity;
  for (const c of cts) m = Math.min(m, dec.invariantNoiseBudget(c));
  return m;
}

interface Row {
  name: string;
  N: number;
  bits: string;
  t: string;
  tBits: number;
  d: number;
  scale: number;
  productPrimes: number;
  productBits: number;
  keyPrimes: number;
  galoisElements: number;
  galoisZstdBytes: number;
  galoisBitpackedBytes: number;
  bytesPerTemplate: number;
  multAddsPerTemplate: number;
  templatesPerSecAt2G: number;
  R: number;
  budgetFresh: number;
  budgetExpanded: number;
  budgetExpandedSwitched: number;
  budgetGallerySwitched: number;
  budgetOneProduct: number;
  budgetSum: number;
  budgetBlinded: number;
  budgetPerSlotR: number;
  /** A gallery column built by the matcher as Enc(g) (expanded constant) x unit slot mask. */
  budgetEnrollMasked: number;
  /** Product of an expanded probe constant with such a masked column. */
  budgetEnrollProduct: number;
  expansionExact: boolean;
  decryptExact: boolean;
  expandMs: number;
  error?: string;
}

async function measure(seal: Seal, c: Candidate): Promise<Row> {
  let t: bigint;
  if (typeof c.tBits === 'bigint') {
    t = c.tBits;
  } else {
    const mod = seal.PlainModulus.Batching(c.N, c.tBits);
    t = mod.value();
    mod.delete();
  }
  const preset = candidatePreset(c, t);
  const he = candidateContext(seal, preset);
  const tn = Number(t);
  const qMax = 2 ** (c.quantBits - 1) - 1;
  const R = maxBlindFactor(t, preset.scoreBound, c.scale);
  const K = c.bits.length - 1;
  const productPrimes = K - c.drop;
  const productLevel = he.level(he.firstLevel - c.drop);
  const productBits = productLevel.primeBits.reduce((a, b) => a + b, 0);
  const keyLevelBits = c.bits.reduce((a, b) => a + b, 0);
  const elements = expansionGaloisElements(c.N, c.d);
  const keys = generateKeyPair(he);
  const gkBytes = generateExpansionKeys(he, keys.secretKey, c.d);
  const gk = loadGaloisKeys(he, gkBytes);
  const pk = loadPublicKey(he, keys.publicKey);
  const sk = loadSecretKey(he, keys.secretKey);
  const enc = new seal.Encryptor(he.context, pk);
  const dec = new seal.Decryptor(he.context, sk);
  const be = new seal.BatchEncoder(he.context);
  const owned: { delete(): void }[] = [gk, pk, sk, enc, dec, be];
  const row: Row = {
    name: c.name,
    N: c.N,
    bits: c.bits.join(','),
    t: t.toString(),
    tBits: Math.round(Math.log2(Number(t)) * 100) / 100,
    d: c.d,
    scale: c.scale,
    productPrimes,
    productBits,
    keyPrimes: K,
    galoisElements: elements.length,
    galoisZstdBytes: gkBytes.length,
    // Seeded: one stored polynomial per decomposition component, K components over K+1 primes.
    galoisBitpackedBytes: elements.length * K * Math.ceil((c.N * keyLevelBits) / 8),
    bytesPerTemplate: Math.ceil((c.d * 2 * productBits) / 8),
    multAddsPerTemplate: 4 * productPrimes * c.d,
    templatesPerSecAt2G: Math.round(2e9 / (4 * productPrimes * c.d)),
    R,
    budgetFresh: NaN,
    budgetExpanded: NaN,
    budgetExpandedSwitched: NaN,
    budgetGallerySwitched: NaN,
    budgetOneProduct: NaN,
    budgetSum: NaN,
    budgetBlinded: NaN,
    budgetPerSlotR: NaN,
    budgetEnrollMasked: NaN,
    budgetEnrollProduct: NaN,
    expansionExact: false,
    decryptExact: false,
    expandMs: NaN,
  };
  const plain = (coeffs: number[]) => {
    const pt = new seal.Plaintext();
    pt.loadFromArray(he.context, buildSealPlaintext(coeffs));
    owned.push(pt);
    return pt;
  };
  const batched = (slots: number[]) => {
    const pt = new seal.Plaintext();
    be.encode(BigInt64Array.from(slots.map((v) => BigInt(v))), pt);
    owned.push(pt);
    return pt;
  };
  let outs: Ciphertext[] = [];
  try {
    // Worst-case probe: every feature at +qMax.
    const p = new Array<number>(c.d).fill(qMax);
    const probe = new seal.Ciphertext();
    owned.push(probe);
    enc.encrypt(plain(encodeExpandableProbe(p, c.d, t)), probe);
    row.budgetFresh = dec.invariantNoiseBudget(probe);
    const t0 = performance.now();
    outs = expandProbe(he, probe, c.d, gk);
    row.expandMs = Math.round(performance.now() - t0);
    row.budgetExpanded = minBudget(dec, outs);
    const pt = new seal.Plaintext();
    owned.push(pt);
    let exact = true;
    for (let j = 0; j < outs.length; j++) {
      dec.decrypt(outs[j]!, pt);
      const s = be.decodeBigInt64(pt) as BigInt64Array;
      if (Number(s[0]) !== p[j] || Number(s[c.N - 1]) !== p[j] || Number(s[c.N >> 1]) !== p[j]) exact = false;
    }
    row.expansionExact = exact;
    for (const o of outs) for (let k = 0; k < c.drop; k++) he.evaluator.cipherModSwitchToNextInplace(o);
    row.budgetExpandedSwitched = minBudget(dec, outs);

    // Gallery columns: slot s of column j = +-qMax (random sign), switched down like the probe.
    const sign = Array.from({ length: c.d }, () => Array.from({ length: c.N }, () => (Math.random() < 0.5 ? -1 : 1)));
    const acc = new seal.Ciphertext();
    const prod = new seal.Ciphertext();
    const col = new seal.Ciphertext();
    owned.push(acc, prod, col);
    const expected = new Array<number>(c.N).fill(0);
    let galleryBudget = Infinity;
    for (let j = 0; j < c.d; j++) {
      const g = sign[j]!.map((s) => s * qMax);
      const gpt = new seal.Plaintext();
      be.encode(BigInt64Array.from(g.map((v) => BigInt(v))), gpt);
      enc.encrypt(gpt, col);
      gpt.delete();
      for (let k = 0; k < c.drop; k++) he.evaluator.cipherModSwitchToNextInplace(col);
      if (j < 4) galleryBudget = Math.min(galleryBudget, dec.invariantNoiseBudget(col));
      he.evaluator.multiply(outs[j]!, col, prod);
      if (j === 0) {
        row.budgetOneProduct = dec.invariantNoiseBudget(prod);
        acc.assign(prod);
      } else {
        he.evaluator.addInplace(acc, prod);
      }
      for (let s = 0; s < c.N; s++) expected[s] += p[j]! * g[s]!;
    }
    row.budgetGallerySwitched = galleryBudget;
    row.budgetSum = dec.invariantNoiseBudget(acc);

    // Blinding with one factor r = R for all slots: (score - T) * r + r'_s, r'_s in [0, r).
    const T = Math.ceil(0.5 * c.scale * c.scale);
    const rp = Array.from({ length: c.N }, () => Math.floor(Math.random() * Math.max(R, 1)));
    const blinded = new seal.Ciphertext();
    owned.push(blinded);
    const Rm = Math.max(R, 1);
    he.evaluator.subPlain(acc, plain([T % tn]), blinded);
    he.evaluator.multiplyPlainInplace(blinded, plain([Rm]));
    he.evaluator.addPlainInplace(blinded, batched(rp));
    row.budgetBlinded = dec.invariantNoiseBudget(blinded);
    dec.decrypt(blinded, pt);
    const got = be.decodeBigInt64(pt) as BigInt64Array;
    let ok = true;
    for (let s = 0; s < c.N; s++) {
      const want = ((((expected[s]! - T) * Rm + rp[s]!) % tn) + tn) % tn;
      if (((Number(got[s]) % tn) + tn) % tn !== want) ok = false;
    }
    row.decryptExact = ok && row.budgetBlinded > 0;

    // For comparison only: a different factor per slot (a batched plaintext, uniform mod t).
    const perSlot = new seal.Ciphertext();
    owned.push(perSlot);
    he.evaluator.multiplyPlain(acc, batched(Array.from({ length: c.N }, () => 1 + Math.floor(Math.random() * Rm))), perSlot);
    row.budgetPerSlotR = dec.invariantNoiseBudget(perSlot);

    // For comparison only: enrolment by expansion, column = Enc(g_j) x (unit vector of slot 0).
    if (outs.length >= 2) {
      const unit = new Array<number>(c.N).fill(0);
      unit[0] = 1;
      const masked = new seal.Ciphertext();
      const mp = new seal.Ciphertext();
      owned.push(masked, mp);
      he.evaluator.multiplyPlain(outs[0]!, batched(unit), masked);
      row.budgetEnrollMasked = dec.invariantNoiseBudget(masked);
      he.evaluator.multiply(outs[1]!, masked, mp);
      row.budgetEnrollProduct = dec.invariantNoiseBudget(mp);
    }
  } catch (e) {
    row.error = e instanceof Error ? e.message.split('\n')[0]! : `SEAL threw ${String(e)} (no NTT-friendly prime of a requested size?)`;
  } finally {
    for (const o of outs) o.delete();
    for (const o of owned.reverse()) o.delete();
    he.delete();
  }
  return row;
}

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i >= 0 ? process.argv[i + 1]!.split(',') : undefined;
})();
const seal = await loadSeal();
const rows: Row[] = [];
for (const c of CANDIDATES) {
  if (only && !only.some((o) => c.name.startsWith(o))) continue;
  let r: Row;
  try {
    r = await measure(seal, c);
  } catch (e) {
    r = { name: c.name, N: c.N, bits: c.bits.join(','), tBits: Number(c.tBits), d: c.d, scale: c.scale, error: e instanceof Error ? e.message.split('\n')[0]! : `SEAL threw ${String(e)} (no NTT-friendly prime of a requested size?)` } as Row;
  }
  rows.push(r);
  process.stderr.write(`${JSON.stringify(r)}\n`);
}
const cols: [keyof Row, string][] = [
  ['name', 'candidate'],
  ['d', 'd'],
  ['tBits', 't'],
  ['scale', 's'],
  ['R', 'R'],
  ['productBits', 'prodbits'],
  ['budgetFresh', 'fresh'],
  ['budgetExpanded', 'expand'],
  ['budgetExpandedSwitched', 'exp->sw'],
  ['budgetGallerySwitched', 'gal sw'],
  ['budgetOneProduct', 'x1'],
  ['budgetSum', 'sum d'],
  ['budgetBlinded', 'blind'],
  ['budgetPerSlotR', 'slot r'],
  ['budgetEnrollProduct', 'enrol x1'],
  ['decryptExact', 'exact'],
  ['galoisZstdBytes', 'gk zstd'],
  ['galoisBitpackedBytes', 'gk packed'],
  ['bytesPerTemplate', 'B/tmpl'],
  ['templatesPerSecAt2G', 'tmpl/s@2G'],
  ['expandMs', 'expand ms'],
];
console.log(cols.map(([, h]) => h).join(' | '));
for (const r of rows) console.log(cols.map(([k]) => String(r[k] ?? '')).join(' | ') + (r.error ? ` | ERROR ${r.error}` : ''));
console.log(JSON.stringify({ bench: 'expansion-params', node: process.version, rows }));
