/**
 * Generation of RFC 6962 proofs: the audit path of section 2.1.1 (inclusion) and the
 * consistency proof of section 2.1.2. Verification lives in `merkle-verify.ts`.
 *
 * Generation is split in two steps so a store can back it:
 *  1. pure index arithmetic: which subtrees (leaf ranges) the proof consists of, in proof order;
 *  2. hashing each range from a {@link NodeHashSource}: any source of complete-subtree hashes.
 *
 * Every range that appears in an RFC 6962 proof is a node of the tree: either a complete subtree
 * of 2^j leaves starting at a multiple of 2^j, or a right-edge node [lo, n) whose `lo` is a
 * multiple of the next power of two >= n - lo. Both decompose into O(log n) complete subtrees, so
 * a source that keeps interior nodes (the in-memory backend, or a store with tiles) yields proofs
 * in O(log^2 n) hash lookups; a source that only has leaf hashes costs O(size) hashing. The
 * right-edge nodes of one tree all decompose into that tree's frontier nodes, so after removing
 * duplicates a proof needs O(log n) distinct lookups (what `AuditLog` asks its backend for).
 */
import { SealmatchError } from '../errors.js';
import { checkHash, checkSize, hashChildren, type MaybePromise, splitPoint } from './merkle.js';

/** Leaves [start, end) of the tree; `end > start`. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Hashes of complete subtrees: `getNodeHash(level, index)` is the MTH of leaves
 * [index * 2^level, (index + 1) * 2^level); level 0 is the leaf hashes themselves. Callers only
 * ask for subtrees that lie entirely inside the tree they are proving about.
 */
export interface NodeHashSource {
  getNodeHash(level: number, index: number): MaybePromise<Uint8Array>;
}

/**
 * Audit path of leaf `index` in a tree of `size` leaves (RFC 6962 2.1.1, PATH(m, D[n])), as the
 * ranges whose MTH form the path, deepest sibling first. Empty for size 1.
 * Example: `inclusionPathRanges(2, 3)` -> `[{start: 0, end: 2}]`.
 */
export function inclusionPathRanges(index: number, size: number): LeafRange[] {
  checkSize(index, 'index');
  checkSize(size, 'size');
  if (index >= size) throw new SealmatchError('E_INVALID_ARGUMENT', 'leaf index must be below the tree size', { index, size });
  const out: LeafRange[] = [];
  // PATH(m, D[lo:hi]) = PATH(m, D[lo:lo+k]) : MTH(D[lo+k:hi])   if m < lo + k
  //                   = PATH(m, D[lo+k:hi]) : MTH(D[lo:lo+k])   otherwise
  const path = (lo: number, hi: number): void => {
    if (hi - lo <= 1) return;
    const k = splitPoint(hi - lo);
    if (index < lo + k) {
      path(lo, lo + k);
      out.push({ start: lo + k, end: hi });
    } else {
      path(lo + k, hi);
      out.push({ start: lo, end: lo + k });
    }
  };
  path(0, size);
  return out;
}

/**
 * Consistency proof between tree sizes `oldSize` <= `newSize` (RFC 6962 2.1.2, PROOF(m, D[n]) =
 * SUBPROOF(m, D[n], true)) as leaf ranges in proof order. Empty when oldSize is 0 or equals
 * newSize (nothing to prove; the verifier then checks the roots directly).
 * Example: `consistencyPathRanges(2, 5)` -> `[{start: 2, end: 4}, {start: 4, end: 5}]`.
 */
export function consistencyPathRanges(oldSize: number, newSize: number): LeafRange[] {
  checkSize(oldSize, 'oldSize');
  checkSize(newSize, 'newSize');
  if (oldSize > newSize) throw new SealmatchError('E_INVALID_ARGUMENT', 'oldSize must not exceed newSize', { oldSize, newSize });
  const out: LeafRange[] = [];
  if (oldSize === 0 || oldSize === newSize) return out;
  // SUBPROOF(m, D[lo:hi], b): `m` counts leaves of the old tree inside [lo, hi).
  const sub = (m: number, lo: number, hi: number, b: boolean): void => {
    if (m === hi - lo) {
      if (!b) out.push({ start: lo, end: hi });
      return;
    }
    const k = splitPoint(hi - lo);
    if (m <= k) {
      sub(m, lo, lo + k, b);
      out.push({ start: lo + k, end: hi });
    } else {
      sub(m - k, lo + k, hi, false);
      out.push({ start: lo, end: lo + k });
    }
  };
  sub(oldSize, 0, newSize, true);
  return out;
}

