/**
 * A refund policy prepared for quoting: validated, with its fixed deadlines
 * placed in time, its percentages and fees parsed, and its fixed phrases
 * written once. `compileRefundPolicy` keeps the prepared form of a compiled
 * policy; `quoteRefund` prepares a raw policy on each call, so both decide
 * on the same data. Internal.
 */
import { registry } from '../_lib/compiled.js';
import { parseDays } from '../_lib/civil.js';
import { validate } from '../_lib/validate.js';
import { Dec, normalize } from '../_lib/decimal.js';
import type { Money } from '../money/schema.js';
import { humanize } from './_conditions.js';
import { deadlineEnd, isRelativeDeadline, type DeadlineEnd } from '../_lib/deadline.js';
import { formatLongDate, joinAnd } from '../_lib/prose.js';
import type { RefundDeadline } from '../_lib/deadlineSchema.js';
import { RefundPolicySchema, type RefundOutcome, type RefundPolicy, type RefundRule } from './schema.js';

/** An outcome with its numbers parsed. */
export interface PreparedOutcome {
  readonly outcome: RefundOutcome;
  /** The percentage (refund and credit outcomes), and whether it is exactly 100. */
  readonly percent: Dec | undefined;
  readonly hundred: boolean;
  /** The percentage as written in messages (`12.5`). */
  readonly percentText: string;
  /** The fee withheld, normalised, and its value. */
  readonly withhold: Money | undefined;
  readonly withholdValue: Dec | undefined;
  /** `, valid until March 1, 2027` for a credit with an end, else empty. */
  readonly validUntil: string;
}

/** A rule with its fixed deadlines in time and its fixed phrases. */
export interface PreparedRule {
  readonly rule: RefundRule;
  /** A deadline fixed on the calendar, placed in time (relative ones are placed per cancellation). */
  readonly receivedBy: DeadlineEnd | undefined;
  readonly receivedAfter: DeadlineEnd | undefined;
  /** The reasons the rule covers, in words (`insufficient registrants`), when it lists some. */
  readonly covered: string;
  /** How the quote names the rule: its label, its id, or `rule N`. */
  readonly name: string;
  readonly outcome: PreparedOutcome;
}

/** Everything `quoteRefund` reads from a policy. */
export interface PreparedPolicy {
  readonly policy: RefundPolicy;
  readonly rules: readonly PreparedRule[];
  readonly otherwise: PreparedOutcome;
  /** Whether a deadline counts from the first session (then the registration must give its start). */
  readonly relative: boolean;
  /** Every fee withheld, rules first, then `otherwise`, as written. */
  readonly withholds: readonly Money[];
  /** Every cancellation reason a rule mentions, once each, in the order written. */
  readonly reasons: readonly string[];
}

function prepareOutcome(outcome: RefundOutcome): PreparedOutcome {
  if (outcome.kind !== 'refund' && outcome.kind !== 'credit') {
    return { outcome, percent: undefined, hundred: false, percentText: '', withhold: undefined, withholdValue: undefined, validUntil: '' };
  }
  const percent = new Dec(outcome.percent);
  const withhold = outcome.withhold === undefined ? undefined : normalize(outcome.withhold);
  return {
    outcome,
    percent,
    hundred: percent.equals(100),
    percentText: percent.toString(),
    withhold,
    withholdValue: withhold === undefined ? undefined : new Dec(withhold.amount),
    validUntil: outcome.kind === 'credit' && outcome.validUntil !== undefined ? `, valid until ${formatLongDate(parseDays(outcome.validUntil))}` : '',
  };
}

const fixedEnd = (deadline: RefundDeadline | undefined, zone: string): DeadlineEnd | undefined =>
  deadline === undefined || isRelativeDeadline(deadline) ? undefined : deadlineEnd(deadline, zone);

/** Prepares a validated policy. */
export function preparePolicy(p: RefundPolicy): PreparedPolicy {
  const rules = p.rules.map(
    (rule, i): PreparedRule => ({
      rule,
      receivedBy: fixedEnd(rule.when.receivedBy, p.timeZone),
      receivedAfter: fixedEnd(rule.when.receivedAfter, p.timeZone),
      covered: rule.when.reasons === undefined ? '' : joinAnd(rule.when.reasons.map(humanize)),
      name: rule.label ?? rule.id ?? `rule ${i + 1}`,
      outcome: prepareOutcome(rule.outcome),
    }),
  );
  const withholds: Money[] = [];
  for (const outcome of [...p.rules.map((rule) => rule.outcome), p.otherwise]) {
    if ((outcome.kind === 'refund' || outcome.kind === 'credit') && outcome.withhold !== undefined) withholds.push(outcome.withhold);
  }
  return {
    policy: p,
    rules,
    otherwise: prepareOutcome(p.otherwise),
    relative: p.rules.some((rule) => [rule.when.receivedBy, rule.when.receivedAfter].some((d) => d !== undefined && isRelativeDeadline(d))),
    withholds,
    reasons: [...new Set(p.rules.flatMap((rule) => rule.when.reasons ?? []))],
  };
}

/** Compiled policies, with their prepared form. */
export const compiledPolicies = registry<PreparedPolicy, 'RefundPolicy'>();

/** The prepared policy: precomputed when `policy` is compiled, else validated and prepared now. */
export function policyOf(policy: unknown): PreparedPolicy {
  return compiledPolicies.get(policy) ?? preparePolicy(validate(RefundPolicySchema, policy, 'refund policy'));
}
