/**
 * Decides whether a planned series is exactly one recurring VEVENT, and if
 * so builds it:
 *
 * - DTSTART is the first rule date on or after `from`, at the series' time
 *   (RFC 5545 wants DTSTART to be an occurrence of the rule); the RRULE is the
 *   rule's pattern with UNTIL a little after the last rule occurrence the
 *   plan uses (the library counts after exceptions, so COUNT would be
 *   wrong). UNTIL at the last occurrence itself is correct RFC 5545, but
 *   common readers (ical.js, python's recurring-ical-events, ical4j) compare
 *   it using the first occurrence's UTC offset, and drop the last session of
 *   a series that starts in winter time and ends in summer time; the margin
 *   (half the time to the rule's next occurrence, at most 12 hours) is more
 *   than any offset change and still before that next occurrence.
 * - Every session "claims" the rule occurrence it stands for: a rule session
 *   its own date, a moved or holiday-shifted session the date it came from.
 *   Other sessions (added dates, moves from non-rule dates) are RDATEs.
 * - Unclaimed rule occurrences up to UNTIL are EXDATEs (skipped, holiday,
 *   or displaced by a session moved onto their date).
 * - A claimed occurrence whose session starts elsewhere, lasts another
 *   length, or spans a UTC-offset change (readers disagree on whether a
 *   recurring event's duration is elapsed or wall-clock time) gets an
 *   override VEVENT with RECURRENCE-ID and explicit DTSTART/DTEND.
 *
 * It is not exact, and the caller writes one VEVENT per session, when the
 * rule is a list of dates or a pattern readers expand wrongly (see
 * `_pattern.ts`), when a rule occurrence falls at a wall time that a
 * daylight-saving change skips or repeats (readers place those differently:
 * RFC 5545 drops skipped ones, others move them), when an added session would
 * come before DTSTART, or when two sessions would be the same occurrence.
 */
import { formatDays, parseDays, parseWallMinutes } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import type { DeepReadonly } from '../_lib/types.js';
import { instantToWall, wallToInstant } from '../_lib/zone.js';
import { ruleDays } from '../_lib/recurrence/ruleDates.js';
import type { SeriesPlan, Session } from '../schedule/planSeries.js';
import type { Series } from '../schedule/schema.js';
import {
  addedBeforeStart,
  dstTransition,
  instanceConflict,
  noRuleInstance,
  noSessions,
  rruleExact,
  type PerSessionReason,
  type RRuleExactReason,
} from './reasons.js';
import { rrulePattern } from './_pattern.js';
import { formatUtcDateTime } from './_time.js';

const DAY_MS = 86_400_000;

/** The recurring event: the master's times and lists, its overrides, and why it is exact. */
export interface RecurringLayout {
  readonly kind: 'recurring';
  readonly start: number;
  readonly end: number;
  readonly rrule: string;
  readonly rdates: readonly number[];
  readonly exdates: readonly number[];
  readonly overrides: readonly { readonly recurrenceId: number; readonly start: number; readonly end: number }[];
  /** The first and last instants the expansion reaches. */
  readonly reaches: readonly number[];
  readonly reason: RRuleExactReason;
}

/** One VEVENT per session, and why. */
export interface PerSessionLayout {
  readonly kind: 'per_session';
  readonly reasons: readonly PerSessionReason[];
}

