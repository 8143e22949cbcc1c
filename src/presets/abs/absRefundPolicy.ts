import * as z from 'zod/mini';
import { assertNever } from '../../_lib/assertNever.js';
import { validate } from '../../_lib/validate.js';
import { LocalDateSchema } from '../../common/schemas.js';
import { ValidationError } from '../../errors/ValidationError.js';
import { LocalDeadlineSchema } from '../../_lib/deadlineSchema.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import { unknownIdMessage } from './_ids.js';
import { onlineGroupRefundPolicy } from './_onlineGroup.js';
import { newEnglandIntensiveRefundPolicy } from './newEnglandLeadershipIntensive.js';
import { retreatRefundPolicy } from './retreat2026.js';
import { spokaneIntensiveRefundPolicy } from './spokaneLeadershipIntensive.js';

const POLICY_IDS = [
  'abs-online-group-saturday-2026',
  'abs-online-group-tuesday-2026',
  'abs-healing-mindfulness-compassion-retreat-2026',
  'abs-new-england-leadership-intensive-2026',
  'abs-spokane-leadership-intensive',
] as const;

/**
 * The presets with a refund policy: the two online groups, the retreat and
 * the New England intensive (every number published), and the Spokane
 * intensive (its deadline is a parameter). Any other id is refused, with
 * the id it is a near miss of when there is one.
 *
 * @example
 * ```ts
 * import { AbsRefundPolicyIdSchema } from 'balint-rules/presets/abs';
 *
 * AbsRefundPolicyIdSchema.safeParse('abs-diversity-discussions-2026').success; // free: no refund policy
 * //=> false
 * ```
 */
export const AbsRefundPolicyIdSchema = z.enum(POLICY_IDS, { error: (issue) => unknownIdMessage('preset with a refund policy', issue.input, POLICY_IDS) });

/**
 * A preset with a refund policy, see {@link AbsRefundPolicyIdSchema}.
 *
 * @example
 * ```ts
 * import type { AbsRefundPolicyId } from 'balint-rules/presets/abs';
 *
 * const id: AbsRefundPolicyId = 'abs-healing-mindfulness-compassion-retreat-2026';
 * ```
 */
export type AbsRefundPolicyId = z.output<typeof AbsRefundPolicyIdSchema>;

/**
 * Parameters of {@link absRefundPolicy}: `refundDeadline`, required for the
 * Spokane intensive (whose deadline is not published) and refused for the
 * others (whose deadlines are).
 *
 * @example
 * ```ts
 * import { AbsRefundPolicyParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsRefundPolicyParamsSchema.safeParse({ refundDeadline: '2026-03-23' }).success;
 * //=> true
 * ```
 */
export const AbsRefundPolicyParamsSchema = z.strictObject({ refundDeadline: z.optional(z.union([LocalDateSchema, LocalDeadlineSchema])) });

/**
 * Parameters of {@link absRefundPolicy}, see {@link AbsRefundPolicyParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsRefundPolicyParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsRefundPolicyParams = { refundDeadline: '2026-03-23' };
 * ```
 */
export type AbsRefundPolicyParams = z.input<typeof AbsRefundPolicyParamsSchema>;

function deadlineIssue(message: string): ValidationError {
  return new ValidationError('ABS refund policy parameters', [{ path: ['refundDeadline'], code: 'custom', message }]);
}

/**
 * The refund policy of a preset, without building the whole program (for a
 * CLI's `balint refund --policy <preset>` or a docs playground): the same
 * value as the program's `refunds`.
 *
 * - online groups: everything back when the ABS or hosts cancel for
 *   insufficient registrants, nothing otherwise;
 * - the retreat (March 12, 2026, America/Los_Angeles) and the New England
 *   intensive (September 15, 2026, America/New_York): a written
 *   cancellation received by the deadline gets the fee less $100 within 30
 *   days of acknowledgment; nothing after;
 * - the Spokane intensive: the same with `params.refundDeadline`.
 *
 * @param id - see {@link AbsRefundPolicyIdSchema}
 * @param params - `{ refundDeadline }` for the Spokane intensive only
 * @returns the policy, validated
 * @throws {ValidationError} for an unknown id, or a deadline missing (Spokane) or not wanted (the others)
 *
 * @example
 * ```ts
 * import { quoteRefund } from 'balint-rules/refunds';
 * import { absRefundPolicy } from 'balint-rules/presets/abs';
 *
 * const policy = absRefundPolicy('abs-online-group-tuesday-2026');
 * quoteRefund(policy, { paid: { amount: '250.00', currency: 'USD' } },
 *   { by: 'organizer', reason: 'insufficient_registrants', at: '2026-02-03T15:00:00Z' }).refund;
 * //=> { amount: '250.00', currency: 'USD' }
 * quoteRefund(policy, { paid: { amount: '250.00', currency: 'USD' }, sessionsAttended: 3 },
 *   { by: 'registrant', at: '2026-04-20T12:00:00Z' }).refund;
 * //=> { amount: '0.00', currency: 'USD' }
 * ```
 */
export function absRefundPolicy(id: AbsRefundPolicyId, params: AbsRefundPolicyParams = {}): RefundPolicy {
  const which = validate(AbsRefundPolicyIdSchema, id, 'ABS refund policy id');
  const { refundDeadline } = validate(AbsRefundPolicyParamsSchema, params, 'ABS refund policy parameters');
  if (which === 'abs-spokane-leadership-intensive') {
    if (refundDeadline === undefined) throw deadlineIssue('is required: the Spokane intensive’s cancellation deadline is not published');
    return spokaneIntensiveRefundPolicy(refundDeadline);
  }
  if (refundDeadline !== undefined) throw deadlineIssue(`must not be given: the refund policy of ${which} is published in full`);
  switch (which) {
    case 'abs-online-group-saturday-2026':
    case 'abs-online-group-tuesday-2026':
      return onlineGroupRefundPolicy();
    case 'abs-healing-mindfulness-compassion-retreat-2026':
      return retreatRefundPolicy();
    case 'abs-new-england-leadership-intensive-2026':
      return newEnglandIntensiveRefundPolicy();
    default:
      return assertNever(which);
  }
}
