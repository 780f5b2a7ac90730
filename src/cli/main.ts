/**
 * `sealmatch` command dispatcher. Each subcommand lives in its own file under src/cli/; what it
 * accepts is declared in commands.ts. Exit codes: 0 ok, 1 runtime failure, 2 usage error; a
 * failure is one line on stderr (`sealmatch COMMAND: CODE: why`, report.ts).
 */
import { UsageError, parseCommandLine } from './args.js';
import { COMMAND_NAMES, commandHelp, isCommandName, overallHelp, type CommandName } from './commands.js';
import { describeFailure } from './report.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<Exclude<CommandName, 'help'>, () => Promise<Command>> = {
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

const unknownCommand = (name: string): UsageError => new UsageError(`unknown command "${name}" (commands: ${COMMAND_NAMES.join(', ')})`);

/** `sealmatch help [COMMAND]`. */
function helpCommand(argv: string[]): number {
  const { positionals } = parseCommandLine('help', argv);
  const topic = positionals[0];
  if (topic === undefined) process.stdout.write(overallHelp());
  else if (isCommandName(topic)) process.stdout.write(commandHelp(topic));
  else throw unknownCommand(topic);
  return 0;
}

/** Runs the CLI; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      process.stderr.write(overallHelp());
      return 2;
    }
    if (name === 'help' || name === '--help' || name === '-h') return helpCommand(rest);
    if (!isCommandName(name)) throw unknownCommand(name);
    // `--help` anywhere before a `--` asks for the command's help, whatever else is on the line.
    const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (flags.includes('--help') || flags.includes('-h')) {
      process.stdout.write(commandHelp(name));
      return 0;
    }
    return await (await COMMANDS[name as Exclude<CommandName, 'help'>]())(rest);
  } catch (e) {
    const { line, exitCode } = describeFailure(name !== undefined && isCommandName(name) ? name : undefined, e);
    process.stderr.write(line);
    return exitCode;
  }
}

// Run when executed directly (npm run scripts use tsx on this file; bin/sealmatch.mjs in a checkout).
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
