import { validate } from '../_lib/validate.js';
import { RecurrenceRuleSchema, type RecurrenceRule, type RecurrenceRuleInput } from './schema.js';
import { canonical } from '../_lib/recurrence/canonicalRule.js';

/**
 * Validates a rule and returns it in canonical form: lists sorted (weekdays
 * Monday first, ordinals and days from the start then from the end, months and
 * dates ascending) and defaults filled in. Two rules that mean the same dates
 * by the same pattern normalise to deep-equal values.
 *
 * @example
 * ```ts
 * import { normalizeRecurrence } from 'balint-rules/recurrence';
 *
 * normalizeRecurrence({ kind: 'nth_weekday', weekday: 'wednesday', ordinals: [3, 1] });
 * //=> { kind: 'nth_weekday', weekday: 'wednesday', ordinals: [1, 3] }
 * ```
 */
export function normalizeRecurrence(rule: RecurrenceRuleInput): RecurrenceRule {
  return canonical(validate(RecurrenceRuleSchema, rule, 'recurrence rule'));
}
