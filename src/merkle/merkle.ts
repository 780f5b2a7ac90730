/**
 * RFC 6962 section 2.1 Merkle Tree Hash (MTH) over SHA-256, with the leaf/node domain separation
 * that stops a leaf from being passed off as an interior node (second-preimage attacks):
 *
 *   MTH({})       = SHA-256()                                   (the empty string)
 *   MTH({d(0)})   = SHA-256(0x00 || d(0))                       (leaf hash)
 *   MTH(D[n])     = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))  k = largest power of two < n
 *
 * The tree is defined for every n, not only powers of two: the right-hand subtree is the
 * incomplete one. Every hash here is exactly {@link HASH_SIZE} bytes.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { SealmatchError } from '../errors.js';

/** Output size of SHA-256 in bytes; every leaf, node and root hash has this length. */
export const HASH_SIZE = 32;

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/**
 * Largest tree size we accept: sizes and indices travel as JS numbers, so they must stay exact
 * integers (< 2^53), and the bit tricks below use `Math.floor(x / 2)`, never 32-bit `>>`.
 */
export const MAX_TREE_SIZE = Number.MAX_SAFE_INTEGER;

/** A value or a promise of it: backends may be synchronous (memory, node:sqlite) or not (pg). */
export type MaybePromise<T> = T | Promise<T>;

/** Leaf hash of RFC 6962: `SHA-256(0x00 || entry)`. Example: `hashLeaf(new Uint8Array())`. */
export function hashLeaf(entry: Uint8Array): Uint8Array {
  const buf = new Uint8Array(1 + entry.length);
  buf[0] = LEAF_PREFIX;
  buf.set(entry, 1);
  return sha256(buf);
}

/** Interior node hash of RFC 6962: `SHA-256(0x01 || left || right)`; both inputs are 32 bytes. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array {
  const buf = new Uint8Array(1 + 2 * HASH_SIZE);
  buf[0] = NODE_PREFIX;
  buf.set(left, 1);
  buf.set(right, 1 + HASH_SIZE);
  return sha256(buf);
}

/** MTH of the empty tree: SHA-256 of the empty string (e3b0c442...b855). */
export function emptyRoot(): Uint8Array {
  return sha256(new Uint8Array(0));
}

/** Throws E_INVALID_ARGUMENT unless `n` is an integer in [0, MAX_TREE_SIZE]. */
export function checkSize(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `${name} must be a non-negative safe integer`, { [name]: n });
  }
}

/** Throws E_INVALID_ARGUMENT unless `h` is a 32-byte Uint8Array. */
export function checkHash(h: unknown, name: string): asserts h is Uint8Array {
  if (!(h instanceof Uint8Array) || h.length !== HASH_SIZE) {
    throw new SealmatchError('E_INVALID_ARGUMENT', `${name} must be a ${HASH_SIZE}-byte Uint8Array`);
  }
}

/** Largest power of two strictly below `n` (n >= 2): the split point k of RFC 6962 2.1. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Constant-time-in-content equality of two byte strings (lengths are not secret). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * MTH of a list of leaf hashes (not entries), for any length. O(n) time, O(log n) extra space:
 * it streams the hashes through a {@link MerkleFrontier}.
 * Example: `merkleRoot([hashLeaf(a), hashLeaf(b)])`.
 */
export function merkleRoot(leafHashes: readonly Uint8Array[]): Uint8Array {
  const f = new MerkleFrontier();
  for (const h of leafHashes) f.append(h);
  return f.root();
}

/** A complete subtree: MTH of leaves [index * 2^level, (index + 1) * 2^level). */
export interface MerkleNode {
  /** Height of the subtree: 0 is a single leaf, a node at level l covers 2^l leaves. */
  readonly level: number;
  /** Position among the subtrees of that level, counted from 0 at the left. */
  readonly index: number;
  /** RFC 6962 Merkle tree hash (SHA-256, 32 bytes) of the leaves it covers. */
  readonly hash: Uint8Array;
}

/**
 * The right frontier ("compact range") of a growing tree: the roots of the maximal complete
 * subtrees covering leaves [0, size), one per set bit of `size`, largest (leftmost) first.
 *
 * Invariant: `nodes[i]` is the MTH of a complete, aligned subtree of 2^b leaves, where b runs
 * over the set bits of `size` from high to low. Appending merges equal-sized neighbours like a
 * binary counter carry, so it costs O(log n) hashes worst case and O(1) amortized; the root folds
 * the frontier from the right, which is exactly the RFC 6962 recursion (the incomplete subtree
 * is always on the right).
 */
