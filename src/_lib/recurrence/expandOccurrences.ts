/**
 * Expansion of a rule with bounds, exceptions and holidays into the final,
 * ordered list of occurrences, each saying where it came from. Shared by
 * `occurrences`, `occurrenceDetails` and the schedule's `planSessions`.
 */
import { formatDays, MAX_DAYS, MIN_DAYS, parseDays } from '../civil.js';
import { collectDays, ruleDays } from './ruleDates.js';
import type { Exceptions, HolidayPolicy } from '../../recurrence/exceptions.js';
import { holidayIndex, type HolidayDate } from './holidayDates.js';
import type { RecurrenceRule } from '../../recurrence/schema.js';

/**
 * One occurrence of a series and why it is on its date.
 *
 * @example
 * ```ts
 * import type { Occurrence } from 'balint-rules/recurrence';
 *
 * const shifted: Occurrence = { date: '2026-12-03', origin: 'shifted', originalDate: '2026-11-26', holiday: 'Thanksgiving Day' };
 * ```
 */
export interface Occurrence {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string;
  /**
   * `rule`: the rule gives this date; `added`: an extra date; `moved`: an
   * occurrence moved here from `originalDate`; `shifted`: moved off a
   * holiday (`holiday`) from `originalDate`.
   */
  readonly origin: 'rule' | 'added' | 'moved' | 'shifted';
  /** The date the rule gave, for moved and shifted occurrences. */
  readonly originalDate?: string;
  /** The holiday that caused a shift. */
  readonly holiday?: string;
  /** The start time a move asked for, overriding the series' time. */
  readonly startTime?: string;
}

/**
 * A rule date that was dropped, and why.
 *
 * @example
 * ```ts
 * import type { SkippedOccurrence } from 'balint-rules/recurrence';
 *
 * const skipped: SkippedOccurrence = { date: '2026-11-26', reason: 'holiday', holiday: 'Thanksgiving Day' };
 * ```
 */
export interface SkippedOccurrence {
  readonly date: string;
  readonly reason: 'skipped' | 'moved' | 'holiday';
  readonly holiday?: string;
}

export interface ExpandOptions {
  readonly from: string;
  /** Where weekly intervals are counted from, when not `from` (a query part-way through a series passes the series' start). */
  readonly anchor?: string | undefined;
  readonly until?: string | undefined;
  readonly count?: number | undefined;
  readonly exceptions?: Exceptions | undefined;
  readonly holidays?: HolidayPolicy | undefined;
  /** Occurrences for which this returns false are dropped and not counted. */
  readonly keep?: ((occurrence: Occurrence) => boolean) | undefined;
}

/** The message for a repeating series with neither `until` nor `count`. */
export const UNBOUNDED = 'give "until" or "count": a repeating rule has no end of its own';

interface Item {
  day: number;
  occurrence: Occurrence;
}

const HOLIDAY_WINDOW_DAYS = 366 * 5;

/** A query with no exceptions, holidays or filter: the rule's dates as they are. */
function isPlain(options: ExpandOptions): boolean {
  const e = options.exceptions;
  return (
    options.keep === undefined &&
    options.holidays === undefined &&
    (e === undefined || ((e.skip ?? []).length === 0 && (e.add ?? []).length === 0 && (e.move ?? []).length === 0))
  );
}

/**
 * Just the dates of a plain query (see {@link isPlain}), or `undefined` when
 * the query needs the full expansion.
 */
export function plainDates(rule: RecurrenceRule, options: ExpandOptions): string[] | undefined {
  if (!isPlain(options)) return undefined;
  const fromDays = parseDays(options.from);
  const anchorDays = options.anchor === undefined ? fromDays : parseDays(options.anchor);
  const dates = collectDays(rule, fromDays, options.until === undefined ? MAX_DAYS : parseDays(options.until), options.count ?? Number.POSITIVE_INFINITY, anchorDays).map(formatDays);
  if (options.count !== undefined && dates.length > options.count) dates.length = options.count;
  return dates;
}

/**
 * The holiday (as the policy matches them: actual, observed or both) on a
 * day, or `undefined`; holidays are indexed a few years at a time as the
 * days asked for move on.
 */
export function holidayLookup(holidays: HolidayPolicy | undefined): (day: number) => HolidayDate | undefined {
  const match = holidays?.match ?? 'both';
  let holidayWindowEnd = Number.NEGATIVE_INFINITY;
  let holidayMap = new Map<number, HolidayDate>();
  return (day) => {
    // No holiday past the end of the calendar (a shift may try days after 9999-12-31); the window stays as it is.
    if (holidays === undefined || day > MAX_DAYS) return undefined;
    if (day > holidayWindowEnd || day < holidayWindowEnd - HOLIDAY_WINDOW_DAYS - 2) {
      holidayWindowEnd = Math.min(day + HOLIDAY_WINDOW_DAYS, MAX_DAYS);
      holidayMap = holidayIndex(holidays.calendar, Math.max(day - 2, MIN_DAYS), holidayWindowEnd + 1);
    }
    const found = holidayMap.get(day);
    if (found === undefined) return undefined;
    if (match === 'actual' && found.observed) return undefined;
    if (match === 'observed' && !found.observed) return undefined;
    return found;
  };
}

