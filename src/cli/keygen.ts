/**
 * `sealmatch keygen --dir DIR [--preset ID] [--custodian-url URL]`: writes a deployment's key
 * files (custodian.json, matcher.json, public-bundle.pb; see src/server/config.ts).
 */
import { DEFAULT_FACE_PRESET_ID } from '../he/presets.js';
import { writeDeploymentKeys } from '../server/config.js';
import { parseFlags } from './args.js';
import { SealmatchError } from '../errors.js';

export async function keygenCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    dir: { type: 'string' },
    preset: { type: 'string', default: DEFAULT_FACE_PRESET_ID },
    'custodian-url': { type: 'string', default: 'http://127.0.0.1:8701' },
  });
  if (!values.dir) throw new SealmatchError('E_INVALID_ARGUMENT', '--dir DIR is required');
  const bundle = await writeDeploymentKeys(values.dir, values.preset!, values['custodian-url']!);
  process.stdout.write(`${JSON.stringify({ dir: values.dir, preset: bundle.presetId, files: ['custodian.json', 'matcher.json', 'public-bundle.pb'] })}\n`);
  return 0;
}
