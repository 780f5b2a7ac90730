/**
 * RFC 6962 Merkle tree: known-answer vectors and properties.
 *
 * Vectors: the 8-leaf test data of Google's certificate-transparency and Trillian tests, as kept in
 * transparency-dev/merkle:
 *  - leaves, node hashes, roots of sizes 0..8: testonly/constants.go
 *    (https://github.com/transparency-dev/merkle/blob/main/testonly/constants.go)
 *  - inclusion and consistency proofs, and the corrupted-proof probes: proof/verify_test.go
 *    (https://github.com/transparency-dev/merkle/blob/main/proof/verify_test.go)
 * In verify_test.go the inclusion vectors' leaf numbers are 1-based (`{leaf, size, proof}`, used as
 * `leaf - 1`); they are converted to 0-based indices below.
 */
import { hexToBytes, bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consistencyPathRanges,
  consistencyProof,
  emptyRoot,
  frontierLevels,
  hashChildren,
  hashLeaf,
  inclusionPathRanges,
  inclusionProof,
  MemoryAuditBackend,
  MerkleFrontier,
  merkleRoot,
  type NodeHashSource,
  nodeSourceFromLeafHashes,
  rootFromInclusionProof,
  subtreeHash,
  verifyConsistencyProof,
  verifyInclusionProof,
} from '../src/audit/index.js';
import { isSealmatchError } from '../src/errors.js';

const h = hexToBytes;
const hx = bytesToHex;

// testonly/constants.go LeafInputs()
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(h);

