import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { compileSeries, type CompiledSeries } from '../schedule/compileSeries.js';
import { planSeries } from '../schedule/planSeries.js';
import type { SeriesInput } from '../schedule/schema.js';
import type { CalendarLayoutReason } from './reasons.js';
import { ICalendarOptionsSchema, type ICalendarOptions } from './schema.js';
import { layoutSeries } from './_recurring.js';
import { contentHash } from './_uid.js';
import { writeCalendar, type EventSpec } from './_write.js';

/**
 * An exported series: the iCalendar text, how it is laid out and why, and the UIDs it uses.
 *
 * @example
 * ```ts
 * import { seriesToICalendar, type SeriesCalendar } from 'balint-rules/ics';
 *
 * const calendar: SeriesCalendar = seriesToICalendar(
 *   { recurrence: 'second Saturday', from: '2026-01-01', count: 8, startTime: '11:00',
 *     timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 },
 *   { dtstamp: '2025-12-01T12:00:00Z' },
 * );
 * [calendar.layout, calendar.uids.length];
 * //=> ['recurring', 1]
 * ```
 */
export interface SeriesCalendar {
  /** The VCALENDAR text: CRLF line ends, lines folded at 75 octets. */
  readonly ics: string;
  /** `recurring`: one VEVENT with RRULE (and overrides sharing its UID); `per_session`: one VEVENT per session. */
  readonly layout: 'recurring' | 'per_session';
  /** The UID of the recurring event, or the UIDs of the session events in session order. */
  readonly uids: readonly string[];
  /** Why this layout: `rrule_exact` for a recurring event, otherwise everything that prevented one. */
  readonly reasons: readonly CalendarLayoutReason[];
}

/**
 * Exports a series as an RFC 5545 iCalendar (VCALENDAR) that expands, in any
 * reader, to exactly the sessions `planSessions` gives.
 *
 * When the series is one rule, it becomes one VEVENT: DTSTART with TZID at
 * the first rule date, the RRULE with UNTIL (UTC) a little after the last
 * rule occurrence used (half-way to the rule's next occurrence, at most 12
 * hours, so readers that compare UNTIL in the first occurrence's UTC offset
 * keep the last session of a series that crosses a daylight-saving change), EXDATE for rule dates without a session, RDATE for added dates, and
 * override VEVENTs (same UID, RECURRENCE-ID of the original occurrence) for
 * moved and holiday-shifted sessions and for a first session of another
 * length. That keeps the series one event in calendar apps ("edit all
 * sessions" works), which readers handle better than splitting it.
 *
 * When that cannot be exact, each session becomes its own VEVENT and
 * `reasons` says why: a list of dates (`dates_rule`), a rule occurrence at a
 * wall time a daylight-saving change skips or repeats (`dst_transition`:
 * readers place those differently), an added session before the first rule
 * date, or two sessions that would be the same occurrence.
 *
 * Times are written as wall times with TZID plus a VTIMEZONE generated from
 * the runtime's zone data for the years the series spans (or in UTC, for an
 * instant whose wall time occurs twice). UIDs are `<hash>@<uidDomain>` (per
 * session: `<hash>-<index>@<uidDomain>`), the hash being 64-bit FNV-1a of the
 * series' canonical JSON: the same series always gets the same UIDs, and
 * changing it changes them. The summary defaults to the series' `name`.
 *
 * @param series - the series, as `planSeries` takes it (a series from `compileSeries` is not validated again).
 * @param options - `dtstamp` (required) and the texts, see `ICalendarOptionsSchema`.
 * @returns the text, its layout, the UIDs and the reasons.
 * @throws {ValidationError} if the series or the options are not valid.
 * @throws {TimeZoneTransitionError} for a series with `dst: 'reject'` that meets at a skipped or repeated time.
 *
 * @example
 * ```ts
 * import { seriesToICalendar } from 'balint-rules/ics';
 *
 * const calendar = seriesToICalendar(
 *   { name: 'Online Balint group', recurrence: 'second Saturday', from: '2026-01-01', count: 8,
 *     startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60, firstSessionMinutes: 90 },
 *   { dtstamp: '2025-12-01T12:00:00Z', uidDomain: 'americanbalintsociety.org' },
 * );
 * calendar.layout;
 * //=> 'recurring'
 * calendar.reasons[0]?.code;
 * //=> 'rrule_exact'
 * const lines = calendar.ics.split('\r\n');
 * lines.find((line) => line.startsWith('RRULE:'));
 * //=> 'RRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260809T030000Z'
 * lines.filter((line) => line.startsWith('RECURRENCE-ID') || line.startsWith('DTEND'));
 * //=> ['DTEND;TZID=America/New_York:20260110T120000', 'RECURRENCE-ID;TZID=America/New_York:20260110T110000', 'DTEND;TZID=America/New_York:20260110T123000']
 * ```
 */
export function seriesToICalendar(series: SeriesInput | CompiledSeries, options: ICalendarOptions): SeriesCalendar {
  const settings = validate(ICalendarOptionsSchema, options, 'calendar options');
  // A compiled series is recognised by identity and not validated again; compiling an ordinary one validates it once.
  const input = compileSeries(series);
  const plan = planSeries(input);
  const hash = contentHash({ ...input, recurrence: plan.rule });
  const domain = settings.uidDomain;
  const texts = { ...settings, summary: settings.summary ?? input.name };
  const dtstamp = instantToEpochMs(settings.dtstamp);
  const layout = layoutSeries(input, plan);
  if (layout.kind === 'recurring') {
    const uid = `${hash}@${domain}`;
    const zone = input.timeZone;
    const events: EventSpec[] = [
      { uid, zone, start: layout.start, end: layout.end, rrule: layout.rrule, rdates: layout.rdates, exdates: layout.exdates, reaches: layout.reaches },
      ...layout.overrides.map((o): EventSpec => ({ uid, zone, recurrenceId: o.recurrenceId, start: o.start, end: o.end })),
    ];
    return { ics: writeCalendar(events, texts, dtstamp), layout: 'recurring', uids: [uid], reasons: [layout.reason] };
  }
  const events = plan.sessions.map(
    (session): EventSpec => ({
      uid: `${hash}-${session.index}@${domain}`,
      zone: session.timeZone,
      start: instantToEpochMs(session.start),
      end: instantToEpochMs(session.end),
    }),
  );
  return { ics: writeCalendar(events, texts, dtstamp), layout: 'per_session', uids: events.map((e) => e.uid), reasons: layout.reasons };
}
