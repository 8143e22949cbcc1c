/** The ABS's "in writing by the cancellation deadline, less $100" policy (retreat, intensives). Internal. */
import { deadlineRefundPolicy } from '../../refunds/deadlineRefundPolicy.js';
import type { LocalDeadlineInput } from '../../_lib/deadlineSchema.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import * as z from 'zod/mini';
import { paramCheck } from './_parts.js';

/**
 * "Registrants wishing to cancel their registration must do so in writing by
 * the cancellation deadline of <date>. For cancellations received by the
 * cancellation date, $100 of the registration fee will be withheld for
 * administrative fees and the refund will be issued within 30 days of
 * acknowledgment of the cancellation. For cancellations received after the
 * cancellation date, no refunds will be available."
 */
export function writtenDeadlineRefundPolicy(o: { id: string; label: string; timeZone: string; deadline: string | LocalDeadlineInput }): RefundPolicy {
  return deadlineRefundPolicy({
    id: o.id,
    label: o.label,
    timeZone: o.timeZone,
    deadline: o.deadline,
    inWriting: true,
    withhold: { amount: '100.00', currency: 'USD' },
    due: { days: 30, after: 'acknowledgement' },
  });
}

/** What the pages leave out of that policy, for a program's `unpublished` list. */
export const ORGANIZER_CANCELLATION_UNPUBLISHED = {
  fact: 'refunds.rules (cancellation by the ABS)',
  description:
    'The page states no refund for a cancellation by the ABS: the policy covers registrants’ cancellations, so an organizer cancellation quotes its "otherwise" outcome (nothing).',
} as const;

/** A fee schedule parameter beside that policy must be in dollars, the currency of the $100 it withholds (as the program schema requires). */
export const usdFeesCheck = paramCheck<{ fees?: { currency: string } | undefined }>(
  ['fees'],
  z.refine((p) => p.fees === undefined || p.fees.currency === 'USD', {
    message: 'must be in the currency of the refund policy’s withheld fees',
    path: ['fees', 'currency'],
    when: (payload) => payload.issues.length === 0,
  }),
);
