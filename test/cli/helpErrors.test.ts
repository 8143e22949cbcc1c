import { describe, expect, it } from 'vitest';
import { ABS_PRESET_IDS, ABS_PRESETS } from '../../src/presets/abs/index.js';
import { COMMANDS } from '../../src/cli/_commands.js';
import { optionsOf } from '../../src/cli/_spec.js';
import { failedCleanly, json, run } from './_run.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './_bin.js';

/** Splits a help example as a shell would: words, "quoted words", `< file` and `> file`. */
export function shellWords(line: string): { argv: string[]; stdin?: string } {
  const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  const argv: string[] = [];
  let stdin: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === '<') stdin = words[++i];
    else if (word === '>') i++;
    else argv.push(word);
  }
  return stdin === undefined ? { argv } : { argv, stdin };
}

describe('help', () => {
  it('lists every command, the exit codes and examples with --help, -h and help', () => {
    const ran = run(['--help']);
    expect(ran.code).toBe(0);
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    for (const c of COMMANDS) expect(ran.stdout).toContain(`\n  ${c.name.padEnd(width)}  ${c.summary}\n`);
    expect(ran.stdout).toContain('Exit codes:\n  0   success, also when the answer is no');
    expect(run(['-h'])).toEqual(ran);
    expect(run(['help'])).toEqual(ran);
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('explains %s: usage, every option, examples', (name, command) => {
    const ran = run([name, '--help']);
    expect(ran.code).toBe(0);
    expect(ran.stdout.startsWith(`balint ${name}: ${command.summary}\n\nUsage:\n  balint ${name}`)).toBe(true);
    for (const o of optionsOf(command)) expect(ran.stdout).toContain(`  --${o.name}`);
    expect(ran.stdout).toContain('Examples:\n  balint ');
    expect(run(['help', name])).toEqual(ran);
    expect(run(['--help', name])).toEqual(ran);
    expect(run([name, '--nonsense', '-h'])).toEqual(ran); // help wins over what else is wrong
  });

  it.each(COMMANDS.flatMap((c) => c.examples.map((e) => [e] as const)))('runs its example: balint %s', (example) => {
    const { argv, stdin } = shellWords(example);
    const ran = run(argv, {
      ...(stdin === undefined ? {} : { stdin: readFileSync(join(FIXTURES, stdin), 'utf8') }),
      clock: { epochMs: Date.UTC(2026, 2, 10, 18), timeZone: 'America/New_York' },
    });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).not.toBe('');
  });

  it('lists the presets where an id is accepted', () => {
    expect(run(['refund', '--help']).stdout).toContain('abs-healing-mindfulness-compassion-retreat-2026');
    const help = run(['presets', '--help']).stdout;
    for (const id of ABS_PRESET_IDS) expect(help).toContain(id);
  });

  it('prints the version of the package', () => {
    const pkg = JSON.parse(readFileSync(join(FIXTURES, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('balint presets', () => {
  it('lists every preset with its parameters and refund policy', () => {
    const ran = run(['presets']);
    for (const id of ABS_PRESET_IDS) expect(ran.stdout).toContain(`\n${id}\n  ${ABS_PRESETS[id].name} (${ABS_PRESETS[id].kind})\n`);
    expect(ran.stdout).toContain('abs-online-group-tuesday-2026\n  Online Balint Group, second Tuesdays, February-November 2026 (online_group)\n  parameters: minRegistrants (required), maxSeats, decisionDate, aafpDesignatedMaximum, apaDesignatedMaximum, registrationDeadline\n  refund policy: published (--policy)\n');
  });

  it('prints the registry entries without their functions with --json', () => {
    const out = json(run(['presets', '--json'])) as { id: string; requiredParameters: string[]; build?: unknown }[];
    expect(out.map((p) => p.id)).toEqual([...ABS_PRESET_IDS]);
    expect(out.every((p) => p.build === undefined)).toBe(true);
    expect(out.find((p) => p.id === 'abs-spokane-leadership-intensive')).toMatchObject({ requiredParameters: ['firstDay', 'refundDeadline'], refundPolicy: null, refundPolicyPreset: true });
  });

  it("describes one preset's parameters", () => {
    const ran = run(['presets', 'abs-online-group-tuesday-2026']);
    expect(ran.stdout).toContain('Parameters (--param name=value):\n  minRegistrants (required): The minimum number of participants required to hold a session');
    expect(ran.stdout).toContain('\nParts (a command reads only the parameters of the part it uses):\n  schedule: no parameters\n');
    expect(ran.stdout).toContain('\n  capacity: minRegistrants (required), maxSeats, decisionDate, registrationDeadline\n');
  });

  it('suggests the id of a mistyped preset', () => {
    expect(run(['presets', 'abs-online-group-tuesday-2025']).stderr).toBe(
      'error: unknown preset "abs-online-group-tuesday-2025"; did you mean "abs-online-group-tuesday-2026"? (run "balint presets" for the ids)\n',
    );
  });
});

/** Bad calls and the one line each gets (exit code 2, nothing on stdout; the test clock fails if read). */
const BAD: readonly (readonly [string, readonly string[], string | RegExp])[] = [
  ['no command', [], 'no command given (commands: dates, sessions, calendar, ics, rule, refund, refund-timeline, fee, eligible, waitlist, transfer, credits, presets; see "balint --help")'],
  ['an unknown command', ['dats'], 'unknown command "dats"; did you mean "dates"? (commands: dates, sessions, calendar, ics, rule, refund, refund-timeline, fee, eligible, waitlist, transfer, credits, presets; see "balint --help")'],
  ['an option before the command', ['--count', 'dates'], 'a command comes first, before --count (commands: dates, sessions, calendar, ics, rule, refund, refund-timeline, fee, eligible, waitlist, transfer, credits, presets; see "balint --help")'],
  ['a misspelt rule', ['dates', 'second Satruday', '--from', '2026-01-01', '--count', '8'], 'cannot understand "second Satruday" at "satruday" (position 7); did you mean "Saturday"?'],
  ['a rule without a hint', ['dates', 'every blah', '--from', '2026-01-01', '--count', '8'], 'cannot understand "every blah" at "blah" (position 6); expected a number of weeks or months such as "2", "three" or "other", an ordinal such as "2nd", "second" or "last", a weekday, a month, "week", "month", "quarter" or "year", "odd" or "even", or "day"'],
  ['an impossible rule', ['dates', 'the 6th Monday', '--from', '2026-01-01', '--count', '8'], 'cannot use "the 6th Monday" at "6th" (position 4): a month has at most five of each weekday; use "first" to "fifth", "last" or "second to last"'],
  ['no rule', ['dates', '--from', '2026-01-01', '--count', '8'], '"balint dates" needs a rule, e.g. balint dates "second Saturday" (see "balint dates --help")'],
  ['an unknown option', ['dates', 'second Saturday', '--from', '2026-01-01', '--cout', '8'], 'unknown option --cout for "balint dates"; did you mean --count? (see "balint dates --help")'],
  ['an option without its value', ['dates', 'second Saturday', '--count', '8', '--from'], '--from needs a value (date)'],
  ['an option followed by another', ['dates', 'second Saturday', '--from', '--count', '8'], '--from needs a value (date)'],
  ['a flag with a value', ['dates', 'second Saturday', '--from', '2026-01-01', '--count', '8', '--json=yes'], '--json takes no value (got "yes")'],
  ['an option given twice', ['dates', 'second Saturday', '--from', '2026-01-01', '--count', '8', '--count', '9'], '--count is given more than once'],
  ['a count that is not a number', ['dates', 'second Saturday', '--from', '2026-01-01', '--count', 'eight'], '--count "eight": must be a whole number, e.g. 8'],
  ['a count below one', ['dates', 'second Saturday', '--from', '2026-01-01', '--count', '0'], '--count "0": must be at least 1'],
  ['no bound', ['dates', 'second Saturday', '--from', '2026-01-01'], 'give --count or --until: a repeating rule has no end of its own'],
  ['a date that does not exist', ['dates', 'second Saturday', '--from', '2026-02-30', '--count', '8'], '--from "2026-02-30": must be a calendar date written YYYY-MM-DD'],
  ['an unknown zone', ['sessions', 'second Saturday', '--from', '2026-01-01', '--count', '8', '--time', '11:00', '--tz', 'America/Nowhere', '--duration', '60'], '--tz "America/Nowhere": must be an IANA time-zone name such as "America/New_York"'],
  ['a time past midnight', ['sessions', 'second Saturday', '--from', '2026-01-01', '--count', '8', '--time', '24:00', '--tz', 'UTC', '--duration', '60'], '--time "24:00": must be a 24-hour time written HH:mm'],
  ['an argument to a command that takes none', ['refund', 'retreat', '--policy', 'retreat-policy.json'], '"balint refund" takes no argument "retreat" (options start with --)'],
  ['a missing file', ['eligible', '--rule', 'nope.json', '--profile', 'me.json', '--at', '2026-03-12'], 'cannot read the eligibility rule file "nope.json": no such file'],
  ['a folder for a file', ['eligible', '--rule', 'rule.json', '--profile', '.', '--at', '2026-03-12'], 'cannot read the registrant profile file ".": it is a directory'],
  ['a mistyped preset', ['eligible', '--rule', 'abs-diversity-discusions-2026', '--profile', 'me.json', '--at', '2026-03-12'], '"abs-diversity-discusions-2026" is neither an ABS preset nor a file; did you mean "abs-diversity-discussions-2026"? (run "balint presets" for the ids)'],
  ['bad JSON', ['eligible', '--rule', 'broken.json', '--profile', 'me.json', '--at', '2026-03-12'], /^the eligibility rule file "broken\.json" is not valid JSON \(.+\)$/],
  ['a bad --param', ['eligible', '--rule', 'abs-online-group-tuesday-2026', '--param', 'minRegistrants', '--profile', 'me.json', '--at', '2026-03-12'], '--param "minRegistrants": write name=value, e.g. --param minRegistrants=6'],
  ['a parameters file that is not an object', ['eligible', '--rule', 'abs-online-group-tuesday-2026', '--params', 'sessions.json', '--profile', 'me.json', '--at', '2026-03-12'], 'the parameters file "sessions.json" must hold a JSON object'],
  ['help for two commands', ['help', 'dates', 'ics'], '"balint help" takes one command name, not "ics" as well'],
  ['an argument to --version', ['--version', 'dates'], '"balint --version" takes no argument "dates"'],
  ['help for an unknown command', ['help', 'refunds'], 'unknown command "refunds"; did you mean "refund"? (commands: dates, sessions, calendar, ics, rule, refund, refund-timeline, fee, eligible, waitlist, transfer, credits, presets; see "balint --help")'],
];

describe('bad input', () => {
  it.each(BAD)('%s: exit code 2 and one line on stderr', (_what, argv, line) => {
    const ran = run(argv);
    if (typeof line === 'string') expect(ran.stderr).toBe(`error: ${line}\n`);
    else expect(ran.stderr.slice('error: '.length, -1)).toMatch(line);
    expect(failedCleanly(ran)).toBe(true);
  });

  it('an error that is a bug gets exit code 70 and one line, never a stack trace', () => {
    // The test clock throws a plain Error when read: that is not bad input but a failure of the program.
    const ran = run(['refund', '--policy', 'retreat-policy.json', '--paid', '1', '--by', 'registrant', '--at', 'now']);
    expect(ran).toEqual({ code: 70, stdout: '', stderr: 'error: internal error: the clock was read (please report this to balint-rules)\n' });
  });
});
