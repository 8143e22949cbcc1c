import * as z from 'zod/mini';
import { assertNever } from '../_lib/assertNever.js';
import { formatWallMinutes, parseDays, parseWallMinutes } from '../_lib/civil.js';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { BalintError } from '../errors/BalintError.js';
import { ValidationError } from '../errors/ValidationError.js';
import { instantToWall, wallToInstant } from '../_lib/zone.js';
import { InstantSchema, LocalDateSchema, TimeZoneSchema, WallTimeSchema } from '../common/schemas.js';
import { formatLongDate, plural } from './_text.js';

const inclusive = z._default(z.boolean(), true);

/**
 * A deadline on a local date in the policy's zone. Inclusive (the default)
 * means "by the date": through the end of that local day (23:59:59.999
 * local). Exclusive means "before the date": until that day starts.
 *
 * @example
 * ```ts
 * import { DateDeadlineSchema } from 'balint-rules/refunds';
 *
 * DateDeadlineSchema.parse({ kind: 'date', date: '2026-03-12' });
 * //=> { kind: 'date', date: '2026-03-12', inclusive: true }
 * ```
 */
export const DateDeadlineSchema = z.strictObject({ kind: z.literal('date'), date: LocalDateSchema, inclusive });

/**
 * A deadline at a wall-clock time on a local date in the policy's zone.
 * Inclusive (the default) accepts a request at that very instant; exclusive
 * only before it. A time skipped by a daylight-saving gap is moved forward
 * by the length of the gap (02:30 becomes 03:30, as Temporal's "compatible"
 * does); a time that happens twice means its later occurrence.
 *
 * @example
 * ```ts
 * import { DateTimeDeadlineSchema } from 'balint-rules/refunds';
 *
 * DateTimeDeadlineSchema.parse({ kind: 'dateTime', date: '2026-03-12', time: '17:00', inclusive: false });
 * //=> { kind: 'dateTime', date: '2026-03-12', time: '17:00', inclusive: false }
 * ```
 */
export const DateTimeDeadlineSchema = z.strictObject({
  kind: z.literal('dateTime'),
  date: LocalDateSchema,
  time: WallTimeSchema,
  inclusive,
});

/**
 * N calendar days before the first session: by (inclusive, default) or
 * before (exclusive) the local date N days before the first session's local
 * date, in the policy's zone. Calendar days, not 24-hour periods, so a
 * daylight-saving change in between does not move it.
 *
 * @example
 * ```ts
 * import { DaysBeforeDeadlineSchema } from 'balint-rules/refunds';
 *
 * DaysBeforeDeadlineSchema.parse({ kind: 'daysBeforeFirstSession', days: 30 });
 * //=> { kind: 'daysBeforeFirstSession', days: 30, inclusive: true }
 * ```
 */
export const DaysBeforeDeadlineSchema = z.strictObject({
  kind: z.literal('daysBeforeFirstSession'),
  days: z.int().check(z.minimum(0), z.maximum(3660)),
  inclusive,
});

/**
 * Exactly N hours (of elapsed time) before the first session starts.
 *
 * @example
 * ```ts
 * import { HoursBeforeDeadlineSchema } from 'balint-rules/refunds';
 *
 * HoursBeforeDeadlineSchema.parse({ kind: 'hoursBeforeFirstSession', hours: 48 });
 * //=> { kind: 'hoursBeforeFirstSession', hours: 48, inclusive: true }
 * ```
 */
export const HoursBeforeDeadlineSchema = z.strictObject({
  kind: z.literal('hoursBeforeFirstSession'),
  hours: z.int().check(z.minimum(0), z.maximum(87_840)),
  inclusive,
});

/**
 * A deadline fixed on the calendar (a date or a date and time), read in a
 * zone the surrounding data states. Fee schedules use it for early-bird ends.
 *
 * @example
 * ```ts
 * import { LocalDeadlineSchema } from 'balint-rules/refunds';
 *
 * LocalDeadlineSchema.safeParse({ kind: 'date', date: '2026-07-31' }).success;
 * //=> true
 * ```
 */
export const LocalDeadlineSchema = z.discriminatedUnion('kind', [DateDeadlineSchema, DateTimeDeadlineSchema]);

/**
 * A refund deadline: fixed on the calendar, or relative to the first session.
 *
 * @example
 * ```ts
 * import { RefundDeadlineSchema } from 'balint-rules/refunds';
 *
 * RefundDeadlineSchema.safeParse({ kind: 'daysBeforeFirstSession', days: 7 }).success;
 * //=> true
 * ```
 */
export const RefundDeadlineSchema = z.discriminatedUnion('kind', [
  DateDeadlineSchema,
  DateTimeDeadlineSchema,
  DaysBeforeDeadlineSchema,
  HoursBeforeDeadlineSchema,
]);

