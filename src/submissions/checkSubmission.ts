import type { DeepReadonly } from '../_lib/types.js';
import { formatDays } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { instantToWall } from '../_lib/zone.js';
import { evaluate } from '../eligibility/evaluate.js';
import { submissionPolicyOf } from './_prepared.js';
import { SubmissionSchema, type SubmissionPolicyInput, type Submission } from './schema.js';

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
  /** `received_in_time`, `received_late`, `language_accepted`, `language_not_accepted`, `word_count_within`, `too_few_words`, `too_many_words`, `format_accepted`, `format_not_accepted`, `author_eligible`, `author_not_eligible`, `author_unknown`. */
  readonly code: string;
  readonly met: boolean;
  readonly message: string;
}

/**
 * Whether a submission is accepted, every check with its outcome, and the unmet ones as reasons.
 *
 * @example
 * ```ts
 * import { checkSubmission, type SubmissionResult } from 'balint-rules/submissions';
 *
 * const result: SubmissionResult = checkSubmission(
 *   { name: 'Essay prize', wordCount: { max: 3000 }, deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'America/New_York' },
 *   { language: 'en', wordCount: 3400, receivedAt: '2026-02-27T18:00:00Z' },
 * );
 * result.reasons.map((r) => r.code);
 * //=> ['too_many_words']
 * ```
 */
export interface SubmissionResult {
  readonly accepted: boolean;
  readonly checks: readonly SubmissionCheck[];
  /** The unmet checks: empty exactly when accepted. */
  readonly reasons: readonly SubmissionCheck[];
  /** The first instant that is too late (ISO-8601, UTC). */
  readonly deadlineEndsAt: string;
}

const normalizeTag = (tag: string): string => tag.toLowerCase().split('-')[0] as string;

/**
 * Checks a submission against a call's rules: received in time (the
 * deadline read in the policy's zone), language, word count, file format,
 * and the author's eligibility on the day it was received. Every check is
 * reported; `reasons` holds the unmet ones.
 *
 * A policy compiled once with {@link compileSubmissionPolicy} is not
 * validated again; the result is the same.
 *
 * @param policy - the call's rules, see {@link SubmissionPolicySchema}, or a compiled one
 * @param submission - the submission, see {@link SubmissionSchema}
 * @throws {ValidationError} when the policy (subject `submission policy`) or
 *   the submission (subject `submission`) is not valid
 *
 * @example
 * ```ts
 * import { checkSubmission, type SubmissionPolicyInput } from 'balint-rules/submissions';
 *
 * const policy: SubmissionPolicyInput = { name: 'Essay prize', languages: ['en'], wordCount: { min: 5000, max: 12000 },
 *   deadline: { kind: 'date', date: '2026-01-31', inclusive: false }, timeZone: 'Europe/Zurich' };
 * checkSubmission(policy, { language: 'en', wordCount: 4200, receivedAt: '2026-01-30T10:00:00Z' }).reasons;
 * //=> [{ code: 'too_few_words', met: false, message: 'It has 4200 words; at least 5000 are required.' }]
 * ```
 */
export function checkSubmission(policy: DeepReadonly<SubmissionPolicyInput>, submission: DeepReadonly<Submission>): SubmissionResult {
  const { policy: p, end } = submissionPolicyOf(policy);
  const s = validate(SubmissionSchema, submission, 'submission');
  const checks: SubmissionCheck[] = [];
  const check = (met: boolean, code: string, failCode: string, message: string): void => {
    checks.push({ code: met ? code : failCode, met, message });
  };
  const fail = (code: string, message: string): void => check(false, '', code, message);

  const receivedMs = instantToEpochMs(s.receivedAt);
  const inTime = receivedMs < end.endMs;
  check(inTime, 'received_in_time', 'received_late', inTime ? `Received ${end.by}.` : `Received ${end.after}; submissions must be received ${end.by}.`);

  if (p.languages !== undefined) {
    const ok = p.languages.some((tag) => normalizeTag(tag) === normalizeTag(s.language));
    check(ok, 'language_accepted', 'language_not_accepted', ok ? `Written in an accepted language (${s.language}).` : `Written in "${s.language}"; accepted: ${p.languages.join(', ')}.`);
  }

  const min = p.wordCount?.min;
  const max = p.wordCount?.max;
  if (min !== undefined && s.wordCount < min) {
    fail('too_few_words', `It has ${s.wordCount} words; at least ${min} are required.`);
  } else if (max !== undefined && s.wordCount > max) {
    fail('too_many_words', `It has ${s.wordCount} words; at most ${max} are allowed.`);
  } else if (min !== undefined || max !== undefined) {
    check(true, 'word_count_within', '', `It has ${s.wordCount} words, within the limits.`);
  }

  if (p.fileFormats !== undefined) {
    const format = s.fileFormat?.toLowerCase().replace(/^\./, '');
    const ok = format !== undefined && p.fileFormats.some((f) => f.toLowerCase().replace(/^\./, '') === format);
    check(ok, 'format_accepted', 'format_not_accepted', ok ? `Sent as ${format}.` : `Sent as ${format ?? 'an unstated format'}; accepted: ${p.fileFormats.join(', ')}.`);
  }

  if (p.eligibility !== undefined) {
    if (s.profile === undefined) {
      fail('author_unknown', 'The author profile is needed to check eligibility.');
    } else {
      const asOf = formatDays(instantToWall(receivedMs, p.timeZone).days);
      const result = evaluate(p.eligibility, s.profile, asOf);
      check(
        result.holds,
        'author_eligible',
        'author_not_eligible',
        result.holds ? 'The author is eligible.' : `The author is not eligible: ${result.reasons().map((r) => r.message).join(' ')}`,
      );
    }
  }

  const reasons = checks.filter((c) => !c.met);
  return { accepted: reasons.length === 0, checks, reasons, deadlineEndsAt: end.endsAt };
}
