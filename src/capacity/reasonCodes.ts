import { VIABILITY_REASON_CODES } from './decideViability.js';
import { ROSTER_DECISION_CODES } from './roster.js';
import { TRANSFER_REASON_CODES } from './transferQuote.js';

/**
 * Every code a capacity result can carry: the roster's decisions (which
 * include the registration window's `registration_not_open_yet` and
 * `registration_closed`, also the codes of `registrationWindowStatus`), the
 * viability reasons and the reasons a transfer is refused (the replay's
 * decision and the quote's reason share their codes). Each appears once.
 *
 * @example
 * ```ts
 * import { CAPACITY_REASON_CODES } from 'balint-rules/capacity';
 *
 * CAPACITY_REASON_CODES.includes('waitlisted_full');
 * //=> true
 * CAPACITY_REASON_CODES.includes('colleague_not_eligible');
 * //=> true
 * ```
 */
export const CAPACITY_REASON_CODES: readonly CapacityReasonCode[] = [...new Set([...ROSTER_DECISION_CODES, ...VIABILITY_REASON_CODES, ...TRANSFER_REASON_CODES])];

/**
 * A capacity reason code, see {@link CAPACITY_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { CapacityReasonCode } from 'balint-rules/capacity';
 *
 * const code: CapacityReasonCode = 'insufficient_registrants';
 * ```
 */
export type CapacityReasonCode = (typeof ROSTER_DECISION_CODES)[number] | (typeof VIABILITY_REASON_CODES)[number] | (typeof TRANSFER_REASON_CODES)[number];
