/**
 * `sealmatch eval --pairs FILE [--threshold COS] [--modality face|finger] [--lenient] [--xyt-size WxH]`:
 * evaluation mode over JSON-lines pairs. Face: {"id","probe":[floats],"reference":[floats]};
 * finger: {"id","probe":"path/to/record","reference":"path/to/record"} (ISO/IEC 19794-2 or
 * ANSI/INCITS 378, format detected from the bytes; or NBIS mindtct `.xyt` text, by extension, whose
 * image size `--xyt-size WxH` gives, default 504x480: a larger size than the real image only
 * translates the minutiae; paths relative to the pairs file). Prints
 * {"id","score","match"} per pair, where `score` is the decrypted (unblinded, evaluation-mode)
 * similarity rescaled to cosine (chunked templates are normalized whole, so this is their cosine) and `match` is the
 * decision of the blinded path for the same pair. A bad line prints {"id","line","error":CODE} on
 * stdout and `FILE:LINE: CODE: why` on stderr (LINE from 1); the run goes on and exits 1. Progress
 * on stderr when it is a terminal.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { SealmatchError, isSealmatchError } from '../errors.js';
import { getPreset } from '../params/presets.js';
import { scoreToCosine } from '../templates/face.js';
import { UsageError, choiceFlag, numberFlag, parseCommandLine, required } from './args.js';
import { parseRecordFlag } from './finger-records.js';
import { fsReason, parseJsonLine, readInputLines } from './input-files.js';
import { progressBar } from './progress.js';
import { badLine } from './report.js';
import { asSubjectRef } from '../subjects/subject-reference.js';
import { localDeployment } from './session.js';

interface PairLine {
  id?: unknown;
  probe?: unknown;
  reference?: unknown;
}

function asEmbedding(v: unknown, what: string): number[] {
  if (!Array.isArray(v)) throw new SealmatchError('E_INVALID_ARGUMENT', `${what} must be an array of numbers`);
  // JSON cannot carry NaN; strings such as "NaN" are rejected by validation downstream.
  return v as number[];
}

export async function evalCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('eval', argv);
  const pairsFile = required('eval', 'pairs', values.pairs);
  const modality = choiceFlag('eval', 'modality', values.modality, ['face', 'finger'] as const);
  const thresholdCosine = numberFlag('eval', 'threshold', values.threshold, -1, 1, 'a cosine in [-1, 1]');
  const baseDir = dirname(resolve(pairsFile));
  const size = /^(\d{1,5})x(\d{1,5})$/.exec(values['xyt-size'] ?? '');
  if (!size) throw new UsageError(`--xyt-size must be WIDTHxHEIGHT, got "${values['xyt-size']}"`, 'eval');
  const xytImage = { width: Number(size[1]), height: Number(size[2]) };
  const fingerVector = async (v: unknown, what: string): Promise<number[]> => {
    if (typeof v !== 'string') throw new SealmatchError('E_INVALID_ARGUMENT', `${what} must be a record path`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(isAbsolute(v) ? v : resolve(baseDir, v)));
    } catch (e) {
      throw new SealmatchError('E_MALFORMED_RECORD', `${what}: cannot read ${v} (${fsReason(e)})`);
    }
    // Loaded after the record parses: the module fits its default background on load (slow), which
    // a run of unreadable records need not wait for.
    if (v.toLowerCase().endsWith('.xyt')) {
      const { parseXyt } = await import('../templates/fingerprint/xyt.js');
      const minutiae = parseXyt(bytes, xytImage);
      const { minutiaeToVector } = await import('../templates/fingerprint/representation.js');
      return Array.from(minutiaeToVector(minutiae));
    }
    const record = parseRecordFlag(bytes, values.lenient);
    const { minutiaeToVector } = await import('../templates/fingerprint/representation.js');
    return Array.from(minutiaeToVector(record));
  };
  const template = async (v: unknown, what: string): Promise<number[]> => (modality === 'finger' ? fingerVector(v, what) : asEmbedding(v, what));
  const lines = readInputLines(pairsFile, '--pairs file');
  const dep = await localDeployment({ evaluationMode: true, ...(modality === 'face' ? { thresholdCosine } : { fingerThresholdCosine: thresholdCosine }) });
  const progress = progressBar('eval');
  progress.start(lines.length, 'pairs');
  const quantScale = getPreset(dep.bundle.presetId).quantScale;
  let bad = 0;
  try {
    for (const [n, { line, text }] of lines.entries()) {
      let id: unknown;
      try {
        const pair = parseJsonLine(text) as PairLine;
        if (typeof pair !== 'object' || pair === null || Array.isArray(pair)) throw new SealmatchError('E_MALFORMED_MESSAGE', 'not a JSON object {"id","probe","reference"}');
        id = pair.id;
        const subject = asSubjectRef(n.toString(16).padStart(64, '0'));
        const refVec = await template(pair.reference, 'reference');
        const probeVec = await template(pair.probe, 'probe');
        const reference = dep.terminal.encryptReference(subject, refVec, undefined, modality);
        const request = dep.terminal.buildVerifyRequest(subject, probeVec, { amountMinor: 0n, currency: 'KZT' }, undefined, { modality });
        await dep.matcher.enroll(subject, reference);
        try {
          const blinded = await dep.matcher.verify(request);
          const decision = await dep.custodian.decide(blinded);
          const score = scoreToCosine(dep.custodian.revealScore(blinded), quantScale);
          progress.print(`${JSON.stringify({ id: id ?? line, score: Number(score.toFixed(6)), match: decision.match })}\n`);
        } finally {
          await dep.matcher.deleteSubject(subject);
        }
      } catch (e) {
        if (!isSealmatchError(e)) throw e;
        bad++;
        // The line number (from 1, as an editor counts) always; the id when the line had one.
        progress.print(`${JSON.stringify({ ...(id === undefined ? {} : { id }), line, error: e.code })}\n`);
        process.stderr.write(badLine('eval', pairsFile, line, e));
      }
      progress.increment();
    }
  } finally {
    progress.stop();
    await dep.close();
  }
  if (bad > 0) process.stderr.write(`sealmatch eval: ${bad} of ${lines.length} pairs failed (see above)\n`);
  return bad > 0 ? 1 : 0;
}
