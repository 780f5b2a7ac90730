/**
 * First-fit allocator of byte ranges inside one WebAssembly linear memory (the residue kernels').
 * It only does the bookkeeping: the caller grows the memory when `allocate` asks for more. Every
 * range starts on a 16-byte boundary and has a length that is a multiple of 16, so v128 loads of
 * 4 residues never straddle two ranges. Linear memory never shrinks; freed ranges are reused and
 * adjacent free ranges are merged, so a steady allocate/free pattern does not grow the heap.
 */
import { SealmatchError } from '../../errors.js';

/** Alignment of every range, bytes: one v128. */
export const REGION_ALIGN = 16;

/** Largest address a 32-bit WebAssembly memory can hold (4 GiB). */
export const MAX_MEMORY_BYTES = 2 ** 32;

interface FreeRange {
  start: number;
  end: number;
}

export class RegionAllocator {
  /** Free ranges below `top`, sorted by start, never adjacent (merged on release). */
  private free: FreeRange[] = [];
  private top: number;

  /**
   * @param base first usable byte (kept above 0 so a zero offset is never a valid region)
   * @param ensureCapacity called with the byte count the memory must reach before `allocate`
   *   returns a range ending there; it grows the memory or throws.
   */
  constructor(
    private readonly base: number,
    private readonly ensureCapacity: (bytes: number) => void,
  ) {
    if (base % REGION_ALIGN !== 0 || base <= 0) throw new SealmatchError('E_INTERNAL', 'allocator base must be a positive multiple of 16');
    this.top = base;
  }

  /** Bytes from 0 to the end of the highest range ever in use since the last reset. */
  get highWater(): number {
    return this.top;
  }

  /** Reserves `bytes` (rounded up to 16) and returns the start offset. */
  allocate(bytes: number): number {
    const size = roundUp(bytes);
    for (let i = 0; i < this.free.length; i++) {
      const r = this.free[i]!;
      if (r.end - r.start >= size) {
        const start = r.start;
        r.start += size;
        if (r.start === r.end) this.free.splice(i, 1);
        return start;
      }
    }
    const start = this.top;
    const end = start + size;
    if (end > MAX_MEMORY_BYTES) {
      throw new SealmatchError('E_INVALID_ARGUMENT', `kernel memory would exceed 4 GiB (${end} bytes)`);
    }
    this.ensureCapacity(end);
    this.top = end;
    return start;
  }

  /** Returns a range obtained from `allocate(bytes)` (same `bytes`). */
  release(start: number, bytes: number): void {
    let end = start + roundUp(bytes);
    let s = start;
    // Insert keeping the list sorted, then merge with the neighbours it touches.
    let i = 0;
    while (i < this.free.length && this.free[i]!.start < s) i++;
    const prev = this.free[i - 1];
    const next = this.free[i];
    if (prev && prev.end > s) throw new SealmatchError('E_INTERNAL', 'double free in kernel allocator');
    if (next && next.start < end) throw new SealmatchError('E_INTERNAL', 'double free in kernel allocator');
    if (prev && prev.end === s) {
      s = prev.start;
      this.free.splice(i - 1, 1);
      i--;
    }
    if (next && next.start === end) {
      end = next.end;
      this.free.splice(i, 1);
    }
    if (end === this.top) {
      this.top = s; // give the tail back to the bump pointer
    } else {
      this.free.splice(i, 0, { start: s, end });
    }
  }

  /** Forgets every range. */
  reset(): void {
    this.free = [];
    this.top = this.base;
  }
}

function roundUp(bytes: number): number {
  return Math.ceil(bytes / REGION_ALIGN) * REGION_ALIGN;
}
