import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { holidaysBetween, normalizeRecurrence, occurrences, type RecurrenceRuleInput } from '../../src/recurrence/index.js';

/** Each issue as `path: message`, from whichever entry point refused. */
function issues(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a ValidationError');
}
const OPTIONS = { from: '2026-01-01', count: 2 } as const;
/** The rule's issues as `occurrences` and `normalizeRecurrence` report them (both through the one schema): always the same. */
function ruleIssues(rule: unknown): string[] {
  const viaQuery = issues(() => occurrences(rule as RecurrenceRuleInput, OPTIONS)).map((i) => i.replace(/^rule\./, ''));
  expect(issues(() => normalizeRecurrence(rule as RecurrenceRuleInput))).toEqual(viaQuery);
  return viaQuery;
}
const ORDINAL = 'must be 1 to 5 (from the start) or -1 to -5 (from the end)';
const DAY = 'must be 1 to 31 or -1 to -31';

describe('the limits of a rule, at their edges', () => {
  it('ordinals run from 1 to 5 and -1 to -5; 0, 6 and -6 are refused', () => {
    expect(occurrences({ kind: 'nth_weekday', weekday: 'monday', ordinals: [5, -5] }, OPTIONS)).toEqual(['2026-03-02', '2026-03-30']);
    expect(ruleIssues({ kind: 'nth_weekday', weekday: 'monday', ordinals: [0, 6, -6] })).toEqual([`ordinals.0: ${ORDINAL}`, `ordinals.1: ${ORDINAL}`, `ordinals.2: ${ORDINAL}`]);
  });

  it('days run from 1 to 31 and -1 to -31; 0, 32 and -32 are refused', () => {
    expect(occurrences({ kind: 'day_of_month', days: [31, -31] }, OPTIONS)).toEqual(['2026-01-01', '2026-01-31']);
    expect(ruleIssues({ kind: 'day_of_month', days: [0, 32, -32] })).toEqual([`days.0: ${DAY}`, `days.1: ${DAY}`, `days.2: ${DAY}`]);
  });

  it('months run from 1 to 12, listed once each; every list has an item and no repeats', () => {
    expect(ruleIssues({ kind: 'nth_weekday', weekday: 'monday', ordinals: [1, 1], months: [0, 13, 3, 3] })).toEqual([
      'ordinals: must not repeat an ordinal',
      'months.0: must be at least 1',
      'months.1: must be at most 12',
      'months: must not repeat a month',
    ]);
    expect(ruleIssues({ kind: 'nth_weekday', weekday: 'monday', ordinals: [], months: [] })).toEqual(['ordinals: must have at least 1 item(s)', 'months: must have at least 1 item(s)']);
    expect(ruleIssues({ kind: 'day_of_month', days: [1, 1] })).toEqual(['days: must not repeat a day']);
    expect(ruleIssues({ kind: 'dates', dates: ['2026-01-01', '2026-01-01'] })).toEqual(['dates: must not repeat a date']);
    expect(ruleIssues({ kind: 'dates', dates: [] })).toEqual(['dates: must have at least 1 item(s)']);
  });

  it('a weekly interval runs from 1 to 520 weeks', () => {
    expect(occurrences({ kind: 'weekly', weekdays: ['monday'], interval: 520 }, { from: '2026-01-05', count: 2 })).toEqual(['2026-01-05', '2035-12-24']);
    expect(ruleIssues({ kind: 'weekly', weekdays: ['monday', 'monday'], interval: 0 })).toEqual(['weekdays: must not repeat a weekday', 'interval: must be at least 1']);
    expect(ruleIssues({ kind: 'weekly', weekdays: ['monday'], interval: 521 })).toEqual(['interval: must be at most 520']);
  });

  it('a count runs from 1 to 1,000,000; a holiday shift from 1 to 366 days', () => {
    const dates = { kind: 'dates', dates: ['2026-01-01'] } as const;
    expect(issues(() => occurrences(dates, { from: '2026-01-01', count: 0 }))).toEqual(['options.count: must be at least 1']);
    expect(issues(() => occurrences(dates, { from: '2026-01-01', count: 1_000_001 }))).toEqual(['options.count: must be at most 1000000']);
    expect(occurrences(dates, { from: '2026-01-01', count: 1_000_000 })).toEqual(['2026-01-01']);
    const shift = (shiftDays: number) => ({ from: '2026-01-01', holidays: { calendar: { name: 'None', holidays: [] }, action: 'shift' as const, shiftDays } });
    expect(issues(() => occurrences(dates, shift(0)))).toEqual(['options.holidays.shiftDays: must be at least 1']);
    expect(issues(() => occurrences(dates, shift(367)))).toEqual(['options.holidays.shiftDays: must be at most 366']);
    expect(occurrences(dates, shift(366))).toEqual(['2026-01-01']);
  });

  it('a repeating rule needs an end; a list of dates does not', () => {
    expect(issues(() => occurrences({ kind: 'weekly', weekdays: ['monday'] }, { from: '2026-01-01' }))).toEqual(['options: give "until" or "count": a repeating rule has no end of its own']);
    expect(occurrences({ kind: 'dates', dates: ['2026-01-01'] }, { from: '2026-01-01' })).toEqual(['2026-01-01']);
  });

  it('a holiday’s rule is refused in the holiday query by the same limits', () => {
    const calendar = { name: 'Closures', holidays: [{ name: 'Odd', rule: { kind: 'day_of_month', days: [40] } }] };
    expect(issues(() => holidaysBetween(calendar as never, '2026-01-01', '2026-01-02'))).toEqual([`calendar.holidays.0.rule.days.0: ${DAY}`]);
  });

  it('each entry point names what it refused', () => {
    const subject = (run: () => unknown): string => {
      try {
        run();
      } catch (error) {
        if (error instanceof ValidationError) return error.subject;
      }
      return 'none';
    };
    const bad = { kind: 'day_of_month', days: [0] } as const;
    expect([subject(() => normalizeRecurrence(bad)), subject(() => occurrences(bad, OPTIONS)), subject(() => holidaysBetween({ name: '', holidays: [] }, '2026-01-01', '2026-01-02'))]).toEqual([
      'recurrence rule',
      'occurrence query',
      'holiday query',
    ]);
  });
});
