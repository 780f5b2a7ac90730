#!/usr/bin/env node
// Entry point for the `sealmatch` command. Plain JavaScript on purpose: it must run on old Node
// versions long enough to say why it cannot go on (node-seal 7 aborts on Node < 22; node:sqlite,
// which the stores use, is there without a flag from Node 22.13 / 23.4). The two imports below
// exist on every Node version.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (!(major > 23 || (major === 23 && minor >= 4) || (major === 22 && minor >= 13))) {
  process.stderr.write(
    `sealmatch: E_RUNTIME: Node.js >= 22 is required (22.13 or later; this is ${process.version}). ` +
      'Run it through `npm run` / `npx sealmatch` inside the project (which uses the bundled Node 24), ' +
      'or install Node 22.13+.\n',
  );
  process.exit(2);
}

// The command runs in this process (no child): SIGINT / SIGTERM sent to this pid reach `serve`
// directly. Under `npx sealmatch` npm starts this file through `sh -c`, which does not pass a
// SIGTERM on; `serve` watches its npm ancestor for that case (src/cli/serve-process.ts).
const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
// A checkout (the package as published ships dist/ only) runs the sources through tsx, so
// `npx sealmatch` never runs a stale build; without tsx (dev dependencies left out) it runs dist/.
const tsx = existsSync(source) ? await import('tsx/esm/api').catch(() => undefined) : undefined;
let main;
if (tsx) {
  tsx.register();
  ({ main } = await import(pathToFileURL(source).href));
} else if (existsSync(built)) {
  ({ main } = await import(pathToFileURL(built).href));
} else {
  process.stderr.write('sealmatch: E_RUNTIME: dist/ is missing: build the package first (npm run build)\n');
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