/**
 * Expands a rule (in any list order: the generators sort what they
 * pick). With `count`, stops as soon as the first `count` occurrences are
 * settled: rule dates only ever move later (holiday shifts are forward), so
 * once `count` kept occurrences lie on or before the last rule date read, no
 * later rule date can come before them.
 */
export function expand(rule: RecurrenceRule, options: ExpandOptions): { occurrences: Occurrence[]; skipped: SkippedOccurrence[] } {
  const plain = plainDates(rule, options);
  if (plain !== undefined) return { occurrences: plain.map((date): Occurrence => ({ date, origin: 'rule' })), skipped: [] };
  const fromDays = parseDays(options.from);
  const untilDays = options.until === undefined ? MAX_DAYS : parseDays(options.until);
  const keep = options.keep ?? (() => true);
  const skip = new Set((options.exceptions?.skip ?? []).map(parseDays));
  const moves = new Map((options.exceptions?.move ?? []).map((m) => [parseDays(m.from), m] as const));
  const explicit: Item[] = [];
  for (const date of options.exceptions?.add ?? []) {
    explicit.push({ day: parseDays(date), occurrence: { date, origin: 'added' } });
  }
  for (const move of options.exceptions?.move ?? []) {
    const occurrence: Occurrence = { date: move.to, origin: 'moved', originalDate: move.from, ...(move.startTime === undefined ? {} : { startTime: move.startTime }) };
    explicit.push({ day: parseDays(move.to), occurrence });
  }
  const explicitKept = explicit.filter((item) => item.day >= fromDays && item.day <= untilDays && keep(item.occurrence));

  const holidays = options.holidays;
  const shiftDays = holidays?.shiftDays ?? 7;
  const holidayOn = holidayLookup(holidays);

  const derived: Item[] = [];
  const skipped: SkippedOccurrence[] = [];
  let sinceCheck = 0;
  for (const day of ruleDays(rule, fromDays, untilDays, options.anchor === undefined ? fromDays : parseDays(options.anchor))) {
    const date = formatDays(day);
    if (skip.has(day)) {
      skipped.push({ date, reason: 'skipped' });
    } else if (moves.has(day)) {
      skipped.push({ date, reason: 'moved' });
    } else {
      const holiday = holidayOn(day);
      if (holiday === undefined) {
        const occurrence: Occurrence = { date, origin: 'rule' };
        if (keep(occurrence)) derived.push({ day, occurrence });
      } else if (holidays?.action === 'skip') {
        skipped.push({ date, reason: 'holiday', holiday: holiday.name });
      } else {
        let target = day + shiftDays;
        for (let guard = 0; guard < 366 && holidayOn(target) !== undefined; guard++) target += shiftDays;
        // A shift that finds no free day within 366 tries drops the occurrence rather than land on a holiday.
        // (untilDays is at most MAX_DAYS, so a target past it is past the end of the calendar too.)
        if (target <= untilDays && holidayOn(target) === undefined) {
          const occurrence: Occurrence = { date: formatDays(target), origin: 'shifted', originalDate: date, holiday: holiday.name };
          if (keep(occurrence)) derived.push({ day: target, occurrence });
        } else {
          skipped.push({ date, reason: 'holiday', holiday: holiday.name });
        }
      }
    }
    if (options.count !== undefined && ++sinceCheck >= 32) {
      sinceCheck = 0;
      // Dates settled so far, each once: an added date on a rule date, or a shift onto another occurrence, is one occurrence.
      const settled = new Set<number>();
      for (const item of derived) if (item.day <= day) settled.add(item.day);
      for (const item of explicitKept) if (item.day <= day) settled.add(item.day);
      if (settled.size >= options.count) break;
    }
  }

  // Merge, order by date, and keep one occurrence per date (an explicit one wins over a rule date).
  const all = [...explicitKept, ...derived].sort((a, b) => a.day - b.day);
  const occurrences: Occurrence[] = [];
  let lastDay = Number.NaN;
  for (const item of all) {
    if (item.day === lastDay) continue;
    lastDay = item.day;
    occurrences.push(item.occurrence);
    if (options.count !== undefined && occurrences.length >= options.count) break;
  }
  return { occurrences, skipped: skipped.filter((s) => options.count === undefined || s.date <= (occurrences.at(-1)?.date ?? '')) };
}
