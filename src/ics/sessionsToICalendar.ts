import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { CalendarSessionsSchema, ICalendarOptionsSchema, type CalendarSessionInput, type ICalendarOptions } from './schema.js';
import { contentHash } from './_uid.js';
import { writeCalendar, type EventSpec } from './_write.js';

/**
 * Exported sessions: the iCalendar text and the UIDs of its events, in the order of the sessions.
 *
 * @example
 * ```ts
 * import { sessionsToICalendar, type SessionsCalendar } from 'balint-rules/ics';
 *
 * const calendar: SessionsCalendar = sessionsToICalendar(
 *   [{ start: '2026-03-13T00:00:00Z', end: '2026-03-13T01:00:00Z', timeZone: 'America/New_York' }],
 *   { dtstamp: '2025-12-01T12:00:00Z' },
 * );
 * calendar.uids.length;
 * //=> 1
 * ```
 */
export interface SessionsCalendar {
  /** The VCALENDAR text: CRLF line ends, lines folded at 75 octets. */
  readonly ics: string;
  /** One UID per session, `<hash>-<position>@<uidDomain>`, in the order of the sessions. */
  readonly uids: readonly string[];
}

/**
 * Exports sessions as an RFC 5545 iCalendar with one VEVENT per session.
 * A session with a `timeZone` gets DTSTART and DTEND as wall times with TZID
 * and the calendar a VTIMEZONE for that zone (generated from the runtime's
 * zone data for the years its sessions span); a session without one, or an
 * instant whose wall time occurs twice in its zone, is written in UTC.
 * UIDs are `<hash>-<position>@<uidDomain>` (position from 1), the hash
 * being 64-bit FNV-1a of the canonical JSON of the sessions' instants and
 * zones: the same list always gets the same UIDs, and lists that differ get
 * different ones, so the sessions of several series can go in one calendar.
 * An empty list gives a calendar without events.
 *
 * @param sessions - the sessions, e.g. from `planSessions`, or several series' sessions together.
 * @param options - `dtstamp` (required) and the texts, see `ICalendarOptionsSchema`.
 * @returns the text and the UIDs.
 * @throws {ValidationError} if a session or the options are not valid.
 *
 * @example
 * ```ts
 * import { sessionsToICalendar } from 'balint-rules/ics';
 * import { planSessions } from 'balint-rules/schedule';
 *
 * // The Diversity Committee's discussions: four Thursdays, 8:00-9:00 pm Eastern.
 * const sessions = planSessions({ recurrence: { kind: 'dates', dates: ['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10'] },
 *   from: '2026-01-01', startTime: '20:00', timeZone: 'America/New_York', durationMinutes: 60 });
 * const { ics } = sessionsToICalendar(sessions, { dtstamp: '2026-01-05T09:00:00Z', summary: 'Diversity discussion' });
 * const starts = ics.split('\r\n').filter((line) => line.startsWith('DTSTART;'));
 * starts.length;
 * //=> 4
 * starts[0];
 * //=> 'DTSTART;TZID=America/New_York:20260312T200000'
 * ```
 */
export function sessionsToICalendar(sessions: readonly CalendarSessionInput[], options: ICalendarOptions): SessionsCalendar {
  const settings = validate(ICalendarOptionsSchema, options, 'calendar options');
  const list = validate(CalendarSessionsSchema, sessions, 'sessions');
  const timed = list.map((s) => ({
    start: instantToEpochMs(s.start),
    end: instantToEpochMs(s.end),
    timeZone: s.timeZone,
  }));
  const hash = contentHash(timed);
  const events = timed.map(
    (s, i): EventSpec => ({ uid: `${hash}-${i + 1}@${settings.uidDomain}`, zone: s.timeZone, start: s.start, end: s.end }),
  );
  return { ics: writeCalendar(events, settings, instantToEpochMs(settings.dtstamp)), uids: events.map((e) => e.uid) };
}
