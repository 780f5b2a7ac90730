/**
 * `sealmatch` command dispatcher. Each subcommand lives in its own file under src/cli/.
 * Exit codes: 0 ok, 1 failure (typed error printed as JSON on stderr), 2 usage.
 */
import { isSealmatchError } from '../errors.js';

const USAGE = `usage: sealmatch <command> [options]

commands:
  demo                          matcher + custodian on loopback, a terminal enrolling and withdrawing (LFW faces)
  eval --pairs FILE [--threshold COS] [--modality face|finger]
                                evaluation mode: one {"id","score","match"} line per pair
  identify-eval --gallery FILE --probes FILE [--threshold COS]
                                encrypted 1:N search over JSON lines {"id","embedding"}: {"id","matches"} per probe
  keygen --dir DIR [--preset ID] [--custodian-url URL] [--encrypt] [--force] [--custodian-tls-ca F --custodian-tls-cert F --custodian-tls-key F]
                                key files of a deployment (custodian.json, matcher.json, public-bundle.pb), 0600;
                                refuses to overwrite without --force; encrypted when SEALMATCH_CUSTODIAN_PASSPHRASE is set
  serve --role matcher|custodian|all --keys DIR [--store URL] [--port N] [--host H] [--state FILE]
        [--tls-cert F --tls-key F [--tls-ca F --tls-client-auth]] [--identify-workers N] [--identify-trust-matcher]
                                run the services (routes under /v1/, see README; TLS and mTLS: docs/DEPLOYMENT.md)
  custodian-alarms --state FILE  alarm count and suspension of each matcher credential at a custodian
  custodian-reenable --state FILE --credential ID
                                operator: serve a suspended matcher credential again
  audit-verify --log FILE --key HEX [--sth FILE]
                                verify an exported audit log offline
  inspect FILE [--lenient]      print a fingerprint minutiae record (ISO 19794-2 / ANSI 378) as JSON
  help                          this text
`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./demo.js')).demoCommand,
  eval: async () => (await import('./eval.js')).evalCommand,
  'identify-eval': async () => (await import('./identify-eval.js')).identifyEvalCommand,
  keygen: async () => (await import('./keygen.js')).keygenCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  'audit-verify': async () => (await import('./audit-verify.js')).auditVerifyCommand,
  inspect: async () => (await import('./inspect.js')).inspectCommand,
  'custodian-alarms': async () => (await import('./custodian-admin.js')).custodianAlarmsCommand,
  'custodian-reenable': async () => (await import('./custodian-admin.js')).custodianReenableCommand,
};

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`sealmatch: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    if (isSealmatchError(e)) {
      process.stderr.write(`${JSON.stringify({ error: e.code, message: e.message })}\n`);
      return 1;
    }
    throw e;
  }
}

// Run when executed directly (npm run scripts use tsx on this file).
const invoked = process.argv[1] ?? '';
if (invoked.endsWith('cli/main.ts') || invoked.endsWith('cli/main.js')) {
  const { assertRuntime } = await import('../he/index.js');
  try {
    assertRuntime();
  } catch (e) {
    process.stderr.write(`sealmatch: ${(e as Error).message}\n`);
    process.exit(2);
  }
  process.exitCode = await main(process.argv.slice(2));
}
