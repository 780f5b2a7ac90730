#!/usr/bin/env node
// Entry point for the `sealmatch` command. Plain JavaScript on purpose: it must run on old Node
// versions long enough to say why it cannot go on (node-seal 7 aborts on Node < 22).
const major = Number(process.versions.node.split('.')[0]);
if (!(major >= 22)) {
  process.stderr.write(
    `sealmatch: Node.js >= 22 is required (this is ${process.version}). ` +
      'Run it through `npm run` / `npx sealmatch` inside the project (which uses the bundled Node 24), ' +
      'or install Node 22+.\n',
  );
  process.exit(2);
}
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
