/**
 * `sealmatch identify-eval --gallery FILE --probes FILE [--threshold COS]`: encrypted 1:N search
 * over JSON-lines files {"id","embedding":[floats]} (128-D or 512-D: the matching 1:N preset).
 * Every gallery line is enrolled encrypted through the enrollment protocol (desk encrypts,
 * matcher masks, custodian refreshes), every probe is searched encrypted with an officer's
 * authorization, and one {"id","matches":[gallery ids]} line is printed per probe (gallery ids in
 * file order). Progress on stderr.
 */
import { readFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { SingleBar, Presets } from 'cli-progress';
import { Custodian } from '../custodian/custodian.js';
import { SealmatchError } from '../errors.js';
import { HeContext } from '../he/index.js';
import { CoefficientEncryptor } from '../he/index.js';
import { encodeExpandableProbe } from '../he/index.js';
import { FACE_1TON_PRESET_IDS } from '../params/presets.js';
import { IdentifyMatcher } from '../identify/matcher/identify-matcher.js';
import { quantizeEmbedding } from '../templates/face.js';
import { sha256 } from '../wire/digest.js';
import { signIdentifyAuthorization, verifyIdentifyResponse } from '../identify/messages/identify-messages.js';
import { keyId } from '../wire/signing.js';
import { parseFlags } from './args.js';

interface Line {
  readonly id: string;
  readonly embedding: number[];
}

function readLines(file: string): Line[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      let o: { id?: unknown; embedding?: unknown };
      try {
        o = JSON.parse(l) as typeof o;
      } catch {
        throw new SealmatchError('E_MALFORMED_MESSAGE', `${file}:${i + 1}: not JSON`);
      }
      if (typeof o.id !== 'string' && typeof o.id !== 'number') throw new SealmatchError('E_MALFORMED_MESSAGE', `${file}:${i + 1}: id missing`);
      if (!Array.isArray(o.embedding)) throw new SealmatchError('E_MALFORMED_MESSAGE', `${file}:${i + 1}: embedding must be an array`);
      return { id: String(o.id), embedding: o.embedding as number[] };
    });
}

export async function identifyEvalCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, { gallery: { type: 'string' }, probes: { type: 'string' }, threshold: { type: 'string' } });
  if (!values.gallery || !values.probes) throw new SealmatchError('E_INVALID_ARGUMENT', '--gallery FILE and --probes FILE are required');
  const thresholdCosine = values.threshold === undefined ? undefined : Number(values.threshold);
  if (thresholdCosine !== undefined && !(thresholdCosine >= -1 && thresholdCosine <= 1)) throw new SealmatchError('E_INVALID_ARGUMENT', '--threshold must be a cosine in [-1, 1]');
  const gallery = readLines(values.gallery);
  const probes = readLines(values.probes);
  if (gallery.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', 'empty gallery');
  const dim = gallery[0]!.embedding.length;
  if (dim !== 128 && dim !== 512) throw new SealmatchError('E_DIMENSION', `1:N presets exist for 128-D and 512-D, got ${dim}-D`);
  const presetId = FACE_1TON_PRESET_IDS[dim];

  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const custodian = await Custodian.create({ secrets, identify: { trustMatcher: true } });
  const he = await HeContext.create(presetId);
  let matcher: IdentifyMatcher | undefined;
  let enc: CoefficientEncryptor | undefined;
  try {
    // Evaluation runs matcher and custodian in one process: the matcher is trusted by construction.
    const officer = ed25519.utils.randomSecretKey();
    const pub = ed25519.getPublicKey(officer);
    await custodian.registerKey({ publicKey: pub, ownerId: 'eval-officer', role: 'officer' });
    matcher = await IdentifyMatcher.create({
      presetId,
      galoisKeys: custodian.expansionKeys(),
      keys: new Map([[bytesToHex(keyId(pub)), { publicKey: pub, role: 'officer' as const }]]),
      ...(thresholdCosine === undefined ? {} : { thresholdCosine }),
    });
    enc = new CoefficientEncryptor(he, bundle.hePublicKey);
    const tn = Number(he.t);
    const bar = new SingleBar({ format: '{phase} {bar} {value}/{total}', stream: process.stderr }, Presets.shades_classic);
    // Subject references stand in for HMAC(bank key, IIN): here a hash of the line id.
    const refOf = (id: string): string => bytesToHex(sha256(new TextEncoder().encode(`gallery:${id}`)));
    const idOfRef = new Map(gallery.map((g) => [refOf(g.id), g.id]));
    if (idOfRef.size !== gallery.length) throw new SealmatchError('E_INVALID_ARGUMENT', 'gallery ids must be unique');
    bar.start(gallery.length, 0, { phase: 'enroll' });
    const chunk = 256;
    for (let i = 0; i < gallery.length; i += chunk) {
      const part = gallery.slice(i, i + chunk).map((g) => {
        const q = quantizeEmbedding(g.embedding, he.preset, dim);
        return { subjectRef: refOf(g.id), presetId, dim, template: enc!.encrypt(Array.from(q.values, (x) => ((x % tn) + tn) % tn)) };
      });
      await matcher.enroll(part, (r) => custodian.refreshForEnrollment(r));
      bar.update(Math.min(i + chunk, gallery.length));
    }
    bar.stop();
    bar.start(probes.length, 0, { phase: 'search' });
    for (const p of probes) {
      const q = quantizeEmbedding(p.embedding, he.preset, dim);
      const probe = enc.encrypt(encodeExpandableProbe(Array.from(q.values), dim, he.t));
      const req = { presetId, dim, probe, authorization: signIdentifyAuthorization({ presetId, probe, caseId: `eval-${p.id}`.replace(/[^A-Za-z0-9._:-]/g, '_') }, officer) };
      const resp = await matcher.finishIdentify(await custodian.decideIdentify(await matcher.identify(req)));
      if (!verifyIdentifyResponse(resp, req, bundle.decisionPublicKey)) throw new SealmatchError('E_SIGNATURE', 'identify response did not verify');
      const ids = new Set(resp.matches.map((m) => idOfRef.get(m.subjectRef)!));
      process.stdout.write(`${JSON.stringify({ id: p.id, matches: gallery.filter((g) => ids.has(g.id)).map((g) => g.id) })}\n`);
      bar.increment();
    }
    bar.stop();
    return 0;
  } finally {
    enc?.delete();
    await matcher?.close();
    he.delete();
    custodian.delete();
  }
}
