/**
 * The HE side of 1:1 verification as one object the matcher owns: validates probe and reference
 * containers, computes the masked blinded product, serializes it. Holds no key of any kind.
 */
import { SealmatchError, isSealmatchError } from '../../errors.js';
import { KernelResidueArith } from './kernel-arith.js';
import { containerLength, decodeCiphertext, encodeCiphertext } from '../codec/ciphertext-codec.js';
import { scoreIndex } from '../codec/coefficient-encoding.js';
import { HeContext } from '../seal/context.js';
import { MaskedProduct, type SlotBlinding } from './masked-product.js';
import { jsResidueArith, type ResidueArith } from './residue-arith.js';
import type { RawCiphertext } from '../codec/seal-format.js';
import { scoreSlot } from './score-slot.js';
import { CHECK_COEFFICIENTS } from '../../params/authenticated-layout.js';

/** A validated fresh ciphertext, ready for the product. */
export interface LoadedCiphertext {
  readonly raw: RawCiphertext;
  readonly correctionFactor: bigint;
}

async function defaultArith(): Promise<ResidueArith> {
  try {
    return await KernelResidueArith.create();
  } catch (e) {
    if (isSealmatchError(e, 'E_RUNTIME')) return jsResidueArith;
    throw e;
  }
}

export class VerifyComputation implements Disposable {
  readonly he: HeContext;
  private readonly product: MaskedProduct;

  private constructor(he: HeContext, arith: ResidueArith) {
    this.he = he;
    // Authenticated presets keep the six check coefficients (all with offset 0, no scalar);
    // the others keep the score coefficient, offset by the matcher's blinding.
    const kept = he.preset.authenticated ? CHECK_COEFFICIENTS : [scoreIndex(he.preset.maxDim)];
    this.product = new MaskedProduct(he, arith, kept.map((m) => scoreSlot(he, m, he.firstLevel)), he.firstLevel);
  }

  /**
   * Builds the computation for a preset. Residue arithmetic defaults to the WebAssembly SIMD
   * kernel; the portable JS implementation is used only where the runtime lacks WASM SIMD.
   */
  static async create(presetId: string, arith?: ResidueArith): Promise<VerifyComputation> {
    arith ??= await defaultArith();
    const he = await HeContext.create(presetId);
    try {
      return new VerifyComputation(he, arith);
    } catch (e) {
      he.delete();
      throw e;
    }
  }

  /** Fully validates a fresh (size-2, top-level) ciphertext container. */
  load(bytes: Uint8Array): LoadedCiphertext {
    return decodeCiphertext(this.he, bytes, { sizes: [2], chainIndex: this.he.firstLevel });
  }

  /**
   * Splits concatenated containers (a chunked template: K fresh ciphertexts back to back) and
   * validates each. Throws E_MALFORMED_CIPHERTEXT unless the bytes are exactly K containers.
   */
  loadChunks(bytes: Uint8Array, chunks: number): LoadedCiphertext[] {
    const len = containerLength(this.he, 2, this.he.firstLevel);
    if (!(bytes instanceof Uint8Array) || bytes.length !== chunks * len) {
      throw new SealmatchError('E_MALFORMED_CIPHERTEXT', `expected ${chunks} ciphertext(s) of ${len} bytes, got ${bytes?.length ?? 0} bytes`);
    }
    return Array.from({ length: chunks }, (_, i) => this.load(bytes.subarray(i * len, (i + 1) * len)));
  }

  /** The masked, blinded product of probe and reference as a size-3 container. */
  compute(probe: LoadedCiphertext, reference: LoadedCiphertext, blinding: SlotBlinding): Uint8Array {
    if (probe.raw === reference.raw) throw new SealmatchError('E_INVALID_ARGUMENT', 'probe and reference are the same object');
    const out = this.product.compute(probe.raw, probe.correctionFactor, reference.raw, reference.correctionFactor, blinding);
    return encodeCiphertext(this.he, out.raw, out.correctionFactor);
  }

  /**
   * Authenticated presets: sum_c P_c (x) G_c + U, U uniform except 0 at the six check
   * coefficients. No scalar, no offset: the blinding and threshold are inside the templates.
   */
  computeAuthenticated(pairs: readonly { probe: LoadedCiphertext; reference: LoadedCiphertext }[]): Uint8Array {
    if (!this.he.preset.authenticated) throw new SealmatchError('E_INTERNAL', 'not an authenticated preset');
    return this.computeWeighted(pairs.map((p) => ({ ...p, weight: 1 })), { factor: 1, offset: 0 });
  }

  /** Score-level fusion: sum_i w_i <p_i, g_i>, masked and blinded as `compute`. */
  computeWeighted(terms: readonly { probe: LoadedCiphertext; reference: LoadedCiphertext; weight: number }[], blinding: SlotBlinding): Uint8Array {
    const out = this.product.computeWeighted(
      terms.map((x) => ({ a: x.probe.raw, aCf: x.probe.correctionFactor, b: x.reference.raw, bCf: x.reference.correctionFactor, weight: x.weight })),
      blinding,
    );
    return encodeCiphertext(this.he, out.raw, out.correctionFactor);
  }

  delete(): void {
    this.he.delete();
  }

  [Symbol.dispose](): void {
    this.delete();
  }
}
