/**
 * Fingerprint references in the encrypted 1:N gallery (preset sm1-bgv4096-finger-1toN): every
 * FVC2002 DB1_B and DB2_B print enrolled as its 512-value fingerprint template, probes of every
 * finger searched encrypted; the matching subject references equal the quantized plaintext ones
 * exactly, and genuine impressions of the probe's finger are among them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINGER_1TON_PRESET_ID, getPreset } from '../src/params/presets.js';
import { quantizeEmbedding, scoreThreshold } from '../src/templates/face.js';
import { parseMinutiaeRecord } from '../src/templates/fingerprint/parse.js';
import { FINGER_1TON_DIM, minutiaeToIdentifyVector } from '../src/templates/fingerprint/representation.js';
import { verifyIdentifyResponse } from '../src/identify/messages/identify-messages.js';
import { SHARED_DATA } from './helpers.js';
import { replay, tiered } from './tier.js';
import { Deployment, ref } from './identify-deployment.js';

interface Print {
  readonly db: string;
  readonly finger: number;
  readonly values: Int32Array;
}

describe('1:N fingerprint gallery (FVC2002 DB1_B + DB2_B)', () => {
  const dep = new Deployment(0, FINGER_1TON_PRESET_ID);
  const preset = getPreset(FINGER_1TON_PRESET_ID);
  const T = scoreThreshold(preset.defaultThresholdCosine, preset.quantScale);
  const prints: Print[] = [];
  // Fast tier: one of the two databases (seeded), 80 prints; both (160) in the full tier.
  const DATABASES = tiered(['DB1_B', 'DB2_B'], 1, 'identify-finger/databases');

  beforeAll(async () => {
    await dep.init();
    for (const db of DATABASES) {
      const dir = resolve(SHARED_DATA, 'fingerprint/fvc2002', db);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.iso')).sort()) {
        const record = parseMinutiaeRecord(new Uint8Array(readFileSync(resolve(dir, f))));
        const v = minutiaeToIdentifyVector(record);
        expect(v.length).toBe(FINGER_1TON_DIM);
        prints.push({ db, finger: Number(f.split('_')[0]), values: quantizeEmbedding(v, preset).values });
      }
    }
    await dep.matcher.enroll(
      prints.map((p, i) => ({ subjectRef: ref(i), presetId: FINGER_1TON_PRESET_ID, dim: FINGER_1TON_DIM, template: dep.template(p.values) })),
      (r) => dep.custodian.refreshForEnrollment(r),
    );
  }, 300_000);
  afterAll(async () => dep.delete());

  it('encrypted matches equal the quantized plaintext matches; other impressions of the finger are found', async () => {
    expect(dep.matcher.gallery.size).toBe(80 * DATABASES.length);
    let genuineFound = 0;
    // the first impression of every finger of both databases as probe (a seeded sample of them in the fast tier)
    const firsts = prints.flatMap((p, i) => (i % 8 === 0 ? [i] : []));
    expect(firsts.length).toBe(10 * DATABASES.length);
    const probes = tiered(firsts, 3, 'identify-finger/probes');
    console.log(replay(`identify-finger: ${probes.length} of ${firsts.length} probes`));
    for (const i of probes) {
      const req = dep.request(prints[i]!.values);
      const resp = await dep.matcher.finishIdentify(await dep.custodian.decideIdentify(await dep.matcher.identify(req)));
      expect(verifyIdentifyResponse(resp, req, dep.decisionPublicKey)).toBe(true);
      const want = prints
        .map((g, j) => {
          let s = 0;
          for (let k = 0; k < FINGER_1TON_DIM; k++) s += g.values[k]! * prints[i]!.values[k]!;
          return s >= T ? ref(j) : '';
        })
        .filter(Boolean)
        .sort();
      const got = resp.matches.map((m) => m.subjectRef).sort();
      expect(got, replay(`matches of probe ${i}`)).toEqual(want);
      expect(got).toContain(ref(i));
      genuineFound += prints.filter((g, j) => j !== i && g.db === prints[i]!.db && g.finger === prints[i]!.finger && got.includes(ref(j))).length;
    }
    // 20 probes x 7 other impressions: the synthetic-background threshold finds a good share of them
    expect(genuineFound).toBeGreaterThan(probes.length * 7 * 0.4);
  }, 600_000);
});
