/**
 * The codes a credentialing result carries: the reasons behind a
 * credential's status (`period_met`, `period_short`, `counted_late`) and why
 * a ledger activity did not count (`not_qualifying`, `before_issued`,
 * `after_at`, `after_lapse`).
 *
 * @example
 * ```ts
 * import { CREDENTIALING_REASON_CODES } from 'balint-rules/credentialing';
 *
 * CREDENTIALING_REASON_CODES.includes('counted_late');
 * //=> true
 * ```
 */
export const CREDENTIALING_REASON_CODES = [
  'period_met',
  'period_short',
  'counted_late',
  'not_qualifying',
  'before_issued',
  'after_at',
  'after_lapse',
] as const;

/**
 * A credentialing code, see {@link CREDENTIALING_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { CredentialingReasonCode } from 'balint-rules/credentialing';
 *
 * const code: CredentialingReasonCode = 'period_short';
 * ```
 */
export type CredentialingReasonCode = (typeof CREDENTIALING_REASON_CODES)[number];
