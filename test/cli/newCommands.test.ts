/** calendar, refund-timeline, fee and waitlist; local date-times; --json errors; typos. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayRegistrations } from '../../src/capacity/index.js';
import { quoteFee } from '../../src/fees/index.js';
import { refundTimeline, seriesCalendarSvg, waitlistTimelineSvg } from '../../src/pictures/index.js';
import { absLeadershipIntensiveFees2026, absRefundPolicy } from '../../src/presets/abs/index.js';
import { parseXml } from '../pictures/_xml.js';
import { FIXTURES } from './_bin.js';
import { failedCleanly, json, run } from './_run.js';

const SERIES = ['second Saturday', '--from', '2026-01-01', '--count', '10', '--time', '11:00', '--tz', 'America/New_York', '--duration', '60'];
const RETREAT = ['--policy', 'abs-healing-mindfulness-compassion-retreat-2026', '--paid', '875', '--by', 'registrant', '--in-writing'];
const EVENTS = JSON.parse(readFileSync(join(FIXTURES, 'registrations.json'), 'utf8')) as Parameters<typeof replayRegistrations>[1];

/** The JSON error of a failed `--json` run. */
function jsonError(ran: { code: number; stdout: string; stderr: string }): { code: string; message: string; issues: { path: unknown[]; message: string }[] } {
  expect(ran.code).toBe(2);
  expect(ran.stdout).toBe('');
  return (JSON.parse(ran.stderr) as { error: ReturnType<typeof jsonError> }).error;
}

describe('balint calendar', () => {
  it('lists the session days by month and the dates not held', () => {
    const ran = run(['calendar', ...SERIES, '--skip', '2026-07-11']);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split('\n').slice(0, 3)).toEqual(['Sessions in 2026: 10 sessions (11:00 America/New_York)', 'January    10', 'February   14']);
    expect(ran.stdout).toContain('July       -\n');
    expect(ran.stdout).toContain('no session on Saturday, July 11, 2026 (skipped)\n');
  });

  it('prints the picture with --svg, the same as seriesCalendarSvg', () => {
    const ran = run(['calendar', ...SERIES, '--skip', '2026-07-11', '--svg']);
    expect(ran.code).toBe(0);
    expect(parseXml(ran.stdout).name).toBe('svg');
    expect(ran.stdout).toBe(seriesCalendarSvg({ recurrence: 'second Saturday', from: '2026-01-01', count: 10, startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, exceptions: { skip: ['2026-07-11'] } }, { year: 2026 }));
  });

  it('refuses a year that is not a number, and a mistyped --year', () => {
    expect(run(['calendar', ...SERIES, '--year', 'next']).stderr).toBe('error: --year "next": must be a whole number, e.g. 8\n');
    expect(run(['calendar', ...SERIES, '--yaer', '2026']).stderr).toBe('error: unknown option --yaer for "balint calendar"; did you mean --year? (see "balint calendar --help")\n');
  });
});

describe('balint refund-timeline', () => {
  it('gives the steps and the deadline in the policy zone', () => {
    const ran = run(['refund-timeline', ...RETREAT]);
    expect(ran).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'What comes back of $875.00 by when the cancellation is received (America/Los_Angeles):',
        '  Tuesday, February 10, 2026 23:00 to Thursday, March 12, 2026 23:59: $775.00 back, $100.00 withheld',
        '  Friday, March 13, 2026 00:00 to Sunday, April 12, 2026 00:00: nothing back',
        'Deadlines:',
        '  by the end of March 12, 2026 (America/Los_Angeles)',
        '',
      ].join('\n'),
    });
  });

  it('prints refundTimeline with --json, over a span given as local date-times', () => {
    const ran = run(['refund-timeline', ...RETREAT, '--from', '2026-03-01 00:00', '--until', '2026-03-31 00:00', '--json']);
    const policy = absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026');
    expect(json(ran)).toEqual(JSON.parse(JSON.stringify(refundTimeline(policy, { paid: { amount: '875', currency: 'USD' } },
      { by: 'registrant', inWriting: true, request: 'cancel' }, { from: '2026-03-01T08:00:00.000Z', until: '2026-03-31T07:00:00.000Z' }))));
  });

  it('draws the step chart with --svg', () => {
    const ran = run(['refund-timeline', ...RETREAT, '--svg']);
    expect(ran.code).toBe(0);
    expect(parseXml(ran.stdout).attrs['aria-label']).toContain('Refund by cancellation date');
  });

  it('says a date alone needs a time', () => {
    expect(run(['refund-timeline', ...RETREAT, '--from', '2026-03-01']).stderr).toBe(
      'error: --from "2026-03-01": give a time as well, e.g. "2026-03-01 23:30" (read in America/Los_Angeles, the policy\'s zone), or an instant with an offset\n');
  });
});

