import type { Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { compiledRules, prepareRule } from './_compiled.js';
import { EligibilityRuleSchema, type EligibilityRule } from './rule.js';

/**
 * An eligibility rule validated once by {@link compileEligibilityRule}:
 * the rule as the schema returns it, deep-frozen. It is still plain JSON
 * (no extra keys); the library knows it by identity, so `checkEligibility`
 * and `quoteFee` skip validating it. A copy (say, after `JSON.parse`) is an
 * ordinary rule again, validated as usual.
 *
 * @example
 * ```ts
 * import { compileEligibilityRule, type CompiledEligibilityRule } from 'balint-rules/eligibility';
 *
 * const activeClinicians: CompiledEligibilityRule = compileEligibilityRule({ kind: 'clinically_active' });
 * ```
 */
export type CompiledEligibilityRule = Compiled<EligibilityRule, 'EligibilityRule'>;

/**
 * Validates an eligibility rule once, for deciding many registrants under
 * it: returns the validated rule, deep-frozen, which `checkEligibility`
 * accepts without validating it again. Decisions are the same as with the
 * rule itself; only the rule's validation is skipped (profiles and options
 * are still validated on every call).
 *
 * @param rule - who may register, see {@link EligibilityRuleSchema}
 * @returns the compiled rule: a frozen plain JSON value
 * @throws {ValidationError} when the rule is not valid
 *
 * @example
 * ```ts
 * import { checkEligibility, compileEligibilityRule } from 'balint-rules/eligibility';
 *
 * const rule = compileEligibilityRule({ kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] });
 * checkEligibility(rule, { memberships: [{ organization: 'ABS' }], leadsGroup: true }, { at: '2026-03-12' });
 * //=> { verdict: 'eligible', reasons: [] }
 * ```
 */
export function compileEligibilityRule(rule: DeepReadonly<EligibilityRule>): CompiledEligibilityRule {
  const valid = validate(EligibilityRuleSchema, rule, 'eligibility rule');
  return compiledRules.add(valid, prepareRule);
}
