/**
 * rrule.js as a reference for differential tests, run so that the machine's
 * time zone cannot matter: every date is a "floating" local date carried as
 * midnight UTC (`datetime(y, m, d)` from rrule.js makes UTC dates), `tzid` is
 * left unset so rrule.js never converts between zones, and results are read
 * back with the `getUTC*` getters only (the local getters would shift a
 * midnight-UTC date to the previous day west of Greenwich).
 */
import { datetime, RRule } from 'rrule';

/** Bounds of a query, as `occurrences` takes them: local dates `YYYY-MM-DD`. */
export interface RRuleJsQuery {
  /** The series start, used as DTSTART (its time: 00:00). */
  readonly from: string;
  /** The last date, inclusive (UNTIL at 00:00, which includes that day's occurrence). */
  readonly until?: string | undefined;
  /** At most this many dates (COUNT). */
  readonly count?: number | undefined;
}

/** A local date `YYYY-MM-DD` as the midnight-UTC `Date` rrule.js expects. */
export function utcMidnight(date: string): Date {
  return datetime(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The local date `YYYY-MM-DD` of a midnight-UTC `Date`, read with UTC getters. */
export function utcDateString(date: Date): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * The dates rrule.js gives for RRULE value text (no `COUNT`/`UNTIL` in it)
 * from `query.from`, bounded by `query.until` and/or `query.count`.
 *
 * @example
 * ```ts
 * rrulejsOccurrences('FREQ=MONTHLY;BYDAY=2SA', { from: '2026-01-01', count: 2 });
 * //=> ['2026-01-10', '2026-02-14']
 * ```
 */
export function rrulejsOccurrences(rrule: string, query: RRuleJsQuery): string[] {
  if (query.until === undefined && query.count === undefined) throw new Error('rrulejsOccurrences needs until or count');
  const parsed = RRule.parseString(rrule);
  const rule = new RRule({
    ...parsed,
    dtstart: utcMidnight(query.from),
    tzid: null,
    ...(query.until === undefined ? {} : { until: utcMidnight(query.until) }),
    ...(query.count === undefined ? {} : { count: query.count }),
  });
  return rule.all().map(utcDateString);
}
