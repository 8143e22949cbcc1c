import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { ValidationError } from '../../src/errors/index.js';
import {
  nextOccurrences,
  occurrences,
  occurrencesBetween,
  US_FEDERAL_HOLIDAYS,
  type HolidayCalendar,
  type OccurrencesOptions,
  type RecurrenceRule,
} from '../../src/recurrence/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';
import { rejection } from '../_helpers/rejection.js';

const secondSaturday = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] } as const;
const fourthThursdayOdd = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] } as const;
const addDays = (date: string, days: number): string => formatDays(parseDays(date) + days);

/** Closures every 7 days in late November, so that a shift of 7 days crosses several of them. */
const closures: HolidayCalendar = {
  name: 'Closures',
  holidays: [{ name: 'Closed', rule: { kind: 'day_of_month', days: [5, 12, 19, 26], months: [11] } }],
};

/** A series as the laws need it: a rule, a start, an end ten years on, and exceptions and holidays drawn from its own dates. */
const seriesArb = fc
  .record({
    rule: patternRuleArb,
    from: localDateArb('1990-01-01', '2080-12-31'),
    skips: fc.array(fc.nat(), { maxLength: 3 }),
    moves: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -40, max: 40 })), { maxLength: 2 }),
    adds: fc.array(fc.integer({ min: 0, max: 3650 }), { maxLength: 2 }),
    holidays: fc.option(
      fc.record({
        calendar: fc.constantFrom(US_FEDERAL_HOLIDAYS, closures),
        action: fc.constantFrom('skip' as const, 'shift' as const),
        shiftDays: fc.integer({ min: 1, max: 14 }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ rule, from, skips, moves, adds, holidays }) => {
    const until = addDays(from, 3650);
    const dates = occurrences(rule, { from, until });
    const pick = (i: number): string | undefined => (dates.length === 0 ? undefined : dates[i % dates.length]);
    const skip = [...new Set(skips.map(pick).filter((d): d is string => d !== undefined))];
    const move = moves
      .map(([i, by]) => ({ from: pick(i), by }))
      .filter((m): m is { from: string; by: number } => m.from !== undefined && !skip.includes(m.from))
      .filter((m, i, all) => all.findIndex((n) => n.from === m.from) === i)
      .map((m) => ({ from: m.from, to: addDays(m.from, m.by === 0 ? 1 : m.by) }));
    const add = [...new Set(adds.map((d) => addDays(from, d)))];
    const options: OccurrencesOptions = { from, until, exceptions: { skip, move, add }, ...(holidays === undefined ? {} : { holidays }) };
    return { rule: rule as RecurrenceRule, options };
  });

describe('next and between: the questions organizers ask most', () => {
  describe('examples', () => {
    it('the online group sixty years on: the next two second Saturdays after May 9, 2086', () => {
      expect(nextOccurrences(secondSaturday, '2086-05-09', { from: '2026-01-01', limit: 2 })).toEqual(['2086-05-11', '2086-06-08']);
    });

    it('the Thursday drop-ins between two dates, Thanksgiving shifted a week', () => {
      const holidays = { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' } as const;
      expect(occurrencesBetween(fourthThursdayOdd, '2026-11-01', '2027-03-31', { from: '2026-01-01', holidays })).toEqual(['2026-12-03', '2027-01-28', '2027-03-25']);
      expect(nextOccurrences(fourthThursdayOdd, '2026-11-25', { from: '2026-01-01', holidays })).toEqual(['2026-12-03']);
    });

    it('a series with a count ends where the count says, whenever the question is asked', () => {
      expect(nextOccurrences(secondSaturday, '2026-07-31', { from: '2026-01-01', count: 8, limit: 5 })).toEqual(['2026-08-08']);
      expect(nextOccurrences(secondSaturday, '2026-08-08', { from: '2026-01-01', count: 8 })).toEqual([]);
    });

    it('every other week counts its weeks from the series start, not from the question', () => {
      const fortnightly = { kind: 'weekly', weekdays: ['monday'], interval: 2 } as const;
      // 2026-01-05 is a Monday: the series meets on Jan 5, Jan 19, Feb 2, ...
      expect(nextOccurrences(fortnightly, '2026-01-06', { from: '2026-01-05', limit: 2 })).toEqual(['2026-01-19', '2026-02-02']);
      expect(nextOccurrences(fortnightly, '2076-01-01', { from: '2026-01-05' })).toEqual(occurrencesBetween(fortnightly, '2076-01-02', '2076-02-01', { from: '2026-01-05' }).slice(0, 1));
    });

    it('a holiday shift that crosses several closures is still found from the question date', () => {
      // Thanksgiving 2026 is Thursday, November 26; closed that day and the next, a session moves a day at a time to Saturday the 28th.
      const thursdays = { kind: 'weekly', weekdays: ['thursday'], interval: 1 } as const;
      const thanksgiving: HolidayCalendar = { name: 'Closures', holidays: [{ name: 'Closed', rule: { kind: 'day_of_month', days: [26, 27], months: [11] } }] };
      const holidays = { calendar: thanksgiving, action: 'shift', shiftDays: 1 } as const;
      expect(occurrencesBetween(thursdays, '2026-11-28', '2026-12-10', { from: '2026-10-01', holidays })).toEqual(['2026-11-28', '2026-12-03', '2026-12-10']);
      expect(nextOccurrences(thursdays, '2026-11-27', { from: '2026-10-01', holidays })).toEqual(['2026-11-28']);
    });

    it('a misspelt option and an end before the start are refused', () => {
      expect(() => nextOccurrences(secondSaturday, '2026-01-01', { from: '2026-01-01', limt: 2 } as never)).toThrow(/options\.limt: unknown key "limt"; did you mean "limit"\?/);
      expect(() => occurrencesBetween(secondSaturday, '2026-02-01', '2026-01-01', { from: '2026-01-01' })).toThrow(ValidationError);
      expect(rejection(() => occurrencesBetween(secondSaturday, '2026-02-01', '2026-01-01', { from: '2026-01-01' })).issues).toEqual([{ path: ['end'], code: 'custom', message: 'must not be before start' }]);
      expect(rejection(() => nextOccurrences(secondSaturday, '2026-1-1', { from: '2026-01-01' })).message).toBe('Invalid occurrence query: after: must be a calendar date written YYYY-MM-DD');
    });

    it('a range of one day is that day: an occurrence on it is the answer', () => {
      expect(occurrencesBetween(secondSaturday, '2026-01-10', '2026-01-10', { from: '2026-01-01' })).toEqual(['2026-01-10']);
      expect(occurrencesBetween(secondSaturday, '2026-01-11', '2026-01-11', { from: '2026-01-01' })).toEqual([]);
    });

    it('skipping or moving a date the rule does not give is refused by both questions, naming the nearest dates', () => {
      const message = "2027-01-10 is not a date the rule gives; the rule's nearest dates are 2027-01-09 and 2027-02-13";
      expect(rejection(() => nextOccurrences(secondSaturday, '2026-12-31', { from: '2026-01-01', exceptions: { skip: ['2027-01-10'] } })).issues).toEqual([
        { path: ['options', 'exceptions', 'skip', 0], code: 'custom', message },
      ]);
      expect(rejection(() => occurrencesBetween(secondSaturday, '2027-01-01', '2027-12-31', { from: '2026-01-01', exceptions: { move: [{ from: '2027-01-10', to: '2027-01-11' }] } })).message).toBe(
        `Invalid occurrence query: options.exceptions.move[0].from: ${message}`,
      );
    });
  });

  describe('laws', () => {
    it('between agrees with the full expansion of the series', () => {
      fc.assert(
        fc.property(seriesArb, fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 400 }), ({ rule, options }, offset, span) => {
          const start = addDays(options.from, offset);
          const end = addDays(start, span);
          const full = occurrences(rule, options);
          expect(occurrencesBetween(rule, start, end, options)).toEqual(full.filter((d) => d >= start && d <= end));
        }),
        { numRuns: 300 },
      );
    });

    it('next(after) is the first of between(the day after, ...)', () => {
      fc.assert(
        fc.property(seriesArb, fc.integer({ min: -30, max: 3650 }), fc.integer({ min: 1, max: 5 }), ({ rule, options }, offset, limit) => {
          const after = addDays(options.from, offset);
          const until = options.until as string;
          const between = after >= until ? [] : occurrencesBetween(rule, addDays(after, 1), until, options);
          expect(nextOccurrences(rule, after, { ...options, limit })).toEqual(between.slice(0, limit));
        }),
        { numRuns: 300 },
      );
    });

    it('a series bounded by a count: between agrees with its full expansion, both ends included', () => {
      fc.assert(
        fc.property(seriesArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }), ({ rule, options }, count, offset, span) => {
          const counted = { ...options, until: undefined, count };
          const full = occurrences(rule, counted);
          const start = full[offset % Math.max(full.length, 1)] ?? addDays(options.from, offset);
          const end = full.find((d) => d > addDays(start, span)) ?? addDays(start, span);
          expect(occurrencesBetween(rule, start, end, counted)).toEqual(full.filter((d) => d >= start && d <= end));
        }),
        { numRuns: 150 },
      );
    });

    it('a series bounded by a count answers as its full expansion does', () => {
      fc.assert(
        fc.property(seriesArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 2000 }), ({ rule, options }, count, offset) => {
          const counted = { ...options, until: undefined, count };
          const after = addDays(options.from, offset);
          const full = occurrences(rule, counted);
          expect(nextOccurrences(rule, after, { ...counted, limit: 3 })).toEqual(full.filter((d) => d > after).slice(0, 3));
        }),
        { numRuns: 150 },
      );
    });
  });
});
