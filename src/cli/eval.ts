/**
 * `sealmatch eval --pairs FILE [--threshold COS] [--modality face|finger] [--lenient] [--xyt-size WxH]`:
 * evaluation mode over JSON-lines pairs. Face: {"id","probe":[floats],"reference":[floats]};
 * finger: {"id","probe":"path/to/record","reference":"path/to/record"} (ISO/IEC 19794-2 or
 * ANSI/INCITS 378, format detected from the bytes; or NBIS mindtct `.xyt` text, by extension, whose
 * image size `--xyt-size WxH` gives, default 504x480: a larger size than the real image only
 * translates the minutiae; paths relative to the pairs file). Prints
 * {"id","score","match"} per pair, where `score` is the decrypted (unblinded, evaluation-mode)
 * similarity rescaled to cosine (chunked templates are normalized whole, so this is their cosine) and `match` is the
 * decision of the blinded path for the same pair. Bad pairs print {"id","error":CODE} and the run
 * goes on. Progress on stderr.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { SealmatchError, isSealmatchError } from '../errors.js';
import { getPreset } from '../he/presets.js';
import { scoreToCosine } from '../templates/face.js';
import { parseFlags } from './args.js';
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
  const { values } = parseFlags(argv, {
    pairs: { type: 'string' },
    threshold: { type: 'string' },
    modality: { type: 'string', default: 'face' },
    lenient: { type: 'boolean', default: false },
    'xyt-size': { type: 'string', default: '504x480' },
  });
  if (!values.pairs) throw new SealmatchError('E_INVALID_ARGUMENT', '--pairs FILE is required');
  if (values.modality !== 'face' && values.modality !== 'finger') {
    throw new SealmatchError('E_INVALID_ARGUMENT', `--modality must be face or finger, got "${values.modality}"`);
  }
  const modality = values.modality;
  const baseDir = dirname(resolve(values.pairs));
  const size = /^(\d{1,5})x(\d{1,5})$/.exec(values['xyt-size'] ?? '');
  if (!size) throw new SealmatchError('E_INVALID_ARGUMENT', `--xyt-size must be WIDTHxHEIGHT, got "${values['xyt-size']}"`);
  const xytImage = { width: Number(size[1]), height: Number(size[2]) };
  const fingerVector = async (v: unknown, what: string): Promise<number[]> => {
    if (typeof v !== 'string') throw new SealmatchError('E_INVALID_ARGUMENT', `${what} must be a record path`);
    const { parseMinutiaeRecord } = await import('../templates/fingerprint/parse.js');
    const { minutiaeToVector } = await import('../templates/fingerprint/representation.js');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(isAbsolute(v) ? v : resolve(baseDir, v)));
    } catch {
      throw new SealmatchError('E_MALFORMED_RECORD', `${what}: cannot read ${v}`);
    }
    if (v.toLowerCase().endsWith('.xyt')) {
      const { parseXyt } = await import('../templates/fingerprint/xyt.js');
      return Array.from(minutiaeToVector(parseXyt(bytes, xytImage)));
    }
    return Array.from(minutiaeToVector(parseMinutiaeRecord(bytes, { lenientHeader: values.lenient })));
  };
  const template = async (v: unknown, what: string): Promise<number[]> => (modality === 'finger' ? fingerVector(v, what) : asEmbedding(v, what));
  const thresholdCosine = values.threshold === undefined ? undefined : Number(values.threshold);
  if (thresholdCosine !== undefined && !Number.isFinite(thresholdCosine)) {
    throw new SealmatchError('E_INVALID_ARGUMENT', '--threshold must be a number (cosine)');
  }
  const lines = readFileSync(values.pairs, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const dep = await localDeployment({ evaluationMode: true, ...(modality === 'face' ? { thresholdCosine } : { fingerThresholdCosine: thresholdCosine }) });
  const bar = new SingleBar({ stream: process.stderr, format: 'eval [{bar}] {value}/{total} pairs {eta}s left' }, Presets.shades_classic);
  bar.start(lines.length, 0);
  const quantScale = getPreset(dep.bundle.presetId).quantScale;
  try {
    for (let n = 0; n < lines.length; n++) {
      let id: unknown = n;
      try {
        let pair: PairLine;
        try {
          pair = JSON.parse(lines[n]!) as PairLine;
        } catch {
          throw new SealmatchError('E_MALFORMED_MESSAGE', `line ${n + 1} is not JSON`);
        }
        id = pair.id ?? n;
        const subject = `eval-${n}`;
        const refVec = await template(pair.reference, 'reference');
        const probeVec = await template(pair.probe, 'probe');
        const reference = dep.terminal.encryptReference(subject, refVec, undefined, modality);
        const request = dep.terminal.buildVerifyRequest(subject, probeVec, { amountMinor: 0n, currency: 'KZT' }, undefined, { modality });
        await dep.matcher.enroll(subject, reference);
        try {
          const blinded = await dep.matcher.verify(request);
          const decision = await dep.custodian.decide(blinded);
          const score = scoreToCosine(dep.custodian.revealScore(blinded), quantScale);
          process.stdout.write(`${JSON.stringify({ id, score: Number(score.toFixed(6)), match: decision.match })}\n`);
        } finally {
          await dep.matcher.deleteSubject(subject);
        }
      } catch (e) {
        if (!isSealmatchError(e)) throw e;
        process.stdout.write(`${JSON.stringify({ id, error: e.code })}\n`);
      }
      bar.increment();
    }
  } finally {
    bar.stop();
    await dep.close();
  }
  return 0;
}
