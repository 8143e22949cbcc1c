/** Compiled capacity policies and the one way the decisions read a policy. Internal. */
import { registry } from '../_lib/compiled.js';
import { validate } from '../_lib/validate.js';
import { CapacityPolicySchema, type CapacityPolicy } from './policy.js';

/** Compiled capacity policies (the validated policy is all a decision needs). */
export const compiledCapacityPolicies = registry<CapacityPolicy, 'CapacityPolicy'>();

/** The validated policy: as compiled, when `policy` is a compiled one, else validated now. */
export function capacityPolicyOf(policy: unknown): CapacityPolicy {
  return compiledCapacityPolicies.get(policy) ?? validate(CapacityPolicySchema, policy, 'capacity policy');
}
