/** Arbitraries for recurrence rules: valid, canonical rules only (the form `normalizeRecurrence` returns). */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { canonical } from '../_lib/recurrence/canonicalRule.js';
import { WEEKDAYS, type RecurrenceRule, type Weekday } from '../recurrence/schema.js';
import { dateWindowInOrder, dateWindowShape, pool, readOptions } from './_options.js';
import { localDates } from './time.js';

/**
 * The kinds of recurrence rule.
 *
 * @example
 * ```ts
 * import type { RecurrenceKind } from 'balint-rules/testing';
 *
 * const kind: RecurrenceKind = 'nth_weekday';
 * ```
 */
export type RecurrenceKind = RecurrenceRule['kind'];

/**
 * Options of {@link recurrenceRuleArbitrary}.
 *
 * @example
 * ```ts
 * import type { RecurrenceRuleArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: RecurrenceRuleArbitraryOptions = { kinds: ['nth_weekday', 'weekly'] };
 * ```
 */
export type RecurrenceRuleArbitraryOptions = z.input<typeof RecurrenceOptionsSchema>;

const KINDS = ['nth_weekday', 'day_of_month', 'weekly', 'dates'] as const satisfies readonly RecurrenceKind[];

const RecurrenceOptionsSchema = z
  .strictObject({
    /** Which kinds of rule (default: all four). */
    kinds: z.optional(pool(z.enum(KINDS))),
    /** For `dates` rules: the window the dates fall in (default 2000-01-01 to 2040-12-31). */
    ...dateWindowShape,
  })
  .check(dateWindowInOrder('2000-01-01', '2040-12-31'));

/**
 * A weekday name.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
import { weekdayArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(weekdayArbitrary(), 50).every((day) => ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].includes(day));
 * //=> true
 * ```
 */
export const weekdayArbitrary = (): fc.Arbitrary<Weekday> => fc.constantFrom(...WEEKDAYS);
const ordinalArb = fc.constantFrom(1, 2, 3, 4, 5, -1, -2, -3, -4, -5);
const monthsArb = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 });

const nthWeekday: fc.Arbitrary<RecurrenceRule> = fc
  .record(
    { kind: fc.constant('nth_weekday' as const), weekday: fc.constantFrom(...WEEKDAYS), ordinals: fc.uniqueArray(ordinalArb, { minLength: 1, maxLength: 4 }), months: monthsArb },
    { requiredKeys: ['kind', 'weekday', 'ordinals'] },
  )
  .map((r) => canonical(r));

const dayOfMonth: fc.Arbitrary<RecurrenceRule> = fc
  .record(
    {
      kind: fc.constant('day_of_month' as const),
      days: fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -31, max: -1 })), { minLength: 1, maxLength: 4 }),
      months: monthsArb,
    },
    { requiredKeys: ['kind', 'days'] },
  )
  .map((r) => canonical(r));

const weekly: fc.Arbitrary<RecurrenceRule> = fc
  .record({
    kind: fc.constant('weekly' as const),
    weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
    interval: fc.oneof(fc.constant(1), fc.constant(2), fc.integer({ min: 1, max: 8 })),
  })
  .map((r) => canonical(r));

function dates(from: string, until: string): fc.Arbitrary<RecurrenceRule> {
  return fc
    .record({ kind: fc.constant('dates' as const), dates: fc.uniqueArray(localDates({ from, until }), { minLength: 1, maxLength: 12 }) })
    .map((r) => canonical(r));
}

const defaultDates = dates('2000-01-01', '2040-12-31');

/**
 * A valid, canonical recurrence rule: the nth weekday of (some) months
 * ("second Saturday", "4th Thursday of odd months"), days of the month,
 * weekly every n weeks, or a list of dates.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { recurrenceRuleArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(recurrenceRuleArbitrary({ kinds: ['nth_weekday'] }), 5).every((r) => r.kind === 'nth_weekday');
 * //=> true
 * ```
 */
export function recurrenceRuleArbitrary(options: RecurrenceRuleArbitraryOptions = {}): fc.Arbitrary<RecurrenceRule> {
  return recurrenceRules(readOptions(RecurrenceOptionsSchema, options, 'recurrenceRuleArbitrary'));
}

/** {@link recurrenceRuleArbitrary} for options already read. */
export function recurrenceRules(options: z.output<typeof RecurrenceOptionsSchema>): fc.Arbitrary<RecurrenceRule> {
  const kinds = options.kinds ?? KINDS;
  const custom = options.from !== undefined || options.until !== undefined;
  const byKind: Record<RecurrenceKind, fc.Arbitrary<RecurrenceRule>> = {
    nth_weekday: nthWeekday,
    day_of_month: dayOfMonth,
    weekly,
    dates: custom ? dates(options.from ?? '2000-01-01', options.until ?? '2040-12-31') : defaultDates,
  };
  const arbs = [...new Set(kinds)].map((k) => byKind[k]);
  return arbs.length === 1 ? (arbs[0] as fc.Arbitrary<RecurrenceRule>) : fc.oneof(...arbs);
}
