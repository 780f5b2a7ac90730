/**
 * The six fingerprint collections of ../shared/data for cross-sensor evaluation: FVC2002 DB1-DB4 B
 * (ISO 19794-2:2005, 10 fingers x 8 impressions each) and the Neurotechnology samples read from
 * NBIS `.xyt` (uareu: 65 fingers, crossmatch: 51 fingers, 8 impressions each; 39 fingers appear on
 * both sensors under the same `{subject}_{finger}` label). Finger identity is `collection:finger`
 * within a collection; `physical` names the physical finger across collections (the shared
 * neurotech fingers have the same `physical` on both sensors).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMinutiaeRecord, type MinutiaeRecord } from '../src/templates/fingerprint/index.js';
import { parseXyt, XYT_SENSOR_IMAGES } from '../src/templates/fingerprint/xyt.js';

export const COLLECTIONS = ['DB1_B', 'DB2_B', 'DB3_B', 'DB4_B', 'uareu', 'crossmatch'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface CollectionSample {
  collection: Collection;
  /** Finger label inside the collection. */
  finger: string;
  /** Physical finger across collections (neurotech: `nt:{subject}_{finger}`). */
  physical: string;
  impression: number;
  record: MinutiaeRecord;
}

const DATA = fileURLToPath(new URL('../../shared/data/fingerprint/', import.meta.url));

/** Every sample of the given collections, in collection then file-name order. */
export function loadCollections(which: readonly Collection[] = COLLECTIONS, root = DATA): CollectionSample[] {
  const out: CollectionSample[] = [];
  for (const c of which) {
    if (c === 'uareu' || c === 'crossmatch') {
      const dir = `${root}neurotech/${c}`;
      for (const f of readdirSync(dir).sort()) {
        const m = /^(\d+_\d+)_(\d+)\.xyt$/.exec(f);
        if (!m) continue;
        const record = parseXyt(new Uint8Array(readFileSync(`${dir}/${f}`)), XYT_SENSOR_IMAGES[c]);
        out.push({ collection: c, finger: m[1]!, physical: `nt:${m[1]!}`, impression: Number(m[2]), record });
      }
    } else {
      const dir = `${root}fvc2002/${c}`;
      for (const f of readdirSync(dir).sort()) {
        const m = /^(\d+)_(\d+)\.iso$/.exec(f);
        if (!m) continue;
        const record = parseMinutiaeRecord(new Uint8Array(readFileSync(`${dir}/${f}`)));
        out.push({ collection: c, finger: m[1]!, physical: `${c}:${m[1]!}`, impression: Number(m[2]), record });
      }
    }
  }
  return out;
}

/** Minutiae of view 0 in the y-up frame (y = -y_iso, theta in radians, counter-clockwise). */
export function planar(record: MinutiaeRecord): { x: number; y: number; theta: number }[] {
  return record.views[0]!.minutiae.map((m) => ({ x: m.x, y: -m.y, theta: (m.angleDegrees * Math.PI) / 180 }));
}
