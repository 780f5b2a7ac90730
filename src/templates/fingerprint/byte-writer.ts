/**
 * Big-endian writer for minutiae records. Every value is range-checked against its field width
 * before it is written: a model value that does not fit (x of 20000 in a 14-bit field, 300
 * minutiae in a u8 count) is rejected with `E_INVALID_ARGUMENT: <field> ...`, never truncated.
 */
import { SealmatchError } from '../../errors.js';

/** The error a model value that cannot be encoded becomes. */
export function invalidField(field: string, message: string): SealmatchError {
  return new SealmatchError('E_INVALID_ARGUMENT', `${field}: ${message}`, { field });
}

/** Checks `value` is an integer in [0, max]; returns it. */
export function checkUint(value: unknown, max: number, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw invalidField(field, `must be an integer in 0..${max}, got ${String(value)}`);
  }
  return value;
}

/** Checks `value` is an array; returns it. */
export function checkArray<T>(value: readonly T[], field: string): readonly T[] {
  if (!Array.isArray(value)) throw invalidField(field, 'must be an array');
  return value;
}

/** Growable big-endian byte sink; every write is range-checked against the field width. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  private len = 0;

  get length(): number {
    return this.len;
  }

  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  u8(value: number, field: string): this {
    checkUint(value, 0xff, field);
    this.grow(1);
    this.buf[this.len++] = value;
    return this;
  }

  u16(value: number, field: string): this {
    checkUint(value, 0xffff, field);
    this.grow(2);
    this.buf[this.len++] = value >>> 8;
    this.buf[this.len++] = value & 0xff;
    return this;
  }

  u32(value: number, field: string): this {
    checkUint(value, 0xffff_ffff, field);
    this.grow(4);
    this.buf[this.len++] = Math.floor(value / 2 ** 24) & 0xff;
    this.buf[this.len++] = (value >>> 16) & 0xff;
    this.buf[this.len++] = (value >>> 8) & 0xff;
    this.buf[this.len++] = value & 0xff;
    return this;
  }

  bytes(data: Uint8Array, field: string): this {
    if (!(data instanceof Uint8Array)) throw invalidField(field, 'must be a Uint8Array');
    this.grow(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
    return this;
  }

  /** The bytes written so far (a copy the caller owns). */
  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
