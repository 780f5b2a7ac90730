/**
 * Command-line parsing for `sealmatch`: node:util parseArgs over the flags a command declares in
 * commands.ts, with one-line typed errors that name the valid choices. A {@link UsageError} means
 * the command line itself is wrong (exit 2); every other error is a runtime failure (exit 1).
 */
import { parseArgs } from 'node:util';
import { SealmatchError, type ErrorCode } from '../errors.js';
import { COMMANDS, type CommandName, type CommandSpec, type FlagSpec } from './commands.js';

/** The command line is wrong: unknown command or flag, missing or malformed value. Exit code 2. */
export class UsageError extends SealmatchError {
  /** The command whose help answers the mistake (`sealmatch help COMMAND`), if any. */
  readonly command: CommandName | undefined;

  constructor(message: string, command?: CommandName, code: ErrorCode = 'E_INVALID_ARGUMENT') {
    super(code, message);
    this.name = 'UsageError';
    this.command = command;
  }
}

type Spec<N extends CommandName> = (typeof COMMANDS)[N]['flags'];

/** A string flag with a default is a string; without one it may be absent; a boolean defaults to false. */
export type FlagValues<F extends Readonly<Record<string, FlagSpec>>> = {
  -readonly [K in keyof F]: F[K] extends { type: 'boolean' } ? boolean : F[K] extends { default: string } ? string : string | undefined;
};

const flagList = (spec: CommandSpec): string => {
  const names = Object.keys(spec.flags).map((f) => `--${f}`);
  return names.length ? names.join(', ') : 'no flags';
};

/** Parses `argv` (after the command name) against the command's declared flags and positionals. */
export function parseCommandLine<N extends CommandName>(name: N, argv: string[]): { values: FlagValues<Spec<N>>; positionals: string[] } {
  const spec: CommandSpec = COMMANDS[name];
  const options = Object.fromEntries(
    Object.entries(spec.flags).map(([flag, f]) => [flag, f.default === undefined ? { type: f.type } : { type: f.type, default: f.default }]),
  ) as Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(describeParseError(name, spec, e as Error & { code?: string }), name);
  }
  const allowed = spec.positionals ?? [];
  const required = allowed.filter((p) => !p.startsWith('['));
  if (parsed.positionals.length > allowed.length) {
    const extra = parsed.positionals[allowed.length]!;
    throw new UsageError(`unexpected argument "${extra}" (${name} takes ${allowed.length ? allowed.join(' ') + ' and ' : ''}${flagList(spec)})`, name);
  }
  if (parsed.positionals.length < required.length) throw new UsageError(`${required[parsed.positionals.length]} is required: ${name} ${allowed.join(' ')}`, name);
  return { values: parsed.values as FlagValues<Spec<N>>, positionals: parsed.positionals };
}

function describeParseError(name: CommandName, spec: CommandSpec, e: Error & { code?: string }): string {
  const quoted = /'(-[^' ]+)/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${quoted ?? ''} (${name} takes ${flagList(spec)})`.replace('  ', ' ');
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    const flag = spec.flags[quoted.replace(/^--/, '')];
    if (flag?.type === 'boolean') return `${quoted} takes no value`;
    return `${quoted} needs a value: ${quoted} ${flag?.value ?? 'VALUE'}`;
  }
  return e.message.split('\n')[0]!;
}

/** A required string flag. */
export function required(name: CommandName, flag: string, value: string | undefined, hint = ''): string {
  if (value === undefined || value === '') {
    const f = (COMMANDS[name].flags as Readonly<Record<string, FlagSpec>>)[flag];
    throw new UsageError(`--${flag} ${f?.value ?? 'VALUE'} is required${hint ? ` ${hint}` : ''}`, name);
  }
  return value;
}

/** An integer flag in [min, max]. */
export function integerFlag(name: CommandName, flag: string, raw: string, min: number, max: number): number {
  const n = /^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${flag} must be an integer in ${min}..${max}, got "${raw}"`, name);
  return n;
}

/** A finite number flag in [min, max]. */
export function numberFlag(name: CommandName, flag: string, raw: string | undefined, min = -Infinity, max = Infinity, what = 'a number'): number | undefined {
  if (raw === undefined) return undefined;
  const n = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${flag} must be ${what}, got "${raw}"`, name);
  return n;
}

/** A flag with a closed set of values. */
export function choiceFlag<C extends string>(name: CommandName, flag: string, raw: string, choices: readonly C[]): C {
  if (!(choices as readonly string[]).includes(raw)) throw new UsageError(`--${flag} must be ${choices.join(', ')}; got "${raw}"`, name);
  return raw as C;
}
