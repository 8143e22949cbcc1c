/* Holiday dates by day number, for a validated holiday calendar. */
import { civilFromDays, daysFromCivil, formatDays, isoWeekday } from '../civil.js';
import { ruleDays } from './ruleDates.js';
import type { HolidayCalendar } from '../../recurrence/holidays.js';

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
    const since = Math.max(firstYear, holiday.sinceYear ?? 1);
    const until = Math.min(lastYear, holiday.untilYear ?? 9999);
    for (const day of ruleDays(holiday.rule, daysFromCivil(since, 1, 1), daysFromCivil(until, 12, 31))) {
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
