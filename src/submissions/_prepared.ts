/**
 * A submission policy prepared for checking: validated, with its deadline
 * placed in time. `compileSubmissionPolicy` keeps the prepared form of a
 * compiled policy; `checkSubmission` prepares a raw policy on each call, so
 * both decide on the same data. Internal.
 */
import { registry } from '../_lib/compiled.js';
import { deadlineEnd, type DeadlineEnd } from '../_lib/deadline.js';
import { validate } from '../_lib/validate.js';
import { SubmissionPolicySchema, type SubmissionPolicy } from './schema.js';

/** Everything `checkSubmission` reads from a policy. */
export interface PreparedSubmissionPolicy {
  readonly policy: SubmissionPolicy;
  /** The deadline, placed in time in the policy's zone. */
  readonly end: DeadlineEnd;
}

/** Prepares a validated policy. */
export function prepareSubmissionPolicy(policy: SubmissionPolicy): PreparedSubmissionPolicy {
  return { policy, end: deadlineEnd(policy.deadline, policy.timeZone) };
}

/** Compiled submission policies, with their prepared form. */
export const compiledSubmissionPolicies = registry<PreparedSubmissionPolicy, 'SubmissionPolicy'>();

/** The prepared policy: precomputed when `policy` is compiled, else validated and prepared now. */
export function submissionPolicyOf(policy: unknown): PreparedSubmissionPolicy {
  return compiledSubmissionPolicies.get(policy) ?? prepareSubmissionPolicy(validate(SubmissionPolicySchema, policy, 'submission policy'));
}
