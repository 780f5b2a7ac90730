/**
 * `sealmatch identify-eval --gallery FILE --probes FILE [--threshold COS]`: encrypted 1:N search
 * over JSON-lines files {"id","embedding":[floats]} (128-D or 512-D: the matching 1:N preset).
 * Every gallery line is enrolled encrypted through the enrollment protocol (desk encrypts,
 * matcher masks, custodian refreshes), every probe is searched encrypted with an officer's
 * authorization, and one {"id","matches":[gallery ids]} line is printed per probe (gallery ids in
 * file order). A bad line (not JSON, no id, another dimension, a duplicate gallery id, values
 * quantization refuses) is skipped with `FILE:LINE: CODE: why` on stderr; the run goes on and
 * exits 1. Progress on stderr when it is a terminal.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Custodian } from '../custodian/custodian.js';
import { SealmatchError, isSealmatchError } from '../errors.js';
import { HeContext } from '../he/index.js';
import { CoefficientEncryptor } from '../he/index.js';
import { encodeExpandableProbe } from '../he/index.js';
import { FACE_1TON_PRESET_IDS } from '../params/presets.js';
import { IdentifyMatcher } from '../identify/matcher/identify-matcher.js';
import { quantizeEmbedding } from '../templates/face.js';
import { sha256 } from '../wire/digest.js';
import { signIdentifyAuthorization, verifyIdentifyResponse } from '../identify/messages/identify-messages.js';
import { keyId } from '../wire/signing.js';
import { numberFlag, parseCommandLine, required } from './args.js';
import { parseJsonLine, readInputLines } from './input-files.js';
import { progressBar } from './progress.js';
import { badLine } from './report.js';

interface Line {
  readonly id: string;
  readonly embedding: number[];
  /** 1-based line number in its file. */
  readonly line: number;
}

/** The usable lines of a gallery or probe file; each bad one is reported on stderr and skipped. */
function readLines(file: string, what: string, skip: (line: number, e: SealmatchError) => void): Line[] {
  const out: Line[] = [];
  for (const { line, text } of readInputLines(file, what)) {
    try {
      const o = parseJsonLine(text) as { id?: unknown; embedding?: unknown } | null;
      if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new SealmatchError('E_MALFORMED_MESSAGE', 'not a JSON object {"id","embedding"}');
      if (typeof o.id !== 'string' && typeof o.id !== 'number') throw new SealmatchError('E_MALFORMED_MESSAGE', 'id missing (a string or a number)');
      if (!Array.isArray(o.embedding)) throw new SealmatchError('E_MALFORMED_MESSAGE', 'embedding must be an array of numbers');
      out.push({ id: String(o.id), embedding: o.embedding as number[], line });
    } catch (e) {
      if (!isSealmatchError(e)) throw e;
      skip(line, e);
    }
  }
  return out;
}

