/**
 * The 1:1 matcher holds no key: no module reachable from src/verify/matcher/matcher.ts (static imports,
 * transitively) can load a secret, public or evaluation key. This is what the bench's
 * `matcherKeyBytes: 0` rests on; the identify matcher holds Galois keys only (its own test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
      if (/^\s*import\s+type\s/m.test(m[0]) && m[0].trimStart().startsWith('import type')) continue;
      const ts = resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts'));
      // Generated protobuf code is plain JS (src/wire/gen): it holds message codecs only.
      stack.push(existsSync(ts) ? ts : resolve(dirname(file), m[1]!));
    }
  }
  return seen;
}

describe('matcher key material', () => {
  it('no key loader is reachable from the 1:1 matcher', () => {
    const files = [...reachable(resolve(SRC, 'verify/matcher/matcher.ts'))].map((f) => f.slice(SRC.length + 1));
    expect(files).toContain('he/kernel/verify-computation.ts');
    for (const forbidden of ['he/seal/keys.ts', 'he/codec/key-codec.ts', 'he/seal/decryptor.ts', 'he/seal/encryptor.ts', 'he/seal/expansion.ts', 'custodian/custodian.ts']) {
      expect(files).not.toContain(forbidden);
    }
  });
});
