/** The argument parser of the `balint` bin, on node's `util.parseArgs` tokens. Internal. */
import { parseArgs } from 'node:util';
import { CliUsageError } from './CliUsageError.js';
import { closest } from '../_lib/suggest.js';
import { RENAMED_OPTIONS, renamedMessage, renamedTo } from '../_lib/renamedKeys.js';
import type { OptionSpec } from './_spec.js';

/** The parsed arguments of one command. */
export interface Args {
  /** The command's name, for messages. */
  readonly command: string;
  /** The positional arguments, in order. */
  readonly positionals: readonly string[];
  /** The last value of a value option, or undefined. */
  readonly value: (name: string) => string | undefined;
  /** Every value of a repeatable option. */
  readonly values: (name: string) => readonly string[];
  /** Whether a flag was given. */
  readonly flag: (name: string) => boolean;
}

/** Whether the arguments ask for help (`--help` or `-h` anywhere before `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * Parses `argv` (the arguments after the command) against the command's
 * options: unknown options (with a suggestion), a value option without a
 * value, a flag with a value and a single option given twice are usage errors.
 */
export function parseCommandArgs(command: string, argv: readonly string[], specs: readonly OptionSpec[]): Args {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const options = Object.fromEntries(
    specs.map((s) => [s.name, { type: s.value === undefined ? ('boolean' as const) : ('string' as const), multiple: true }]),
  );
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const given = new Map<string, string[]>();
  const flags = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = byName.get(token.name);
    if (spec === undefined) {
      const names = specs.map((s) => s.name);
      const renamed = renamedTo(token.name, names, RENAMED_OPTIONS);
      const near = closest(token.name, names);
      const hint = renamed !== undefined ? `: ${renamedMessage(token.name, renamed, (name) => `--${name}`)}` : near === undefined ? '' : `; did you mean --${near}?`;
      throw new CliUsageError(`unknown option ${token.rawName} for "balint ${command}"${hint} (see "balint ${command} --help")`);
    }
    if (spec.value === undefined) {
      if (token.value !== undefined) throw new CliUsageError(`--${spec.name} takes no value (got "${token.value}")`);
      flags.add(spec.name);
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--') && value.length > 2)) {
      throw new CliUsageError(`--${spec.name} needs a value (${spec.value})`);
    }
    const list = given.get(spec.name) ?? [];
    if (list.length > 0 && spec.multiple !== true) throw new CliUsageError(`--${spec.name} is given more than once`);
    list.push(value);
    given.set(spec.name, list);
  }
  return {
    command,
    positionals,
    value: (name) => given.get(name)?.at(-1),
    values: (name) => given.get(name) ?? [],
    flag: (name) => flags.has(name),
  };
}

/** The value of a required option, or a usage error naming it and its kind of value. */
export function required(args: Args, name: string, what: string): string {
  const value = args.value(name);
  if (value === undefined) throw new CliUsageError(`--${name} is required (${what})`);
  return value;
}

/** Fails when positional arguments were given to a command that takes none. */
export function noPositionals(args: Args): void {
  const first = args.positionals[0];
  if (first !== undefined) throw new CliUsageError(`"balint ${args.command}" takes no argument "${first}" (options start with --)`);
}
