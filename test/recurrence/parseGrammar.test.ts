/**
 * The sentence grammar: which phrases may start a sentence or follow
 * "every", "once" and "on", how each slot (the days, how often, which
 * months) is filled once, and which combinations are refused, with the word
 * each refusal points at.
 */
import { describe, expect, it } from 'vitest';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import type { RecurrenceRule } from '../../src/recurrence/schema.js';
import { refusal, useMessage } from '../_helpers/recurrenceRefusal.js';

const ODD = [1, 3, 5, 7, 9, 11];
const EVEN = [2, 4, 6, 8, 10, 12];
const QUARTERS = [3, 6, 9, 12];
const HOW_OFTEN = 'how often, such as "monthly", "every month" or "every other week"';
const TWO_WEEKDAYS = 'a monthly rule names one weekday; for two, use two rules';
const ONE_WEEKDAY_IN_MONTHS = 'only one weekday, every week, can be limited to some months, e.g. "every Tuesday in July"';

/** The refusal of `text` for a reason, at `found` (its first occurrence at or after `from`). */
function expectUse(text: string, found: string, reason: string, from = 0): void {
  const position = text.toLowerCase().indexOf(found, from);
  expect(refusal(text).message).toBe(useMessage(text, found, position, reason));
}

describe('phrases that say how often', () => {
  it.each<[string, RecurrenceRule]>([
    ['every odd month on the first Monday', { kind: 'nth_weekday', weekday: 'monday', ordinals: [1], months: ODD }],
    ['every even month on the 15th', { kind: 'day_of_month', days: [15], months: EVEN }],
    ['every quarter on the second Thursday', { kind: 'nth_weekday', weekday: 'thursday', ordinals: [2], months: QUARTERS }],
    ['every other month starting in February on the first Monday', { kind: 'nth_weekday', weekday: 'monday', ordinals: [1], months: EVEN }],
    ['every 3 month starting in January on the 1st', { kind: 'day_of_month', days: [1], months: [1, 4, 7, 10] }],
    ['once a week on Monday', { kind: 'weekly', weekdays: ['monday'], interval: 1 }],
    ['once per month on the 1st', { kind: 'day_of_month', days: [1] }],
    ['once every year on July 4', { kind: 'day_of_month', days: [4], months: [7] }],
    ['once each quarter on the 1st', { kind: 'day_of_month', days: [1], months: QUARTERS }],
    ['bi weekly on Tuesday', { kind: 'weekly', weekdays: ['tuesday'], interval: 2 }],
    ['every July 4', { kind: 'day_of_month', days: [4], months: [7] }],
    ['second Saturday, every odd month', { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2], months: ODD }],
  ])('reads "%s"', (text, rule) => {
    expect(parseRecurrence(text)).toEqual(rule);
  });

  it('takes every interval from 1 to 520 weeks, and no other', () => {
    // 520 weeks (ten years) is the longest interval; 0 and 521 are the first ones past each end.
    expect(parseRecurrence('every 520 weeks on Monday')).toEqual({ kind: 'weekly', weekdays: ['monday'], interval: 520 });
    expect(parseRecurrence('every 1 week on Monday')).toEqual({ kind: 'weekly', weekdays: ['monday'], interval: 1 });
    expectUse('every 0 weeks on Monday', '0', 'the interval must be 1 to 520 weeks');
    expectUse('every 521 weeks on Monday', '521', 'the interval must be 1 to 520 weeks');
  });

  it('reads "every other" before a weekday as every two weeks, but no other count', () => {
    const e = refusal('every 3 Tuesdays');
    expect([e.position, e.found, e.expected]).toEqual([8, 'tuesdays', ['"weeks"', '"months"']]);
  });
});

