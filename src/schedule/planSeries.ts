import { expand, type Occurrence, type SkippedOccurrence } from '../_lib/recurrence/expandOccurrences.js';
import { sessionPlanner } from './_sessions.js';
import type { RecurrenceRule } from '../recurrence/schema.js';
import { readSeries } from './_compiledSeries.js';
import type { CompiledSeries } from './compileSeries.js';
import type { SeriesInput } from './schema.js';

/**
 * One planned session of a series.
 *
 * @example
 * ```ts
 * import type { Session } from 'balint-rules/schedule';
 *
 * const first: Session = { index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00.000Z', end: '2026-01-10T17:30:00.000Z',
 *   durationMinutes: 90, startTime: '11:00', timeZone: 'America/New_York', origin: 'rule' };
 * ```
 */
export interface Session {
  /** 1-based position in the series. */
  readonly index: number;
  /** Local date in the series' zone, `YYYY-MM-DD`. */
  readonly date: string;
  /** Start instant, ISO-8601 UTC (`2026-01-10T16:00:00.000Z`). */
  readonly start: string;
  /** End instant, ISO-8601 UTC: start plus the duration in elapsed time. */
  readonly end: string;
  /** Length in minutes. */
  readonly durationMinutes: number;
  /** Local start time in the series' zone, `HH:mm`, as it reads on the wall clock. */
  readonly startTime: string;
  /** The series' IANA zone. */
  readonly timeZone: string;
  /** Why the session is on this date: see {@link Occurrence}. */
  readonly origin: Occurrence['origin'];
  /** For moved or shifted sessions, the date the rule gave. */
  readonly originalDate?: string;
  /** For sessions shifted off a holiday, its name. */
  readonly holiday?: string;
  /**
   * Set when a daylight-saving change touched the requested wall time:
   * `gap_shifted` (it did not exist and moved forward by the gap) or
   * `overlap_earlier` (it happened twice; the earlier instant was taken).
   */
  readonly dst?: 'gap_shifted' | 'overlap_earlier';
}

/**
 * A rule date with no session, and why: skipped, moved away, on a holiday, or at a wall time DST removed.
 *
 * @example
 * ```ts
 * import type { SkippedSession } from 'balint-rules/schedule';
 *
 * const skipped: SkippedSession = { date: '2026-11-26', reason: 'skipped' };
 * ```
 */
export interface SkippedSession {
  readonly date: string;
  readonly reason: SkippedOccurrence['reason'] | 'dst_gap';
  readonly holiday?: string;
}

/**
 * The full plan of a series: its canonical rule, sessions, and the rule dates that have no session.
 *
 * @example
 * ```ts
 * import { planSeries, type SeriesPlan } from 'balint-rules/schedule';
 *
 * const plan: SeriesPlan = planSeries({ recurrence: 'the 4th Thursday of odd months', from: '2026-01-01', count: 6,
 *   startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 });
 * plan.rule;
 * //=> { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] }
 * ```
 */
export interface SeriesPlan {
  readonly rule: RecurrenceRule;
  readonly sessions: Session[];
  readonly skipped: SkippedSession[];
}

/**
 * Plans a series and explains it: the canonical rule (English text parsed),
 * the numbered sessions, and every rule date without a session with its
 * reason. A series from `compileSeries` is not validated again.
 *
 * @example
 * ```ts
 * import { planSeries } from 'balint-rules/schedule';
 *
 * const plan = planSeries({ recurrence: 'the 4th Thursday of odd months', from: '2026-09-01', count: 2,
 *   startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60, exceptions: { skip: ['2026-11-26'] } });
 * plan.skipped;
 * //=> [{ date: '2026-11-26', reason: 'skipped' }]
 * plan.sessions.map((s) => s.date);
 * //=> ['2026-09-24', '2027-01-28']
 * ```
 */
export function planSeries(series: SeriesInput | CompiledSeries): SeriesPlan {
  const prepared = readSeries(series);
  const input = prepared.series;
  const dstSkipped: SkippedSession[] = [];
  const plan = sessionPlanner(prepared, (date) => dstSkipped.push({ date, reason: 'dst_gap' }));
  const expanded = expand(prepared.rule, plan.options);
  const sessions = expanded.occurrences.map((occurrence, i) => plan.session(occurrence, i + 1));
  const lastDate = sessions.at(-1)?.date;
  const skipped = [...expanded.skipped, ...dstSkipped]
    .filter((s) => input.count === undefined || lastDate === undefined || s.date <= lastDate)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { rule: prepared.rule, sessions, skipped };
}
