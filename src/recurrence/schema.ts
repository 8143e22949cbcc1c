import * as z from 'zod/mini';
import type { DeepReadonly } from '../_lib/types.js';
import { LocalDateSchema } from '../common/schemas.js';
import { allDistinct } from '../_lib/lists.js';
import { isMonthDay, isOrdinal, MAX_WEEK_INTERVAL, MONTH_DAY_MESSAGE, ORDINAL_MESSAGE, repeated } from './_limits.js';

import { WEEKDAYS } from './weekdays.js';

export { WEEKDAYS, type Weekday } from './weekdays.js';

/**
 * A day of the week, written in full and lower case.
 *
 * @example
 * ```ts
 * import { WeekdaySchema } from 'balint-rules/recurrence';
 *
 * WeekdaySchema.parse('saturday');
 * //=> 'saturday'
 * ```
 */
export const WeekdaySchema = z.enum(WEEKDAYS);


/**
 * Which occurrence of a weekday in its month: 1 to 5 count from the start,
 * -1 is the last, -2 the second to last, down to -5.
 *
 * @example
 * ```ts
 * import { OrdinalSchema } from 'balint-rules/recurrence';
 *
 * OrdinalSchema.safeParse(-1).success; // "last"
 * //=> true
 * ```
 */
export const OrdinalSchema = z
  .int()
  .check(z.refine(isOrdinal, ORDINAL_MESSAGE));

/**
 * A month number, 1 (January) to 12 (December).
 *
 * @example
 * ```ts
 * import { MonthSchema } from 'balint-rules/recurrence';
 *
 * MonthSchema.safeParse(13).success;
 * //=> false
 * ```
 */
export const MonthSchema = z.int().check(z.minimum(1), z.maximum(12));

const MonthsSchema = z
  .array(MonthSchema)
  .check(z.minLength(1), z.refine(allDistinct, repeated('month')));

/**
 * Monthly on the nth weekday: "the second Saturday", "the first and third
 * Wednesday", "the 4th Thursday of odd months", "the last Monday of May".
 * `months` restricts the months it meets in (absent: every month). Months
 * without the requested weekday (a 5th Monday) are skipped, as RFC 5545 says.
 *
 * @example
 * ```ts
 * import { NthWeekdayRuleSchema } from 'balint-rules/recurrence';
 *
 * NthWeekdayRuleSchema.parse({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] });
 * ```
 */
export const NthWeekdayRuleSchema = z.strictObject({
  kind: z.literal('nth_weekday'),
  weekday: WeekdaySchema,
  ordinals: z.array(OrdinalSchema).check(z.minLength(1), z.refine(allDistinct, repeated('ordinal'))),
  months: z.optional(MonthsSchema),
});

/**
 * A day of the month: 1 to 31 from the start, -1 (the last day) to -31 from
 * the end. "the 15th of every month", "the 1st and 15th", "the last day of
 * the month", and with `months` a yearly date: "the 4th of July". Months too
 * short for the day are skipped, as RFC 5545 says.
 *
 * @example
 * ```ts
 * import { DayOfMonthRuleSchema } from 'balint-rules/recurrence';
 *
 * DayOfMonthRuleSchema.parse({ kind: 'day_of_month', days: [1, 15] });
 * ```
 */
export const DayOfMonthRuleSchema = z.strictObject({
  kind: z.literal('day_of_month'),
  days: z
    .array(z.int().check(z.refine(isMonthDay, MONTH_DAY_MESSAGE)))
    .check(z.minLength(1), z.refine(allDistinct, repeated('day'))),
  months: z.optional(MonthsSchema),
});

/**
 * Every `interval` weeks on the given weekdays: "every Tuesday", "every other
 * Tuesday", "every 3 weeks on Monday and Thursday". Weeks start on Monday and
 * are counted from the week of the series' start date (RFC 5545 with
 * `WKST=MO`).
 *
 * @example
 * ```ts
 * import { WeeklyRuleSchema } from 'balint-rules/recurrence';
 *
 * WeeklyRuleSchema.parse({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 });
 * ```
 */
export const WeeklyRuleSchema = z.strictObject({
  kind: z.literal('weekly'),
  weekdays: z.array(WeekdaySchema).check(z.minLength(1), z.refine(allDistinct, repeated('weekday'))),
  interval: z._default(z.int().check(z.minimum(1), z.maximum(MAX_WEEK_INTERVAL)), 1),
});

