import { describe, expect, it } from 'vitest';
import { failedCleanly, json, run } from './_run.js';

/** "Eight (8) monthly meetings on the second Saturday: January 10, February 14, March 14, April 11, May 9, June 13, July 11, and August 8, 2026." */
const SATURDAYS = ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08'];
/** "Ten (10) monthly meetings on the following Tuesdays: February 10, March 10, April 14, May 12, June 9, July14, August 11, Sept 8, October13, and November 10, 2026." */
const TUESDAYS = ['2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10'];

describe('balint dates', () => {
  it("prints the Saturday group's eight dates, one per line", () => {
    const ran = run(['dates', 'second Saturday', '--from', '2026-01-01', '--count', '8']);
    expect(ran).toEqual({ code: 0, stdout: `${SATURDAYS.join('\n')}\n`, stderr: '' });
  });

  it('prints the array with --json', () => {
    expect(json(run(['dates', 'monthly on the second Saturday', '--from', '2026-01-01', '--count', '8', '--json']))).toEqual(SATURDAYS);
  });

  it("reads RRULE text: the Tuesday group's ten dates", () => {
    expect(json(run(['dates', 'RRULE:FREQ=MONTHLY;BYDAY=2TU', '--from', '2026-02-01', '--count', '10', '--json']))).toEqual(TUESDAYS);
  });

  it('joins unquoted words into the rule', () => {
    expect(run(['dates', 'second', 'Tuesday', '--from', '2026-02-01', '--count', '10']).stdout).toBe(`${TUESDAYS.join('\n')}\n`);
  });

  it('stops at --until: the drop-in series on the 4th Thursday of odd months in 2026', () => {
    const ran = run(['dates', 'the 4th Thursday of odd months', '--from', '2026-01-01', '--until', '2026-12-31', '--json']);
    expect(json(ran)).toEqual(['2026-01-22', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24', '2026-11-26']);
  });

  it('leaves out the --skip dates: the 4th Monday of even months without December', () => {
    const ran = run(['dates', 'the 4th Monday of even months', '--from', '2026-01-01', '--until', '2026-12-31', '--skip', '2026-12-28', '--json']);
    expect(json(ran)).toEqual(['2026-02-23', '2026-04-27', '2026-06-22', '2026-08-24', '2026-10-26']);
  });

  it('needs no bound for a list of dates: the diversity discussions', () => {
    const ran = run(['dates', 'March 12, June 11, September 10 and December 10, 2026', '--from', '2026-01-01']);
    expect(ran.stdout).toBe('2026-03-12\n2026-06-11\n2026-09-10\n2026-12-10\n');
  });

  it('does not depend on the machine\'s zone or read the clock (the test clock fails when read)', () => {
    expect(run(['dates', 'last Friday', '--from', '2026-01-01', '--count', '2']).stdout).toBe('2026-01-30\n2026-02-27\n');
  });
});

describe('balint rule', () => {
  it('shows the canonical English and the RRULE', () => {
    expect(run(['rule', 'the 4th Thursday of odd months']).stdout).toBe(
      'rule:  the fourth Thursday of odd months\nrrule: FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH\n',
    );
  });

  it('reads RRULE text back to English', () => {
    expect(json(run(['rule', 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=4MO', '--json']))).toEqual({
      rule: { kind: 'nth_weekday', weekday: 'monday', ordinals: [4], months: [2, 4, 6, 8, 10, 12] },
      text: 'the fourth Monday of even months',
      rrule: 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=4MO',
    });
  });

  it('says why a list of dates has no RRULE', () => {
    const ran = run(['rule', 'on 2026-03-12 and 2026-06-11', '--json']);
    expect(json(ran)).toMatchObject({ rule: { kind: 'dates', dates: ['2026-03-12', '2026-06-11'] }, rrule: null });
    expect(run(['rule', 'on 2026-03-12 and 2026-06-11']).stdout).toMatch(/^rrule: none \(an explicit list of dates has no RRULE pattern/m);
  });

  it('reports a near miss with its position and a hint', () => {
    const ran = run(['rule', 'second Satruday']);
    expect(failedCleanly(ran)).toBe(true);
    expect(ran.stderr).toBe('error: cannot understand "second Satruday" at "satruday" (position 7); did you mean "Saturday"?\n');
  });
});
