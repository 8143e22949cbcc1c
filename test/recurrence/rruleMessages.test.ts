import { describe, expect, it } from 'vitest';
import { fromRRule } from '../../src/recurrence/fromRRule.js';
import { rruleSyntax as syntax, rruleUnsupported as why } from '../_helpers/rruleFailure.js';

const BYDAY_EXPECTED = 'a weekday code (MO, TU, WE, TH, FR, SA or SU), optionally after an ordinal such as 4 or -1';
const KEYS = 'FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST';

describe('fromRRule says what is wrong with malformed text, in full', () => {
  it('unknown parts, with a near miss or without one', () => {
    expect(syntax('FREQ=MONTHLY;MONTH=1')).toEqual({
      message: `Cannot read RRULE "FREQ=MONTHLY;MONTH=1" at "MONTH" (position 13): unknown part; expected one of ${KEYS} (did you mean "BYMONTH"?)`,
      expected: KEYS.split(', '),
      hint: 'did you mean "BYMONTH"?',
    });
    expect(syntax('FREQ=MONTHLY;XYZZY=1').message).toBe(`Cannot read RRULE "FREQ=MONTHLY;XYZZY=1" at "XYZZY" (position 13): unknown part; expected one of ${KEYS}`);
    expect(syntax('FREQ=MONTHLY;RDATE=20260101').hint).toBe('pass only the RRULE value; the start date is the series\' "from"');
  });

  it('empty parts and values, parts without a value, repeated parts, several values for one', () => {
    expect(syntax('FREQ=MONTHLY;;BYDAY=2SA').message).toBe('Cannot read RRULE "FREQ=MONTHLY;;BYDAY=2SA" at position 13: empty part; expected a part such as FREQ=MONTHLY');
    expect(syntax('FREQ=MONTHLY;BYMONTH=1,,3;BYDAY=1MO')).toEqual({ message: 'Cannot read RRULE "FREQ=MONTHLY;BYMONTH=1,,3;BYDAY=1MO" at position 23: empty value in BYMONTH', expected: [], hint: undefined });
    expect(syntax('FREQ=MONTHLY;BYDAY').message).toBe('Cannot read RRULE "FREQ=MONTHLY;BYDAY" at "BYDAY" (position 13): part BYDAY has no value; expected BYDAY=<value>');
    expect(syntax('FREQ=MONTHLY;BYDAY=2SA;BYDAY=4SA').message).toBe(
      'Cannot read RRULE "FREQ=MONTHLY;BYDAY=2SA;BYDAY=4SA" at "BYDAY" (position 23): part BYDAY is repeated (each part may appear once)',
    );
    expect(syntax('FREQ=MONTHLY,WEEKLY;BYDAY=2SA').message).toBe('Cannot read RRULE "FREQ=MONTHLY,WEEKLY;BYDAY=2SA" at "WEEKLY" (position 13): FREQ takes one value');
    expect(syntax('BYDAY=2SA')).toEqual({
      message: 'Cannot read RRULE "BYDAY=2SA" at position 9: RFC 5545 requires a FREQ part; expected one of FREQ=MONTHLY, FREQ=WEEKLY, FREQ=YEARLY',
      expected: ['FREQ=MONTHLY', 'FREQ=WEEKLY', 'FREQ=YEARLY'],
      hint: undefined,
    });
  });

  it('numbers out of range say the range, signed where a count from the end is allowed', () => {
    expect(syntax('FREQ=MONTHLY;BYMONTHDAY=-32').message).toBe('Cannot read RRULE "FREQ=MONTHLY;BYMONTHDAY=-32" at "-32" (position 24): bad BYMONTHDAY value; expected a number 1 to 31 or -1 to -31');
    expect(syntax('FREQ=MONTHLY;BYMONTH=13;BYDAY=1MO').message).toBe('Cannot read RRULE "FREQ=MONTHLY;BYMONTH=13;BYDAY=1MO" at "13" (position 21): bad BYMONTH value; expected a number 1 to 12');
    expect(syntax('FREQ=MONTHLY;BYMONTH=-1;BYDAY=1MO').expected).toEqual(['a number 1 to 12']);
    expect(syntax('FREQ=WEEKLY;COUNT=0;BYDAY=MO').expected).toEqual(['a number 1 to 999999999']);
    expect(syntax('FREQ=WEEKLY;INTERVAL=1000000000;BYDAY=MO').expected).toEqual(['a number 1 to 999999999']);
    // The edges themselves are read.
    expect(fromRRule('FREQ=MONTHLY;BYMONTHDAY=31,-31,+5')).toEqual({ kind: 'day_of_month', days: [5, 31, -31] });
    expect(fromRRule('FREQ=MONTHLY;BYMONTH=1,12;BYMONTHDAY=1')).toEqual({ kind: 'day_of_month', days: [1], months: [1, 12] });
  });

  it('bad FREQ, UNTIL and weekday values', () => {
    expect(syntax('FREQ=DAYLY').message).toBe(
      'Cannot read RRULE "FREQ=DAYLY" at "DAYLY" (position 5): bad FREQ value; expected one of SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY (did you mean "DAILY"?)',
    );
    expect(syntax('FREQ=MONTHLY;UNTIL=2026').message).toBe(
      'Cannot read RRULE "FREQ=MONTHLY;UNTIL=2026" at "2026" (position 19): bad UNTIL value; expected a date YYYYMMDD or date-time YYYYMMDDTHHMMSSZ',
    );
    expect(syntax('FREQ=MONTHLY;BYDAY=TUES')).toEqual({
      message: `Cannot read RRULE "FREQ=MONTHLY;BYDAY=TUES" at "TUES" (position 19): bad BYDAY value; expected ${BYDAY_EXPECTED} (use two-letter weekday codes: "TU")`,
      expected: [BYDAY_EXPECTED],
      hint: 'use two-letter weekday codes: "TU"',
    });
    expect(syntax('FREQ=MONTHLY;BYDAY=T')).toEqual({ message: `Cannot read RRULE "FREQ=MONTHLY;BYDAY=T" at "T" (position 19): bad BYDAY value; expected ${BYDAY_EXPECTED}`, expected: [BYDAY_EXPECTED], hint: undefined });
    expect(syntax('FREQ=WEEKLY;BYDAY=TU;WKST=XX')).toEqual({
      message: 'Cannot read RRULE "FREQ=WEEKLY;BYDAY=TU;WKST=XX" at "XX" (position 26): bad WKST value; expected a weekday code MO, TU, WE, TH, FR, SA or SU',
      expected: ['a weekday code MO, TU, WE, TH, FR, SA or SU'],
      hint: undefined,
    });
  });

  it('an ordinal of 0 or over 53, or any ordinal on WKST, is refused without a hint about the letters, which are right', () => {
    for (const text of ['FREQ=MONTHLY;BYDAY=0MO', 'FREQ=MONTHLY;BYDAY=54MO', 'FREQ=WEEKLY;BYDAY=TU;WKST=1MO']) {
      expect(syntax(text).hint, text).toBeUndefined();
    }
    expect(syntax('FREQ=MONTHLY;BYDAY=0MO').message).toBe(`Cannot read RRULE "FREQ=MONTHLY;BYDAY=0MO" at "0MO" (position 19): bad BYDAY value; expected ${BYDAY_EXPECTED}`);
    // Up to 53 is RFC 5545 syntax (weeks of a year); the model then refuses more than 5 as inexpressible.
    expect(why('FREQ=MONTHLY;BYDAY=53MO')).toBe('BYDAY=53MO: a month has at most 5 of a weekday: use ordinals 1 to 5 or -1 to -5');
  });

  it('what RFC 5545 forbids with FREQ=WEEKLY', () => {
    expect(syntax('FREQ=WEEKLY;BYDAY=2TU').message).toBe(
      'Cannot read RRULE "FREQ=WEEKLY;BYDAY=2TU" at "2TU" (position 18): RFC 5545 forbids BYDAY ordinals with FREQ=WEEKLY (an ordinal before a weekday needs FREQ=MONTHLY)',
    );
    expect(syntax('FREQ=WEEKLY;BYMONTHDAY=2').message).toBe('Cannot read RRULE "FREQ=WEEKLY;BYMONTHDAY=2" at "2" (position 23): RFC 5545 forbids BYMONTHDAY with FREQ=WEEKLY');
  });
});

