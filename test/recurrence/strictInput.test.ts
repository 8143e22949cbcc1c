import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { occurrenceDetails, occurrences, US_FEDERAL_HOLIDAYS, type OccurrencesOptions, type RecurrenceRuleInput } from '../../src/recurrence/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';
import { issueLines } from '../_helpers/rejection.js';

const secondSaturday = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] } as const;

const issuesOf = issueLines;

describe('an occurrence query is read strictly', () => {
  it('misspelt keys in the rule, the options, the exceptions and the holiday calendar are refused with the key meant', () => {
    expect(issuesOf(() => occurrences({ kind: 'weekly', weekdays: ['monday'], intervals: 2 } as RecurrenceRuleInput, { from: '2026-01-01', count: 2 }))).toEqual([
      'rule.intervals: unknown key "intervals"; did you mean "interval"?',
    ]);
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-01-01', untill: '2026-12-31' } as OccurrencesOptions))).toEqual([
      'options.untill: unknown key "untill"; did you mean "until"?',
      `options: give "until" or "count": a repeating rule has no end of its own`,
    ]);
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-01-01', count: 2, exceptions: { skips: ['2026-01-10'] } } as OccurrencesOptions))).toEqual([
      'options.exceptions.skips: unknown key "skips"; did you mean "skip"?',
    ]);
    const calendar = { name: 'Closures', holidays: [{ name: 'Founders', rule: { kind: 'day_of_month', days: [4], month: [7] } }] };
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-01-01', count: 2, holidays: { calendar, action: 'skip' } } as OccurrencesOptions))).toEqual([
      'options.holidays.calendar.holidays.0.rule.month: unknown key "month"; did you mean "months"?',
    ]);
  });

  it('a query ending before it starts is refused', () => {
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-02-01', until: '2026-01-31' }))).toEqual(['options.until: must not be before from']);
    expect(occurrences(secondSaturday, { from: '2026-01-10', until: '2026-01-10' })).toEqual(['2026-01-10']);
  });

  it('skipping or moving a date the rule does not give is refused, naming the nearest dates it gives', () => {
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-09-01', count: 8, exceptions: { skip: ['2027-01-10'] } }))).toEqual([
      "options.exceptions.skip.0: 2027-01-10 is not a date the rule gives; the rule's nearest dates are 2027-01-09 and 2027-02-13",
    ]);
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-01-01', until: '2026-03-31', exceptions: { move: [{ from: '2026-04-11', to: '2026-03-28' }] } }))).toEqual([
      "options.exceptions.move.0.from: 2026-04-11 is not a date the rule gives (it is after the series ends on 2026-03-31); the rule's nearest dates are 2026-03-14",
    ]);
    const diversity = { kind: 'dates', dates: ['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10'] } as const;
    expect(issuesOf(() => occurrences(diversity, { from: '2026-01-01', exceptions: { skip: ['2026-06-12'] } }))).toEqual([
      "options.exceptions.skip.0: 2026-06-12 is not a date the rule gives; the rule's nearest dates are 2026-06-11 and 2026-09-10",
    ]);
  });

  it('a skip outside the series says which side it falls on, and the nearest dates are the series\' own', () => {
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-03-01', until: '2026-12-31', exceptions: { skip: ['2026-02-14', '2027-01-09', '2026-03-01', '2026-12-31'] } }))).toEqual([
      "options.exceptions.skip.0: 2026-02-14 is not a date the rule gives (it is before the series starts on 2026-03-01); the rule's nearest dates are 2026-03-14",
      "options.exceptions.skip.1: 2027-01-09 is not a date the rule gives (it is after the series ends on 2026-12-31); the rule's nearest dates are 2026-12-12",
      "options.exceptions.skip.2: 2026-03-01 is not a date the rule gives; the rule's nearest dates are 2026-03-14",
      "options.exceptions.skip.3: 2026-12-31 is not a date the rule gives; the rule's nearest dates are 2026-12-12",
    ]);
  });

  it('the nearest rule dates are found however far apart the rule meets: years before and after', () => {
    const twice = { kind: 'dates', dates: ['2020-01-06', '2031-01-06'] } as const;
    expect(issuesOf(() => occurrences(twice, { from: '2020-01-01', exceptions: { skip: ['2025-06-01'] } }))).toEqual([
      "options.exceptions.skip.0: 2025-06-01 is not a date the rule gives; the rule's nearest dates are 2020-01-06 and 2031-01-06",
    ]);
    expect(issuesOf(() => occurrences({ kind: 'dates', dates: ['2031-01-06'] }, { from: '2020-01-01', exceptions: { skip: ['2025-06-01'] } }))).toEqual([
      "options.exceptions.skip.0: 2025-06-01 is not a date the rule gives; the rule's nearest dates are 2031-01-06",
    ]);
    expect(issuesOf(() => occurrences({ kind: 'dates', dates: ['1950-01-02'] }, { from: '1900-01-01', exceptions: { skip: ['2025-06-01'] } }))).toEqual([
      "options.exceptions.skip.0: 2025-06-01 is not a date the rule gives; the rule's nearest dates are 1950-01-02",
    ]);
  });

  it('a date that is not a date is reported once, by its own schema, not also as out of order', () => {
    expect(issuesOf(() => occurrences(secondSaturday, { from: 'soon', until: '2026-12-31' } as OccurrencesOptions))).toEqual(['options.from: must be a calendar date written YYYY-MM-DD']);
    expect(issuesOf(() => occurrences(secondSaturday, { from: '2026-01-01', until: 'later' } as OccurrencesOptions))).toEqual(['options.until: must be a calendar date written YYYY-MM-DD']);
  });

  it('a skip of a rule date on a holiday is still a rule date', () => {
    const thursdays = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11] } as const;
    const details = occurrenceDetails(thursdays, { from: '2026-01-01', count: 1, exceptions: { skip: ['2026-11-26'] }, holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' } });
    expect(details.skipped).toEqual([{ date: '2026-11-26', reason: 'skipped' }]);
  });

  it('throws a ValidationError naming the query; a getter that throws is input that could not be read', () => {
    expect(() => occurrences({ kind: 'weekly', weekdays: ['monday'] }, { from: '2026-01-01' })).toThrow(
      'Invalid occurrence query: options: give "until" or "count": a repeating rule has no end of its own',
    );
    const options = Object.defineProperty({}, 'from', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(() => occurrences({ kind: 'weekly', weekdays: ['monday'] }, options as never)).toThrow('Invalid occurrence query: (root): could not be read (no)');
  });

  describe('properties', () => {
    it('a query whose until is before its from is refused', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('1990-01-02', '2060-12-31'), fc.integer({ min: 1, max: 4000 }), (rule, from, back) => {
          const until = formatDays(parseDays(from) - back);
          expect(issuesOf(() => occurrences(rule, { from, until }))).toEqual(['options.until: must not be before from']);
        }),
        { numRuns: 100 },
      );
    });

    it('skipping a date the rule does not produce names the nearest dates it does', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('1990-01-01', '2060-12-31'), fc.nat(), fc.nat(), (rule, from, i, k) => {
          const dates = occurrences(rule, { from, count: 12 });
          fc.pre(dates.length >= 2);
          const at = i % (dates.length - 1);
          const [before, after] = [parseDays(dates[at] as string), parseDays(dates[at + 1] as string)];
          fc.pre(after - before > 1);
          const skipped = formatDays(before + 1 + (k % (after - before - 1)));
          expect(issuesOf(() => occurrences(rule, { from, count: 12, exceptions: { skip: [skipped] } }))).toEqual([
            `options.exceptions.skip.0: ${skipped} is not a date the rule gives; the rule's nearest dates are ${dates[at] as string} and ${dates[at + 1] as string}`,
          ]);
        }),
        { numRuns: 150 },
      );
    });

    it('skipping a date the rule produces is never refused', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('1990-01-01', '2060-12-31'), fc.nat(), (rule, from, i) => {
          const dates = occurrences(rule, { from, count: 12 });
          fc.pre(dates.length > 0);
          const skipped = dates[i % dates.length] as string;
          expect(occurrences(rule, { from, count: 12, exceptions: { skip: [skipped] } })).not.toContain(skipped);
        }),
        { numRuns: 100 },
      );
    });
  });
});
