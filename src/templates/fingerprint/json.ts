/**
 * Plain-JSON projection of a minutiae record, for `sealmatch inspect FILE` and for debugging.
 * Every model field appears under its model name; byte strings become lowercase hex; codes get a
 * `...Name` companion where the standard names them; standard extended data blocks (ridge counts,
 * cores and deltas) are decoded beside their raw hex. One-way: the model, not this, round-trips.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  captureDeviceTechnologyName,
  fingerPositionName,
  impressionTypeName,
  ridgeCountMethodName,
  ridgeEndingTypeName,
} from './codes.js';
import { CORE_DELTA_BLOCK, RIDGE_COUNT_BLOCK, decodeCoresAndDeltas, decodeRidgeCounts } from './extended-data.js';
import type { ExtendedDataBlock, FingerView, MinutiaeFormat, MinutiaeRecord } from './model.js';

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** Lowercase hex of `bytes`, two digits per byte. */
export const toHex: (bytes: Uint8Array) => string = bytesToHex;

/** Structural copy: Uint8Array to hex, undefined dropped, everything else as is. */
function plain(value: unknown): Json {
  if (value instanceof Uint8Array) return toHex(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plain(v);
    return out;
  }
  return value as Json;
}

function blockToJson(format: MinutiaeFormat, block: ExtendedDataBlock): JsonObject {
  const out: JsonObject = { type: block.type, length: block.data.length, dataHex: toHex(block.data) };
  if (block.type === RIDGE_COUNT_BLOCK) {
    const rc = decodeRidgeCounts(block.data);
    if (rc) {
      out.ridgeCounts = {
        method: rc.method,
        methodName: ridgeCountMethodName(rc.method) ?? null,
        edges: rc.edges.map((e) => ({ from: e.from, to: e.to, count: e.count })),
        trailingHex: toHex(rc.trailing),
      };
    }
  } else if (block.type === CORE_DELTA_BLOCK) {
    const cd = decodeCoresAndDeltas(format, block.data);
    if (cd) out.coresAndDeltas = plain(cd);
  }
  return out;
}

function viewToJson(format: MinutiaeFormat, view: FingerView): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(view)) {
    if (key === 'extendedData') continue;
    out[key] = plain(value);
    if (key === 'position') out.positionName = fingerPositionName(view.position) ?? null;
    if (key === 'impressionType') out.impressionTypeName = impressionTypeName(format, view.impressionType) ?? null;
    if (key === 'captureDeviceTechnology' && 'captureDeviceTechnology' in view) {
      out.captureDeviceTechnologyName = captureDeviceTechnologyName(view.captureDeviceTechnology) ?? null;
    }
    if (key === 'ridgeEndingType' && 'ridgeEndingType' in view) {
      out.ridgeEndingTypeName = ridgeEndingTypeName(view.ridgeEndingType) ?? null;
    }
  }
  out.minutiaCount = view.minutiae.length;
  out.extendedData = view.extendedData.map((b) => blockToJson(format, b));
  return out;
}

/**
 * The JSON view of a parsed record: `format`, header fields, then `views`, each with its minutiae
 * (raw angle and degrees) and extended data blocks (hex, plus decoded standard blocks).
 *
 * @example
 *   JSON.stringify(recordToJson(parseMinutiaeRecord(bytes)), null, 2)
 */
export function recordToJson(rec: MinutiaeRecord): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(rec)) {
    if (key === 'views') continue;
    out[key] = plain(value);
  }
  out.viewCount = rec.views.length;
  out.views = rec.views.map((v: FingerView) => viewToJson(rec.format, v));
  return out;
}
