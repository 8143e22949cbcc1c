/** Placing validated deadlines in time (shared by refunds, fees, submissions and the testing kit). */
import { assertNever } from './assertNever.js';
import { formatWallMinutes, parseDays, parseWallMinutes } from './civil.js';
import { epochMsToInstant } from './instant.js';
import { instantToWall, wallToInstant } from './zone.js';
import { BalintError } from '../errors/BalintError.js';
import { formatLongDate, plural } from './prose.js';
import type { RefundDeadline, ResolvedDeadline } from './deadlineSchema.js';

/** Internal form: the end as epoch ms, plus the phrases. */
export interface DeadlineEnd extends ResolvedDeadline {
  readonly endMs: number;
}

/** The first instant of a local day in `zone` (after a gap at midnight, the instant the clocks jump to). */
export function startOfLocalDay(days: number, zone: string): number {
  return wallToInstant(days, 0, zone).earlier;
}

function make(endMs: number, by: string, after: string): DeadlineEnd {
  return { endMs, endsAt: epochMsToInstant(endMs), by, after };
}

function byDate(days: number, incl: boolean, zone: string, note: string): DeadlineEnd {
  const when = `${formatLongDate(days)} (${note}${zone})`;
  return incl
    ? make(startOfLocalDay(days + 1, zone), `by the end of ${when}`, `after the end of ${when}`)
    : make(startOfLocalDay(days, zone), `before ${when}`, `on or after ${when}`);
}

/**
 * Places a validated deadline in time. `firstSessionMs` is required for the
 * kinds relative to the first session (callers check this up front).
 */
export function deadlineEnd(deadline: RefundDeadline, zone: string, firstSessionMs?: number): DeadlineEnd {
  switch (deadline.kind) {
    case 'date':
      return byDate(parseDays(deadline.date), deadline.inclusive, zone, '');
    case 'date_time': {
      const minutes = parseWallMinutes(deadline.time);
      const at = wallToInstant(parseDays(deadline.date), minutes, zone).later;
      const when = `${formatWallMinutes(minutes)} on ${formatLongDate(parseDays(deadline.date))} (${zone})`;
      return deadline.inclusive ? make(at + 1, `by ${when}`, `after ${when}`) : make(at, `before ${when}`, `at or after ${when}`);
    }
    case 'days_before_first_session': {
      const sessionDay = instantToWall(requireStart(firstSessionMs), zone).days;
      return byDate(sessionDay - deadline.days, deadline.inclusive, zone, `${plural(deadline.days, 'day')} before the first session, `);
    }
    case 'hours_before_first_session': {
      const at = requireStart(firstSessionMs) - deadline.hours * 3_600_000;
      const when = `${plural(deadline.hours, 'hour')} before the first session (${epochMsToInstant(at)})`;
      return deadline.inclusive ? make(at + 1, `by ${when}`, `after ${when}`) : make(at, `before ${when}`, `at or after ${when}`);
    }
    default:
      return assertNever(deadline);
  }
}

function requireStart(firstSessionMs: number | undefined): number {
  if (firstSessionMs === undefined) throw new BalintError('internal', 'deadlineEnd: the first session start is missing');
  return firstSessionMs;
}

/** The issue message when a relative deadline has no first session to count from. */
export const FIRST_SESSION_REQUIRED = 'is required because a deadline is counted from the first session';

/** Whether a deadline is measured from the first session. */
export function isRelativeDeadline(deadline: RefundDeadline): boolean {
  return deadline.kind === 'days_before_first_session' || deadline.kind === 'hours_before_first_session';
}