describe('each slot is filled once', () => {
  it('refuses a second list of months after "every" (it used to list "odd" or "even" as expected there and then refuse them)', () => {
    expectUse('the 4th Thursday of March every odd month', 'every', 'the months are already given; name them once');
    expectUse('the 15th of odd months, every even month', 'every', 'the months are already given; name them once');
  });

  it('does not read "of" or "in" again once the months are given', () => {
    const e = refusal('second Saturday of odd months of even months');
    expect([e.position, e.found, e.expected]).toEqual([30, 'of', [HOW_OFTEN, '","', 'the end of the text']]);
  });

  it('does not read more days once the days are given', () => {
    const every = refusal('second Saturday every Tuesday');
    expect([every.position, every.found, every.expected]).toEqual([
      22,
      'tuesday',
      ['a number of weeks or months such as "2", "three" or "other"', '"week", "month", "quarter" or "year"', '"odd" or "even"'],
    ]);
    const other = refusal('every other Tuesday, every other Thursday');
    expect([other.position, other.found, other.expected]).toEqual([33, 'thursday', ['"weeks"', '"months"']]);
    const comma = refusal('the 2nd Tuesday, Thursday');
    expect([comma.position, comma.found, comma.expected]).toEqual([17, 'thursday', ['"of"', HOW_OFTEN]]);
  });

  it('names a second weekday of a monthly rule, however it is joined', () => {
    expectUse('the 2nd Tuesday & Thursday', 'thursday', TWO_WEEKDAYS);
    expectUse('the 2nd Tuesday/Thursday', 'thursday', TWO_WEEKDAYS);
  });
});

describe('what may start a phrase', () => {
  it('after "on", expects days or "every", not another kind of phrase', () => {
    const days = ['an ordinal such as "2nd", "second" or "last"', 'a weekday', 'a month', 'a date such as "2026-03-12"', '"every"', '"the"', '"daily"', '"alternate"'];
    expect(refusal('on').expected).toEqual(days);
    const e = refusal('on xyz');
    expect([e.position, e.found, e.expected]).toEqual([3, 'xyz', days]);
    expect(refusal('monthly on of').expected).toEqual(days);
  });

  it('after "once", expects "a" (or "per", "every", "each") and a unit', () => {
    const e = refusal('once the month');
    expect([e.position, e.found, e.expected]).toEqual([5, 'the', ['"a"', '"week", "month", "quarter" or "year"']]);
  });

  it('after "every", expects a count, a unit, odd or even months, or days', () => {
    expect(refusal('every xyz').expected).toEqual([
      'a number of weeks or months such as "2", "three" or "other"',
      'an ordinal such as "2nd", "second" or "last"',
      'a weekday',
      'a month',
      '"week", "month", "quarter" or "year"',
      '"odd" or "even"',
      '"day"',
    ]);
  });
});

describe('days of the month', () => {
  it('reads "days" after a list of days', () => {
    expect(parseRecurrence('the 1st and 15th days of every month')).toEqual({ kind: 'day_of_month', days: [1, 15] });
  });

  it('refuses "weekdays" as well as "weekday" after an ordinal', () => {
    expectUse('the first weekdays of the month', 'weekdays', 'the nth weekday of the month (any of Monday to Friday) cannot be expressed; name the day, e.g. "the first Monday"');
  });
});

describe('weekdays limited to months', () => {
  it('refuses a weekly rule with an interval or more than one weekday in some months, at the phrase that names the months', () => {
    expectUse('every other Tuesday in July', 'in', ONE_WEEKDAY_IN_MONTHS);
    // The months come from "quarterly", so the refusal points there.
    expectUse('every Tuesday and Thursday, quarterly', 'quarterly', ONE_WEEKDAY_IN_MONTHS);
  });
});

describe('lists of dates', () => {
  it('reads "the following days:" as "the following dates:"', () => {
    expect(parseRecurrence('the following days: 2026-03-12 and 2026-06-11')).toEqual({ kind: 'dates', dates: ['2026-03-12', '2026-06-11'] });
  });

  it('refuses a date without a year among "the following Tuesdays"', () => {
    expectUse('the following Tuesdays: July 14', '14', 'July 14 needs a year, e.g. "July 14, 2026"');
  });

  it('refuses months or a frequency with dated days', () => {
    expectUse('2026-03-12 in March', 'in', 'a list of dates cannot be limited to months');
    expectUse('March 12, 2026 of odd months', 'of', 'a list of dates cannot be limited to months');
  });

  it('refuses any frequency but yearly with a date without a year', () => {
    expectUse('July 4 monthly', 'monthly', 'a date without a year repeats yearly; "monthly" does not go with it');
    expectUse('every week on July 4', 'week', 'a date without a year repeats yearly; "week" does not go with it');
    expect(parseRecurrence('July 4 yearly')).toEqual({ kind: 'day_of_month', days: [4], months: [7] });
  });

  it('refuses a date without a year named twice, at the second', () => {
    expectUse('July 4 and July 4', 'july', 'July 4 is named twice', 1);
    expectUse('January 1, July 1 and January 1', 'january', 'January 1 is named twice', 1);
  });
});
