/** fast-check arbitraries for recurrence rules: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import { recurrenceRuleArbitrary, weekdayArbitrary } from '../../src/testing/recurrence.js';
import { localDateArbitrary } from '../../src/testing/time.js';

export const weekdayArb = weekdayArbitrary();
export const ordinalArb = fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -4, -5);
export const monthsArb = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 });

/** A local date between two bounds (defaults: 1900-2100). */
export function localDateArb(min = '1900-01-01', max = '2100-12-31'): fc.Arbitrary<string> {
  return localDateArbitrary({ from: min, until: max });
}

export const nthWeekdayRuleArb = recurrenceRuleArbitrary({ kinds: ['nthWeekday'] });
export const dayOfMonthRuleArb = recurrenceRuleArbitrary({ kinds: ['dayOfMonth'] });
export const weeklyRuleArb = recurrenceRuleArbitrary({ kinds: ['weekly'] });
export const datesRuleArb = recurrenceRuleArbitrary({ kinds: ['dates'] });

/** Rules that RFC 5545 can express as one RRULE (everything but explicit dates). */
export const patternRuleArb = recurrenceRuleArbitrary({ kinds: ['nthWeekday', 'dayOfMonth', 'weekly'] });

/** Any canonical rule. */
export const recurrenceRuleArb = recurrenceRuleArbitrary();

