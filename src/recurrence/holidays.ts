import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { untilNotBeforeFrom } from '../_lib/recurrence/dateRange.js';
import { parseDays } from '../_lib/civil.js';
import { validate } from '../_lib/validate.js';
import { LocalDateSchema } from '../common/schemas.js';
import { holidayIndex, type HolidayDate } from '../_lib/recurrence/holidayDates.js';
import { DayOfMonthRuleSchema, NthWeekdayRuleSchema } from './schema.js';

/**
 * One holiday: a name and the rule that gives its date each year (itself a
 * recurrence rule restricted to its month), with an optional observance rule
 * and the years it applies.
 *
 * @example
 * ```ts
 * import { HolidaySchema } from 'balint-rules/recurrence';
 *
 * HolidaySchema.parse({ name: 'Thanksgiving Day',
 *   rule: { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11] } });
 * ```
 */
export const HolidaySchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  rule: z.discriminatedUnion('kind', [NthWeekdayRuleSchema, DayOfMonthRuleSchema]),
  /**
   * `weekend_to_weekday`: when the date falls on a Saturday the holiday is
   * also observed on the Friday before, on a Sunday the Monday after (US
   * federal practice, 5 U.S.C. 6103(b)). Default `none`.
   */
  observed: z.optional(z.enum(['none', 'weekend_to_weekday'])),
  /** First year the holiday applies (e.g. Juneteenth: 2021). */
  sinceYear: z.optional(z.int().check(z.minimum(1), z.maximum(9999))),
  /** Last year the holiday applies. */
  untilYear: z.optional(z.int().check(z.minimum(1), z.maximum(9999))),
});

/**
 * A named list of holidays, each defined by a recurrence rule.
 *
 * @example
 * ```ts
 * import { HolidayCalendarSchema, US_FEDERAL_HOLIDAYS } from 'balint-rules/recurrence';
 *
 * HolidayCalendarSchema.parse(US_FEDERAL_HOLIDAYS).holidays.length;
 * //=> 11
 * ```
 */
export const HolidayCalendarSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  holidays: z.array(HolidaySchema),
});

/**
 * A holiday definition, see {@link HolidaySchema}.
 *
 * @example
 * ```ts
 * import type { Holiday } from 'balint-rules/recurrence';
 *
 * const thanksgiving: Holiday = { name: 'Thanksgiving Day', rule: { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11] } };
 * ```
 */
export type Holiday = z.output<typeof HolidaySchema>;
/**
 * A holiday calendar, see {@link HolidayCalendarSchema}.
 *
 * @example
 * ```ts
 * import type { HolidayCalendar } from 'balint-rules/recurrence';
 *
 * const closures: HolidayCalendar = {
 *   name: 'Office closures',
 *   holidays: [{ name: 'New Year\'s Day', rule: { kind: 'day_of_month', days: [1], months: [1] }, observed: 'weekend_to_weekday' }],
 * };
 * ```
 */
export type HolidayCalendar = z.output<typeof HolidayCalendarSchema>;


const BetweenSchema = z
  .strictObject({ calendar: HolidayCalendarSchema, from: LocalDateSchema, until: LocalDateSchema })
  .check(untilNotBeforeFrom);

/**
 * The holidays of a calendar between two dates (inclusive), actual and
 * observed, sorted by date.
 *
 * @example
 * ```ts
 * import { US_FEDERAL_HOLIDAYS, holidaysBetween } from 'balint-rules/recurrence';
 *
 * holidaysBetween(US_FEDERAL_HOLIDAYS, '2026-07-01', '2026-07-31');
 * //=> [{ date: '2026-07-03', name: 'Independence Day', observed: true },
 * //    { date: '2026-07-04', name: 'Independence Day', observed: false }]
 * ```
 */
export function holidaysBetween(calendar: DeepReadonly<HolidayCalendar>, from: string, until: string): HolidayDate[] {
  const input = validate(BetweenSchema, { calendar, from, until }, 'holiday query');
  const fromDays = parseDays(input.from);
  const untilDays = parseDays(input.until);
  const index = holidayIndex(input.calendar, fromDays - 1, untilDays + 1);
  return [...index.entries()]
    .filter(([day]) => day >= fromDays && day <= untilDays)
    .sort(([a], [b]) => a - b)
    .map(([, holiday]) => holiday);
}