/** A complete subtree named by position: leaves [index * 2^level, (index + 1) * 2^level). */
export interface NodeRef {
  /** Height of the subtree: 0 is a single leaf, a node at level l covers 2^l leaves. */
  readonly level: number;
  /** Position among the subtrees of that level, counted from 0 at the left. */
  readonly index: number;
}

/**
 * The complete subtrees whose MTHs make up the MTH of leaves [start, end), largest (leftmost)
 * first: its binary decomposition, at most log2(width) + 1 nodes. `start` must be a multiple of
 * the next power of two >= end - start (true of every node of an RFC 6962 tree and so of every
 * range produced above). Pure index arithmetic; {@link foldNodeHashes} turns the hashes into the MTH.
 * Example: `rangeNodes({ start: 8, end: 13 })` -> `[{level: 2, index: 2}, {level: 0, index: 12}]`.
 */
export function rangeNodes(range: LeafRange): NodeRef[] {
  const { start, end } = range;
  checkSize(start, 'start');
  checkSize(end, 'end');
  const width = end - start;
  if (width <= 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'range must be non-empty', { start, end });
  let align = 1;
  while (align < width) align *= 2;
  if (start % align !== 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'range is not a node of an RFC 6962 tree', { start, end });
  const out: NodeRef[] = [];
  let at = start;
  for (let level = Math.log2(align); level >= 0; level--) {
    const w = 2 ** level;
    if (at + w <= end) {
      out.push({ level, index: at / w });
      at += w;
    }
  }
  return out;
}

/**
 * MTH of a range from the hashes of its {@link rangeNodes}, in that order: folded from the right,
 * which is the RFC 6962 recursion (the incomplete subtree is always on the right).
 */
export function foldNodeHashes(hashes: readonly Uint8Array[]): Uint8Array {
  if (hashes.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'no node hashes to fold');
  let r = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) r = hashChildren(hashes[i]!, r);
  return r;
}

/** MTH of leaves [start, end), computed from complete subtrees of `source` (see {@link rangeNodes}). */
export async function subtreeHash(range: LeafRange, source: NodeHashSource): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  for (const { level, index } of rangeNodes(range)) {
    const h = await source.getNodeHash(level, index);
    checkHash(h, `getNodeHash(${level}, ${index})`);
    blocks.push(h);
  }
  return foldNodeHashes(blocks);
}

/**
 * Inclusion proof (audit path) for leaf `index` in the tree of the first `size` leaves of
 * `source`, deepest sibling first, as RFC 9162 2.1.3.2 verification expects.
 */
export async function inclusionProof(index: number, size: number, source: NodeHashSource): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const r of inclusionPathRanges(index, size)) out.push(await subtreeHash(r, source));
  return out;
}

/** Consistency proof from `oldSize` to `newSize` over `source`, as RFC 9162 2.1.4.2 expects. */
export async function consistencyProof(oldSize: number, newSize: number, source: NodeHashSource): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const r of consistencyPathRanges(oldSize, newSize)) out.push(await subtreeHash(r, source));
  return out;
}

/**
 * A {@link NodeHashSource} over a leaf-hash accessor only (e.g. a store row lookup): each node is
 * rehashed from its 2^level leaves, so a proof costs O(size) hashes. Use a source with interior
 * nodes when that matters.
 */
export function nodeSourceFromLeaves(getLeafHash: (index: number) => MaybePromise<Uint8Array>): NodeHashSource {
  const node = async (level: number, index: number): Promise<Uint8Array> => {
    if (level === 0) return getLeafHash(index);
    const left = await node(level - 1, 2 * index);
    const right = await node(level - 1, 2 * index + 1);
    checkHash(left, 'leafHash');
    checkHash(right, 'leafHash');
    return hashChildren(left, right);
  };
  return { getNodeHash: node };
}

/** A {@link NodeHashSource} over an in-memory list of leaf hashes. Example for tests and tools. */
export function nodeSourceFromLeafHashes(leafHashes: readonly Uint8Array[]): NodeHashSource {
  return nodeSourceFromLeaves((i) => {
    const h = leafHashes[i];
    if (h === undefined) throw new SealmatchError('E_INVALID_ARGUMENT', 'leaf index out of range', { index: i });
    return h;
  });
}
