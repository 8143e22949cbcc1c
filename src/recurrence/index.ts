/**
 * Recurrence rules: which calendar dates a series meets on. Parse them from
 * English, write them back as English or RFC 5545 RRULE text, and list their
 * dates.
 *
 * @module recurrence
 */
export {
  WEEKDAYS,
  WeekdaySchema,
  OrdinalSchema,
  MonthSchema,
  NthWeekdayRuleSchema,
  DayOfMonthRuleSchema,
  WeeklyRuleSchema,
  DatesRuleSchema,
  RecurrenceRuleSchema,
  type Weekday,
  type Month,
  type Ordinal,
  type NthWeekdayRule,
  type DayOfMonthRule,
  type WeeklyRule,
  type DatesRule,
  type RecurrenceRule,
  type RecurrenceRuleInput,
} from './schema.js';
export { normalizeRecurrence } from './normalize.js';
export { occurrences, occurrenceDetails, type Occurrence, type SkippedOccurrence } from './occurrences.js';
export { OccurrencesOptionsSchema, type OccurrencesOptions } from './occurrencesOptions.js';
export {
  NextOccurrencesOptionsSchema,
  OccurrencesBetweenOptionsSchema,
  nextOccurrences,
  occurrencesBetween,
  type NextOccurrencesOptions,
  type OccurrencesBetweenOptions,
} from './occurrenceQueries.js';
export { ExceptionsSchema, HolidayPolicySchema, type Exceptions, type HolidayPolicy } from './exceptions.js';
export {
  HolidaySchema,
  HolidayCalendarSchema,
  holidaysBetween,
  type Holiday,
  type HolidayCalendar,
} from './holidays.js';
export type { HolidayDate } from '../_lib/recurrence/holidayDates.js';
export { US_FEDERAL_HOLIDAYS } from './usFederalHolidays.js';
export { toRRule } from './toRRule.js';
export { fromRRule, RRuleTextSchema } from './fromRRule.js';
export { parseRecurrence, RecurrenceTextSchema } from './parseRecurrence.js';
export { formatRecurrence } from './formatRecurrence.js';
