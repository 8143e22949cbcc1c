import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { TimeZoneSchema } from '../common/schemas.js';
import { ValidationError } from '../errors/ValidationError.js';
import { deadlineEnd, FIRST_SESSION_REQUIRED, isRelativeDeadline } from '../_lib/deadline.js';
import { RefundDeadlineSchema, type RefundDeadlineInput, type ResolvedDeadline } from '../_lib/deadlineSchema.js';
import { SessionStartSchema, sessionStartMs, type SessionStart } from './sessionStart.js';

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
