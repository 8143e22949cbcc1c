import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidaysBetween, occurrenceDetails, occurrences, type HolidayCalendar } from '../../src/recurrence/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';

const oneHoliday = (month: number, day: number): HolidayCalendar => ({ name: 'Closures', holidays: [{ name: 'Closed', rule: { kind: 'day_of_month', days: [day], months: [month] } }] });

describe('series at the edges of their range', () => {
  it('a month that starts on the end date still meets on its first day; dates on the start and end dates are included', () => {
    expect(occurrences({ kind: 'day_of_month', days: [1] }, { from: '2026-02-15', until: '2026-03-01' })).toEqual(['2026-03-01']);
    expect(occurrences({ kind: 'dates', dates: ['2026-03-31', '2026-03-01', '2026-04-01'] }, { from: '2026-03-01', until: '2026-03-31' })).toEqual(['2026-03-01', '2026-03-31']);
  });

  it('a monthly series longer than the 400-year calendar cycle is listed in full', () => {
    const dates = occurrences({ kind: 'day_of_month', days: [1] }, { from: '2000-01-01', count: 5000 });
    expect([dates.length, dates.at(-1)]).toEqual([5000, '2416-08-01']);
  });

  it('a rule that can never meet gives nothing, with exceptions and holidays too', () => {
    const never = { kind: 'day_of_month', days: [30], months: [2] } as const;
    const closures = { calendar: { name: 'None', holidays: [] }, action: 'skip' } as const;
    expect(occurrenceDetails(never, { from: '2026-01-01', count: 3, holidays: closures })).toEqual({ occurrences: [], skipped: [] });
    expect(() => occurrenceDetails(never, { from: '2026-01-01', count: 3, exceptions: { skip: ['2026-03-30'] } })).toThrow(
      'skip[0]: 2026-03-30 is not a date the rule gives; the rule gives no date in the series',
    );
    expect(occurrenceDetails({ kind: 'dates', dates: ['2026-05-01'] }, { from: '2026-01-01', count: 2, exceptions: { add: ['2026-06-01'] } }).occurrences.map((o) => o.date)).toEqual([
      '2026-05-01',
      '2026-06-01',
    ]);
  });

  it('holidays on the first and last day of a query are found across a year’s edge', () => {
    expect(holidaysBetween(oneHoliday(12, 31), '2026-12-31', '2026-12-31')).toEqual([{ date: '2026-12-31', name: 'Closed', observed: false }]);
    expect(holidaysBetween(oneHoliday(1, 1), '2027-01-01', '2027-01-01')).toEqual([{ date: '2027-01-01', name: 'Closed', observed: false }]);
  });
});

describe('properties', () => {
  const caseArb = fc.record({
    rule: patternRuleArb,
    from: localDateArb('1990-01-01', '2040-12-31'),
    count: fc.integer({ min: 60, max: 160 }),
    every: fc.integer({ min: 2, max: 9 }),
  });

  it('a series with skipped dates is the plain series without them, however long, and each drop is listed once', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, from, count, every }) => {
        const plain = occurrences(rule, { from, count: count * 2 });
        const skip = plain.filter((_, i) => i % every === 1);
        const kept = plain.filter((d) => !skip.includes(d)).slice(0, count);
        const result = occurrenceDetails(rule, { from, count, exceptions: { skip } });
        expect(result.occurrences.map((o) => o.date)).toEqual(kept);
        const last = kept.at(-1) ?? '';
        expect(result.skipped).toEqual(skip.filter((d) => d <= last).map((date) => ({ date, reason: 'skipped' })));
      }),
      { numRuns: 60 },
    );
  });

  it('a series with holidays skipped is the plain series without the holiday dates, over an end date too', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, from, every }) => {
        const plain = occurrences(rule, { from, count: 120 });
        const until = plain.at(-1) ?? from;
        const closed = plain.filter((_, i) => i % every === 0);
        const calendar: HolidayCalendar = { name: 'Closures', holidays: closed.map((d) => ({ name: d, rule: { kind: 'day_of_month', days: [Number(d.slice(8))], months: [Number(d.slice(5, 7))] }, sinceYear: Number(d.slice(0, 4)), untilYear: Number(d.slice(0, 4)) })) };
        const result = occurrenceDetails(rule, { from, until, holidays: { calendar, action: 'skip' } });
        expect(result.occurrences.map((o) => o.date)).toEqual(plain.filter((d) => !closed.includes(d)));
        expect(result.skipped).toEqual(closed.map((date) => ({ date, reason: 'holiday', holiday: date })));
      }),
      { numRuns: 40 },
    );
  });
});
