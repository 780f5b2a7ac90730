/**
 * Bounds-checked big-endian reader over one finger minutiae record. Every read names the field it
 * reads, so a short or inconsistent record fails with `E_MALFORMED_RECORD: <field> ...` and never
 * with a RangeError from a DataView or a silent `undefined` from an out-of-range index.
 *
 * Invariant: `start <= offset <= end <= bytes.length`; nothing outside [start, end) is ever read.
 */
import { SealmatchError } from '../../errors.js';

/** The error every structural problem in a minutiae record becomes. */
export function malformedRecord(field: string, message: string, offset?: number): SealmatchError {
  const details: Record<string, unknown> = { field };
  if (offset !== undefined) details.offset = offset;
  return new SealmatchError('E_MALFORMED_RECORD', `${field}: ${message}`, details);
}

/** Reads big-endian fields from `bytes[start, end)`, failing with the field's name on overrun. */
export class ByteReader {
  offset: number;

  constructor(
    readonly bytes: Uint8Array,
    readonly start = 0,
    readonly end = bytes.length,
  ) {
    this.offset = start;
  }

  /** Bytes not yet read inside this reader's window. */
  get remaining(): number {
    return this.end - this.offset;
  }

  private need(n: number, field: string): void {
    if (n > this.remaining) {
      throw malformedRecord(field, `needs ${n} byte(s) at offset ${this.offset}, only ${this.remaining} left`, this.offset);
    }
  }

  u8(field: string): number {
    this.need(1, field);
    return this.bytes[this.offset++]!;
  }

  u16(field: string): number {
    this.need(2, field);
    const b = this.bytes;
    const o = this.offset;
    this.offset += 2;
    return (b[o]! << 8) | b[o + 1]!;
  }

  u32(field: string): number {
    this.need(4, field);
    const b = this.bytes;
    const o = this.offset;
    this.offset += 4;
    // `* 2 ** 24` instead of `<< 24` keeps the value unsigned above 2^31.
    return b[o]! * 2 ** 24 + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
  }

  /** Copies `n` bytes out, so a parsed record never aliases the caller's buffer. */
  take(n: number, field: string): Uint8Array {
    this.need(n, field);
    // Not `bytes.slice`: on a Node Buffer that is a view, not a copy.
    const out = new Uint8Array(n);
    out.set(this.bytes.subarray(this.offset, this.offset + n));
    this.offset += n;
    return out;
  }

  /**
   * A reader over the next `n` bytes (a length-prefixed area); this reader skips past them.
   * `field` names the length field that declared the area, for the overrun message.
   */
  sub(n: number, field: string): ByteReader {
    if (n > this.remaining) {
      throw malformedRecord(field, `declares ${n} byte(s) but only ${this.remaining} remain at offset ${this.offset}`, this.offset);
    }
    const r = new ByteReader(this.bytes, this.offset, this.offset + n);
    this.offset += n;
    return r;
  }

  /** Asserts the window is fully consumed: nothing may trail a length-delimited structure. */
  expectEnd(field: string): void {
    if (this.remaining !== 0) {
      throw malformedRecord(field, `${this.remaining} unexpected byte(s) after the end at offset ${this.offset}`, this.offset);
    }
  }
}

/**
 * Checks a record's declared total length against the bytes really present: a shorter buffer is a
 * truncated record, a longer one carries trailing data. Either is malformed, unless `lenient`
 * (ParseOptions.lenientHeader): then the mismatching value is returned to be kept in the model,
 * and the record's structure alone must end exactly at the end of the bytes.
 */
export function checkRecordLength(declared: number, actual: number, field: string, lenient: boolean): number | undefined {
  if (declared === actual) return undefined;
  if (lenient) return declared;
  const why = declared > actual ? 'truncated record' : 'trailing data after the record';
  throw malformedRecord(field, `declares ${declared} bytes but ${actual} are present (${why})`, 8);
}

/** Checks that `count` items of at least `minBytes` each can fit in what is left of `r`. */
export function checkCountFits(r: ByteReader, count: number, minBytes: number, field: string): void {
  if (count * minBytes > r.remaining) {
    throw malformedRecord(field, `${count} item(s) need at least ${count * minBytes} bytes, only ${r.remaining} left`, r.offset);
  }
}
