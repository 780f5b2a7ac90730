/**
 * Sharing one probe's expansion between threads: the first s steps on the probe, then each
 * node's subtree to the end, give exactly expandProbe's outputs (byte-identical ciphertexts).
 */
import { describe, expect, it } from 'vitest';
import { loadCiphertext } from '../src/he/seal/ciphertext.js';
import { HeContext } from '../src/he/seal/context.js';
import { CoefficientEncryptor } from '../src/he/seal/encryptor.js';
import { encodeExpandableProbe, expandProbe, expandSubtree, expansionDepth, generateExpansionKeys, loadGaloisKeys } from '../src/he/seal/expansion.js';
import { generateKeyPair } from '../src/he/seal/keys.js';
import { FACE_1TON_PRESET_IDS } from '../src/params/presets.js';

describe('split expansion', () => {
  it('top steps + subtrees == full expansion, for 1, 2 and 4 shards', async () => {
    const he = await HeContext.create(FACE_1TON_PRESET_IDS[128]);
    const keys = generateKeyPair(he);
    const d = he.preset.expansionDim!;
    const galois = loadGaloisKeys(he, generateExpansionKeys(he, keys.secretKey, d));
    const enc = new CoefficientEncryptor(he, keys.publicKey);
    const values = Array.from({ length: d }, (_, i) => ((i * 53) % 255) - 127);
    const probe = loadCiphertext(he, enc.encrypt(encodeExpandableProbe(values, d, he.t)), { sizes: [2] });
    const bytes = (ct: { saveToArray(m: unknown): unknown }): string => Buffer.from(ct.saveToArray(he.seal.ComprModeType.none) as Uint8Array).toString('base64');
    try {
      const full = expandProbe(he, probe, d, galois);
      const want = full.map(bytes);
      full.forEach((c) => c.delete());
      for (const top of [0, 1, 2]) {
        const got = new Array<string>(d);
        for (const node of expandSubtree(he, probe, 0, 0, top, d, galois)) {
          for (const leaf of expandSubtree(he, node.ct, node.index, top, expansionDepth(d), d, galois)) {
            got[leaf.index] = bytes(leaf.ct);
            leaf.ct.delete();
          }
          node.ct.delete();
        }
        expect(got).toEqual(want);
      }
      expect(() => expandSubtree(he, probe, 3, 1, 2, d, galois)).toThrow(/no node/);
    } finally {
      probe.delete();
      galois.delete();
      enc.delete();
      he.delete();
    }
  });
});
