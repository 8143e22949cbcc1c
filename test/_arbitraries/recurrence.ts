/** fast-check arbitraries for recurrence rules: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import type { RecurrenceRule } from '../../src/recurrence/schema.js';
import { recurrenceRuleArbitrary, weekdayArbitrary } from '../../src/testing/recurrence.js';
import { localDateArbitrary } from '../../src/testing/time.js';

export const weekdayArb = weekdayArbitrary();
export const ordinalArb = fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -4, -5);
export const monthsArb = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 });

/** A local date between two bounds (defaults: 1900-2100). */
export function localDateArb(min = '1900-01-01', max = '2100-12-31'): fc.Arbitrary<string> {
  return localDateArbitrary({ from: min, until: max });
}

export const nthWeekdayRuleArb = recurrenceRuleArbitrary({ kinds: ['nth_weekday'] });
export const dayOfMonthRuleArb = recurrenceRuleArbitrary({ kinds: ['day_of_month'] });
export const weeklyRuleArb = recurrenceRuleArbitrary({ kinds: ['weekly'] });
export const datesRuleArb = recurrenceRuleArbitrary({ kinds: ['dates'] });

/** Rules that RFC 5545 can express as one RRULE (everything but explicit dates). */
export const patternRuleArb = recurrenceRuleArbitrary({ kinds: ['nth_weekday', 'day_of_month', 'weekly'] });

/** Any canonical rule. */
export const recurrenceRuleArb = recurrenceRuleArbitrary();


/** The same rule with each of its lists (ordinals, days, months, weekdays, dates) in reverse order. */
export function reverseLists(rule: RecurrenceRule): RecurrenceRule {
  switch (rule.kind) {
    case 'nth_weekday':
      return { ...rule, ordinals: [...rule.ordinals].reverse(), ...(rule.months ? { months: [...rule.months].reverse() } : {}) };
    case 'day_of_month':
      return { ...rule, days: [...rule.days].reverse(), ...(rule.months ? { months: [...rule.months].reverse() } : {}) };
    case 'weekly':
      return { ...rule, weekdays: [...rule.weekdays].reverse() };
    default:
      return { kind: 'dates', dates: [...rule.dates].reverse() };
  }
}
