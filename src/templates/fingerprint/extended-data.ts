/**
 * The extended data area that closes every finger view:
 *
 *   area length u16 | blocks: type u16 | length u16 | data
 *
 * The area length counts whole blocks (headers included) in every edition, and blocks must tile
 * the area exactly. What a block's own length counts differs:
 *   - ISO/IEC 19794-2:2005: the data only (the standard's example: `0221 0006` + 6 bytes);
 *   - ISO 2011 and all ANSI editions: data plus the 4-byte block header (`0221 000a` + 6 bytes).
 *
 * Blocks are kept raw for byte-exact round trip. The decoders below are read-only views of the
 * standard block types, used by the JSON projection; a block they cannot decode stays raw.
 */
import { ByteReader, malformedRecord } from './byte-reader.js';
import type { ByteWriter } from './byte-writer.js';
import { invalidField } from './byte-writer.js';
import { isSealmatchError } from '../../errors.js';
import type { ExtendedDataBlock, MinutiaeFormat } from './model.js';

/** Extended data block types the standards define (type 3 exists in the ISO editions only). */
export const RIDGE_COUNT_BLOCK = 0x0001;
/** Extended data block type of core and delta points. */
export const CORE_DELTA_BLOCK = 0x0002;
/** Extended data block type of zonal quality data. */
export const ZONAL_QUALITY_BLOCK = 0x0003;

/** True when a block's length field counts its 4-byte header too. */
export function blockLengthIncludesHeader(format: MinutiaeFormat): boolean {
  return format !== 'iso19794-2:2005';
}

/** Reads the area length and its blocks; the area must fit in `r` and blocks must tile it. */
export function readExtendedData(r: ByteReader, format: MinutiaeFormat, field: string): ExtendedDataBlock[] {
  const total = r.u16(`${field}.length`);
  const area = r.sub(total, `${field}.length`);
  const withHeader = blockLengthIncludesHeader(format);
  const blocks: ExtendedDataBlock[] = [];
  while (area.remaining > 0) {
    const f = `${field}[${blocks.length}]`;
    const type = area.u16(`${f}.type`);
    const at = area.offset;
    const length = area.u16(`${f}.length`);
    if (withHeader && length < 4) throw malformedRecord(`${f}.length`, `${length} is below the 4-byte block header`, at);
    const dataLength = withHeader ? length - 4 : length;
    if (dataLength > area.remaining) {
      throw malformedRecord(
        `${f}.length`,
        `block data of ${dataLength} bytes overruns the extended data area (${area.remaining} left)`,
        at,
      );
    }
    blocks.push({ type, data: area.take(dataLength, `${f}.data`) });
  }
  return blocks;
}

/** Writes the area length and the blocks in the edition's length convention. */
export function writeExtendedData(
  w: ByteWriter,
  blocks: readonly ExtendedDataBlock[],
  format: MinutiaeFormat,
  field: string,
): void {
  if (!Array.isArray(blocks)) throw invalidField(field, 'must be an array of blocks');
  const withHeader = blockLengthIncludesHeader(format);
  let total = 0;
  for (const b of blocks) total += 4 + (b.data instanceof Uint8Array ? b.data.length : 0);
  w.u16(total, `${field}.length`);
  blocks.forEach((b, i) => {
    const f = `${field}[${i}]`;
    if (!(b.data instanceof Uint8Array)) throw invalidField(`${f}.data`, 'must be a Uint8Array');
    w.u16(b.type, `${f}.type`);
    w.u16(withHeader ? b.data.length + 4 : b.data.length, `${f}.length`);
    w.bytes(b.data, `${f}.data`);
  });
}

/** Ridge count between two minutiae (indices into the view's minutiae). */
export interface RidgeCountEdge {
  /** Indices into the view's minutiae. */
  from: number;
  /** Index of the other minutia of the pair. */
  to: number;
  /** Number of ridges crossed between the two minutiae (u8). */
  count: number;
}

/** Decoded ridge count block: ridge counts between minutia pairs. */
export interface RidgeCounts {
  /** Extraction method: 0 non-specific, 1 four-neighbour (quadrants), 2 eight-neighbour (octants). */
  method: number;
  /** The minutia pairs and their ridge counts, 3 bytes each in the block. */
  edges: RidgeCountEdge[];
  /** Bytes after the last whole 3-byte edge: none in a conforming block (ANSI 2004's own example has 2). */
  trailing: Uint8Array;
}

/** Decodes a ridge count block (type 1, same layout in every edition); undefined when empty. */
export function decodeRidgeCounts(data: Uint8Array): RidgeCounts | undefined {
  if (data.length < 1) return undefined;
  const edges: RidgeCountEdge[] = [];
  let o = 1;
  for (; o + 3 <= data.length; o += 3) edges.push({ from: data[o]!, to: data[o + 1]!, count: data[o + 2]! });
  return { method: data[0]!, edges, trailing: data.slice(o) };
}

/** A core point: position and (optionally) angle. */
export interface CorePoint {
  /** 14-bit pixel column from the left edge. */
  x: number;
  /** 14-bit pixel row from the top edge. */
  y: number;
  /** Raw angle in the edition's units, when the block carries angles. */
  angle: number | null;
}

/** A delta point: position and (optionally) its three angles. */
export interface DeltaPoint {
  /** 14-bit pixel column from the left edge. */
  x: number;
  /** 14-bit pixel row from the top edge. */
  y: number;
  /** Raw angles of the delta's three ridges in the edition's units, when the block carries angles. */
  angles: [number, number, number] | null;
}

/** Decoded core and delta block. */
export interface CoresAndDeltas {
  /** Core points in block order. */
  cores: CorePoint[];
  /** Delta points in block order. */
  deltas: DeltaPoint[];
}

/**
 * Decodes a core and delta block (type 2); undefined unless it fits its bytes exactly. ISO editions
 * flag angles per point (bit 14 of x) after a count byte; ANSI editions flag them per list (bit 6 of
 * the count byte, count in the low nibble).
 */
export function decodeCoresAndDeltas(format: MinutiaeFormat, data: Uint8Array): CoresAndDeltas | undefined {
  const r = new ByteReader(data);
  const ansi = format.startsWith('ansi');
  try {
    const cores: CorePoint[] = [];
    const deltas: DeltaPoint[] = [];
    for (const list of ['cores', 'deltas'] as const) {
      const info = r.u8(`${list}.count`);
      const count = ansi ? info & 0x0f : info;
      for (let i = 0; i < count; i++) {
        const rawX = r.u16(`${list}.x`);
        const hasAngles = ansi ? (info & 0x40) !== 0 : (rawX & 0x4000) !== 0;
        const x = rawX & 0x3fff;
        const y = r.u16(`${list}.y`) & 0x3fff;
        if (list === 'cores') {
          cores.push({ x, y, angle: hasAngles ? r.u8('core.angle') : null });
        } else {
          const angles: DeltaPoint['angles'] = hasAngles ? [r.u8('delta.angle'), r.u8('delta.angle'), r.u8('delta.angle')] : null;
          deltas.push({ x, y, angles });
        }
      }
    }
    r.expectEnd('core/delta block');
    return { cores, deltas };
  } catch (e) {
    if (isSealmatchError(e, 'E_MALFORMED_RECORD')) return undefined;
    throw e;
  }
}
