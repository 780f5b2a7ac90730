/**
 * The baseline sealmatch is measured against: 1:1 matching as a JavaScript developer would write
 * it with node-seal alone. CKKS, N = 8192, coefficient modulus 60+40+40+60, scale 2^40; the
 * 512-D probe and reference fill slots; the server multiplies ciphertexts, relinearizes,
 * rescales and rotate-and-sums (log2 d rotations), then serializes the result. Used only by
 * benchmarks; not part of the protocol.
 */
import type { CKKSEncoder, Ciphertext, Decryptor, Encryptor, Evaluator, GaloisKeys, RelinKeys, SEALContext } from 'node-seal';
import { loadSeal, type Seal } from '../../src/he/seal/seal.js';

export class NaiveCkks implements Disposable {
  readonly dim: number;
  private readonly seal: Seal;
  private readonly context: SEALContext;
  private readonly encoder: CKKSEncoder;
  private readonly encryptor: Encryptor;
  private readonly decryptor: Decryptor;
  private readonly evaluator: Evaluator;
  private readonly relinKeys: RelinKeys;
  private readonly galoisKeys: GaloisKeys;
  private readonly owned: { delete(): void }[] = [];
  readonly galoisKeyBytes: number;
  readonly relinKeyBytes: number;
  private readonly scale = 2 ** 40;

  private constructor(seal: Seal, dim: number) {
    this.seal = seal;
    this.dim = dim;
    const parms = new seal.EncryptionParameters(seal.SchemeType.ckks);
    parms.setPolyModulusDegree(8192);
    const coeffs = seal.CoeffModulus.Create(8192, Int32Array.from([60, 40, 40, 60]));
    parms.setCoeffModulus(coeffs);
    this.context = new seal.SEALContext(parms, true, seal.SecLevelType.tc128);
    coeffs.delete();
    parms.delete();
    const kg = new seal.KeyGenerator(this.context);
    const pk = kg.createPublicKey();
    const sk = kg.secretKey();
    this.relinKeys = kg.createRelinKeys();
    const steps = [];
    for (let s = 1; s < dim; s *= 2) steps.push(s);
    this.galoisKeys = kg.createGaloisKeysWithSteps(Int32Array.from(steps));
    const zstd = seal.ComprModeType.zstd;
    this.galoisKeyBytes = (this.galoisKeys.saveToArray(zstd) as Uint8Array).length;
    this.relinKeyBytes = (this.relinKeys.saveToArray(zstd) as Uint8Array).length;
    this.encoder = new seal.CKKSEncoder(this.context);
    this.encryptor = new seal.Encryptor(this.context, pk);
    this.decryptor = new seal.Decryptor(this.context, sk);
    this.evaluator = new seal.Evaluator(this.context);
    this.owned.push(kg, pk, sk);
  }

  static async create(dim: number): Promise<NaiveCkks> {
    return new NaiveCkks(await loadSeal(), dim);
  }

  /** Terminal: encode into slots, encrypt, serialize (zstd, node-seal's usual choice). */
  encrypt(values: ArrayLike<number>): Uint8Array {
    const pt = new this.seal.Plaintext();
    const ct = new this.seal.Ciphertext();
    try {
      this.encoder.encode(Float64Array.from(values), this.scale, pt);
      this.encryptor.encrypt(pt, ct);
      return Uint8Array.from(ct.saveToArray(this.seal.ComprModeType.zstd) as Uint8Array);
    } finally {
      pt.delete();
      ct.delete();
    }
  }

  /** Deserializes a ciphertext (caller deletes it). */
  load(bytes: Uint8Array): Ciphertext {
    const ct = new this.seal.Ciphertext();
    ct.loadFromArray(this.context, bytes);
    return ct;
  }

  /** Server: <a, b> into slot 0 via multiply, relinearize, rescale, rotate-and-sum; serialized. */
  match(a: Ciphertext, b: Ciphertext): Uint8Array {
    const { evaluator } = this;
    const prod = new this.seal.Ciphertext();
    const rot = new this.seal.Ciphertext();
    try {
      evaluator.multiply(a, b, prod);
      evaluator.relinearizeInplace(prod, this.relinKeys);
      evaluator.rescaleToNextInplace(prod);
      for (let s = 1; s < this.dim; s *= 2) {
        evaluator.rotateVector(prod, s, this.galoisKeys, rot);
        evaluator.addInplace(prod, rot);
      }
      return Uint8Array.from(prod.saveToArray(this.seal.ComprModeType.zstd) as Uint8Array);
    } finally {
      prod.delete();
      rot.delete();
    }
  }

  /** Key holder: decrypt and read slot 0. */
  decrypt(bytes: Uint8Array): number {
    const ct = this.load(bytes);
    const pt = new this.seal.Plaintext();
    try {
      this.decryptor.decrypt(ct, pt);
      return (this.encoder.decodeFloat64(pt) as Float64Array)[0]!;
    } finally {
      ct.delete();
      pt.delete();
    }
  }

  delete(): void {
    for (const o of [this.encoder, this.encryptor, this.decryptor, this.evaluator, this.relinKeys, this.galoisKeys, ...this.owned]) o.delete();
    this.context.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
