/**
 * iCalendar export: a series or a list of sessions as an RFC 5545 VCALENDAR
 * that calendar apps import and expand to exactly the planned sessions:
 * one recurring VEVENT when the series is one RRULE, one VEVENT per session
 * otherwise, with generated VTIMEZONEs, stable UIDs, escaped text and lines
 * folded at 75 octets.
 *
 * @module ics
 */
export {
  ICalendarOptionsSchema,
  CalendarTextSchema,
  CalendarUriSchema,
  UidDomainSchema,
  CalendarSessionSchema,
  CalendarSessionsSchema,
  type ICalendarOptions,
  type ICalendarSettings,
  type CalendarSessionInput,
  type CalendarSession,
} from './schema.js';
export type { CalendarLayoutReason, RRuleExactReason, PerSessionReason } from './reasons.js';
export { seriesToICalendar, type SeriesCalendar } from './seriesToICalendar.js';
export { sessionsToICalendar, type SessionsCalendar } from './sessionsToICalendar.js';
