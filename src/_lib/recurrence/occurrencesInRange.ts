/**
 * Occurrences in a range of days, computed from the range rather than from
 * the start of the series where the series allows it. The one evaluator
 * behind the "next" and "between" queries of recurrence and schedule.
 */
import { formatDays, MAX_DAYS, parseDays } from '../civil.js';
import { expand, holidayLookup, type ExpandOptions, type Occurrence } from './expandOccurrences.js';

/**
 * The first day to expand from so that every occurrence on or after `lo` is
 * found: `lo` itself, or earlier when a holiday policy shifts occurrences
 * forward and a run of holidays `shiftDays` apart reaches back from `lo` (a
 * rule date before the run may be shifted across it).
 */
function expandFrom(options: ExpandOptions, lo: number): number {
  const holidays = options.holidays;
  if (holidays === undefined || holidays.action !== 'shift') return lo;
  const step = holidays.shiftDays ?? 7;
  const holidayOn = holidayLookup(holidays);
  let start = lo - step;
  // A chain of shifts crosses [start, start + step) only through a holiday in it.
  for (;;) {
    let any = false;
    for (let day = start; day < start + step && !any; day++) any = holidayOn(day) !== undefined;
    if (!any) return start;
    start -= step;
  }
}

/**
 * The occurrences dated from day `lo` to day `hi` (inclusive), at most
 * `limit`, exactly as the whole expansion of `options` has them. A series
 * bounded by a count is expanded from its start (the count decides where it
 * ends); any other is expanded from `lo` (or a little before, for holiday
 * shifts), with weekly intervals counted from the series' start.
 */
export function occurrencesInRange(rule: Parameters<typeof expand>[0], options: ExpandOptions, lo: number, hi: number, limit = Number.POSITIVE_INFINITY): Occurrence[] {
  const inRange = (o: Occurrence): boolean => {
    const day = parseDays(o.date);
    return day >= lo && day <= hi;
  };
  if (options.count !== undefined) return expand(rule, options).occurrences.filter(inRange).slice(0, limit);
  const fromDays = parseDays(options.from);
  const untilDays = Math.min(options.until === undefined ? MAX_DAYS : parseDays(options.until), hi);
  const first = Math.max(lo, fromDays);
  if (first > untilDays) return [];
  const out: Occurrence[] = [];
  // A window that grows until it holds `limit` occurrences or reaches the end.
  let windowStart = first;
  let length = 62;
  while (out.length < limit && windowStart <= untilDays) {
    const windowEnd = Math.min(windowStart + length - 1, untilDays);
    const expandStart = Math.max(expandFrom(options, windowStart), fromDays);
    const found = expand(rule, { ...options, anchor: options.anchor ?? options.from, from: formatDays(expandStart), until: formatDays(windowEnd) }).occurrences;
    for (const o of found) {
      const day = parseDays(o.date);
      if (day >= windowStart && out.length < limit) out.push(o);
    }
    windowStart = windowEnd + 1;
    length *= 2;
  }
  return out;
}
