/**
 * @module he
 * The HE core's public face: everything outside `src/he/` reaches SEAL through these exports only
 * (test/architecture.test.ts fails otherwise). What is here hands out opaque owners (HeContext,
 * encryptors, decryptors, ExpansionKeys, kernels) and bytes; no SEAL type appears in these
 * signatures beyond HeContext's own members, which code outside he/ must not touch.
 *
 * Layout of he/:
 *   seal/    SEAL glue (private to he/): loading, context, keys, encrypt/decrypt, batching, probe
 *            expansion, gallery blocks, the 1:N refresh.
 *   codec/   SEAL-free containers and formats (SMCT/SMK, SEAL's serialization header, bit packing,
 *            coefficient encoding), known-answer tested.
 *   kernel/  residue arithmetic and the WebAssembly kernels the matcher computes with.
 *
 * Security note: nothing here checks who asked; callers authenticate before they decrypt.
 */
export { HeContext, type Level } from './seal/context.js';
export { wasmHeapBytes, assertRuntime } from './seal/seal.js';
export { generateKeyPair } from './seal/keys.js';
export { CoefficientEncryptor } from './seal/encryptor.js';
export { CoefficientDecryptor } from './seal/decryptor.js';
export { BatchCodec } from './seal/batch.js';
export { encodeExpandableProbe, expansionDepth, generateExpansionKeys, ExpansionKeys } from './seal/expansion.js';
export {
  GalleryKernel,
  productLevelOf,
  resultContainer,
  columnResidues,
  decodeGalleryBlock,
  encodeGalleryBlock,
  expandProbeResidues,
  expandProbeTop,
  expandSubtreeInto,
} from './seal/gallery-block.js';
export { RefreshCustodian, maskColumn, maskEnrollmentTemplate, uniformModT } from './seal/enrollment-refresh.js';
