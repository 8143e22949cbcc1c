import type { Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { compiledSubmissionPolicies, prepareSubmissionPolicy } from './_prepared.js';
import { SubmissionPolicySchema, type SubmissionPolicy, type SubmissionPolicyInput } from './schema.js';

/**
 * A submission policy validated once by {@link compileSubmissionPolicy}: the
 * policy as the schema returns it (defaults filled in), deep-frozen. It is
 * still plain JSON; the library knows it by identity, so `checkSubmission`
 * skips validating it and uses its deadline as placed in time once. A copy
 * (say, after `JSON.parse`) is an ordinary policy again, validated as usual.
 *
 * @example
 * ```ts
 * import { compileSubmissionPolicy, type CompiledSubmissionPolicy } from 'balint-rules/submissions';
 *
 * const essayPrize: CompiledSubmissionPolicy = compileSubmissionPolicy({
 *   name: 'Essay prize', deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'America/New_York' });
 * ```
 */
export type CompiledSubmissionPolicy = Compiled<SubmissionPolicy, 'SubmissionPolicy'>;

/**
 * Validates a call for submissions once, for checking many submissions
 * against it: returns the validated policy, deep-frozen, which
 * `checkSubmission` accepts without validating it again, with its deadline
 * placed in time once. Results are the same as with the policy itself;
 * submissions are still validated on every call.
 *
 * @param policy - the submission policy, see {@link SubmissionPolicySchema}
 * @returns the compiled policy: a frozen plain JSON value
 * @throws {ValidationError} when the policy is not valid (an unknown key
 *   included, such as `wordcount` for `wordCount`)
 *
 * @example
 * ```ts
 * import { checkSubmission, compileSubmissionPolicy } from 'balint-rules/submissions';
 *
 * const essayPrize = compileSubmissionPolicy({ name: 'Essay prize', wordCount: { max: 3000 },
 *   deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'America/New_York' });
 * checkSubmission(essayPrize, { language: 'en', wordCount: 2400, at: '2026-03-02T04:59:59Z' }).verdict;
 * //=> 'accepted'
 * ```
 */
export function compileSubmissionPolicy(policy: DeepReadonly<SubmissionPolicyInput>): CompiledSubmissionPolicy {
  const valid = validate(SubmissionPolicySchema, policy, 'submission policy');
  return compiledSubmissionPolicies.add(valid, prepareSubmissionPolicy);
}
