/**
 * SEAL stays in src/he/ (issue #12): no module outside it imports node-seal, reaches into he/seal/
 * (SEAL glue, private to he/) instead of the he/index.ts facade, or touches a HeContext's SEAL
 * members (`seal`, `context`, `evaluator`). The check runs the TypeScript checker over src/, so an
 * access through an alias or an inferred type is found too, not only a literal `he.seal`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'gen') sources(p, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const files = sources(SRC);
const rel = (f: string): string => relative(SRC, f).split('\\').join('/');
const OPTIONS: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true };
const insideHe = (f: string): boolean => rel(f).startsWith('he/');

/** Every module specifier of a file: static imports/exports, `import type`, dynamic `import()`. */
function specifiers(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) out.push(n.arguments[0].text);
    if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) out.push(n.argument.literal.text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('SEAL stays in src/he/', () => {
  const program = ts.createProgram(files, OPTIONS);
  const source = (f: string): ts.SourceFile => program.getSourceFile(f)!;

  it('no module outside he/ imports node-seal, and he/codec and he/kernel are SEAL-free', () => {
    const offenders: string[] = [];
    for (const f of files) {
      const r = rel(f);
      const sealFree = !insideHe(f) || r.startsWith('he/codec/') || r.startsWith('he/kernel/');
      if (!sealFree) continue;
      for (const s of specifiers(source(f))) if (s === 'node-seal' || s.startsWith('node-seal/')) offenders.push(`${r} imports ${s}`);
    }
    expect(offenders).toEqual([]);
  });

  it('code outside he/ uses the he/index.ts facade, never he/seal/', () => {
    const offenders: string[] = [];
    for (const f of files) {
      if (insideHe(f)) continue;
      for (const s of specifiers(source(f))) {
        if (!s.startsWith('.')) continue;
        const target = rel(resolve(dirname(f), s));
        if (target.startsWith('he/seal/')) offenders.push(`${rel(f)} imports ${s}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("no code outside he/ reaches a HeContext's SEAL members", () => {
    expect(sealMemberAccesses(program, files.filter((f) => !insideHe(f)))).toEqual([]);
  });

  it('the checks can fail: they see planted offenders', () => {
    // Guards against checks that silently scan nothing (a wrong path, a renamed file).
    const dir = mkdtempSync(join(tmpdir(), 'sealmatch-arch-'));
    const planted = join(dir, 'planted.ts');
    const ctx = join(SRC, 'he/index.js');
    writeFileSync(planted, `import type { GaloisKeys } from 'node-seal';\nimport type { HeContext } from '${ctx}';\nexport const f = (he: HeContext, g?: GaloisKeys) => [he.evaluator, g];\nexport const h = (he: HeContext) => { const { seal } = he; return seal; };\n`);
    try {
      const p = ts.createProgram([planted], OPTIONS);
      expect(specifiers(p.getSourceFile(planted)!)).toContain('node-seal');
      expect(sealMemberAccesses(p, [planted])).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(files.filter((f) => !insideHe(f)).length).toBeGreaterThan(50);
  });
});

/** Places in `targets` that touch a HeContext's `seal`, `context` or `evaluator` member. */
function sealMemberAccesses(program: ts.Program, targets: readonly string[]): string[] {
  const checker = program.getTypeChecker();
  const heContext = resolve(SRC, 'he/seal/context.ts');
  const offenders: string[] = [];
  for (const f of targets) {
    {
      const sf = program.getSourceFile(f)!;
      const visit = (n: ts.Node): void => {
        if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
          const name = ts.isPropertyAccessExpression(n) ? n.name.text : ts.isStringLiteral(n.argumentExpression) ? n.argumentExpression.text : '';
          if (['seal', 'context', 'evaluator'].includes(name)) {
            const decl = checker.getTypeAtLocation(n.expression).getSymbol()?.declarations?.[0];
            if (decl && resolve(decl.getSourceFile().fileName) === heContext) {
              offenders.push(`${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} .${name}`);
            }
          }
        }
        // Destructuring `const { seal } = he` reaches the same members.
        if (ts.isVariableDeclaration(n) && ts.isObjectBindingPattern(n.name) && n.initializer) {
          const decl = checker.getTypeAtLocation(n.initializer).getSymbol()?.declarations?.[0];
          if (decl && resolve(decl.getSourceFile().fileName) === heContext) {
            for (const el of n.name.elements) {
              const key = (el.propertyName ?? el.name).getText(sf);
              if (['seal', 'context', 'evaluator'].includes(key)) offenders.push(`${f} destructures .${key}`);
            }
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }
  return offenders;
}
