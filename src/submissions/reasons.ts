/**
 * Every code a submission check can carry, met or not, in the order the
 * checks run: received in time, language, word count, file format, author.
 * A result's `reasons` are its unmet checks.
 *
 * @example
 * ```ts
 * import { SUBMISSION_REASON_CODES } from 'balint-rules/submissions';
 *
 * SUBMISSION_REASON_CODES.includes('too_many_words');
 * //=> true
 * ```
 */
export const SUBMISSION_REASON_CODES = [
  'received_in_time',
  'received_late',
  'language_accepted',
  'language_not_accepted',
  'word_count_within',
  'too_few_words',
  'too_many_words',
  'format_accepted',
  'format_not_accepted',
  'author_eligible',
  'author_not_eligible',
  'author_unknown',
] as const;

/**
 * A code of a submission check, see {@link SUBMISSION_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { SubmissionReasonCode } from 'balint-rules/submissions';
 *
 * const code: SubmissionReasonCode = 'received_late';
 * ```
 */
export type SubmissionReasonCode = (typeof SUBMISSION_REASON_CODES)[number];

/**
 * One check a submission is put through, met or not.
 *
 * @example
 * ```ts
 * import type { SubmissionCheck } from 'balint-rules/submissions';
 *
 * const check: SubmissionCheck = { code: 'too_many_words', met: false, message: 'It has 3400 words; at most 3000 are allowed.' };
 * ```
 */
export interface SubmissionCheck {
  /** What was checked and how it came out, see {@link SUBMISSION_REASON_CODES}. */
  readonly code: SubmissionReasonCode;
  readonly met: boolean;
  /** A readable English sentence. */
  readonly message: string;
}

/**
 * Whether a submission is accepted (`verdict`), every check with its
 * outcome, and the unmet ones as reasons.
 *
 * @example
 * ```ts
 * import { checkSubmission, type SubmissionResult } from 'balint-rules/submissions';
 *
 * const result: SubmissionResult = checkSubmission(
 *   { name: 'Essay prize', wordCount: { max: 3000 }, deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'America/New_York' },
 *   { language: 'en', wordCount: 3400, at: '2026-02-27T18:00:00Z' },
 * );
 * [result.verdict, result.reasons.map((r) => r.code)];
 * //=> ['rejected', ['too_many_words']]
 * ```
 */
export interface SubmissionResult {
  /** `accepted` exactly when every check is met, else `rejected`. */
  readonly verdict: 'accepted' | 'rejected';
  readonly checks: readonly SubmissionCheck[];
  /** The unmet checks: empty exactly when the verdict is `accepted`. */
  readonly reasons: readonly SubmissionCheck[];
  /** The first instant that is too late (ISO-8601, UTC). */
  readonly deadlineEndsAt: string;
}
