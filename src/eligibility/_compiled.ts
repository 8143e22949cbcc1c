/** The registry of compiled eligibility rules. Internal. */
import { registry } from '../_lib/compiled.js';
import { validate } from '../_lib/validate.js';
import { mentionedCodes, type MentionedCodes } from './codes.js';
import { EligibilityRuleSchema, type EligibilityRule } from './rule.js';

/** A validated rule with the codes its conditions mention. */
export interface PreparedRule {
  readonly rule: EligibilityRule;
  readonly mentioned: MentionedCodes;
}

/** Prepares a validated rule. */
export function prepareRule(rule: EligibilityRule): PreparedRule {
  return { rule, mentioned: mentionedCodes([rule]) };
}

/** Compiled rules, with their prepared form. */
export const compiledRules = registry<PreparedRule, 'EligibilityRule'>();

/** The prepared rule: precomputed when `rule` is compiled, else validated and prepared now. */
export function ruleOf(rule: unknown): PreparedRule {
  return compiledRules.get(rule) ?? prepareRule(validate(EligibilityRuleSchema, rule, 'eligibility rule'));
}
