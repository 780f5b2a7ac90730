/**
 * `sealmatch eval --pairs FILE [--threshold COS]`: evaluation mode over JSON-lines pairs
 * {"id","probe":[floats],"reference":[floats]}. Prints {"id","score","match"} per pair, where
 * `score` is the decrypted (unblinded, evaluation-mode) similarity rescaled to cosine and `match`
 * is the decision of the blinded path for the same pair. Bad pairs print {"id","error":CODE}
 * and the run goes on. Progress on stderr.
 */
import { readFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { SealmatchError, isSealmatchError } from '../errors.js';
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
  });
  if (!values.pairs) throw new SealmatchError('E_INVALID_ARGUMENT', '--pairs FILE is required');
  if (values.modality !== 'face') {
    throw new SealmatchError('E_INVALID_ARGUMENT', `modality "${values.modality}" is not available in this build`);
  }
  const thresholdCosine = values.threshold === undefined ? undefined : Number(values.threshold);
  if (thresholdCosine !== undefined && !Number.isFinite(thresholdCosine)) {
    throw new SealmatchError('E_INVALID_ARGUMENT', '--threshold must be a number (cosine)');
  }
  const lines = readFileSync(values.pairs, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const dep = await localDeployment({ evaluationMode: true, thresholdCosine });
  const bar = new SingleBar({ stream: process.stderr, format: 'eval [{bar}] {value}/{total} pairs {eta}s left' }, Presets.shades_classic);
  bar.start(lines.length, 0);
  const quantScale = (await import('../he/presets.js')).getPreset(dep.bundle.presetId).quantScale;
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
        const reference = dep.terminal.encryptReference(subject, asEmbedding(pair.reference, 'reference'));
        const request = dep.terminal.buildVerifyRequest(subject, asEmbedding(pair.probe, 'probe'), { amountMinor: 0n, currency: 'KZT' });
        await dep.matcher.enroll(subject, reference);
        try {
          const blinded = await dep.matcher.verify(request);
          const decision = dep.custodian.decide(blinded);
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
