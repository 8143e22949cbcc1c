/** The registry of compiled eligibility rules. Internal. */
import { registry } from '../_lib/compiled.js';
import { validate } from '../_lib/validate.js';
import { EligibilityRuleSchema, type EligibilityRule } from './rule.js';

/** Compiled rules; nothing is precomputed beyond validation. */
export const compiledRules = registry<true>();

/** The validated rule: `rule` itself when compiled, else validated now. */
export function ruleOf(rule: unknown): EligibilityRule {
  return compiledRules.get(rule) === undefined ? validate(EligibilityRuleSchema, rule, 'eligibility rule') : (rule as EligibilityRule);
}