export class MerkleFrontier {
  private readonly nodes: Uint8Array[] = [];
  private count = 0;

  /** Number of leaves appended so far. */
  get size(): number {
    return this.count;
  }

  /**
   * Rebuilds a frontier from its node hashes (as returned by `nodes()`), e.g. from a store that
   * persisted them; `hashes.length` must equal the popcount of `size`.
   */
  static fromNodes(size: number, hashes: readonly Uint8Array[]): MerkleFrontier {
    checkSize(size, 'size');
    if (hashes.length !== frontierLevels(size).length) {
      throw new SealmatchError('E_INVALID_ARGUMENT', 'frontier node count does not match the tree size', { size, nodes: hashes.length });
    }
    hashes.forEach((h, i) => checkHash(h, `frontier[${i}]`));
    const f = new MerkleFrontier();
    f.nodes.push(...hashes.map((h) => h.slice()));
    f.count = size;
    return f;
  }

  /** Copies of the frontier node hashes, largest subtree first. */
  frontier(): Uint8Array[] {
    return this.nodes.map((h) => h.slice());
  }

  /**
   * Rebuilds a frontier from {@link toBytes} output: the popcount(size) node hashes back to back.
   * For stores that keep the frontier beside the size (one row, read once per append).
   */
  static fromBytes(size: number, bytes: Uint8Array): MerkleFrontier {
    checkSize(size, 'size');
    if (!(bytes instanceof Uint8Array) || bytes.length % HASH_SIZE !== 0) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `frontier bytes must be a multiple of ${HASH_SIZE}`);
    }
    const hashes: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += HASH_SIZE) hashes.push(bytes.subarray(at, at + HASH_SIZE));
    return MerkleFrontier.fromNodes(size, hashes);
  }

  /** The frontier node hashes back to back, largest subtree first (popcount(size) * 32 bytes). */
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.nodes.length * HASH_SIZE);
    this.nodes.forEach((h, i) => out.set(h, i * HASH_SIZE));
    return out;
  }

  /**
   * Appends one leaf hash (32 bytes, already `hashLeaf`ed). O(log n) worst case, O(1) amortized.
   * Returns the interior nodes this leaf completed (level >= 1, lowest first): every complete
   * subtree hash appears in exactly one such list, so a store that persists them holds all ~n
   * interior nodes of the tree, written once, never changed.
   */
  append(leafHash: Uint8Array): MerkleNode[] {
    checkHash(leafHash, 'leafHash');
    if (this.count >= MAX_TREE_SIZE) throw new SealmatchError('E_INVALID_ARGUMENT', 'tree is full');
    let node: Uint8Array = leafHash.slice();
    const completed: MerkleNode[] = [];
    // Each trailing 1-bit of the old size is a complete subtree of the same height as `node`;
    // merging at height `level` completes the subtree ending at the new size.
    let level = 0;
    for (let s = this.count; s % 2 === 1; s = Math.floor(s / 2)) {
      node = hashChildren(this.nodes.pop()!, node);
      level++;
      completed.push({ level, index: (this.count + 1) / 2 ** level - 1, hash: node.slice() });
    }
    this.nodes.push(node);
    this.count++;
    return completed;
  }

  /** MTH of the leaves appended so far; the empty-tree root when none. O(log n). */
  root(): Uint8Array {
    if (this.nodes.length === 0) return emptyRoot();
    let r = this.nodes[this.nodes.length - 1]!;
    for (let i = this.nodes.length - 2; i >= 0; i--) r = hashChildren(this.nodes[i]!, r);
    return r.slice();
  }
}

/**
 * The (level, index) of the frontier nodes of a tree of `size` leaves, largest first: a node at
 * `level` covers leaves [index * 2^level, (index + 1) * 2^level).
 */
export function frontierLevels(size: number): { level: number; index: number }[] {
  checkSize(size, 'size');
  const out: { level: number; index: number }[] = [];
  let start = 0;
  for (let level = Math.floor(Math.log2(Math.max(size, 1))) + 1; level >= 0; level--) {
    const width = 2 ** level;
    if (start + width <= size) {
      out.push({ level, index: start / width });
      start += width;
    }
  }
  return out;
}