// testonly/constants.go NodeHashes(): [level][index]
const NODE_HASHES = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  ['d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];

// testonly/constants.go RootHashes(): index = tree size
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

// proof/verify_test.go inclusionProofs (leaf converted to 0-based)
const INCLUSION = [
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  { index: 0, size: 1, proof: [] },
];

// proof/verify_test.go consistencyProofs
const CONSISTENCY = [
  { m: 1, n: 1, proof: [] },
  {
    m: 1,
    n: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    m: 6,
    n: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    m: 2,
    n: 5,
    proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'],
  },
  {
    m: 6,
    n: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

/** sha256("abacaba...") style arbitrary hash used by verify_test.go as "some hash". */
const SOME_HASH = h('abacaba000000000000000000000000000000000000000000060061e00123456');
const EMPTY_ROOT = h(ROOTS[0]!);
const LEAF_HASHES = LEAVES.map(hashLeaf);

const rejectsAudit = (f: () => void): boolean => {
  try {
    f();
    return false;
  } catch (e) {
    if (!isSealmatchError(e, 'E_AUDIT')) throw e;
    return true;
  }
};
const passes = (f: () => void): boolean => !rejectsAudit(f);

/** Independent reference: RFC 6962 2.1 MTH, PATH and PROOF written as the recursive definitions. */
function refMth(d: Uint8Array[]): Uint8Array {
  if (d.length === 0) return sha256(new Uint8Array());
  if (d.length === 1) return d[0]!;
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return hashChildren(refMth(d.slice(0, k)), refMth(d.slice(k)));
}
function refPath(m: number, d: Uint8Array[]): Uint8Array[] {
  if (d.length <= 1) return [];
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return m < k ? [...refPath(m, d.slice(0, k)), refMth(d.slice(k))] : [...refPath(m - k, d.slice(k)), refMth(d.slice(0, k))];
}
function refSubproof(m: number, d: Uint8Array[], b: boolean): Uint8Array[] {
  if (m === d.length) return b ? [] : [refMth(d)];
  let k = 1;
  while (k * 2 < d.length) k *= 2;
  return m <= k
    ? [...refSubproof(m, d.slice(0, k), b), refMth(d.slice(k))]
    : [...refSubproof(m - k, d.slice(k), false), refMth(d.slice(0, k))];
}

describe('RFC 6962 hashing (transparency-dev/merkle testonly vectors)', () => {
  it('hashes leaves with the 0x00 prefix', () => {
    expect(LEAF_HASHES.map(hx)).toEqual(NODE_HASHES[0]);
  });

  it('hashes every complete subtree as in NodeHashes()', () => {
    for (let level = 1; level < NODE_HASHES.length; level++) {
      NODE_HASHES[level]!.forEach((want, i) => {
        expect(hx(hashChildren(h(NODE_HASHES[level - 1]![2 * i]!), h(NODE_HASHES[level - 1]![2 * i + 1]!)))).toBe(want);
      });
    }
  });

  it('computes the root of every size 0..8, batch and incremental', () => {
    const f = new MerkleFrontier();
    expect(hx(f.root())).toBe(ROOTS[0]);
    expect(hx(emptyRoot())).toBe(ROOTS[0]);
    for (let n = 1; n <= 8; n++) {
      f.append(LEAF_HASHES[n - 1]!);
      expect(hx(f.root())).toBe(ROOTS[n]);
      expect(hx(merkleRoot(LEAF_HASHES.slice(0, n)))).toBe(ROOTS[n]);
    }
  });

  it('keeps the compact frontier of CompactTrees()', () => {
    const nh = NODE_HASHES;
    const compact = [[], [nh[0]![0]], [nh[1]![0]], [nh[1]![0], nh[0]![2]], [nh[2]![0]], [nh[2]![0], nh[0]![4]], [nh[2]![0], nh[1]![2]], [nh[2]![0], nh[1]![2], nh[0]![6]], [nh[3]![0]]];
    const f = new MerkleFrontier();
    for (let n = 0; n <= 8; n++) {
      expect(f.frontier().map(hx)).toEqual(compact[n]);
      expect(hx(MerkleFrontier.fromNodes(n, f.frontier()).root())).toBe(ROOTS[n]);
      if (n < 8) f.append(LEAF_HASHES[n]!);
    }
  });
});

describe('inclusion proofs (transparency-dev/merkle proof/verify_test.go vectors)', () => {
  const source = nodeSourceFromLeafHashes(LEAF_HASHES);

  for (const v of INCLUSION) {
    it(`leaf ${v.index} of ${v.size}: generates the known path and verifies it`, async () => {
      const proof = await inclusionProof(v.index, v.size, source);
      expect(proof.map(hx)).toEqual(v.proof);
      const root = h(ROOTS[v.size]!);
      expect(hx(rootFromInclusionProof(v.index, v.size, LEAF_HASHES[v.index]!, proof))).toBe(ROOTS[v.size]);
      expect(passes(() => verifyInclusionProof(v.index, v.size, LEAF_HASHES[v.index]!, proof, root))).toBe(true);
    });

    it(`leaf ${v.index} of ${v.size}: rejects every corruption probe of verifierCheck()`, () => {
      const root = h(ROOTS[v.size]!);
      const leaf = LEAF_HASHES[v.index]!;
      const proof = v.proof.map(h);
      const probes: [number, number, Uint8Array, Uint8Array[], Uint8Array][] = [
        [v.index - 1, v.size, leaf, proof, root],
        [v.index + 1, v.size, leaf, proof, root],
        [v.index ^ 2, v.size, leaf, proof, root],
        [v.index, v.size * 2, leaf, proof, root],
        [v.index, Math.floor(v.size / 2), leaf, proof, root],
        [v.index, v.size, new TextEncoder().encode('WrongLeaf'), proof, root],
        [v.index, v.size, SOME_HASH, proof, root],
        [v.index, v.size, leaf, proof, EMPTY_ROOT],
        [v.index, v.size, leaf, proof, SOME_HASH],
        [v.index, v.size, leaf, [...proof, new Uint8Array()], root],
        [v.index, v.size, leaf, [...proof, root], root],
        [v.index, v.size, leaf, [new Uint8Array(), ...proof], root],
        [v.index, v.size, leaf, [root, ...proof], root],
      ];
      proof.forEach((_, i) => {
        const wrong = proof.map((p) => p.slice());
        wrong[i]![0]! ^= 8;
        probes.push([v.index, v.size, leaf, wrong, root]);
      });
      if (proof.length > 0) probes.push([v.index, v.size, leaf, proof.slice(0, -1), root]);
      if (proof.length > 1) probes.push([v.index, v.size, leaf, [proof[0]!, SOME_HASH, ...proof.slice(1)], root]);
      for (const [i, n, l, p, r] of probes) {
        if (i < 0) continue; // uint64 underflow in Go; our indices are checked as non-negative
        expect(rejectsAudit(() => verifyInclusionProof(i, n, l, p, r)), `probe ${i}/${n}`).toBe(true);
      }
    });
  }

  it('rejects proofs for impossible positions (TestVerifyInclusion)', () => {
    for (const [index, size] of [[0, 0], [0, 1], [1, 0], [2, 1]] as const) {
      expect(rejectsAudit(() => verifyInclusionProof(index, size, SOME_HASH, [], new Uint8Array()))).toBe(true);
      expect(rejectsAudit(() => verifyInclusionProof(index, size, new Uint8Array(), [], EMPTY_ROOT))).toBe(true);
      expect(rejectsAudit(() => verifyInclusionProof(index, size, SOME_HASH, [], EMPTY_ROOT))).toBe(true);
    }
  });

  it('checks a single-entry tree (TestVerifyInclusionSingleEntry)', () => {
    const one = hashLeaf(new TextEncoder().encode('data'));
    expect(passes(() => verifyInclusionProof(0, 1, one, [], one))).toBe(true);
    expect(rejectsAudit(() => verifyInclusionProof(0, 1, one, [], new Uint8Array()))).toBe(true);
    expect(rejectsAudit(() => verifyInclusionProof(0, 1, new Uint8Array(), [], one))).toBe(true);
  });

  it('reports misuse (non-integer sizes) as E_INVALID_ARGUMENT', () => {
    expect(() => verifyInclusionProof(0.5, 2, SOME_HASH, [], SOME_HASH)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
    expect(() => inclusionPathRanges(3, 3)).toThrow(expect.objectContaining({ code: 'E_INVALID_ARGUMENT' }));
  });
});

describe('consistency proofs (transparency-dev/merkle proof/verify_test.go vectors)', () => {
  const source = nodeSourceFromLeafHashes(LEAF_HASHES);

  for (const v of CONSISTENCY) {
    it(`${v.m} -> ${v.n}: generates the known proof, verifies it and rejects corruptions`, async () => {
      const proof = await consistencyProof(v.m, v.n, source);
      expect(proof.map(hx)).toEqual(v.proof);
      const r1 = h(ROOTS[v.m]!);
      const r2 = h(ROOTS[v.n]!);
      expect(passes(() => verifyConsistencyProof(v.m, v.n, r1, r2, proof))).toBe(true);
      if (proof.length === 0) return; // as in verifierConsistencyCheck()
      const wrongRoot = new TextEncoder().encode('WrongRoot');
      const probes: [number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
        [v.m - 1, v.n, r1, r2, proof],
        [v.m + 1, v.n, r1, r2, proof],
        [v.m ^ 2, v.n, r1, r2, proof],
        [v.m, v.n * 2, r1, r2, proof],
        [v.m, Math.floor(v.n / 2), r1, r2, proof],
        [v.m, v.n, wrongRoot, r2, proof],
        [v.m, v.n, r1, wrongRoot, proof],
        [v.m, v.n, r2, r1, proof],
        [v.m, v.n, r1, r2, []],
        [v.m, v.n, r1, r2, [...proof, new Uint8Array()]],
        [v.m, v.n, r1, r2, [...proof, r1]],
        [v.m, v.n, r1, r2, [...proof, r2]],
        [v.m, v.n, r1, r2, [new Uint8Array(), ...proof]],
        [v.m, v.n, r1, r2, [r1, ...proof]],
        [v.m, v.n, r1, r2, [r2, ...proof]],
        [v.m, v.n, r1, r2, [proof[0]!, ...proof]],
        [v.m, v.n, r1, r2, proof.slice(0, -1)],
      ];
      proof.forEach((_, i) => {
        const wrong = proof.map((p) => p.slice());
        wrong[i]![0]! ^= 16;
        probes.push([v.m, v.n, r1, r2, wrong]);
      });
      for (const [m, n, a, b, p] of probes) {
        expect(rejectsAudit(() => verifyConsistencyProof(m, n, a, b, p)), `probe ${m}->${n}`).toBe(true);
      }
    });
  }

  it('handles the edge cases of TestVerifyConsistency', () => {
    // The Go test uses short "don't care" roots; ours must be 32 bytes, so use two distinct hashes.
    const a = sha256(new TextEncoder().encode("don't care 1"));
    const b = sha256(new TextEncoder().encode("don't care 2"));
    const cases: [number, number, Uint8Array, Uint8Array, Uint8Array[], boolean][] = [
      [0, 0, a, b, [], false],
      [1, 1, a, b, [], false],
      [0, 0, a, a, [], true],
      [0, 1, a, b, [], true],
      [1, 1, b, b, [], true],
      [1, 0, a, b, [], false],
      [2, 1, a, b, [], false],
      [1, 2, a, b, [], false],
      [0, 0, EMPTY_ROOT, b, [], false],
      [1, 1, EMPTY_ROOT, b, [], false],
      [0, 0, EMPTY_ROOT, EMPTY_ROOT, [EMPTY_ROOT], false],
      [0, 1, EMPTY_ROOT, EMPTY_ROOT, [EMPTY_ROOT], false],
      [1, 1, EMPTY_ROOT, EMPTY_ROOT, [EMPTY_ROOT], false],
    ];
    for (const [m, n, r1, r2, p, ok] of cases) {
      expect(passes(() => verifyConsistencyProof(m, n, r1, r2, p)), `${m}->${n}`).toBe(ok);
    }
  });

  it('lists proof ranges as RFC 6962 2.1.3 describes for the 7-leaf example tree', () => {
    // RFC 6962 2.1.3: PROOF(3, D[7]) = [c, d, g, l], PROOF(4, D[7]) = [l], PROOF(6, D[7]) = [i, j, k].
    expect(consistencyPathRanges(3, 7)).toEqual([{ start: 2, end: 3 }, { start: 3, end: 4 }, { start: 0, end: 2 }, { start: 4, end: 7 }]);
    expect(consistencyPathRanges(4, 7)).toEqual([{ start: 4, end: 7 }]);
    expect(consistencyPathRanges(6, 7)).toEqual([{ start: 4, end: 6 }, { start: 6, end: 7 }, { start: 0, end: 4 }]);
    // RFC 6962 2.1.3: the audit path for d0 is [b, h, l], for d3 [c, g, l], for d4 [f, j, k], for d6 [i, k].
    expect(inclusionPathRanges(0, 7)).toEqual([{ start: 1, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 7 }]);
    expect(inclusionPathRanges(3, 7)).toEqual([{ start: 2, end: 3 }, { start: 0, end: 2 }, { start: 4, end: 7 }]);
    expect(inclusionPathRanges(4, 7)).toEqual([{ start: 5, end: 6 }, { start: 6, end: 7 }, { start: 0, end: 4 }]);
    expect(inclusionPathRanges(6, 7)).toEqual([{ start: 4, end: 6 }, { start: 0, end: 4 }]);
  });
});

/** Leaf hashes of n distinct entries, plus the memory backend holding them (interior nodes kept). */
function tree(n: number, salt = 0): { hashes: Uint8Array[]; backend: MemoryAuditBackend } {
  const backend = new MemoryAuditBackend();
  const hashes: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const data = new TextEncoder().encode(`entry ${salt}/${i}`);
    const lh = hashLeaf(data);
    hashes.push(lh);
    backend.appendLeaf(i, data, lh);
  }
  return { hashes, backend };
}

const flip = (b: Uint8Array, bit: number): Uint8Array => {
  const c = b.slice();
  c[(bit >> 3) % c.length]! ^= 1 << (bit & 7);
  return c;
};

describe('properties (fast-check)', () => {
  const MAX = 200;
  const { hashes, backend } = tree(MAX);
  const fromLeaves = nodeSourceFromLeafHashes(hashes);

  it('matches the recursive RFC 6962 definitions for every size up to 64', async () => {
    for (let n = 0; n <= 64; n++) {
      const d = hashes.slice(0, n);
      expect(hx(merkleRoot(d))).toBe(hx(refMth(d)));
      if (n > 0) expect(hx(await subtreeHash({ start: 0, end: n }, backend))).toBe(hx(refMth(d)));
      for (let m = 0; m < n; m++) expect((await inclusionProof(m, n, backend)).map(hx)).toEqual(refPath(m, d).map(hx));
      for (let m = 1; m < n; m++) expect((await consistencyProof(m, n, backend)).map(hx)).toEqual(refSubproof(m, d, true).map(hx));
    }
  });

  it('every inclusion proof verifies; any altered hash, index or size fails', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: MAX }), fc.nat(), fc.nat(), async (size, i, bit) => {
        const index = i % size;
        const root = merkleRoot(hashes.slice(0, size));
        const proof = await inclusionProof(index, size, backend);
        expect((await inclusionProof(index, size, fromLeaves)).map(hx)).toEqual(proof.map(hx));
        expect(passes(() => verifyInclusionProof(index, size, hashes[index]!, proof, root))).toBe(true);
        expect(rejectsAudit(() => verifyInclusionProof(index, size, flip(hashes[index]!, bit), proof, root))).toBe(true);
        expect(rejectsAudit(() => verifyInclusionProof(index, size, hashes[index]!, proof, flip(root, bit)))).toBe(true);
        proof.forEach((_, k) => {
          const bad = proof.slice();
          bad[k] = flip(bad[k]!, bit);
          expect(rejectsAudit(() => verifyInclusionProof(index, size, hashes[index]!, bad, root))).toBe(true);
        });
        const other = (index + 1 + (bit % Math.max(1, size - 1))) % size;
        if (other !== index) {
          expect(rejectsAudit(() => verifyInclusionProof(other, size, hashes[index]!, proof, root))).toBe(true);
        }
        // A claimed size changes nothing by itself (the root binds the size); against the root of
        // another size, the proof must fail.
        const otherSize = 1 + ((size + bit) % MAX);
        if (otherSize !== size && index < otherSize) {
          const otherRoot = merkleRoot(hashes.slice(0, otherSize));
          expect(rejectsAudit(() => verifyInclusionProof(index, otherSize, hashes[index]!, proof, otherRoot))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every consistency proof verifies; any altered hash or root, or a forked prefix, fails', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: MAX }), fc.integer({ min: 0, max: MAX }), fc.nat(), async (a, b, bit) => {
        const [m, n] = a <= b ? [a, b] : [b, a];
        const r1 = merkleRoot(hashes.slice(0, m));
        const r2 = merkleRoot(hashes.slice(0, n));
        const proof = await consistencyProof(m, n, backend);
        expect((await consistencyProof(m, n, fromLeaves)).map(hx)).toEqual(proof.map(hx));
        expect(passes(() => verifyConsistencyProof(m, n, r1, r2, proof))).toBe(true);
        if (m === 0) return; // every tree extends the empty tree: nothing to alter
        expect(rejectsAudit(() => verifyConsistencyProof(m, n, r1, flip(r2, bit), proof))).toBe(true);
        if (m === n) {
          expect(rejectsAudit(() => verifyConsistencyProof(m, n, flip(r1, bit), r2, proof))).toBe(true);
          return;
        }
        expect(rejectsAudit(() => verifyConsistencyProof(m, n, flip(r1, bit), r2, proof))).toBe(true);
        proof.forEach((_, k) => {
          const bad = proof.slice();
          bad[k] = flip(bad[k]!, bit);
          expect(rejectsAudit(() => verifyConsistencyProof(m, n, r1, r2, bad))).toBe(true);
        });
        // A fork: the new tree rewrote one of the first m leaves.
        const forked = hashes.slice(0, n);
        forked[bit % m] = flip(forked[bit % m]!, bit);
        const forkedRoot = merkleRoot(forked);
        const forkProof = await consistencyProof(m, n, nodeSourceFromLeafHashes(forked));
        expect(rejectsAudit(() => verifyConsistencyProof(m, n, r1, forkedRoot, forkProof))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('index arithmetic stays exact beyond 2^32 leaves', async () => {
    // A huge but cheap tree: every leaf is X except a few "special" leaves, so a complete subtree
    // without a special leaf has a hash that depends on its level only, and the others recurse.
    const size = 2 ** 41 + 2 ** 33 + 7;
    const special = [0, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 1, size - 1];
    const leafOf = (i: number): Uint8Array =>
      special.includes(i) ? hashLeaf(new TextEncoder().encode(`special ${i}`)) : hashLeaf(new Uint8Array([0x58]));
    const uniform: Uint8Array[] = [leafOf(1)];
    for (let l = 1; l <= 42; l++) uniform.push(hashChildren(uniform[l - 1]!, uniform[l - 1]!));
    const memo = new Map<string, Uint8Array>();
    const synthetic: NodeHashSource = {
      getNodeHash(level, index) {
        const lo = index * 2 ** level;
        const hi = lo + 2 ** level;
        if (!special.some((s) => s >= lo && s < hi)) return uniform[level]!;
        if (level === 0) return leafOf(index);
        const key = `${level}:${index}`;
        let hash = memo.get(key);
        if (!hash) {
          hash = hashChildren(this.getNodeHash(level - 1, 2 * index) as Uint8Array, this.getNodeHash(level - 1, 2 * index + 1) as Uint8Array);
          memo.set(key, hash);
        }
        return hash;
      },
    };
    const root = await subtreeHash({ start: 0, end: size }, synthetic);
    for (const index of special) {
      const proof = await inclusionProof(index, size, synthetic);
      const leaf = leafOf(index);
      if (index < 2 ** 41) expect(proof.length).toBeGreaterThan(32);
      expect(passes(() => verifyInclusionProof(index, size, leaf, proof, root))).toBe(true);
      const sibling = index % 2 === 0 ? index + 1 : index - 1;
      if (sibling < size) expect(rejectsAudit(() => verifyInclusionProof(sibling, size, leaf, proof, root))).toBe(true);
      expect(rejectsAudit(() => verifyInclusionProof(index, size, flip(leaf, 3), proof, root))).toBe(true);
    }
    const old = 2 ** 40 + 12345;
    const rootOld = await subtreeHash({ start: 0, end: old }, synthetic);
    const cons = await consistencyProof(old, size, synthetic);
    expect(passes(() => verifyConsistencyProof(old, size, rootOld, root, cons))).toBe(true);
    expect(rejectsAudit(() => verifyConsistencyProof(old + 1, size, rootOld, root, cons))).toBe(true);
    expect(frontierLevels(size).map((x) => x.level)).toEqual([41, 33, 2, 1, 0]);
  });
});