describe('fromRRule says why a valid RRULE cannot be held, naming the part', () => {
  it('series bounds, times of day, weeks and days of the year', () => {
    expect(why('FREQ=MONTHLY;BYDAY=2SA;COUNT=8')).toBe('COUNT=8: COUNT bounds the series, not the rule; pass count to the series (occurrences, planSessions) instead');
    expect(why('FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260808')).toBe('UNTIL=20260808: UNTIL bounds the series, not the rule; pass until to the series (occurrences, planSessions) instead');
    for (const part of ['BYSECOND=0', 'BYMINUTE=30', 'BYHOUR=11']) {
      expect(why(`FREQ=MONTHLY;BYDAY=2SA;${part}`)).toBe(`${part}: a rule lists dates; the time of day is the series' start time`);
    }
    for (const part of ['BYWEEKNO=20', 'BYYEARDAY=100']) {
      expect(why(`FREQ=YEARLY;${part};BYDAY=MO`)).toBe(`${part}: rules by week or day of the year cannot be expressed (use BYMONTH with BYDAY or BYMONTHDAY)`);
    }
  });

  it('weekly rules without a weekday, limited to months, picked by position, too far apart, or on other weeks', () => {
    expect(why('FREQ=WEEKLY')).toBe('FREQ=WEEKLY: without BYDAY the weekday comes from DTSTART; add BYDAY, e.g. FREQ=WEEKLY;BYDAY=TU');
    expect(why('FREQ=WEEKLY;BYMONTH=1;BYDAY=TU')).toBe('BYMONTH=1: a weekly rule cannot be limited to some months');
    expect(why('FREQ=WEEKLY;BYDAY=TU;BYSETPOS=1')).toBe('BYSETPOS=1: a weekly rule cannot pick by position');
    expect(why('FREQ=WEEKLY;INTERVAL=521;BYDAY=TU')).toBe('INTERVAL=521: a weekly interval is at most 520 weeks');
    expect(fromRRule('FREQ=WEEKLY;INTERVAL=520;BYDAY=TU')).toEqual({ kind: 'weekly', weekdays: ['tuesday'], interval: 520 });
    expect(why('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=TU')).toBe('WKST=TU: with an INTERVAL, weeks here start on Monday (WKST=MO), as RFC 5545 assumes by default');
    // The week start matters only with an interval; WKST=MO is the default spelled out.
    expect(fromRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO')).toEqual({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 });
    expect(fromRRule('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=SU')).toEqual({ kind: 'weekly', weekdays: ['tuesday'], interval: 1 });
    expect(fromRRule('FREQ=WEEKLY;BYDAY=MO,MO,TU')).toEqual({ kind: 'weekly', weekdays: ['monday', 'tuesday'], interval: 1 });
  });

  it('other frequencies, monthly and yearly intervals, yearly rules without months, days from DTSTART', () => {
    expect(why('FREQ=DAILY')).toBe('FREQ=DAILY: the model holds monthly and weekly patterns; for every day write FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU');
    expect(why('FREQ=MONTHLY;INTERVAL=2;BYDAY=4TH')).toBe('INTERVAL=2: "every 2 months" cannot be expressed; list the months with BYMONTH');
    expect(why('FREQ=YEARLY;INTERVAL=3;BYMONTH=11;BYDAY=4TH')).toBe('INTERVAL=3: "every 3 years" cannot be expressed; list the months with BYMONTH');
    expect(fromRRule('FREQ=MONTHLY;INTERVAL=1;BYDAY=4TH')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4] });
    expect(why('FREQ=YEARLY;BYDAY=20MO')).toBe(
      'FREQ=YEARLY: a yearly rule needs BYMONTH here: without it the day comes from DTSTART, and BYDAY ordinals count weeks of the year',
    );
    expect(why('FREQ=MONTHLY')).toBe('FREQ=MONTHLY: without BYDAY or BYMONTHDAY the day comes from DTSTART; add one, e.g. BYDAY=2SA');
  });

  it('monthly weekday rules the model cannot hold', () => {
    expect(why('FREQ=MONTHLY;BYDAY=1MO,3WE')).toBe('BYDAY=1MO,3WE: a monthly rule here has one weekday; make one series per weekday');
    expect(why('FREQ=MONTHLY;BYDAY=MO,2MO')).toBe('BYDAY=MO,2MO: a weekday with and without an ordinal together cannot be expressed');
    expect(why('FREQ=MONTHLY;BYDAY=-6MO')).toBe('BYDAY=-6MO: a month has at most 5 of a weekday: use ordinals 1 to 5 or -1 to -5');
    expect(why('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13')).toBe('BYMONTHDAY=13: a day of the month and a weekday together (e.g. Friday the 13th) cannot be expressed');
    expect(why('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-6')).toBe('BYSETPOS=-6: a month has at most 5 of a weekday: use 1 to 5 or -1 to -5');
    expect(why('FREQ=MONTHLY;BYDAY=4TH;BYSETPOS=1')).toBe('BYSETPOS=1: BYSETPOS with a BYDAY ordinal cannot be expressed');
    expect(why('FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=1')).toBe('BYSETPOS=1: BYSETPOS with BYMONTHDAY cannot be expressed');
    expect(why('FREQ=YEARLY;BYMONTH=3,11;BYDAY=TH;BYSETPOS=4')).toBe('BYSETPOS=4: with FREQ=YEARLY and several months, BYSETPOS counts across the year');
    // The edges that are held: positions 5 and -5, one month of a yearly rule, a month named twice.
    expect(fromRRule('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=5,-5')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [5, -5] });
    expect(fromRRule('FREQ=MONTHLY;BYDAY=5TH,-5TH')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [5, -5] });
    expect(fromRRule('FREQ=YEARLY;BYMONTH=3;BYDAY=TH;BYSETPOS=4')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [3] });
    expect(fromRRule('FREQ=MONTHLY;BYMONTH=3,3;BYDAY=TH')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [1, 2, 3, 4, 5], months: [3] });
    expect(fromRRule('FREQ=MONTHLY;BYDAY=-1SU,-1SU')).toEqual({ kind: 'nth_weekday', weekday: 'sunday', ordinals: [-1] });
  });
});
