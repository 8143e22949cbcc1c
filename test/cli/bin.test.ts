/**
 * The built `balint` bin, spawned as users run it: every command in text and
 * JSON, the help, and bad input (exit code 2, one line on stderr, no stack
 * trace). It must print what `runCli` prints for the same arguments.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtBin, FIXTURES, ROOT, spawnBin, type Spawned } from './_bin.js';
import { run } from './_run.js';

let bin = '';
beforeAll(async () => {
  bin = await builtBin();
}, 180_000);

const balint = (args: readonly string[], input?: string): Spawned => spawnBin(bin, args, input === undefined ? {} : { input });

const SERIES = ['second Saturday', '--from', '2026-01-01', '--count', '8', '--time', '11:00', '--tz', 'America/New_York', '--duration', '60', '--first-duration', '90'];

/** One call of every command (none reads the clock), as text and as JSON. */
const CALLS: readonly (readonly string[])[] = [
  ['dates', 'second Saturday', '--from', '2026-01-01', '--count', '8'],
  ['sessions', ...SERIES, '--show-in', 'America/Los_Angeles'],
  ['ics', ...SERIES, '--dtstamp', '2025-12-01T12:00:00Z', '--summary', 'Online Balint group'],
  ['rule', 'the 4th Thursday of odd months'],
  ['refund', '--policy', 'abs-healing-mindfulness-compassion-retreat-2026', '--paid', '875', '--by', 'registrant', '--in-writing', '--at', '2026-03-12T23:30:00-07:00', '--acknowledged', '2026-03-13T16:00:00Z'],
  ['eligible', '--rule', 'abs-diversity-discussions-2026', '--profile', 'lapsed-member.json', '--at', '2026-03-12'],
  ['credits', '--accreditation', 'accreditation.json', '--sessions', 'sessions.json', '--attendance', 'attendance.json'],
  ['presets'],
];

describe('the built balint bin', () => {
  it('is a node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it.each(CALLS.flatMap((argv) => [argv, [...argv, '--json']]).map((argv) => [argv.join(' '), argv] as const))(
    'balint %s: exit code 0, what runCli prints',
    (_line, argv) => {
      const spawned = balint(argv);
      expect(spawned).toEqual({ status: 0, ...pick(run(argv)) });
      if (argv.includes('--json')) expect(() => JSON.parse(spawned.stdout) as unknown).not.toThrow();
    },
  );

  it("prints the same whatever the machine's time zone", () => {
    for (const argv of [CALLS[1], CALLS[2], CALLS[4]] as (readonly string[])[]) {
      const utc = balint(argv);
      for (const TZ of ['Asia/Tokyo', 'America/New_York']) expect(spawnBin(bin, argv, { env: { TZ } })).toEqual(utc);
    }
  });

  it("prints the seed's times and the calendar", () => {
    expect(balint(['sessions', ...SERIES, '--show-in', 'America/Los_Angeles']).stdout.split('\n')[1]).toBe(
      '2. Saturday, February 14, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
    );
    const ics = balint(['ics', ...SERIES, '--dtstamp', '2025-12-01T12:00:00Z']).stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n')).toContain('RRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260809T030000Z');
  });

  it('reads standard input for -', () => {
    const me = readFileSync(join(FIXTURES, 'me.json'), 'utf8');
    expect(balint(['eligible', '--rule', 'rule.json', '--profile', '-', '--at', '2026-03-12'], me)).toEqual({ status: 0, stdout: 'Eligible on 2026-03-12.\n', stderr: '' });
  });

  it('exits 1 for a "no" with --exit-code', () => {
    expect(balint(['eligible', '--rule', 'rule.json', '--profile', 'lapsed-member.json', '--at', '2026-03-12', '--exit-code']).status).toBe(1);
    expect(balint(['refund', '--policy', 'abs-online-group-tuesday-2026', '--paid', '250', '--by', 'registrant', '--at', '2026-04-20T12:00:00Z', '--exit-code']).status).toBe(1);
  });

  it('reads the clock for --dtstamp now', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const line = balint(['ics', ...SERIES, '--dtstamp', 'now']).stdout.split('\r\n').find((l) => l.startsWith('DTSTAMP:')) ?? '';
    const m = /^DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(line);
    expect(m).not.toBeNull();
    const [, y, mo, d, h, mi, s] = (m as RegExpExecArray).map(Number);
    const stamped = Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('prints the help: global, per command and with help <command>', () => {
    const global = balint(['--help']);
    expect(global.status).toBe(0);
    expect(global.stdout).toBe(run(['--help']).stdout);
    for (const name of ['dates', 'refund', 'credits']) {
      const help = balint([name, '--help']);
      expect(help).toEqual({ status: 0, stdout: run([name, '--help']).stdout, stderr: '' });
      expect(balint(['help', name]).stdout).toBe(help.stdout);
    }
  });

  it("prints the package's version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(balint(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['dats']],
    ['a misspelt rule', ['dates', 'second Satruday', '--from', '2026-01-01', '--count', '8']],
    ['an unknown option', ['dates', 'second Saturday', '--from', '2026-01-01', '--cout', '8']],
    ['a bad value', ['sessions', ...SERIES.slice(0, 7), '--tz', 'America/Nowhere', '--duration', '60']],
    ['a missing option', ['refund', '--policy', 'abs-online-group-saturday-2026', '--paid', '250', '--by', 'organizer']],
    ['an unreadable file', ['eligible', '--rule', 'rule.json', '--profile', 'missing.json', '--at', '2026-03-12']],
    ['bad JSON', ['eligible', '--rule', 'broken.json', '--profile', 'me.json', '--at', '2026-03-12']],
    ['bad JSON on standard input', ['eligible', '--rule', 'rule.json', '--profile', '-', '--at', '2026-03-12']],
    ['an invalid file', ['eligible', '--rule', 'rule.json', '--profile', 'invalid-profile.json', '--at', '2026-03-12']],
    ['an unknown preset', ['presets', 'abs-retreat']],
  ] as const)('%s: exit code 2, one line on stderr, no stack trace', (_what, args) => {
    const spawned = balint(args, 'not json');
    expect(spawned.status).toBe(2);
    expect(spawned.stdout).toBe('');
    expect(spawned.stderr).toMatch(/^error: [^\n]+\n$/);
    expect(spawned.stderr).not.toMatch(/\n\s+at |node:internal/);
    expect(spawned.stderr).toBe(run(args, { stdin: 'not json' }).stderr);
  });

  it('gives the brief\'s line for a misspelt rule', () => {
    expect(balint(['dates', 'second Satruday', '--from', '2026-01-01', '--count', '8']).stderr).toBe(
      'error: cannot understand "second Satruday" at "satruday" (position 7); did you mean "Saturday"?\n',
    );
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const script = '"$0" "$1" dates daily --from 2026-01-01 --count 200000 | head -n 1; echo "status ${PIPESTATUS[0]}" >&2';
    const result = spawnSync('bash', ['-c', script, process.execPath, bin], { encoding: 'utf8', cwd: FIXTURES, timeout: 30_000 });
    expect(result.stdout).toBe('2026-01-01\n');
    expect(result.stderr).toBe('status 0\n');
  });
});

function pick(ran: { stdout: string; stderr: string }): { stdout: string; stderr: string } {
  return { stdout: ran.stdout, stderr: ran.stderr };
}