/**
 * An explicit list of dates, for series with no pattern (the ABS's diversity
 * discussions: March 12, June 11, September 10 and December 10, 2026).
 *
 * @example
 * ```ts
 * import { DatesRuleSchema } from 'balint-rules/recurrence';
 *
 * DatesRuleSchema.parse({ kind: 'dates', dates: ['2026-03-12', '2026-06-11'] });
 * ```
 */
export const DatesRuleSchema = z.strictObject({
  kind: z.literal('dates'),
  dates: z.array(LocalDateSchema).check(z.minLength(1), z.refine(allDistinct, repeated('date'))),
});

/**
 * A recurrence rule: which calendar dates a series meets on. Time of day and
 * zone belong to the schedule, not the rule. A rule is plain JSON, so it can
 * be stored in a database and shown in docs.
 *
 * @example
 * ```ts
 * import { RecurrenceRuleSchema } from 'balint-rules/recurrence';
 *
 * RecurrenceRuleSchema.parse({ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] });
 * ```
 */
export const RecurrenceRuleSchema = z.discriminatedUnion('kind', [
  NthWeekdayRuleSchema,
  DayOfMonthRuleSchema,
  WeeklyRuleSchema,
  DatesRuleSchema,
]);

/**
 * A month number, 1-12.
 *
 * @example
 * ```ts
 * import type { Month } from 'balint-rules/recurrence';
 *
 * const november: Month = 11;
 * ```
 */
export type Month = number;
/**
 * 1..5 or -1..-5 (from the end).
 *
 * @example
 * ```ts
 * import type { Ordinal } from 'balint-rules/recurrence';
 *
 * const last: Ordinal = -1;
 * ```
 */
export type Ordinal = number;
/**
 * Monthly on the nth weekday, see {@link NthWeekdayRuleSchema}.
 *
 * @example
 * ```ts
 * import type { NthWeekdayRule } from 'balint-rules/recurrence';
 *
 * // The drop-in series: "the 4th Thursday of odd months".
 * const dropIn: NthWeekdayRule = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] };
 * ```
 */
export type NthWeekdayRule = z.output<typeof NthWeekdayRuleSchema>;
/**
 * A day of the month, see {@link DayOfMonthRuleSchema}.
 *
 * @example
 * ```ts
 * import type { DayOfMonthRule } from 'balint-rules/recurrence';
 *
 * const firstAndFifteenth: DayOfMonthRule = { kind: 'day_of_month', days: [1, 15] };
 * ```
 */
export type DayOfMonthRule = z.output<typeof DayOfMonthRuleSchema>;
/**
 * Every N weeks, see {@link WeeklyRuleSchema}.
 *
 * @example
 * ```ts
 * import type { WeeklyRule } from 'balint-rules/recurrence';
 *
 * const everyOtherTuesday: WeeklyRule = { kind: 'weekly', weekdays: ['tuesday'], interval: 2 };
 * ```
 */
export type WeeklyRule = z.output<typeof WeeklyRuleSchema>;
/**
 * An explicit list of dates, see {@link DatesRuleSchema}.
 *
 * @example
 * ```ts
 * import type { DatesRule } from 'balint-rules/recurrence';
 *
 * // The diversity discussions of 2026.
 * const discussions: DatesRule = { kind: 'dates', dates: ['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10'] };
 * ```
 */
export type DatesRule = z.output<typeof DatesRuleSchema>;
/**
 * A validated, canonical recurrence rule.
 *
 * @example
 * ```ts
 * import type { RecurrenceRule } from 'balint-rules/recurrence';
 *
 * const rule: RecurrenceRule = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] };
 * ```
 */
export type RecurrenceRule = z.output<typeof RecurrenceRuleSchema>;
/**
 * A recurrence rule as accepted on input (`interval` may be omitted; arrays may be read-only).
 *
 * @example
 * ```ts
 * import type { RecurrenceRuleInput } from 'balint-rules/recurrence';
 *
 * const rule: RecurrenceRuleInput = { kind: 'weekly', weekdays: ['tuesday'] }; // interval defaults to 1
 * ```
 */
export type RecurrenceRuleInput = DeepReadonly<z.input<typeof RecurrenceRuleSchema>>;