interface Timed {
  readonly session: Session;
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a reader that adds the duration to the wall-clock start (as some
 * do, e.g. ical.js) lands on the same end instant as elapsed time does.
 */
function wallClockEndAgrees(start: number, durationMs: number, zone: string): boolean {
  const wall = instantToWall(start, zone);
  const endWall = wall.days * DAY_MS + wall.msOfDay + durationMs;
  const days = Math.floor(endWall / DAY_MS);
  const conversion = wallToInstant(days, (endWall - days * DAY_MS) / 60_000, zone);
  return conversion.kind === 'exact' && conversion.earlier === start + durationMs;
}

/** Chooses the layout of a validated series and its plan. */
export function layoutSeries(series: DeepReadonly<Series>, plan: SeriesPlan): RecurringLayout | PerSessionLayout {
  const perSession = (reasons: PerSessionReason[]): PerSessionLayout => ({ kind: 'per_session', reasons });
  const sessions: Timed[] = plan.sessions.map((session) => ({
    session,
    start: instantToEpochMs(session.start),
    end: instantToEpochMs(session.end),
  }));
  const last = sessions.at(-1);
  if (last === undefined) return perSession([noSessions()]);
  const pattern = rrulePattern(plan.rule);
  if ('reason' in pattern) return perSession([pattern.reason]);

  const zone = series.timeZone;
  const minutes = parseWallMinutes(series.startTime);
  const occurrence = (day: number) => wallToInstant(day, minutes, zone);
  const ruleDayList = [...ruleDays(plan.rule, parseDays(series.from), parseDays(last.session.date))];
  const ruleSet = new Set(ruleDayList);
  const reasons: PerSessionReason[] = [];

  const claims = new Map<number, Timed>();
  const claim = (day: number, timed: Timed): void => {
    if (claims.has(day)) reasons.push(instanceConflict(formatDays(day)));
    else claims.set(day, timed);
  };
  const loose: Timed[] = [];
  for (const timed of sessions) {
    const { origin, originalDate } = timed.session;
    if (origin === 'rule') claim(parseDays(timed.session.date), timed);
    else if (originalDate !== undefined && ruleSet.has(parseDays(originalDate))) claim(parseDays(originalDate), timed);
    else loose.push(timed);
  }
  const rdates: Timed[] = [];
  for (const timed of loose) {
    const day = parseDays(timed.session.date);
    // A session exactly at a rule occurrence (an added date that is also a rule date) is that occurrence.
    if (ruleSet.has(day) && occurrence(day).kind === 'exact' && occurrence(day).earlier === timed.start) claim(day, timed);
    else rdates.push(timed);
  }
  if (claims.size === 0) reasons.push(noRuleInstance());
  if (reasons.length > 0) return perSession(reasons);

  const lastClaim = [...claims.keys()].reduce((a, b) => Math.max(a, b));
  const used = ruleDayList.filter((day) => day <= lastClaim);
  for (const day of used) {
    const kind = occurrence(day).kind;
    if (kind !== 'exact') reasons.push(dstTransition(formatDays(day), series.startTime, zone, kind));
  }
  if (reasons.length > 0) return perSession(reasons);

  const firstDay = used[0] as number;
  const dtstart = occurrence(firstDay).earlier;
  for (const timed of rdates) if (timed.start < dtstart) reasons.push(addedBeforeStart(timed.session.date));
  // Occurrences are told apart by their start: two at one instant (a zone that skipped a whole day) cannot both be.
  const seen = new Set<number>();
  for (const start of [...used.map((day) => occurrence(day).earlier), ...rdates.map((t) => t.start)]) {
    if (seen.has(start)) reasons.push(instanceConflict(formatDays(instantToWall(start, zone).days)));
    seen.add(start);
  }
  if (reasons.length > 0) return perSession(reasons);

  const duration = series.durationMinutes * 60_000;
  const needsOverride = (id: number, timed: Timed): boolean =>
    timed.start !== id || timed.end - timed.start !== duration || !wallClockEndAgrees(timed.start, duration, zone);
  const overrides: { recurrenceId: number; start: number; end: number; date: string }[] = [];
  for (const day of used) {
    const timed = claims.get(day);
    const id = occurrence(day).earlier;
    if (timed !== undefined && needsOverride(id, timed)) overrides.push({ recurrenceId: id, start: timed.start, end: timed.end, date: formatDays(day) });
  }
  for (const timed of rdates) {
    if (needsOverride(timed.start, timed)) overrides.push({ recurrenceId: timed.start, start: timed.start, end: timed.end, date: timed.session.date });
  }
  overrides.sort((a, b) => a.recurrenceId - b.recurrenceId);
  const excluded = used.filter((day) => !claims.has(day));
  const lastMs = occurrence(lastClaim).earlier;
  const rrule = `${pattern.rrule};UNTIL=${formatUtcDateTime(untilAfter(lastMs, plan.rule, lastClaim, parseDays(series.from), occurrence))}`;
  return {
    kind: 'recurring',
    start: dtstart,
    end: dtstart + duration,
    rrule,
    rdates: rdates.map((t) => t.start),
    exdates: excluded.map((day) => occurrence(day).earlier),
    overrides: overrides.map(({ recurrenceId, start, end }) => ({ recurrenceId, start, end })),
    reaches: [
      sessions.reduce((min, t) => Math.min(min, t.start), dtstart),
      sessions.reduce((max, t) => Math.max(max, t.end), lastMs + duration),
    ],
    reason: rruleExact(
      sessions.length,
      rrule,
      excluded.map(formatDays),
      rdates.map((t) => t.session.date),
      overrides.map((o) => o.date),
    ),
  };
}


const UNTIL_MARGIN_MS = 12 * 3_600_000;

/**
 * UNTIL for a series whose last used occurrence starts at `lastMs` (on day
 * `lastDay`; weekly intervals counted from `anchorDay`): half-way to the rule's next occurrence, at most 12 hours later,
 * in whole seconds, so a reader that is off by a UTC-offset change still
 * includes the last occurrence and never reaches the next.
 */
function untilAfter(
  lastMs: number,
  rule: SeriesPlan['rule'],
  lastDay: number,
  anchorDay: number,
  occurrence: (day: number) => { readonly earlier: number },
): number {
  let margin = UNTIL_MARGIN_MS;
  for (const day of ruleDays(rule, lastDay + 1, lastDay + 400, anchorDay)) {
    margin = Math.min(margin, Math.floor((occurrence(day).earlier - lastMs) / 2));
    break;
  }
  return Math.floor((lastMs + margin) / 1000) * 1000;
}