/** A deadline fixed on the calendar, see {@link LocalDeadlineSchema}. */
export type LocalDeadline = z.output<typeof LocalDeadlineSchema>;
/** A deadline as accepted on input (`inclusive` may be omitted). */
export type LocalDeadlineInput = z.input<typeof LocalDeadlineSchema>;
/** A refund deadline, see {@link RefundDeadlineSchema}. */
export type RefundDeadline = z.output<typeof RefundDeadlineSchema>;
/** A refund deadline as accepted on input (`inclusive` may be omitted). */
export type RefundDeadlineInput = z.input<typeof RefundDeadlineSchema>;

/** A deadline placed in time. */
export interface ResolvedDeadline {
  /** The first instant that is too late (ISO-8601, UTC). */
  readonly endsAt: string;
  /** "by the end of March 12, 2026 (America/Los_Angeles)" and the like. */
  readonly by: string;
  /** "after the end of March 12, 2026 (America/Los_Angeles)" and the like. */
  readonly after: string;
}

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
    case 'dateTime': {
      const minutes = parseWallMinutes(deadline.time);
      const at = wallToInstant(parseDays(deadline.date), minutes, zone).later;
      const when = `${formatWallMinutes(minutes)} on ${formatLongDate(parseDays(deadline.date))} (${zone})`;
      return deadline.inclusive ? make(at + 1, `by ${when}`, `after ${when}`) : make(at, `before ${when}`, `at or after ${when}`);
    }
    case 'daysBeforeFirstSession': {
      const sessionDay = instantToWall(requireStart(firstSessionMs), zone).days;
      return byDate(sessionDay - deadline.days, deadline.inclusive, zone, `${plural(deadline.days, 'day')} before the first session, `);
    }
    case 'hoursBeforeFirstSession': {
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
  return deadline.kind === 'daysBeforeFirstSession' || deadline.kind === 'hoursBeforeFirstSession';
}

/**
 * A first session's start: an instant, or a wall-clock date and time in a
 * zone (a time skipped by a daylight-saving gap is moved forward by the
 * length of the gap; a time that happens twice means its first occurrence).
 *
 * @example
 * ```ts
 * import { SessionStartSchema } from 'balint-rules/refunds';
 *
 * SessionStartSchema.safeParse({ date: '2026-10-01', time: '08:00', timeZone: 'America/New_York' }).success;
 * //=> true
 * ```
 */
export const SessionStartSchema = z.union([
  InstantSchema,
  z.strictObject({ date: LocalDateSchema, time: WallTimeSchema, timeZone: TimeZoneSchema }),
]);

/** A first session's start, see {@link SessionStartSchema}. */
export type SessionStart = z.output<typeof SessionStartSchema>;

/** Epoch ms of a validated session start. */
export function sessionStartMs(start: SessionStart): number {
  if (typeof start === 'string') return instantToEpochMs(start);
  return wallToInstant(parseDays(start.date), parseWallMinutes(start.time), start.timeZone).earlier;
}

const ResolveDeadlineArgsSchema = z.strictObject({
  deadline: RefundDeadlineSchema,
  timeZone: TimeZoneSchema,
  firstSessionStart: z.optional(SessionStartSchema),
});

/**
 * Places a deadline in time: the first instant that is too late, and
 * phrases saying what it means. Dates are read in `timeZone`; "by March 12"
 * lasts through 23:59:59.999 local time that day.
 *
 * @param deadline - the deadline
 * @param context - the zone it is read in, and the first session's start for relative kinds
 * @returns `endsAt` (first instant too late) and the phrases `by` and `after`
 *
 * @example
 * ```ts
 * import { resolveDeadline } from 'balint-rules/refunds';
 *
 * resolveDeadline({ kind: 'date', date: '2026-03-12' }, { timeZone: 'America/Los_Angeles' });
 * //=> { endsAt: '2026-03-13T07:00:00.000Z',
 * //     by: 'by the end of March 12, 2026 (America/Los_Angeles)',
 * //     after: 'after the end of March 12, 2026 (America/Los_Angeles)' }
 * ```
 */
export function resolveDeadline(
  deadline: RefundDeadlineInput,
  context: { timeZone: string; firstSessionStart?: SessionStart },
): ResolvedDeadline {
  const args = validate(ResolveDeadlineArgsSchema, { deadline, ...context }, 'deadline');
  if (isRelativeDeadline(args.deadline) && args.firstSessionStart === undefined) {
    throw new ValidationError('deadline', [{ path: ['firstSessionStart'], code: 'custom', message: FIRST_SESSION_REQUIRED }]);
  }
  const start = args.firstSessionStart === undefined ? undefined : sessionStartMs(args.firstSessionStart);
  const { endsAt, by, after } = deadlineEnd(args.deadline, args.timeZone, start);
  return { endsAt, by, after };
}