export async function identifyEvalCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('identify-eval', argv);
  const galleryFile = required('identify-eval', 'gallery', values.gallery);
  const probesFile = required('identify-eval', 'probes', values.probes);
  const thresholdCosine = numberFlag('identify-eval', 'threshold', values.threshold, -1, 1, 'a cosine in [-1, 1]');
  let skipped = 0;
  const skipper = (file: string) => (line: number, e: SealmatchError): void => {
    skipped++;
    process.stderr.write(badLine('identify-eval', file, line, e));
  };
  const skipGallery = skipper(galleryFile);
  const skipProbe = skipper(probesFile);
  const galleryLines = readLines(galleryFile, '--gallery file', skipGallery);
  const probeLines = readLines(probesFile, '--probes file', skipProbe);
  if (galleryLines.length === 0) throw new SealmatchError('E_INVALID_ARGUMENT', `${galleryFile}: no usable gallery line`);
  // The first usable gallery line fixes the dimension (and so the preset); lines of another are skipped.
  const dim = galleryLines[0]!.embedding.length;
  if (dim !== 128 && dim !== 512) throw new SealmatchError('E_DIMENSION', `${galleryFile}:${galleryLines[0]!.line}: 1:N presets exist for 128-D and 512-D, got ${dim}-D`);
  const presetId = FACE_1TON_PRESET_IDS[dim];
  const ofDim = (file: string, skip: (line: number, e: SealmatchError) => void) => (l: Line): boolean => {
    if (l.embedding.length === dim) return true;
    skip(l.line, new SealmatchError('E_DIMENSION', `embedding has ${l.embedding.length} values, the gallery ${dim} (${file}:${galleryLines[0]!.line})`));
    return false;
  };
  const seen = new Set<string>();
  const gallery = galleryLines.filter(ofDim(galleryFile, skipGallery)).filter((g) => {
    if (!seen.has(g.id)) {
      seen.add(g.id);
      return true;
    }
    skipGallery(g.line, new SealmatchError('E_INVALID_ARGUMENT', `gallery id "${g.id}" appears on an earlier line: ids must be unique`));
    return false;
  });
  const probes = probeLines.filter(ofDim(galleryFile, skipProbe));

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
    const progress = progressBar('identify-eval');
    // Subject references stand in for HMAC(bank key, IIN): here a hash of the line id.
    const refOf = (id: string): string => bytesToHex(sha256(new TextEncoder().encode(`gallery:${id}`)));
    // Quantized up front: a line with a value quantization refuses (NaN-like strings, zero norm) is
    // skipped before any ciphertext exists, so a bad line never aborts an enrollment chunk.
    const quantized = (l: Line, skip: (line: number, e: SealmatchError) => void): Int32Array | undefined => {
      try {
        return quantizeEmbedding(l.embedding, he.preset, dim).values;
      } catch (e) {
        if (!isSealmatchError(e)) throw e;
        skip(l.line, e);
        return undefined;
      }
    };
    const enrolled = gallery.flatMap((g) => {
      const q = quantized(g, skipGallery);
      return q ? [{ g, q }] : [];
    });
    const idOfRef = new Map(enrolled.map(({ g }) => [refOf(g.id), g.id]));
    progress.start(enrolled.length, 'enrolled');
    const chunk = 256;
    for (let i = 0; i < enrolled.length; i += chunk) {
      const part = enrolled.slice(i, i + chunk).map(({ g, q }) => ({
        subjectRef: refOf(g.id),
        presetId,
        dim,
        template: enc!.encrypt(Array.from(q, (x) => ((x % tn) + tn) % tn)),
      }));
      await matcher.enroll(part, (r) => custodian.refreshForEnrollment(r));
      progress.update(Math.min(i + chunk, enrolled.length));
    }
    progress.stop();
    progress.start(probes.length, 'searched');
    for (const p of probes) {
      const q = quantized(p, skipProbe);
      if (q) {
        const probe = enc.encrypt(encodeExpandableProbe(Array.from(q), dim, he.t));
        const req = { presetId, dim, probe, authorization: signIdentifyAuthorization({ presetId, probe, caseId: `eval-${p.id}`.replace(/[^A-Za-z0-9._:-]/g, '_') }, officer) };
        const resp = await matcher.finishIdentify(await custodian.decideIdentify(await matcher.identify(req)));
        if (!verifyIdentifyResponse(resp, req, bundle.decisionPublicKey)) throw new SealmatchError('E_SIGNATURE', 'identify response did not verify');
        const ids = new Set(resp.matches.map((m) => idOfRef.get(m.subjectRef)!));
        progress.print(`${JSON.stringify({ id: p.id, matches: enrolled.filter(({ g }) => ids.has(g.id)).map(({ g }) => g.id) })}\n`);
      }
      progress.increment();
    }
    progress.stop();
    if (skipped > 0) process.stderr.write(`sealmatch identify-eval: ${skipped} bad line${skipped === 1 ? '' : 's'} skipped (see above)\n`);
    return skipped > 0 ? 1 : 0;
  } finally {
    enc?.delete();
    await matcher?.close();
    he.delete();
    custodian.delete();
  }
}
