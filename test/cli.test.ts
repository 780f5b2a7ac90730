/**
 * The `sealmatch` command: eval prints one line per pair (errors per line, run goes on, exit 1), the
 * Node-version guard speaks plainly on old Node, inspect decodes a record.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { getPreset, DEFAULT_FACE_PRESET_ID } from '../src/params/presets.js';
import { cosine, quantizeEmbedding, quantizedScore, scoreThreshold } from '../src/templates/face.js';
import { SHARED_DATA, lfw } from './helpers.js';

async function capture(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    chunks.push(String(s));
    return true;
  });
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await main(argv);
    return { code, lines: chunks.join('').split('\n').filter(Boolean) };
  } finally {
    spy.mockRestore();
    errSpy.mockRestore();
  }
}

describe('sealmatch eval', () => {
  it('prints score (within 0.01 of cosine) and the blinded-path decision per pair; bad lines get an error code and their line number, exit 1', async () => {
    const people = lfw();
    const preset = getPreset(DEFAULT_FACE_PRESET_ID);
    const pairs = [
      { id: 'g1', probe: people[0]!.embeddings[0]!, reference: people[0]!.embeddings[1]! },
      { id: 'i1', probe: people[0]!.embeddings[0]!, reference: people[2]!.embeddings[0]! },
      { id: 'bad', probe: [1, 2, 3], reference: people[0]!.embeddings[1]! },
      { id: 'g2', probe: people[3]!.embeddings[2]!, reference: people[3]!.embeddings[4]! },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'sm-eval-')), 'pairs.jsonl');
    writeFileSync(file, pairs.map((p) => JSON.stringify(p)).join('\n') + '\nnot json\n');
    const { code, lines } = await capture(['eval', '--pairs', file, '--threshold', '0.9']);
    expect(code).toBe(1);
    const out = lines.map((l) => JSON.parse(l) as { id: string; score?: number; match?: boolean; error?: string });
    expect(out).toHaveLength(5);
    expect(out[2]).toEqual({ id: 'bad', line: 3, error: 'E_DIMENSION' });
    expect(out[4]).toEqual({ line: 5, error: 'E_MALFORMED_MESSAGE' });
    const T = scoreThreshold(0.9, preset.quantScale);
    for (const [n, p] of [0, 1, 3].map((n) => [n, pairs[n]!] as const)) {
      expect(out[n]!.id).toBe(p.id);
      expect(Math.abs(out[n]!.score! - cosine(p.probe, p.reference))).toBeLessThan(0.01);
      expect(out[n]!.match).toBe(quantizedScore(quantizeEmbedding(p.probe, preset), quantizeEmbedding(p.reference, preset)) >= T);
    }
  });

  it('unknown commands and missing flags are usage errors', async () => {
    expect((await capture(['nope'])).code).toBe(2);
    expect((await capture(['eval'])).code).toBe(2);
  });
});

describe('sealmatch inspect', () => {
  it('decodes an ISO record to JSON', async () => {
    const { code, lines } = await capture(['inspect', resolve(SHARED_DATA, 'fingerprint/fvc2002/DB1_B/101_1.iso')]);
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain('minutiae');
  });
});

describe('Node version guard', () => {
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    const r = spawnSync(p, ['--version'], { encoding: 'utf8' });
    return r.status === 0 && Number(r.stdout.trim().slice(1).split('.')[0]) < 22;
  });
  it.runIf(systemNode !== undefined)('bin/sealmatch.mjs refuses Node < 22 with a clear message', () => {
    const r = spawnSync(systemNode!, [resolve('bin/sealmatch.mjs'), 'help'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Node\.js >= 22 is required/);
  });
});

describe('sealmatch eval --modality finger', () => {
  it('scores record pairs, and an unreadable or truncated record prints its error code and the run goes on (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-feval-'));
    const db = resolve(SHARED_DATA, 'fingerprint/fvc2002/DB1_B');
    const bytes = readFileSync(join(db, '101_1.iso'));
    writeFileSync(join(dir, 'truncated.iso'), bytes.subarray(0, 40));
    const pairs = [
      { id: 'g', probe: join(db, '101_1.iso'), reference: join(db, '101_2.iso') },
      { id: 'missing', probe: 'nope.iso', reference: join(db, '101_2.iso') },
      { id: 'truncated', probe: 'truncated.iso', reference: join(db, '101_2.iso') },
      { id: 'i', probe: join(db, '101_1.iso'), reference: join(db, '102_1.iso') },
    ];
    const file = join(dir, 'pairs.jsonl');
    writeFileSync(file, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const { code, lines } = await capture(['eval', '--modality', 'finger', '--pairs', file]);
    expect(code).toBe(1);
    const out = lines.map((l) => JSON.parse(l) as { id: string; score?: number; match?: boolean; error?: string });
    expect(out.map((o) => o.id)).toEqual(['g', 'missing', 'truncated', 'i']);
    expect(out[1]).toEqual({ id: 'missing', line: 2, error: 'E_MALFORMED_RECORD' });
    expect(out[2]).toEqual({ id: 'truncated', line: 3, error: 'E_MALFORMED_RECORD' });
    expect(out[0]!.score!).toBeGreaterThan(out[3]!.score!);
    expect(typeof out[0]!.match).toBe('boolean');
  }, 300_000); // ~80 s alone (the fingerprint representation loads); far more on a loaded machine

  it('inspect of a truncated record is a typed error (exit 1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-insp-'));
    const f = join(dir, 'bad.iso');
    writeFileSync(f, readFileSync(resolve(SHARED_DATA, 'fingerprint/fvc2002/DB1_B/101_1.iso')).subarray(0, 30));
    expect((await capture(['inspect', f])).code).toBe(1);
  });
});

