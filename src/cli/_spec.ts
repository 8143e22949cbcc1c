/** How a command is described: its options, help and what it does. Internal. */
import type { Args } from './_args.js';
import type { CliIo } from './io.js';

/** One option: `--name <value>` when `value` is set, else a flag. */
export interface OptionSpec {
  readonly name: string;
  /** The placeholder of its value in help (`date`, `n`); absent for a flag. */
  readonly value?: string;
  /** May be given more than once. */
  readonly multiple?: boolean;
  /** What it is, one line. */
  readonly help: string;
}

/** What a command produced: the library's result for `--json`, its text, and whether the decision was "no". */
export interface CommandOutput {
  readonly json: unknown;
  readonly text: string;
  /** A "no" decision (not eligible, nothing back): exit code 1 with `--exit-code`. */
  readonly no?: boolean;
}

/** A command of the `balint` bin. */
export interface CommandSpec {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The synopsis lines, without the leading `balint `. */
  readonly usage: readonly string[];
  /** The positional argument, when the command takes one (the rule text). */
  readonly positional?: { readonly name: string; readonly help: string };
  readonly options: readonly OptionSpec[];
  /** Paragraphs after the options. */
  readonly notes?: readonly string[];
  /** Example calls, without the leading `balint `. */
  readonly examples: readonly string[];
  /** Whether `--exit-code` applies (a command that decides yes or no). */
  readonly decides?: boolean;
  readonly run: (args: Args, io: CliIo) => CommandOutput;
}

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'json', help: "print the library's result as JSON instead of text" },
  { name: 'help', help: 'show this help' },
];

/** The option of commands that decide yes or no. */
export const EXIT_CODE_OPTION: OptionSpec = {
  name: 'exit-code',
  help: 'exit with code 1 (instead of 0) when the answer is no',
};

/** Every option a command accepts. */
export function optionsOf(command: CommandSpec): OptionSpec[] {
  return [...command.options, ...(command.decides === true ? [EXIT_CODE_OPTION] : []), ...COMMON_OPTIONS];
}
