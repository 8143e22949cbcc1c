import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { civilFromDays, daysFromCivil, formatDays, isoWeekday, parseDays } from '../_lib/civil.js';
import { validate } from '../_lib/validate.js';
import { LocalDateSchema } from '../common/schemas.js';
import { ruleDays } from './_generate.js';
import { canonical } from './normalize.js';
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
 *   rule: { kind: 'nthWeekday', weekday: 'thursday', ordinals: [4], months: [11] } });
 * ```
 */
export const HolidaySchema = z.object({
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
export const HolidayCalendarSchema = z.object({
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
 * const thanksgiving: Holiday = { name: 'Thanksgiving Day', rule: { kind: 'nthWeekday', weekday: 'thursday', ordinals: [4], months: [11] } };
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
 *   holidays: [{ name: 'New Year\'s Day', rule: { kind: 'dayOfMonth', days: [1], months: [1] }, observed: 'weekend_to_weekday' }],
 * };
 * ```
 */
export type HolidayCalendar = z.output<typeof HolidayCalendarSchema>;

/**
 * A holiday falling on a date: the actual date, or the weekday it is observed on.
 *
 * @example
 * ```ts
 * import type { HolidayDate } from 'balint-rules/recurrence';
 *
 * const thanksgiving: HolidayDate = { date: '2026-11-26', name: 'Thanksgiving Day', observed: false };
 * ```
 */
export interface HolidayDate {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The holiday's name. */
  readonly name: string;
  /** Whether this is the observed weekday rather than the actual date. */
  readonly observed: boolean;
}

const nth = (month: number, weekday: 'monday' | 'thursday', ordinal: number): Holiday['rule'] => ({
  kind: 'nthWeekday',
  weekday,
  ordinals: [ordinal],
  months: [month],
});
const fixed = (month: number, day: number): Holiday['rule'] => ({ kind: 'dayOfMonth', days: [day], months: [month] });

/**
 * The eleven US federal holidays (5 U.S.C. 6103) as recurrence rules, with
 * weekend observance for the fixed-date ones. Thanksgiving is "the fourth
 * Thursday of November": the seeds' drop-in series on the 4th Thursday of odd
 * months falls on it in November 2026.
 *
 * @example
 * ```ts
 * import { US_FEDERAL_HOLIDAYS, holidaysBetween } from 'balint-rules/recurrence';
 *
 * holidaysBetween(US_FEDERAL_HOLIDAYS, '2026-11-01', '2026-11-30').map((h) => h.date);
 * //=> ['2026-11-11', '2026-11-26']
 * ```
 */
export const US_FEDERAL_HOLIDAYS: HolidayCalendar = {
  name: 'US federal holidays',
  holidays: [
    { name: "New Year's Day", rule: fixed(1, 1), observed: 'weekend_to_weekday' },
    { name: 'Birthday of Martin Luther King, Jr.', rule: nth(1, 'monday', 3), sinceYear: 1986 },
    { name: "Washington's Birthday", rule: nth(2, 'monday', 3), sinceYear: 1971 },
    { name: 'Memorial Day', rule: nth(5, 'monday', -1), sinceYear: 1971 },
    { name: 'Juneteenth National Independence Day', rule: fixed(6, 19), observed: 'weekend_to_weekday', sinceYear: 2021 },
    { name: 'Independence Day', rule: fixed(7, 4), observed: 'weekend_to_weekday' },
    { name: 'Labor Day', rule: nth(9, 'monday', 1) },
    { name: 'Columbus Day', rule: nth(10, 'monday', 2), sinceYear: 1971 },
    { name: 'Veterans Day', rule: fixed(11, 11), observed: 'weekend_to_weekday' },
    { name: 'Thanksgiving Day', rule: nth(11, 'thursday', 4), sinceYear: 1942 },
    { name: 'Christmas Day', rule: fixed(12, 25), observed: 'weekend_to_weekday' },
  ],
};

/**
 * Holiday dates by day number for a validated calendar, for every year the
 * two day numbers span. Callers widen their window by a day on each side so
 * observances that cross a year boundary (January 1 on a Saturday is observed
 * on December 31) are found.
 */
export function holidayIndex(calendar: HolidayCalendar, fromDays: number, untilDays: number): Map<number, HolidayDate> {
  const index = new Map<number, HolidayDate>();
  const firstYear = civilFromDays(fromDays).year;
  const lastYear = civilFromDays(untilDays).year;
  for (const holiday of calendar.holidays) {
    const rule = canonical(holiday.rule);
    const since = Math.max(firstYear, holiday.sinceYear ?? 1);
    const until = Math.min(lastYear, holiday.untilYear ?? 9999);
    if (since > until) continue;
    for (const day of ruleDays(rule, daysFromCivil(since, 1, 1), daysFromCivil(until, 12, 31))) {
      if (!index.has(day)) index.set(day, { date: formatDays(day), name: holiday.name, observed: false });
      if (holiday.observed === 'weekend_to_weekday') {
        const weekday = isoWeekday(day);
        const shifted = weekday === 6 ? day - 1 : weekday === 7 ? day + 1 : day;
        if (shifted !== day && !index.has(shifted)) {
          index.set(shifted, { date: formatDays(shifted), name: holiday.name, observed: true });
        }
      }
    }
  }
  return index;
}

const BetweenSchema = z.object({ calendar: HolidayCalendarSchema, from: LocalDateSchema, until: LocalDateSchema });

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
  if (untilDays < fromDays) return [];
  const index = holidayIndex(input.calendar, fromDays - 1, untilDays + 1);
  return [...index.entries()]
    .filter(([day]) => day >= fromDays && day <= untilDays)
    .sort(([a], [b]) => a - b)
    .map(([, holiday]) => holiday);
}