describe('local date-times (balint refund)', () => {
  it('reads "2026-03-12 23:30" in the policy zone (Pacific daylight time): the refund the deadline promises', () => {
    const ran = run(['refund', ...RETREAT, '--at', '2026-03-12 23:30', '--json']);
    expect((json(ran) as { refund: { amount: string } }).refund.amount).toBe('775.00');
  });

  it('shows the instant on the policy clock, so a wrong offset is visible', () => {
    const ran = run(['refund', ...RETREAT, '--at', '2026-03-12T23:30:00-08:00']);
    expect(ran.stdout).toContain('  received: Friday, March 13, 2026 00:30 America/Los_Angeles\n');
  });

  it('reads it in --tz when given', () => {
    const east = json(run(['refund', ...RETREAT, '--at', '2026-03-13 02:30', '--tz', 'America/New_York', '--json'])) as { refund: { amount: string } };
    expect(east.refund.amount).toBe('775.00');
    expect(run(['refund', ...RETREAT, '--at', '2026-03-12 23:30', '--tz', 'America/Los_Angles']).stderr).toBe(
      'error: --tz "America/Los_Angles": must be an IANA time-zone name such as "America/New_York"; did you mean "America/Los_Angeles"?\n');
  });

  it('refuses a time a daylight-saving change skips, and says what to write', () => {
    const ran = run(['refund', ...RETREAT, '--at', '2026-03-08 02:30']);
    expect(failedCleanly(ran)).toBe(true);
    expect(ran.stderr).toContain('2026-03-08 02:30 does not exist in America/Los_Angeles because of a daylight-saving change');
  });
});

describe('balint fee', () => {
  const NE = ['fee', '--schedule', 'abs-new-england-leadership-intensive-2026', '--param', 'firstDay=2026-10-15'];

  it('quotes the early-bird price through the end of July 31 in New York', () => {
    const ran = run([...NE, '--member', 'ABS', '--at', '2026-07-31 23:30']);
    expect(ran.stdout).toBe([
      'You pay $800.00 (ABS members, Early bird).',
      '  at:       Friday, July 31, 2026 23:30 America/New_York',
      '  period:   Early bird',
      '  price:    $800.00',
      '  category: ABS members',
      '',
    ].join('\n'));
    expect((json(run([...NE, '--member', 'ABS', '--at', '2026-08-01 00:00', '--json'])) as { price: unknown }).price).toEqual({ amount: '875.00', currency: 'USD' });
  });

  it('prints quoteFee with --json, from a profile file', () => {
    const profile = JSON.parse(readFileSync(join(FIXTURES, 'me.json'), 'utf8')) as Parameters<typeof quoteFee>[1];
    const ran = run([...NE, '--profile', 'me.json', '--at', '2026-07-01T12:00:00Z', '--json']);
    expect(json(ran)).toEqual(JSON.parse(JSON.stringify(quoteFee(absLeadershipIntensiveFees2026(), profile, { at: '2026-07-01T12:00:00Z' }))));
  });

  it('takes a registration deadline as --param registrationDeadline=YYYY-MM-DD (a date, read in the program’s zone)', () => {
    const tuesday = ['fee', '--schedule', 'abs-online-group-tuesday-2026', '--param', 'minRegistrants=6', '--param', 'registrationDeadline=2026-01-05', '--json'];
    const open = json(run([...tuesday, '--at', '2026-01-05 23:59'])) as { price: unknown };
    expect(open.price).toEqual({ amount: '400.00', currency: 'USD' });
    const late = json(run([...tuesday, '--at', '2026-01-06 00:00'])) as { price: unknown; reasons: { code: string }[] };
    expect([late.price, late.reasons.map((r) => r.code)]).toEqual([null, ['registration_closed']]);
  });

  it('suggests a profession, a preset id and an option for a typo', () => {
    expect(run([...NE, '--profession', 'residnet', '--at', '2026-07-01 12:00']).stderr).toMatch(/^error: --profession "residnet" is not one balint-rules knows; did you mean "resident"\?/);
    expect(run(['fee', '--schedule', 'abs-new-englnd-leadership-intensive-2026', '--at', '2026-07-01 12:00']).stderr).toMatch(/did you mean "abs-new-england-leadership-intensive-2026"\?/);
    expect(run([...NE, '--membr', 'ABS']).stderr).toMatch(/did you mean --member\?/);
  });

  it('takes the registrant\'s 1-based --position for a "first N registrants" price: #30 gets it, #31 does not', () => {
    const thirty = ['fee', '--schedule', 'first-thirty-fees.json', '--member', 'ABS', '--at', '2026-07-01 12:00'];
    expect((json(run([...thirty, '--position', '30', '--json'])) as { price: unknown }).price).toEqual({ amount: '800.00', currency: 'USD' });
    expect(run([...thirty, '--position', '31']).stdout).toMatch(/^You pay \$875\.00 \(ABS members, Regular\)/);
    expect(run(thirty).stderr).toBe('error: --position: is required because a price period is limited to the first registrants\n');
    expect(run([...thirty, '--position', '0']).stderr).toBe('error: --position "0": must be at least 1\n');
  });

  it('says a preset without fees has none', () => {
    expect(run(['fee', '--schedule', 'ascona-prize-2026', '--at', '2026-07-01 12:00']).stderr).toMatch(/^error: preset ascona-prize-2026/);
  });
});

