import type { Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { compiledCapacityPolicies } from './_compiled.js';
import { CapacityPolicySchema, type CapacityPolicy, type CapacityPolicyInput } from './policy.js';

/**
 * A capacity policy validated once by {@link compileCapacityPolicy}: the
 * policy as the schema returns it (defaults filled in), deep-frozen. It is
 * still plain JSON; the library knows it by identity, so the decisions skip
 * validating it. A copy (say, after `JSON.parse`) is an ordinary policy
 * again, validated as usual.
 *
 * @example
 * ```ts
 * import { compileCapacityPolicy, type CompiledCapacityPolicy } from 'balint-rules/capacity';
 *
 * const twelveSeats: CompiledCapacityPolicy = compileCapacityPolicy({ maxSeats: 12 });
 * ```
 */
export type CompiledCapacityPolicy = Compiled<CapacityPolicy, 'CapacityPolicy'>;

/**
 * Validates a capacity policy once, for deciding many rosters under it:
 * returns the validated policy, deep-frozen, which `replayRegistrations`,
 * `applyRegistrationEvent` and `decideViability` accept without validating
 * it again. Decisions are the same as with the policy itself; events,
 * rosters and options are still validated on every call.
 *
 * @param policy - the capacity policy, see {@link CapacityPolicySchema}
 * @returns the compiled policy: a frozen plain JSON value
 * @throws {ValidationError} when the policy is not valid (an unknown key
 *   included, such as `maxSeat` for `maxSeats`)
 *
 * @example
 * ```ts
 * import { applyRegistrationEvent, compileCapacityPolicy, emptyRoster } from 'balint-rules/capacity';
 *
 * const diversity = compileCapacityPolicy({ maxSeats: 12 });
 * diversity;
 * //=> { maxSeats: 12, waitlist: true }
 * applyRegistrationEvent(diversity, emptyRoster(), { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' }).confirmed;
 * //=> ['ana']
 * ```
 */
export function compileCapacityPolicy(policy: DeepReadonly<CapacityPolicyInput>): CompiledCapacityPolicy {
  const valid = validate(CapacityPolicySchema, policy, 'capacity policy');
  return compiledCapacityPolicies.add(valid, (frozen) => frozen);
}
