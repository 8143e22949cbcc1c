import { describe, expect, it } from 'vitest';
import { holidaysBetween, occurrenceDetails, occurrences, US_FEDERAL_HOLIDAYS, type HolidayCalendar } from '../../src/recurrence/index.js';

// Independence Day 2026 is a Saturday, observed on Friday, July 3.
const fridays = { kind: 'weekly', weekdays: ['friday'] } as const;
const saturdays = { kind: 'weekly', weekdays: ['saturday'] } as const;
const skipOn = (match: 'actual' | 'observed' | 'both') => ({ calendar: US_FEDERAL_HOLIDAYS, action: 'skip' as const, match });
const july4th = { reason: 'holiday', holiday: 'Independence Day' } as const;

describe('which holiday dates a policy matches', () => {
  it('"actual" matches July 4 itself, not the Friday it is observed on', () => {
    expect(occurrences(fridays, { from: '2026-06-26', until: '2026-07-10', holidays: skipOn('actual') })).toEqual(['2026-06-26', '2026-07-03', '2026-07-10']);
    expect(occurrenceDetails(saturdays, { from: '2026-06-27', until: '2026-07-11', holidays: skipOn('actual') }).skipped).toEqual([{ date: '2026-07-04', ...july4th }]);
  });

  it('"observed" matches the Friday it is observed on, not July 4 itself', () => {
    expect(occurrenceDetails(fridays, { from: '2026-06-26', until: '2026-07-10', holidays: skipOn('observed') }).skipped).toEqual([{ date: '2026-07-03', ...july4th }]);
    expect(occurrences(saturdays, { from: '2026-06-27', until: '2026-07-11', holidays: skipOn('observed') })).toEqual(['2026-06-27', '2026-07-04', '2026-07-11']);
  });

  it('"both", the default, matches either', () => {
    for (const holidays of [skipOn('both'), { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' as const }]) {
      expect(occurrences(fridays, { from: '2026-06-26', until: '2026-07-10', holidays })).toEqual(['2026-06-26', '2026-07-10']);
      expect(occurrences(saturdays, { from: '2026-06-27', until: '2026-07-11', holidays })).toEqual(['2026-06-27', '2026-07-11']);
    }
  });
});

describe('shifting off a holiday', () => {
  const shift = (shiftDays?: number) => ({ calendar: US_FEDERAL_HOLIDAYS, action: 'shift' as const, ...(shiftDays === undefined ? {} : { shiftDays }) });

  it('moves a week later by default, and by shiftDays when given', () => {
    expect(occurrenceDetails(fridays, { from: '2026-06-26', count: 2, holidays: shift() }).occurrences).toEqual([
      { date: '2026-06-26', origin: 'rule' },
      { date: '2026-07-10', origin: 'shifted', originalDate: '2026-07-03', holiday: 'Independence Day' },
    ]);
    // A two-day shift lands on Sunday, July 5.
    expect(occurrences(fridays, { from: '2026-07-01', until: '2026-07-09', holidays: shift(2) })).toEqual(['2026-07-05']);
  });

  it('moves again when the day it lands on is a holiday too', () => {
    // One day after Friday the 3rd (observed) is Saturday the 4th (actual): it moves on to Sunday the 5th.
    expect(occurrenceDetails(fridays, { from: '2026-07-01', until: '2026-07-09', holidays: shift(1) }).occurrences).toEqual([
      { date: '2026-07-05', origin: 'shifted', originalDate: '2026-07-03', holiday: 'Independence Day' },
    ]);
  });

  it('a shift that would land after the end date drops the occurrence as a holiday; one landing on the end date keeps it', () => {
    expect(occurrenceDetails(fridays, { from: '2026-06-26', until: '2026-07-09', holidays: shift() })).toEqual({
      occurrences: [{ date: '2026-06-26', origin: 'rule' }],
      skipped: [{ date: '2026-07-03', ...july4th }],
    });
    expect(occurrences(fridays, { from: '2026-07-01', until: '2026-07-10', holidays: shift() })).toEqual(['2026-07-10']);
  });

  it('a shifted occurrence and the rule date it lands on are one occurrence, counted once', () => {
    expect(occurrences(fridays, { from: '2026-07-01', count: 2, holidays: shift() })).toEqual(['2026-07-10', '2026-07-17']);
  });

  it('a shift near the last representable date that would leave the calendar drops the occurrence', () => {
    const calendar: HolidayCalendar = { name: 'Year end', holidays: [{ name: 'Last day', rule: { kind: 'day_of_month', days: [31], months: [12] } }] };
    expect(occurrenceDetails({ kind: 'dates', dates: ['9999-12-31'] }, { from: '9999-12-01', holidays: { calendar, action: 'shift' } })).toEqual({
      occurrences: [],
      skipped: [{ date: '9999-12-31', reason: 'holiday', holiday: 'Last day' }],
    });
  });
});

describe('holidays with a count', () => {
  it('lists only the dropped dates up to the last occurrence returned', () => {
    const holidays = { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' as const };
    expect(occurrenceDetails(fridays, { from: '2026-06-26', count: 1, holidays })).toEqual({ occurrences: [{ date: '2026-06-26', origin: 'rule' }], skipped: [] });
    expect(occurrenceDetails(fridays, { from: '2026-06-26', count: 2, holidays })).toEqual({
      occurrences: [
        { date: '2026-06-26', origin: 'rule' },
        { date: '2026-07-10', origin: 'rule' },
      ],
      skipped: [{ date: '2026-07-03', ...july4th }],
    });
  });

  it('a rule that meets only on holidays gives nothing for a count, and says why for each date', () => {
    const thanksgivings = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11] } as const;
    const result = occurrenceDetails(thanksgivings, { from: '2026-01-01', until: '2028-12-31', holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' } });
    expect(result.occurrences).toEqual([]);
    expect(result.skipped.map((s) => s.date)).toEqual(['2026-11-26', '2027-11-25', '2028-11-23']);
  });

  it('finds the holidays of a long series, decades after its start', () => {
    const christmases = { kind: 'day_of_month', days: [25], months: [12] } as const;
    const result = occurrenceDetails(christmases, { from: '2000-01-01', count: 3, holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift', shiftDays: 1 } });
    expect(result.occurrences).toEqual([
      { date: '2000-12-26', origin: 'shifted', originalDate: '2000-12-25', holiday: 'Christmas Day' },
      { date: '2001-12-26', origin: 'shifted', originalDate: '2001-12-25', holiday: 'Christmas Day' },
      { date: '2002-12-26', origin: 'shifted', originalDate: '2002-12-25', holiday: 'Christmas Day' },
    ]);
    const late = occurrences(christmases, { from: '2000-01-01', until: '2040-12-31', holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' } });
    expect(late).toEqual([]);
  });
});

describe('holiday calendars', () => {
  it('observes a Saturday holiday on the Friday before and a Sunday one on the Monday after, across the new year', () => {
    expect(holidaysBetween(US_FEDERAL_HOLIDAYS, '2021-12-30', '2022-01-03')).toEqual([
      { date: '2021-12-31', name: "New Year's Day", observed: true },
      { date: '2022-01-01', name: "New Year's Day", observed: false },
    ]);
    expect(holidaysBetween(US_FEDERAL_HOLIDAYS, '2022-12-30', '2023-01-03')).toEqual([
      { date: '2023-01-01', name: "New Year's Day", observed: false },
      { date: '2023-01-02', name: "New Year's Day", observed: true },
    ]);
  });

  it('applies a holiday only from its first year to its last', () => {
    const juneteenth = (from: string, until: string) => holidaysBetween(US_FEDERAL_HOLIDAYS, from, until).filter((h) => h.name.startsWith('Juneteenth'));
    expect(juneteenth('2020-01-01', '2020-12-31')).toEqual([]);
    expect(juneteenth('2021-01-01', '2021-12-31').map((h) => h.date)).toEqual(['2021-06-18', '2021-06-19']);
    const calendar: HolidayCalendar = { name: 'Closures', holidays: [{ name: 'Retreat', rule: { kind: 'day_of_month', days: [1], months: [3] }, sinceYear: 2025, untilYear: 2026 }] };
    expect(holidaysBetween(calendar, '2024-01-01', '2027-12-31').map((h) => h.date)).toEqual(['2025-03-01', '2026-03-01']);
    expect(holidaysBetween(calendar, '2026-03-01', '2026-03-01').map((h) => h.date)).toEqual(['2026-03-01']);
  });

  it('without an observance rule a weekend holiday is observed nowhere else; a range with no holiday has none', () => {
    const calendar: HolidayCalendar = { name: 'Closures', holidays: [{ name: 'Founders', rule: { kind: 'day_of_month', days: [4], months: [7] } }] };
    expect(holidaysBetween(calendar, '2026-07-01', '2026-07-31')).toEqual([{ date: '2026-07-04', name: 'Founders', observed: false }]);
    expect(holidaysBetween(calendar, '2026-07-05', '2026-07-31')).toEqual([]);
  });

  it('two holidays on one date: the first listed names it, and an actual date is never overwritten by another’s observance', () => {
    const calendar: HolidayCalendar = {
      name: 'Clash',
      holidays: [
        { name: 'First', rule: { kind: 'day_of_month', days: [3], months: [7] } },
        { name: 'Second', rule: { kind: 'day_of_month', days: [4], months: [7] }, observed: 'weekend_to_weekday' },
        { name: 'Third', rule: { kind: 'day_of_month', days: [3], months: [7] } },
      ],
    };
    expect(holidaysBetween(calendar, '2026-07-01', '2026-07-31')).toEqual([
      { date: '2026-07-03', name: 'First', observed: false },
      { date: '2026-07-04', name: 'Second', observed: false },
    ]);
  });

  it('refuses a malformed query, naming it', () => {
    expect(() => holidaysBetween(US_FEDERAL_HOLIDAYS, '2026-02-30', '2026-03-01')).toThrow('holiday query');
    expect(() => holidaysBetween({ name: '', holidays: [] }, '2026-01-01', '2026-03-01')).toThrow('holiday query');
  });
});
