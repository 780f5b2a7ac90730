/**
 * `sealmatch keygen --dir DIR [--preset ID] [--custodian-url URL] [--encrypt] [--force]
 *                   [--custodian-tls-ca FILE --custodian-tls-cert FILE --custodian-tls-key FILE]`
 * writes a deployment's key files (custodian.json, matcher.json, public-bundle.pb; see
 * src/server/config.ts), the two key files 0600.
 *
 * - An existing deployment in DIR is refused unless --force: new keys orphan every enrolled reference.
 * - custodian.json is sealed (src/server/secret-file.ts) whenever SEALMATCH_CUSTODIAN_PASSPHRASE
 *   or SEALMATCH_CUSTODIAN_KEY is set; --encrypt makes that mandatory (refused without one).
 *   matcher.json is sealed when SEALMATCH_MATCHER_PASSPHRASE / _KEY is set.
 * - --custodian-tls-* go into matcher.json as `custodianTls` (mutual TLS to the custodian).
 */
import { isPresetId, listPresets } from '../params/presets.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEPLOYMENT_FILES, DESK_FILE, writeDeploymentKeys } from '../server/config.js';
import { keySourceFromEnv, secretKeyEnv } from '../server/secret-file.js';
import { UsageError, parseCommandLine, required } from './args.js';
import { SealmatchError } from '../errors.js';

export async function keygenCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandLine('keygen', argv);
  const dir = required('keygen', 'dir', values.dir);
  const presetIds: string[] = listPresets().map((p) => p.id);
  const preset = values.preset;
  if (!isPresetId(preset)) throw new UsageError(`unknown preset "${values.preset}" (presets: ${presetIds.join(', ')})`, 'keygen', 'E_UNKNOWN_PARAMS');
  let url: URL | undefined;
  try {
    url = new URL(values['custodian-url']);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UsageError(`--custodian-url must be an http:// or https:// URL, got "${values['custodian-url']}"`, 'keygen');
  const custodianKey = keySourceFromEnv('custodian');
  if (values.encrypt && !custodianKey) {
    const names = secretKeyEnv('custodian');
    throw new SealmatchError('E_INVALID_ARGUMENT', `--encrypt needs ${names.passphrase} (or ${names.key}, 64 hex digits) in the environment`);
  }
  const matcherKey = keySourceFromEnv('matcher');
  const tls = { ca: values['custodian-tls-ca'], cert: values['custodian-tls-cert'], key: values['custodian-tls-key'] };
  const custodianTls = Object.fromEntries(Object.entries(tls).filter(([, v]) => v !== undefined));
  const bundle = await writeDeploymentKeys(dir, preset, values['custodian-url'], {
    force: values.force,
    ...(custodianKey ? { custodianKey } : {}),
    ...(matcherKey ? { matcherKey } : {}),
    ...(Object.keys(custodianTls).length > 0 ? { custodianTls } : {}),
  });
  const encrypted = { custodian: custodianKey !== undefined, matcher: matcherKey !== undefined };
  // Authenticated 1:N presets also write desk.json (the desks' fleet secret).
  const files = existsSync(join(dir, DESK_FILE)) ? [...DEPLOYMENT_FILES, DESK_FILE] : [...DEPLOYMENT_FILES];
  process.stdout.write(`${JSON.stringify({ dir, preset: bundle.presetId, files, encrypted })}\n`);
  return 0;
}
