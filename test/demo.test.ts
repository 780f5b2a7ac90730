/**
 * `npm run demo` (the README's main command) end to end: exit code 0, the withdrawal decisions,
 * the verified audit log, and the 1:N step catching the known face under a new name.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoCommand } from '../src/cli/demo.js';

describe('demo', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the whole flow and every check in it passes', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const code = await demoCommand([]);
    vi.restoreAllMocks();
    const text = lines.join('');
    expect(code, text).toBe(0);
    expect(text).toMatch(/genuine: .* MATCH; .* ACCEPTED/);
    expect(text).toMatch(/impostor .* NO MATCH; .* REFUSED/);
    expect(text).toContain('refused with E_REPLAY');
    expect(text).toContain('offline verification of the exported log (as `sealmatch audit-verify`): OK');
    expect(text).toMatch(/DUPLICATE of \S+: refused/);
    expect(text).toContain('no duplicate: account may be opened');
  }, 300_000);
});
