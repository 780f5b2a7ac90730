/**
 * Verification of RFC 6962 inclusion and consistency proofs, following the algorithms of
 * RFC 9162 section 2.1.3.2 (inclusion) and 2.1.4.2 (consistency) step by step.
 *
 * Error style of this layer: a proof that does not verify throws `SealmatchError('E_AUDIT')` with
 * the failed step in `details.reason`; arguments of the wrong type (non-integer sizes, hashes that
 * are not Uint8Array) throw E_INVALID_ARGUMENT. Wrong-length hashes are data, hence E_AUDIT.
 * Indices are JS numbers below 2^53, so halving uses `Math.floor(x / 2)`, never `>>` (32-bit).
 */
import { SealmatchError } from '../errors.js';
import { bytesEqual, checkSize, HASH_SIZE, hashChildren } from './merkle.js';

function fail(reason: string, details: Record<string, unknown> = {}): never {
  throw new SealmatchError('E_AUDIT', reason, { reason, ...details });
}

function checkProofHash(h: unknown, name: string): asserts h is Uint8Array {
  if (!(h instanceof Uint8Array)) throw new SealmatchError('E_INVALID_ARGUMENT', `${name} must be a Uint8Array`);
  if (h.length !== HASH_SIZE) fail(`${name} is not ${HASH_SIZE} bytes`, { length: h.length });
}

const odd = (x: number): boolean => x % 2 === 1;
const half = (x: number): number => Math.floor(x / 2);

/**
 * Root hash implied by an inclusion proof (RFC 9162 2.1.3.2 steps 1-4, without the final root
 * comparison). Throws E_AUDIT when the proof has the wrong length for (index, size).
 */
export function rootFromInclusionProof(index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[]): Uint8Array {
  checkSize(index, 'index');
  checkSize(size, 'size');
  checkProofHash(leafHash, 'leafHash');
  proof.forEach((p, i) => checkProofHash(p, `proof[${i}]`));
  // 1. index must lie inside the tree.
  if (index >= size) fail('leaf index is not below the tree size', { index, size });
  // 2-3. fn walks the leaf's ancestors, sn the rightmost node's, both from the bottom level.
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  // 4. Combine with each proof element, on the side the ancestor's position dictates.
  for (const p of proof) {
    if (sn === 0) fail('inclusion proof is too long', { index, size, length: proof.length });
    if (odd(fn) || fn === sn) {
      r = hashChildren(p, r);
      // A left child on the right edge with no sibling: skip levels where it is promoted as-is.
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 5 (first half). Having reached the root level, sn must be 0.
  if (sn !== 0) fail('inclusion proof is too short', { index, size, length: proof.length });
  return r;
}

/**
 * Checks that `leafHash` sits at `index` in the tree of `size` leaves with root `root`
 * (RFC 9162 2.1.3.2). Returns nothing; throws E_AUDIT when the proof does not verify.
 * Example: `verifyInclusionProof(0, 1, h, [], h)` for a one-leaf tree.
 */
export function verifyInclusionProof(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): void {
  checkProofHash(root, 'root');
  const computed = rootFromInclusionProof(index, size, leafHash, proof);
  if (!bytesEqual(computed, root)) fail('inclusion proof does not lead to the root', { index, size });
}

/**
 * Checks that the tree of `newSize` leaves with root `newRoot` extends the tree of `oldSize`
 * leaves with root `oldRoot` (append-only), per RFC 9162 2.1.4.2. Returns nothing; throws E_AUDIT.
 *
 * Edge cases (as RFC 9162 2.1.4 and transparency-dev/merkle treat them): oldSize > newSize fails;
 * oldSize == newSize needs an empty proof and equal roots; oldSize == 0 needs an empty proof
 * (every tree extends the empty one); otherwise an empty proof fails.
 */
export function verifyConsistencyProof(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): void {
  checkSize(oldSize, 'oldSize');
  checkSize(newSize, 'newSize');
  checkProofHash(oldRoot, 'oldRoot');
  checkProofHash(newRoot, 'newRoot');
  proof.forEach((p, i) => checkProofHash(p, `proof[${i}]`));
  if (oldSize > newSize) fail('old tree is larger than the new one', { oldSize, newSize });
  if (oldSize === newSize) {
    if (proof.length !== 0) fail('consistency proof between equal sizes must be empty', { oldSize });
    if (!bytesEqual(oldRoot, newRoot)) fail('roots differ for the same tree size', { oldSize });
    return;
  }
  if (oldSize === 0) {
    if (proof.length !== 0) fail('consistency proof from the empty tree must be empty');
    return;
  }
  // 1. An empty path cannot prove anything between distinct non-empty sizes.
  if (proof.length === 0) fail('consistency proof is empty', { oldSize, newSize });
  // 2. When the old tree is complete its root is a node of the new tree but is not sent.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  // 3-4. Start at the old tree's last leaf; climb while it is a right child (those levels are
  // inside the first path element).
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5. fr rebuilds the old root, sr the new root, from the same starting node.
  let fr = path[0]!;
  let sr = path[0]!;
  // 6. Fold in the remaining elements.
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    if (sn === 0) fail('consistency proof is too long', { oldSize, newSize, length: proof.length });
    if (odd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 7. Both roots must come out, and the walk must have reached the top of the new tree.
  if (sn !== 0) fail('consistency proof is too short', { oldSize, newSize, length: proof.length });
  if (!bytesEqual(fr, oldRoot)) fail('consistency proof does not lead to the old root', { oldSize, newSize });
  if (!bytesEqual(sr, newRoot)) fail('consistency proof does not lead to the new root', { oldSize, newSize });
}

function isPowerOfTwo(n: number): boolean {
  let x = n;
  while (x > 1 && x % 2 === 0) x /= 2;
  return x === 1;
}
