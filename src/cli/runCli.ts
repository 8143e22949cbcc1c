import { version } from '../../package.json';
import { CliUsageError } from './CliUsageError.js';
import { noPositionals, parseCommandArgs, wantsHelp } from './_args.js';
import { COMMANDS } from './_commands.js';
import { errorJson, errorLine } from './_errorLine.js';
import { commandHelp, globalHelp } from './_help.js';
import { optionsOf, type CommandSpec } from './_spec.js';
import { didYouMean } from '../_lib/suggest.js';
import type { CliIo } from './io.js';

/**
 * The exit codes of the `balint` command line: `ok` (0) on success, also
 * when the answer is "no"; `no` (1) for a "no" answer (not eligible,
 * nothing back) when `--exit-code` is given; `usage` (2) for bad input, with
 * one line on standard error; `internal` (70, as sysexits' EX_SOFTWARE) for
 * a bug.
 *
 * @example
 * ```ts
 * import { EXIT_CODES } from 'balint-rules/cli';
 *
 * EXIT_CODES.usage;
 * //=> 2
 * ```
 */
export const EXIT_CODES = Object.freeze({ ok: 0, no: 1, usage: 2, internal: 70 } as const);

const NAMES = COMMANDS.map((c) => c.name);

function commandNamed(name: string): CommandSpec {
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    throw new CliUsageError(`unknown command "${name}"${didYouMean(name, NAMES)} (commands: ${NAMES.join(', ')}; see "balint --help")`);
  }
  return command;
}

function run(argv: readonly string[], io: CliIo): number {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliUsageError(`no command given (commands: ${NAMES.join(', ')}; see "balint --help")`);
  if (first === '--help' || first === '-h' || first === 'help') {
    const [name, extra] = rest;
    if (extra !== undefined) throw new CliUsageError(`"balint ${first}" takes one command name, not "${extra}" as well`);
    io.stdout(name === undefined ? globalHelp(COMMANDS) : commandHelp(commandNamed(name)));
    return EXIT_CODES.ok;
  }
  if (first === '--version') {
    if (rest[0] !== undefined) throw new CliUsageError(`"balint --version" takes no argument "${rest[0]}"`);
    io.stdout(`${version}\n`);
    return EXIT_CODES.ok;
  }
  if (first.startsWith('-')) throw new CliUsageError(`a command comes first, before ${first} (commands: ${NAMES.join(', ')}; see "balint --help")`);
  const command = commandNamed(first);
  if (wantsHelp(rest)) {
    io.stdout(commandHelp(command));
    return EXIT_CODES.ok;
  }
  const args = parseCommandArgs(command.name, rest, optionsOf(command));
  if (command.positional === undefined) noPositionals(args);
  const output = command.run(args, io);
  io.stdout(args.flag('json') ? `${JSON.stringify(output.json, null, 2)}\n` : output.text);
  return output.no === true && args.flag('exit-code') ? EXIT_CODES.no : EXIT_CODES.ok;
}

/**
 * Runs the `balint` command line on `argv` (the arguments after the program
 * name) and returns the exit code, without touching the process: output,
 * files and the clock go through `io`. Bad input never throws: it is
 * reported as one line on `io.stderr` (`error: ...`, with the position and a
 * hint for a rule that cannot be understood) and gives exit code 2; with
 * `--json` it is JSON instead, `{ "error": { "code", "message", "issues":
 * [{ path, code, message }] } }`, so scripts can read it. The bin
 * is a thin wrapper: `process.exitCode = runCli(process.argv.slice(2), nodeIo())`.
 *
 * Commands: `dates`, `sessions`, `calendar`, `ics`, `rule`, `eligible`,
 * `fee`, `waitlist`, `transfer`, `refund`, `refund-timeline`, `credits`,
 * `presets`; `balint --help` lists them and `balint <command>
 * --help` explains one, with examples. `--json` prints the library's result
 * objects.
 *
 * @param argv - the arguments, e.g. `['dates', 'second Saturday', '--from', '2026-01-01', '--count', '8']`
 * @param io - standard output and error, files and the clock, see {@link CliIo}
 * @returns the exit code, see {@link EXIT_CODES}
 *
 * @example
 * ```ts
 * import { runCli } from 'balint-rules/cli';
 *
 * let out = '';
 * let err = '';
 * const io = {
 *   stdout: (text: string) => { out += text; },
 *   stderr: (text: string) => { err += text; },
 *   readFile: (): string => { throw new Error('no files here'); },
 *   clock: () => ({ epochMs: 0, timeZone: 'UTC' }),
 * };
 * runCli(['sessions', 'second Saturday', '--from', '2026-01-01', '--count', '1', '--time', '11:00',
 *   '--tz', 'America/New_York', '--duration', '60', '--show-in', 'America/Los_Angeles'], io);
 * //=> 0
 * out;
 * //=> '1. Saturday, January 10, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific\n'
 * runCli(['dates', 'second Satruday', '--from', '2026-01-01', '--count', '8'], io);
 * //=> 2
 * err;
 * //=> 'error: cannot understand "second Satruday" at "satruday" (position 7); did you mean "Saturday"?\n'
 * ```
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (wantsJson(argv)) {
      const { text, code } = errorJson(error);
      io.stderr(text);
      return code;
    }
    const { line, code } = errorLine(error);
    io.stderr(line);
    return code;
  }
}

/** Whether `--json` was given (before any `--`): errors are then JSON too. */
function wantsJson(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--json') return true;
  }
  return false;
}