describe('balint waitlist', () => {
  it('replays the log: seats, confirmed, waitlisted and each decision', () => {
    const ran = run(['waitlist', '--events', 'registrations.json', '--seats', '2']);
    expect(ran.stdout.split('\n').slice(0, 4)).toEqual(['seats:      2 of 2 taken', 'confirmed:  ben, cai', 'waitlisted: none', 'cancelled:  ana']);
    expect(ran.stdout).toContain('  4. Sunday, March 1, 2026 12:00 UTC: cai moves up from the waitlist to the seat ana gave up.\n');
  });

  it('prints replayRegistrations with --json, and the picture with --svg', () => {
    expect(json(run(['waitlist', '--events', 'registrations.json', '--seats', '1', '--max-waitlist', '1', '--json']))).toEqual(
      JSON.parse(JSON.stringify(replayRegistrations({ maxSeats: 1, maxWaitlist: 1 }, EVENTS))));
    expect(run(['waitlist', '--events', 'registrations.json', '--seats', '2', '--svg']).stdout).toBe(waitlistTimelineSvg({ maxSeats: 2 }, EVENTS, { timeZone: 'UTC' }));
  });

  it('declines beyond the seats with --no-waitlist', () => {
    const out = json(run(['waitlist', '--events', 'registrations.json', '--seats', '1', '--no-waitlist', '--json'])) as { declined: string[] };
    expect(out.declined).toEqual(['ben', 'cai']);
  });

  it('names the event at fault in a log out of order', () => {
    const files = { 'late.json': JSON.stringify([EVENTS[1], EVENTS[0]]) };
    const error = jsonError(run(['waitlist', '--events', 'late.json', '--seats', '2', '--json'], { files }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual([[1, 'at']]);
  });
});

describe('typos in values', () => {
  it('suggests the value of a choice', () => {
    expect(run(['refund', ...RETREAT.map((w) => (w === 'registrant' ? 'registrnt' : w)), '--at', '2026-03-12 23:30']).stderr).toBe(
      'error: --by "registrnt": must be one of "organizer", "registrant"; did you mean "registrant"?\n');
    expect(run(['sessions', ...SERIES, '--dst', 'compatable']).stderr).toBe('error: --dst "compatable": must be one of "compatible", "rfc5545", "reject"; did you mean "compatible"?\n');
  });

  it('says how to write a date-time with one digit too few', () => {
    for (const at of ['2026-3-12 23:30', '2026-03-12 9:30']) {
      expect(run(['refund', ...RETREAT, '--at', at]).stderr).toBe(
        `error: --at "${at}": write the date as YYYY-MM-DD and the time as HH:mm (24-hour), e.g. "2026-03-12 23:30", or an instant with an offset\n`);
    }
  });
});

describe('--json errors', () => {
  it('a usage error: code, message and the issues named by option', () => {
    const error = jsonError(run(['refund', ...RETREAT.filter((w) => w !== '875').map((w) => (w === '--paid' ? '--paid=87x5' : w)), '--at', 'now', '--json'], { clock: { epochMs: 0, timeZone: 'UTC' } }));
    expect(error.code).toBe('cli_usage');
    expect(error.issues).toEqual([{ path: ['paid', 'amount'], code: 'invalid_format', message: expect.stringMatching(/^--paid "87x5": /) as unknown }]);
  });

  it('an unknown option and a misspelt rule', () => {
    expect(jsonError(run(['dates', 'second Saturday', '--cout', '8', '--json']))).toEqual({
      code: 'cli_usage',
      message: 'unknown option --cout for "balint dates"; did you mean --count? (see "balint dates --help")',
      issues: [],
    });
    expect(jsonError(run(['dates', 'second Satruday', '--from', '2026-01-01', '--count', '8', '--json'])).message).toBe(
      'cannot understand "second Satruday" at "satruday" (position 7); did you mean "Saturday"?');
  });

  it('not after --', () => {
    expect(failedCleanly(run(['dates', '--cout', '8', '--', '--json']))).toBe(true);
  });
});
