import type { Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { compiledPolicies, preparePolicy } from './_prepared.js';
import { RefundPolicySchema, type RefundPolicy, type RefundPolicyInput } from './schema.js';

/**
 * A refund policy validated once by {@link compileRefundPolicy}: the
 * policy as the schema returns it (defaults filled in), deep-frozen. It is
 * still plain JSON (no extra keys); the library knows it by identity, so
 * `quoteRefund` skips validating it and uses what was precomputed from it.
 * A copy (say, after `JSON.parse`) is an ordinary policy again, validated as
 * usual.
 *
 * @example
 * ```ts
 * import { compileRefundPolicy, type CompiledRefundPolicy } from 'balint-rules/refunds';
 *
 * const noRefunds: CompiledRefundPolicy = compileRefundPolicy({ timeZone: 'America/New_York', rules: [], otherwise: { kind: 'none' } });
 * ```
 */
export type CompiledRefundPolicy = Compiled<RefundPolicy, 'RefundPolicy'>;

/**
 * Validates a refund policy once, for quoting many cancellations under it:
 * returns the validated policy, deep-frozen, which `quoteRefund` accepts
 * without validating it again, with its fixed deadlines placed in time and
 * its percentages and fees parsed once. Quotes are the same as with the
 * policy itself; only the work that does not depend on the cancellation is
 * skipped (registrations and cancellations are still validated on every
 * call).
 *
 * @param policy - the refund policy, see {@link RefundPolicySchema}
 * @returns the compiled policy: a frozen plain JSON value
 * @throws {ValidationError} when the policy is not valid
 *
 * @example
 * ```ts
 * import { compileRefundPolicy, deadlineRefundPolicy, quoteRefund } from 'balint-rules/refunds';
 *
 * const policy = compileRefundPolicy(deadlineRefundPolicy({
 *   timeZone: 'America/New_York', deadline: '2026-09-15', withhold: { amount: '100.00', currency: 'USD' },
 * }));
 * quoteRefund(policy, { paid: { amount: '875.00', currency: 'USD' } },
 *   { by: 'registrant', inWriting: true, at: '2026-09-10T12:00:00Z' }).refund;
 * //=> { amount: '775.00', currency: 'USD' }
 * ```
 */
export function compileRefundPolicy(policy: DeepReadonly<RefundPolicyInput>): CompiledRefundPolicy {
  const valid = validate(RefundPolicySchema, policy, 'refund policy');
  return compiledPolicies.add(valid, preparePolicy);
}
