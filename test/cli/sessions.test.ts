import { describe, expect, it } from 'vitest';
import { seriesToICalendar } from '../../src/ics/index.js';
import { describeSessionTimes, planSeries } from '../../src/schedule/index.js';
import { failedCleanly, json, run } from './_run.js';

const SATURDAY = ['second Saturday', '--from', '2026-01-01', '--count', '8', '--time', '11:00', '--tz', 'America/New_York', '--duration', '60', '--first-duration', '90'];
const TUESDAY = ['second Tuesday', '--from', '2026-02-01', '--count', '10', '--time', '19:00', '--tz', 'America/New_York', '--duration', '60', '--first-duration', '90'];
const PACIFIC = ['--show-in', 'America/Los_Angeles'];

describe('balint sessions', () => {
  it("numbers the Saturday group's sessions with the page's Eastern/Pacific times, 90 minutes the first time", () => {
    const ran = run(['sessions', ...SATURDAY, ...PACIFIC]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe(
      [
        '1. Saturday, January 10, 2026: 11:00am - 12:30pm Eastern / 8:00am - 9:30am Pacific',
        '2. Saturday, February 14, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
        '3. Saturday, March 14, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
        '4. Saturday, April 11, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
        '5. Saturday, May 9, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
        '6. Saturday, June 13, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
        '7. Saturday, July 11, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
        '8. Saturday, August 8, 2026: 11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
        '',
      ].join('\n'),
    );
  });

  it("gives the Tuesday group's 7:00pm - 8:30pm Eastern / 4:00pm - 5:30pm Pacific, then 60 minutes", () => {
    const lines = run(['sessions', ...TUESDAY, ...PACIFIC, '--name', 'Online Balint Group']).stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Online Balint Group',
      '1. Tuesday, February 10, 2026: 7:00pm - 8:30pm Eastern / 4:00pm - 5:30pm Pacific',
      '2. Tuesday, March 10, 2026: 7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific',
    ]);
    expect(lines[10]).toBe('10. Tuesday, November 10, 2026: 7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific');
  });

  it('prints the plan with --json, each session with its times in every zone', () => {
    const out = json(run(['sessions', ...SATURDAY, ...PACIFIC, '--json'])) as { sessions: unknown[] };
    const plan = planSeries({ recurrence: 'second Saturday', from: '2026-01-01', count: 8, startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 });
    expect(out).toEqual({
      rule: plan.rule,
      sessions: plan.sessions.map((s) => ({ ...s, times: describeSessionTimes(s, ['America/New_York', 'America/Los_Angeles']) })),
      skipped: [],
    });
  });

  it('shows the date in a zone where the session falls on another day', () => {
    const ran = run(['sessions', 'March 12, 2026', '--from', '2026-01-01', '--time', '20:00', '--tz', 'America/New_York', '--duration', '60', '--show-in', 'Asia/Tokyo']);
    expect(ran.stdout).toBe('1. Thursday, March 12, 2026: 8:00pm - 9:00pm Eastern / 9:00am - 10:00am Japan (Fri, Mar 13)\n');
  });

  it('keeps the wall clock across a daylight-saving change and says when a time does not exist', () => {
    const ran = run(['sessions', 'second Sunday of March', '--from', '2026-03-01', '--count', '1', '--time', '02:30', '--tz', 'America/New_York', '--duration', '60']);
    expect(ran.stdout).toBe('1. Sunday, March 8, 2026: 3:30am - 4:30am Eastern [starts 03:30: the requested time is skipped by a daylight-saving change]\n');
  });

  it('lists the rule dates without a session', () => {
    const ran = run(['sessions', 'the 4th Thursday of odd months', '--from', '2026-09-01', '--count', '2', '--time', '19:00', '--tz', 'America/New_York', '--duration', '60', '--skip', '2026-11-26']);
    expect(ran.stdout).toBe(
      '1. Thursday, September 24, 2026: 7:00pm - 8:00pm Eastern\n2. Thursday, January 28, 2027: 7:00pm - 8:00pm Eastern\nno session on Thursday, November 26, 2026 (skipped)\n',
    );
  });

  it('names the option of a value out of range', () => {
    const ran = run(['sessions', ...SATURDAY.slice(0, 9), '--duration', '1500']);
    expect(failedCleanly(ran)).toBe(true);
    expect(ran.stderr).toBe('error: --duration "1500": must be at most 1440\n');
  });

  it('names a missing option', () => {
    expect(run(['sessions', 'second Saturday', '--from', '2026-01-01', '--count', '8', '--time', '11:00', '--duration', '60']).stderr).toBe(
      'error: --tz is required (an IANA time zone such as America/New_York)\n',
    );
  });
});

describe('balint ics', () => {
  const DTSTAMP = ['--dtstamp', '2025-12-01T12:00:00Z'];

  it('prints the calendar seriesToICalendar writes, byte for byte', () => {
    const ran = run(['ics', ...SATURDAY, ...DTSTAMP, '--summary', 'Online Balint group', '--uid-domain', 'americanbalintsociety.org']);
    const expected = seriesToICalendar(
      { recurrence: 'second Saturday', from: '2026-01-01', count: 8, startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 },
      { dtstamp: '2025-12-01T12:00:00Z', summary: 'Online Balint group', uidDomain: 'americanbalintsociety.org' },
    );
    expect(ran).toEqual({ code: 0, stdout: expected.ics, stderr: '' });
    expect(ran.stdout.split('\r\n')).toContain('RRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260809T030000Z');
  });

  it('prints the layout, UIDs and reasons with --json', () => {
    const out = json(run(['ics', ...SATURDAY, ...DTSTAMP, '--json'])) as { layout: string; uids: string[]; reasons: { code: string }[]; ics: string };
    expect([out.layout, out.uids.length, out.reasons[0]?.code]).toEqual(['recurring', 1, 'rrule_exact']);
    expect(out.ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('uses the series name as the summary', () => {
    expect(run(['ics', ...SATURDAY, ...DTSTAMP, '--name', 'Balint on Saturdays']).stdout.split('\r\n')).toContain('SUMMARY:Balint on Saturdays');
  });

  it('reads the clock only for --dtstamp now', () => {
    const ran = run(['ics', ...SATURDAY, '--dtstamp', 'now'], { clock: { epochMs: Date.UTC(2025, 11, 1, 12, 0, 7, 250), timeZone: 'UTC' } });
    expect(ran.stdout.split('\r\n')).toContain('DTSTAMP:20251201T120007Z');
  });

  it('requires --dtstamp, so the output never changes from run to run', () => {
    expect(run(['ics', ...SATURDAY]).stderr).toBe('error: --dtstamp is required (an ISO-8601 instant such as 2025-12-01T12:00:00Z, or now)\n');
  });

  it('names the option of a bad calendar text', () => {
    expect(run(['ics', ...SATURDAY, ...DTSTAMP, '--url', 'not a uri']).stderr).toBe(
      'error: --url "not a uri": must be an absolute URI such as "https://example.org/group" (no spaces)\n',
    );
  });
});
