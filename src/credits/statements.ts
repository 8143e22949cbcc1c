import { validate } from '../_lib/validate.js';
import { NonEmptySchema } from '../_lib/codes.js';

/**
 * The AMA/AAFP equivalency wording, exactly as the American Balint Society's
 * accreditation text gives it. Every AAFP Prescribed result and transcript
 * carries it, because it says how the credit may be reported.
 *
 * @example
 * ```ts
 * import { AMA_AAFP_EQUIVALENCY_STATEMENT } from 'balint-rules/credits';
 *
 * AMA_AAFP_EQUIVALENCY_STATEMENT.endsWith('must be reported as Prescribed, not as Category 1.');
 * //=> true
 * ```
 */
export const AMA_AAFP_EQUIVALENCY_STATEMENT =
  "AAFP Prescribed credit is accepted by the American Medical Association as equivalent to AMA PRA Category 1 Credit toward the AMA Physician's Recognition Award. When applying for the AMA PRA, Prescribed credit earned must be reported as Prescribed, not as Category 1.";

/**
 * The American Balint Society's APA sponsorship statement, exactly as its
 * accreditation text gives it.
 *
 * @example
 * ```ts
 * import { ABS_APA_SPONSOR_STATEMENT } from 'balint-rules/credits';
 *
 * ABS_APA_SPONSOR_STATEMENT.startsWith('The American Balint Society is approved');
 * //=> true
 * ```
 */
export const ABS_APA_SPONSOR_STATEMENT =
  'The American Balint Society is approved by the American Psychological Association to sponsor continuing education for psychologists. The American Balint Society maintains responsibility for this program and its content.';

/**
 * The AAFP's cap on Prescribed credit per session of a regularly scheduled
 * series: 3.75 credits. It applies only where an accreditation sets it (as
 * `sessionCap` of its AAFP rule); the library never applies it on its own.
 *
 * @example
 * ```ts
 * import { AAFP_SERIES_SESSION_CAP } from 'balint-rules/credits';
 *
 * const rule = { kind: 'aafp_prescribed', sessionCap: AAFP_SERIES_SESSION_CAP };
 * rule.sessionCap;
 * //=> '3.75'
 * ```
 */
export const AAFP_SERIES_SESSION_CAP = '3.75';

/**
 * The AAFP's acceptance wording for an activity, as the American Balint
 * Society's accreditation text words it.
 *
 * @example
 * ```ts
 * import { aafpAcceptanceStatement } from 'balint-rules/credits';
 *
 * aafpAcceptanceStatement('Balint Group - Decreasing Isolation with Peer Consultation');
 * //=> 'The AAFP has reviewed Balint Group - Decreasing Isolation with Peer Consultation, and deemed it acceptable for AAFP credit.'
 * ```
 */
export function aafpAcceptanceStatement(title: string): string {
  validate(NonEmptySchema, title, 'activity title');
  return `The AAFP has reviewed ${title}, and deemed it acceptable for AAFP credit.`;
}
