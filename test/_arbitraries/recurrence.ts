/**
 * fast-check arbitraries for recurrence rules, producing only valid,
 * canonical rules (the form `normalizeRecurrence` returns).
 */
import fc from 'fast-check';
import { formatDays, MAX_DAYS, MIN_DAYS, parseDays } from '../../src/_lib/civil.js';
import { canonical } from '../../src/recurrence/normalize.js';
import { WEEKDAYS, type RecurrenceRule, type Weekday } from '../../src/recurrence/schema.js';

export const weekdayArb: fc.Arbitrary<Weekday> = fc.constantFrom(...WEEKDAYS);
export const ordinalArb = fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -4, -5);
export const monthsArb = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 });

/** A local date between two bounds (defaults: 1900-2100). */
export function localDateArb(min = '1900-01-01', max = '2100-12-31'): fc.Arbitrary<string> {
  return fc.integer({ min: Math.max(parseDays(min), MIN_DAYS), max: Math.min(parseDays(max), MAX_DAYS) }).map(formatDays);
}

export const nthWeekdayRuleArb: fc.Arbitrary<RecurrenceRule> = fc
  .record(
    {
      kind: fc.constant('nthWeekday' as const),
      weekday: weekdayArb,
      ordinals: fc.uniqueArray(ordinalArb, { minLength: 1, maxLength: 4 }),
      months: monthsArb,
    },
    { requiredKeys: ['kind', 'weekday', 'ordinals'] },
  )
  .map((r) => canonical(r));

export const dayOfMonthRuleArb: fc.Arbitrary<RecurrenceRule> = fc
  .record(
    {
      kind: fc.constant('dayOfMonth' as const),
      days: fc.uniqueArray(
        fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -31, max: -1 })),
        { minLength: 1, maxLength: 4 },
      ),
      months: monthsArb,
    },
    { requiredKeys: ['kind', 'days'] },
  )
  .map((r) => canonical(r));

export const weeklyRuleArb: fc.Arbitrary<RecurrenceRule> = fc
  .record({
    kind: fc.constant('weekly' as const),
    weekdays: fc.uniqueArray(weekdayArb, { minLength: 1, maxLength: 7 }),
    interval: fc.oneof(fc.constant(1), fc.constant(2), fc.integer({ min: 1, max: 8 })),
  })
  .map((r) => canonical(r));

export const datesRuleArb: fc.Arbitrary<RecurrenceRule> = fc
  .record({
    kind: fc.constant('dates' as const),
    dates: fc.uniqueArray(localDateArb('2000-01-01', '2040-12-31'), { minLength: 1, maxLength: 12 }),
  })
  .map((r) => canonical(r));

/** Rules that RFC 5545 can express as one RRULE (everything but explicit dates). */
export const patternRuleArb = fc.oneof(nthWeekdayRuleArb, dayOfMonthRuleArb, weeklyRuleArb);

/** Any canonical rule. */
export const recurrenceRuleArb = fc.oneof(nthWeekdayRuleArb, dayOfMonthRuleArb, weeklyRuleArb, datesRuleArb);
