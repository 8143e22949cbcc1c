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
