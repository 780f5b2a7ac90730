/**
 * The README's Layout section is the tree: every folder under src/ is listed there, and every
 * folder listed exists. A refactor that moves code without updating the map fails here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function folders(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) {
      out.push(`${rel}/`);
      folders(rel, out);
    }
  }
  return out;
}

function listed(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Layout'));
  const block = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
  return block.split('\n').map((l) => l.trim().split(/\s+/)[0]!).filter((p) => p.endsWith('/'));
}

describe('README layout', () => {
  it('lists every folder under src/, and only folders that exist', () => {
    const inReadme = listed();
    expect(inReadme.length).toBeGreaterThan(20);
    for (const p of inReadme) expect(existsSync(join(ROOT, p)), `${p} is in the README but not in the tree`).toBe(true);
    const missing = folders('src').filter((f) => !inReadme.includes(f));
    expect(missing, 'folders missing from the README layout').toEqual([]);
  });

  it('every protocol shows its roles and its messages in the folder listing', () => {
    expect(readdirSync(join(ROOT, 'src/verify')).sort()).toEqual(expect.arrayContaining(['terminal', 'matcher', 'custodian', 'messages']));
    expect(readdirSync(join(ROOT, 'src/identify')).sort()).toEqual(expect.arrayContaining(['desk', 'matcher', 'custodian', 'messages']));
  });
});
