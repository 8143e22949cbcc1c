import { assertNever } from '../_lib/assertNever.js';
import { checkCondition } from './conditions.js';
import { phrase } from './describe.js';
import type { RegistrantProfile } from './profile.js';
import type { EligibilityReason, EligibilityResult, RulePath } from './reasons.js';
import type { EligibilityRule } from './rule.js';

/** Whether a rule holds, and the reasons that explain that outcome (whichever it is). */
export interface Outcome {
  readonly holds: boolean;
  readonly reasons: EligibilityReason[];
}

/** A label from an enclosing `not`: `negated` when it describes the negation of the rule it is passed to. */
interface Override {
  readonly label: string;
  readonly negated: boolean;
}

/**
 * The sentence for a condition: "You must (not) be <phrase>; <finding>."
 * `held` is the rule's own outcome; a rule that holds only surfaces as a
 * reason when it is excluded by a `not`, hence "must not".
 */
function say(rule: EligibilityRule, override: Override | undefined, held: boolean, finding: string): { message: string; label?: string } {
  const useOverride = rule.label === undefined && override !== undefined;
  const text = useOverride ? override.label : phrase(rule);
  const mustNot = useOverride ? held !== override.negated : held;
  const message = `You must ${mustNot ? 'not ' : ''}be ${text}; ${finding}.`;
  const label = useOverride ? override.label : rule.label;
  return label === undefined ? { message } : { message, label };
}

/**
 * Evaluates an already validated rule. The reasons explain the outcome: for
 * a rule that fails, every unmet condition; for one that holds, the facts
 * that make it hold (which a `not` above turns into "excluded" reasons).
 * By induction, a reason from a condition that failed always means "must be",
 * one from a condition that held "must not be".
 */
export function evaluate(rule: EligibilityRule, profile: RegistrantProfile, asOf: string, path: RulePath, override?: Override): Outcome {
  switch (rule.type) {
    case 'all': {
      const parts = rule.rules.map((r, i) => evaluate(r, profile, asOf, [...path, 'rules', i]));
      if (parts.some((p) => !p.holds)) return { holds: false, reasons: parts.filter((p) => !p.holds).flatMap((p) => p.reasons) };
      const reasons = parts.flatMap((p) => p.reasons);
      return { holds: true, reasons: [{ code: 'all_held', path, ...say(rule, override, true, 'all of these apply'), reasons }] };
    }
    case 'any': {
      const parts = rule.rules.map((r, i) => evaluate(r, profile, asOf, [...path, 'rules', i]));
      if (parts.some((p) => p.holds)) return { holds: true, reasons: parts.filter((p) => p.holds).flatMap((p) => p.reasons) };
      const reasons = parts.flatMap((p) => p.reasons);
      return { holds: false, reasons: [{ code: 'none_of_any', path, ...say(rule, override, false, 'none of these applies'), reasons }] };
    }
    case 'not': {
      const inner: Override | undefined =
        rule.label !== undefined ? { label: rule.label, negated: true } : override && { label: override.label, negated: !override.negated };
      const outcome = evaluate(rule.rule, profile, asOf, [...path, 'rule'], inner);
      return { holds: !outcome.holds, reasons: outcome.reasons };
    }
    case 'profession':
    case 'clinicallyActive':
    case 'member':
    case 'credential':
    case 'leadsGroup':
    case 'student':
    case 'language': {
      const found = checkCondition(rule, profile, asOf);
      return { holds: found.holds, reasons: [{ ...found.detail, path, ...say(rule, override, found.holds, found.finding) }] };
    }
    default:
      return assertNever(rule);
  }
}

/** The decision on an already validated rule and profile, as `checkEligibility` returns it. */
export function decideEligibility(rule: EligibilityRule, profile: RegistrantProfile, asOf: string): EligibilityResult {
  const outcome = evaluate(rule, profile, asOf, []);
  return outcome.holds ? { eligible: true, reasons: [] } : { eligible: false, reasons: outcome.reasons };
}
