/**
 * The deadline schemas every area shares (refund rules, fee early-bird ends,
 * calls for submissions, the testing kit): a date, a date and time, or a
 * number of days or hours before the first session. Public under
 * `balint-rules/refunds`, which re-exports them with these names.
 */
import * as z from 'zod/mini';
import { LocalDateSchema, WallTimeSchema } from '../common/schemas.js';

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
 * DateTimeDeadlineSchema.parse({ kind: 'date_time', date: '2026-03-12', time: '17:00', inclusive: false });
 * //=> { kind: 'date_time', date: '2026-03-12', time: '17:00', inclusive: false }
 * ```
 */
export const DateTimeDeadlineSchema = z.strictObject({
  kind: z.literal('date_time'),
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
 * DaysBeforeDeadlineSchema.parse({ kind: 'days_before_first_session', days: 30 });
 * //=> { kind: 'days_before_first_session', days: 30, inclusive: true }
 * ```
 */
export const DaysBeforeDeadlineSchema = z.strictObject({
  kind: z.literal('days_before_first_session'),
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
 * HoursBeforeDeadlineSchema.parse({ kind: 'hours_before_first_session', hours: 48 });
 * //=> { kind: 'hours_before_first_session', hours: 48, inclusive: true }
 * ```
 */
export const HoursBeforeDeadlineSchema = z.strictObject({
  kind: z.literal('hours_before_first_session'),
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
 * RefundDeadlineSchema.safeParse({ kind: 'days_before_first_session', days: 7 }).success;
 * //=> true
 * ```
 */
export const RefundDeadlineSchema = z.discriminatedUnion('kind', [
  DateDeadlineSchema,
  DateTimeDeadlineSchema,
  DaysBeforeDeadlineSchema,
  HoursBeforeDeadlineSchema,
]);

/**
 * A deadline fixed on the calendar, see {@link LocalDeadlineSchema}.
 *
 * @example
 * ```ts
 * import type { LocalDeadline } from 'balint-rules/refunds';
 *
 * const earlyBirdEnds: LocalDeadline = { kind: 'date', date: '2026-07-31', inclusive: true };
 * ```
 */
export type LocalDeadline = z.output<typeof LocalDeadlineSchema>;
/**
 * A deadline as accepted on input (`inclusive` may be omitted).
 *
 * @example
 * ```ts
 * import type { LocalDeadlineInput } from 'balint-rules/refunds';
 *
 * const earlyBirdEnds: LocalDeadlineInput = { kind: 'date', date: '2026-07-31' };
 * ```
 */
export type LocalDeadlineInput = z.input<typeof LocalDeadlineSchema>;
/**
 * A refund deadline, see {@link RefundDeadlineSchema}.
 *
 * @example
 * ```ts
 * import type { RefundDeadline } from 'balint-rules/refunds';
 *
 * const week: RefundDeadline = { kind: 'days_before_first_session', days: 7, inclusive: true };
 * ```
 */
export type RefundDeadline = z.output<typeof RefundDeadlineSchema>;
/**
 * A refund deadline as accepted on input (`inclusive` may be omitted).
 *
 * @example
 * ```ts
 * import type { RefundDeadlineInput } from 'balint-rules/refunds';
 *
 * const deadline: RefundDeadlineInput = { kind: 'date', date: '2026-03-12' };
 * ```
 */
export type RefundDeadlineInput = z.input<typeof RefundDeadlineSchema>;

/**
 * A deadline placed in time.
 *
 * @example
 * ```ts
 * import type { ResolvedDeadline } from 'balint-rules/refunds';
 *
 * const end: ResolvedDeadline = {
 *   endsAt: '2026-03-13T07:00:00.000Z',
 *   by: 'by the end of March 12, 2026 (America/Los_Angeles)',
 *   after: 'after the end of March 12, 2026 (America/Los_Angeles)',
 * };
 * ```
 */
export interface ResolvedDeadline {
  /** The first instant that is too late (ISO-8601, UTC). */
  readonly endsAt: string;
  /** "by the end of March 12, 2026 (America/Los_Angeles)" and the like. */
  readonly by: string;
  /** "after the end of March 12, 2026 (America/Los_Angeles)" and the like. */
  readonly after: string;
}
