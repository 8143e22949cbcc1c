import type { DeepReadonly } from '../_lib/types.js';
import { formatDays } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { languageTagMatches } from '../_lib/languageTags.js';
import { validate } from '../_lib/validate.js';
import { instantToWall } from '../_lib/zone.js';
import { evaluate } from '../eligibility/evaluate.js';
import { submissionPolicyOf } from './_prepared.js';
import type { SubmissionCheck, SubmissionReasonCode, SubmissionResult } from './reasons.js';
import { SubmissionSchema, type SubmissionPolicyInput, type Submission } from './schema.js';

/**
 * Checks a submission against a call's rules: received in time (its `at`
 * against the deadline read in the policy's zone), language, word count,
 * file format, and the author's eligibility on the local day of `at`. Every
 * check is reported; `reasons` holds the unmet ones, and `verdict` is
 * `accepted` exactly when there are none.
 *
 * A language is accepted when it equals an accepted tag ignoring case, or
 * is a more specific form of one (`en-US` for `en`; `en` does not satisfy
 * `en-US`), as in eligibility's language condition.
 *
 * A policy compiled once with {@link compileSubmissionPolicy} is not
 * validated again; the result is the same.
 *
 * @param policy - the call's rules, see {@link SubmissionPolicySchema}, or a compiled one
 * @param submission - the submission, see {@link SubmissionSchema}
 * @returns `{ verdict, checks, reasons, deadlineEndsAt }`, see {@link SubmissionResult}
 * @throws {ValidationError} when the policy (subject `submission policy`) or
 *   the submission (subject `submission`) is not valid
 *
 * @example
 * ```ts
 * import { checkSubmission, type SubmissionPolicyInput } from 'balint-rules/submissions';
 *
 * const policy: SubmissionPolicyInput = { name: 'Essay prize', languages: ['en'], wordCount: { min: 5000, max: 12000 },
 *   deadline: { kind: 'date', date: '2026-01-31', inclusive: false }, timeZone: 'Europe/Zurich' };
 * checkSubmission(policy, { language: 'en', wordCount: 4200, at: '2026-01-30T10:00:00Z' }).reasons;
 * //=> [{ code: 'too_few_words', met: false, message: 'It has 4200 words; at least 5000 are required.' }]
 * ```
 */
export function checkSubmission(policy: DeepReadonly<SubmissionPolicyInput>, submission: DeepReadonly<Submission>): SubmissionResult {
  const { policy: p, end } = submissionPolicyOf(policy);
  const s = validate(SubmissionSchema, submission, 'submission');
  const checks: SubmissionCheck[] = [];
  const check = (met: boolean, code: SubmissionReasonCode, failCode: SubmissionReasonCode, message: string): void => {
    checks.push({ code: met ? code : failCode, met, message });
  };
  const fail = (code: SubmissionReasonCode, message: string): void => {
    checks.push({ code, met: false, message });
  };

  const receivedMs = instantToEpochMs(s.at);
  const inTime = receivedMs < end.endMs;
  check(inTime, 'received_in_time', 'received_late', inTime ? `Received ${end.by}.` : `Received ${end.after}; submissions must be received ${end.by}.`);

  if (p.languages !== undefined) {
    const ok = p.languages.some((wanted) => languageTagMatches(s.language, wanted));
    check(ok, 'language_accepted', 'language_not_accepted', ok ? `Written in an accepted language (${s.language}).` : `Written in "${s.language}"; accepted: ${p.languages.join(', ')}.`);
  }

  const min = p.wordCount?.min;
  const max = p.wordCount?.max;
  if (min !== undefined && s.wordCount < min) {
    fail('too_few_words', `It has ${s.wordCount} words; at least ${min} are required.`);
  } else if (max !== undefined && s.wordCount > max) {
    fail('too_many_words', `It has ${s.wordCount} words; at most ${max} are allowed.`);
  } else if (min !== undefined || max !== undefined) {
    checks.push({ code: 'word_count_within', met: true, message: `It has ${s.wordCount} words, within the limits.` });
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
      const on = formatDays(instantToWall(receivedMs, p.timeZone).days);
      const result = evaluate(p.eligibility, s.profile, on);
      check(
        result.holds,
        'author_eligible',
        'author_not_eligible',
        result.holds ? 'The author is eligible.' : `The author is not eligible: ${result.reasons().map((r) => r.message).join(' ')}`,
      );
    }
  }

  const reasons = checks.filter((c) => !c.met);
  return { verdict: reasons.length === 0 ? 'accepted' : 'rejected', checks, reasons, deadlineEndsAt: end.endsAt };
}
