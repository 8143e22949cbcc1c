/**
 * VTIMEZONE components (RFC 5545 §3.6.5) generated from the runtime's zone
 * data: every UTC-offset change in the whole years a calendar spans, each as
 * its own STANDARD or DAYLIGHT sub-component with an explicit DTSTART, plus
 * one for the offset in force when the span starts. No RRULEs: the data is
 * written out as it is, so a reader needs no rules of its own to get it right.
 */
import { civilFromDays, daysFromCivil } from '../_lib/civil.js';
import { instantToWall, offsetAtOnce, offsetLabeller } from '../_lib/zone.js';
import { contentLine } from './_text.js';
import { formatLocalDateTime, formatUtcOffset } from './_time.js';

const DAY_MS = 86_400_000;
const HALF_YEAR_MS = 183 * DAY_MS;
/** The last instant whose wall time in any zone (offsets up to +14:00) is still in year 9999. */
const LATEST_MS = daysFromCivil(10000, 1, 1) * DAY_MS - 15 * 3_600_000;

/**
 * Before this instant (1800-01-01 UTC) no zone of the IANA time zone
 * database changes offset: every zone keeps its local mean time until its
 * first change, the earliest of which is Manila's at the end of 1844.
 */
export const FIRST_CHANGE_BOUND_MS = Date.UTC(1800, 0, 1);
/**
 * From this instant (2100-01-01 UTC) every zone follows its final rule: the
 * same changes every year, or none. So a whole year from here without a
 * change means there is none later.
 */
export const FINAL_RULE_FROM_MS = Date.UTC(2100, 0, 1);
const YEAR_MS = 366 * DAY_MS;

/** One change of UTC offset: at `at` (epoch ms) the offset goes from `from` to `to` (ms). */
export interface OffsetTransition {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The offset changes of `zone` in `(start, end]`: scans day by day and finds
 * each change to the second by bisection. (Two changes within one day that
 * cancel out, which no zone has had in modern times, would go unseen.)
 * The scan skips what the zone database's shape rules out (see
 * {@link FIRST_CHANGE_BOUND_MS} and {@link FINAL_RULE_FROM_MS}), so centuries
 * before any zone changed, or of a zone's final rule, cost next to nothing.
 */
export function offsetTransitions(zone: string, start: number, end: number): OffsetTransition[] {
  const found: OffsetTransition[] = [];
  const labelAt = offsetLabeller(zone);
  let t = Math.max(start, Math.min(end, FIRST_CHANGE_BOUND_MS));
  let label = labelAt(t);
  let quietSince = t;
  // The quiet days cost one format call each and nothing else: offsets are compared as Intl writes them.
  while (t < end) {
    if (t >= FINAL_RULE_FROM_MS && t - Math.max(quietSince, FINAL_RULE_FROM_MS) >= YEAR_MS) break;
    const next = t + DAY_MS < end ? t + DAY_MS : end;
    if (labelAt(next) === label) {
      t = next;
      continue;
    }
    let lo = t;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (labelAt(mid) === label) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: offsetAtOnce(lo, zone), to: offsetAtOnce(hi, zone) });
    t = hi;
    quietSince = hi;
    label = labelAt(hi);
  }
  return found;
}

/** The local calendar year of an instant in a zone. */
function localYear(epochMs: number, zone: string): number {
  return civilFromDays(instantToWall(epochMs, zone).days).year;
}

/**
 * The content lines of a VTIMEZONE for `zone` covering every instant from
 * `fromMs` to `toMs`, extended to whole local years. An offset is marked
 * DAYLIGHT when it is higher than the offsets before and after it (summer
 * time), STANDARD otherwise; a zone without changes gets one STANDARD.
 */
export function vtimezoneLines(zone: string, fromMs: number, toMs: number): string[] {
  const start = daysFromCivil(localYear(fromMs, zone), 1, 1) * DAY_MS - DAY_MS;
  const end = Math.min(daysFromCivil(localYear(toMs, zone) + 1, 1, 1) * DAY_MS + DAY_MS, LATEST_MS);
  const first = offsetAtOnce(start, zone);
  const periods: OffsetTransition[] = [{ at: start, from: first, to: first }, ...offsetTransitions(zone, start, end)];
  const lines = ['BEGIN:VTIMEZONE', contentLine('TZID', zone)];
  periods.forEach((period, i) => {
    const before = i === 0 ? offsetAtOnce(start - HALF_YEAR_MS, zone) : period.from;
    const after = periods[i + 1]?.to ?? offsetAtOnce(end + HALF_YEAR_MS, zone);
    const kind = period.to > before && period.to > after ? 'DAYLIGHT' : 'STANDARD';
    const wall = period.at + period.from;
    const days = Math.floor(wall / DAY_MS);
    lines.push(
      `BEGIN:${kind}`,
      contentLine('DTSTART', formatLocalDateTime(days, wall - days * DAY_MS)),
      contentLine('TZOFFSETFROM', formatUtcOffset(period.from)),
      contentLine('TZOFFSETTO', formatUtcOffset(period.to)),
      `END:${kind}`,
    );
  });
  lines.push('END:VTIMEZONE');
  return lines;
}
