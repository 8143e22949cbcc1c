import { describe, expect, it } from 'vitest';
import { holidaysBetween, occurrenceDetails, occurrences, US_FEDERAL_HOLIDAYS, type HolidayCalendar } from '../../src/recurrence/index.js';

/** Every day of 2026, and of January 2027 the 1st to the `lastInJanuary`th, is a holiday. */
const closedUntil = (lastInJanuary: number): HolidayCalendar => {
  const days = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    name: 'closed',
    holidays: [
      { name: 'Closure', rule: { kind: 'day_of_month', days: days(31) }, sinceYear: 2026, untilYear: 2026 },
      { name: 'Closure', rule: { kind: 'day_of_month', days: days(lastInJanuary), months: [1] }, sinceYear: 2027, untilYear: 2027 },
    ],
  };
};

describe('a shift off a holiday tries 366 times, no more and no fewer', () => {
  const shiftByOne = (calendar: HolidayCalendar) => ({ calendar, action: 'shift' as const, shiftDays: 1 });
  const once = { kind: 'dates', dates: ['2026-01-29'] } as const;

  it('lands on the first free day when it is the 367th day after the holiday', () => {
    // 2026-01-29 to 2027-01-30 are holidays: 366 tries reach 2027-01-31, which is free.
    const calendar = closedUntil(30);
    expect(holidaysBetween(calendar, '2027-01-30', '2027-01-31').map((h) => h.date)).toEqual(['2027-01-30']);
    expect(occurrenceDetails(once, { from: '2026-01-01', until: '2027-12-31', holidays: shiftByOne(calendar) }).occurrences).toEqual([
      { date: '2027-01-31', origin: 'shifted', originalDate: '2026-01-29', holiday: 'Closure' },
    ]);
  });

  it('drops the occurrence when the 367th day is a holiday too, even if the 368th is free', () => {
    const calendar = closedUntil(31);
    expect(holidaysBetween(calendar, '2027-01-31', '2027-02-01').map((h) => h.date)).toEqual(['2027-01-31']);
    expect(occurrenceDetails(once, { from: '2026-01-01', until: '2027-12-31', holidays: shiftByOne(calendar) })).toEqual({
      occurrences: [],
      skipped: [{ date: '2026-01-29', reason: 'holiday', holiday: 'Closure' }],
    });
  });
});

describe('holidays are found however far a series reaches', () => {
  it('after a shift that lands years ahead, the next session is still checked against the holidays of its own year', () => {
    // Every Monday from 2026 to 2031 is a holiday: each Monday session shifts week by week to the first free Monday, 5 January 2032.
    const mondays = { name: 'Mondays', holidays: [{ name: 'Closed Mondays', rule: { kind: 'nth_weekday' as const, weekday: 'monday' as const, ordinals: [1, 2, 3, 4, 5] }, sinceYear: 2026, untilYear: 2031 }] };
    const details = occurrenceDetails({ kind: 'weekly', weekdays: ['monday'] }, { from: '2026-01-01', until: '2032-01-31', holidays: { calendar: mondays, action: 'shift' } });
    expect(details.occurrences.map((o) => o.date)).toEqual(['2032-01-05', '2032-01-12', '2032-01-19', '2032-01-26']);
    expect(details.occurrences[0]).toEqual({ date: '2032-01-05', origin: 'shifted', originalDate: '2026-01-05', holiday: 'Closed Mondays' });
    expect(details.skipped).toEqual([]);
  });

  it('a New Year\'s Day observed on the last day of the year before is found five years after the first date looked up', () => {
    // 1 January 2028 is a Saturday, observed on Friday 31 December 2027, 1,830 days after 27 December 2022.
    const dates = { kind: 'dates', dates: ['2022-12-27', '2027-12-31'] } as const;
    expect(occurrenceDetails(dates, { from: '2022-01-01', until: '2028-12-31', holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' } })).toEqual({
      occurrences: [{ date: '2022-12-27', origin: 'rule' }],
      skipped: [{ date: '2027-12-31', reason: 'holiday', holiday: 'New Year\'s Day' }],
    });
  });

  it('in the calendar\'s last year, a shift that tries days past its end leaves the holidays of later dates in place', () => {
    // The first of every month is a holiday; a shift of 366 days from 9999-01-01 has nowhere to go.
    const firsts: HolidayCalendar = { name: 'Firsts', holidays: [{ name: 'First of the month', rule: { kind: 'day_of_month', days: [1] } }] };
    const details = occurrenceDetails({ kind: 'day_of_month', days: [1] }, { from: '9999-01-01', until: '9999-12-31', holidays: { calendar: firsts, action: 'shift', shiftDays: 366 } });
    expect(details.occurrences).toEqual([]);
    expect(details.skipped).toHaveLength(12);
  });

  it('a holiday query whose end comes before its start is refused', () => {
    expect(() => holidaysBetween(US_FEDERAL_HOLIDAYS, '2026-07-05', '2026-07-03')).toThrow('Invalid holiday query: until: must not be before from');
    expect(holidaysBetween(US_FEDERAL_HOLIDAYS, '2026-07-04', '2026-07-04').map((h) => h.name)).toEqual(['Independence Day']);
  });
});

describe('a counted series reports skipped dates up to its last occurrence', () => {
  it('with no occurrence at all, it reports none', () => {
    // Every Friday of July 2026 skipped: a count of 2 finds no occurrence before the end date, and so no skipped date to report.
    const skip = ['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24', '2026-07-31'];
    expect(occurrenceDetails({ kind: 'weekly', weekdays: ['friday'] }, { from: '2026-07-01', until: '2026-07-31', count: 2, exceptions: { skip } })).toEqual({ occurrences: [], skipped: [] });
    // Without a count, every skipped date is reported.
    expect(occurrenceDetails({ kind: 'weekly', weekdays: ['friday'] }, { from: '2026-07-01', until: '2026-07-31', exceptions: { skip } }).skipped).toHaveLength(5);
    expect(occurrences({ kind: 'weekly', weekdays: ['friday'] }, { from: '2026-07-01', until: '2026-07-31', count: 2, exceptions: { skip: skip.slice(1) } })).toEqual(['2026-07-03']);
  });
});
