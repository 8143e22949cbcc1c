/** The help texts, generated from the command specs. Internal. */
import type { CommandSpec, OptionSpec } from './_spec.js';
import { optionsOf } from './_spec.js';
import { lines } from './_text.js';

/** The exit codes as the help states them. */
export const EXIT_CODE_LINES: readonly string[] = [
  'Exit codes:',
  '  0   success, also when the answer is no (not eligible, no refund)',
  '  1   the answer is no, when --exit-code is given (eligible, refund)',
  '  2   bad input: an unknown command or option, a missing or malformed value, an unreadable file, bad JSON;',
  '      the reason is one line on standard error',
  '  70  an internal error (a bug in balint-rules): please report it',
];

function optionLabel(o: OptionSpec): string {
  return o.value === undefined ? `--${o.name}` : `--${o.name} <${o.value}>`;
}

function aligned(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The text cut into lines of at most `width` characters at spaces. */
export function wrap(text: string, width = 100): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...out, line];
}

/** A synopsis line; one that starts with a space continues the line before. */
function usageLine(usage: string): string {
  return usage.startsWith(' ') ? `         ${usage}` : `  balint ${usage}`;
}

/** `balint <command> --help`. */
export function commandHelp(command: CommandSpec): string {
  const out = [`balint ${command.name}: ${command.summary}`, '', 'Usage:', ...command.usage.map(usageLine)];
  if (command.positional !== undefined) out.push('', 'Arguments:', ...aligned([[command.positional.name, command.positional.help]]));
  out.push('', 'Options:', ...aligned(optionsOf(command).map((o) => [optionLabel(o), `${o.help}${o.multiple === true ? ' (repeatable)' : ''}`])));
  for (const note of command.notes ?? []) out.push('', ...wrap(note));
  out.push('', 'Examples:', ...command.examples.map((e) => `  balint ${e}`), '', ...EXIT_CODE_LINES);
  return lines(out);
}

/** `balint --help`. */
export function globalHelp(commands: readonly CommandSpec[]): string {
  return lines([
    'balint: the rules of Balint groups (as the American Balint Society runs them) from the command line',
    '',
    'Usage:',
    '  balint <command> [arguments] [options]',
    '  balint help <command>        (or balint <command> --help)',
    '  balint --version',
    '',
    'Commands:',
    ...aligned(commands.map((c) => [c.name, c.summary])),
    '',
    'Every command takes --json (print the library\'s result as JSON, for scripts) and --help.',
    'Dates are YYYY-MM-DD, times HH:mm (24-hour), zones IANA names (America/New_York). An instant is a local',
    'date-time ("2026-03-12 23:30", read in --tz or the policy\'s zone) or ISO-8601 with an offset',
    '(2026-03-12T23:30:00-07:00). Nothing reads the clock unless you write now or today. With --json, errors',
    'are JSON on standard error too: { "error": { "code", "message", "issues" } }.',
    '',
    'Examples:',
    '  balint dates "second Saturday" --from 2026-01-01 --count 8',
    '  balint sessions "second Saturday" --from 2026-01-01 --count 8 --time 11:00 --tz America/New_York \\',
    '    --duration 60 --first-duration 90 --show-in America/Los_Angeles',
    '  balint refund --policy abs-online-group-saturday-2026 --paid 250 --by organizer \\',
    '    --reason insufficient_registrants --at 2026-01-03T15:00:00Z',
    '  balint calendar "second Saturday" --from 2026-01-01 --count 8 --time 11:00 --tz America/New_York \\',
    '    --duration 60 --svg > year.svg',
    '  balint fee --schedule abs-new-england-leadership-intensive-2026 --member ABS \\',
    '    --at "2026-07-31 23:30"',
    '  balint presets',
    '',
    ...EXIT_CODE_LINES,
  ]);
}
