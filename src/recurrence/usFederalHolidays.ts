/* The US federal holiday calendar as data (no zod here, so it costs only its own bytes). */
import type { Holiday, HolidayCalendar } from './holidays.js';

const nth = (month: number, weekday: 'monday' | 'thursday', ordinal: number): Holiday['rule'] => ({
  kind: 'nth_weekday',
  weekday,
  ordinals: [ordinal],
  months: [month],
});
const fixed = (month: number, day: number): Holiday['rule'] => ({ kind: 'day_of_month', days: [day], months: [month] });

/**
 * The eleven US federal holidays (5 U.S.C. 6103) as recurrence rules, with
 * weekend observance for the fixed-date ones. Thanksgiving is "the fourth
 * Thursday of November": the ABS's drop-in series on the 4th Thursday of odd
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
