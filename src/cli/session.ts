/**
 * An in-process deployment of the three roles (one custodian, one matcher on an embedded store,
 * one terminal), used by `demo` and `eval`. In production each role runs in its own process and
 * trust domain (see `sealmatch serve`); here they share a process for convenience only.
 */
import { Custodian, type PublicBundle } from '../custodian/custodian.js';
import { DEFAULT_FACE_PRESET_ID } from '../he/presets.js';
import { Matcher } from '../matcher/matcher.js';
import { SqliteStore } from '../store/sqlite.js';
import { Terminal } from '../terminal/terminal.js';

export interface LocalDeployment extends Disposable {
  readonly bundle: PublicBundle;
  readonly custodian: Custodian;
  readonly matcher: Matcher;
  readonly terminal: Terminal;
  readonly store: SqliteStore;
  close(): Promise<void>;
}

export async function localDeployment(opts: {
  presetId?: string;
  storePath?: string;
  evaluationMode?: boolean;
  thresholdCosine?: number;
  fingerThresholdCosine?: number;
}): Promise<LocalDeployment> {
  const presetId = opts.presetId ?? DEFAULT_FACE_PRESET_ID;
  const { secrets, bundle } = await Custodian.generateSecrets(presetId);
  const custodian = await Custodian.create({ secrets, evaluationMode: opts.evaluationMode });
  const store = new SqliteStore(opts.storePath ?? ':memory:');
  const matcher = await Matcher.create({
    presetId,
    store,
    evaluationMode: opts.evaluationMode,
    thresholdCosine: opts.thresholdCosine,
    fingerThresholdCosine: opts.fingerThresholdCosine,
  });
  const terminal = await Terminal.create({ ...bundle, terminalId: 'terminal-local' });
  const close = async (): Promise<void> => {
    terminal.delete();
    matcher.delete();
    custodian.delete();
    await store.close();
  };
  return {
    bundle,
    custodian,
    matcher,
    terminal,
    store,
    close,
    [Symbol.dispose]: () => void close(),
  };
}
