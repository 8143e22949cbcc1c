/**
 * Explicit dates: a day must follow its month and exist in it, a four-digit
 * year closes the dates before it that have none, a weekday before a date
 * must be the date's own, and a comma continues a list only when a date or
 * a day follows it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, isoWeekday } from '../../src/_lib/civil.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { WEEKDAYS, type Weekday } from '../../src/recurrence/schema.js';
import { localDateArb } from '../_arbitraries/recurrence.js';
import { refusal, useMessage } from '../_helpers/recurrenceRefusal.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const capital = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
const dates = (...list: string[]) => ({ kind: 'dates', dates: list });

/** "March 12, 2026" and the date's weekday. */
function spelled(iso: string): { text: string; weekday: Weekday } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { text: `${MONTHS[month - 1] as string} ${day}, ${iso.slice(0, 4)}`, weekday: WEEKDAYS[isoWeekday(daysFromCivil(year, month, day)) - 1] as Weekday };
}

describe('days of a month', () => {
  it('expects a day of the month after a month name', () => {
    const e = refusal('March 2026');
    expect(e.message).toBe('Cannot understand "March 2026" at "2026" (position 6); expected a day of the month such as "12"');
  });

  it('refuses day 0 and a day past the longest the month can have', () => {
    expect(refusal('March 0, 2026').message).toBe(useMessage('March 0, 2026', '0', 6, 'March has no day 0; it has at most 31 days'));
    expect(refusal('April 31').message).toBe(useMessage('April 31', '31', 6, 'April has no day 31; it has at most 30 days'));
  });

  it('checks the suffix of a day written as an ordinal', () => {
    const e = refusal('March 12nd, 2026');
    expect(e.message).toBe(useMessage('March 12nd, 2026', '12nd', 6, '"12nd" is not a correctly written ordinal (did you mean "12th"?)'));
    expect(parseRecurrence('March 12th, 2026')).toEqual(dates('2026-03-12'));
  });
});

describe('years', () => {
  it('reads every four-digit year from 0001, and refuses year 0', () => {
    // Year 1 is the first year of the calendar; years before 1000 are written with leading zeros.
    expect(parseRecurrence('March 12, 0001')).toEqual(dates('0001-03-12'));
    expect(parseRecurrence('March 12, 0999')).toEqual(dates('0999-03-12'));
    expect(refusal('March 12, 0000').message).toBe(useMessage('March 12, 0000', '12', 6, 'March 12, 0 is not a calendar date'));
  });

  it('reads a number after a comma as another day, not a year, unless it has four digits', () => {
    expect(parseRecurrence('March 12, 13 and 14, 2026')).toEqual(dates('2026-03-12', '2026-03-13', '2026-03-14'));
  });

  it('gives a year to the dates before it that have none, and leaves an ISO date among them alone', () => {
    expect(parseRecurrence('March 12, 2026-06-11 and June 12, 2027')).toEqual(dates('2026-06-11', '2027-03-12', '2027-06-12'));
  });
});

describe('a weekday before a date', () => {
  it.each(['Thursday, 2026-03-12', 'Thursday 2026-03-12', 'Thursday March 12, 2026', 'Thu, March 12, 2026'])('reads "%s"', (text) => {
    expect(parseRecurrence(text)).toEqual(dates('2026-03-12'));
  });

  it('is not a date when it names a group of days', () => {
    const e = refusal('weekdays, March 12, 2026');
    expect([e.position, e.found]).toEqual([10, 'march']);
  });

  it('among "the following" weekdays, a date may fall on any of them; otherwise the refusal names them all', () => {
    expect(parseRecurrence('the following Tuesdays and Thursdays: March 12, 2026')).toEqual(dates('2026-03-12'));
    const text = 'the following Mondays and Tuesdays: March 12, 2026';
    expect(refusal(text).message).toBe(useMessage(text, 'march', 36, 'March 12, 2026 is a Thursday, not a Monday or Tuesday'));
  });

  describe('properties', () => {
    const datesArb = fc.uniqueArray(localDateArb('1900-01-01', '2100-12-31'), { minLength: 1, maxLength: 5 });

    it('a date\'s own weekday before it, with or without a comma, changes nothing', () => {
      fc.assert(
        fc.property(datesArb, fc.boolean(), (list, comma) => {
          const text = list.map((iso) => `${capital(spelled(iso).weekday)}${comma ? ',' : ''} ${spelled(iso).text}`).join(' and ');
          expect(parseRecurrence(text)).toEqual(dates(...[...list].sort()));
        }),
        { numRuns: 150 },
      );
    });

    it('another weekday before a date is refused there, naming both', () => {
      fc.assert(
        fc.property(localDateArb('1900-01-01', '2100-12-31'), fc.integer({ min: 1, max: 6 }), (iso, shift) => {
          const { text: date, weekday } = spelled(iso);
          const wrong = WEEKDAYS[(WEEKDAYS.indexOf(weekday) + shift) % 7] as Weekday;
          const text = `${capital(wrong)}, ${date}`;
          expect(refusal(text).message).toBe(useMessage(text, wrong, 0, `${date} is a ${capital(weekday)}, not a ${capital(wrong)}`));
        }),
        { numRuns: 100 },
      );
    });

    it('a spelled date with its year gives the same rule as the ISO date', () => {
      fc.assert(
        fc.property(datesArb, (list) => {
          expect(parseRecurrence(list.map((iso) => spelled(iso).text).join(', '))).toEqual(parseRecurrence(list.join(', ')));
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('where a list of dates ends', () => {
  it('ends before a comma that a phrase follows', () => {
    expect(parseRecurrence('July 4, every year')).toEqual({ kind: 'day_of_month', days: [4], months: [7] });
  });

  it('after a year, a comma and a bare number is no day: it needed a month', () => {
    const e = refusal('March 12, 2026, 13');
    expect([e.position, e.found, e.expected]).toEqual([16, '13', ['a month', '"of"', 'how often, such as "monthly", "every month" or "every other week"']]);
  });
});
