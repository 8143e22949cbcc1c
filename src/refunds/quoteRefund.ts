import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { ValidationError } from '../errors/ValidationError.js';
import { assertSameCurrency, dec, normalize } from '../_lib/decimal.js';
import type { Money } from '../money/schema.js';
import { checkConditions, type Facts } from './_conditions.js';
import { FIRST_SESSION_REQUIRED } from '../_lib/deadline.js';
import { settle, type RefundDueDate } from './_outcome.js';
import { policyOf, type PreparedRule } from './_prepared.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { joinAnd } from '../_lib/prose.js';
import { nearMissCode } from '../_lib/suggest.js';
import { sessionStartMs } from './sessionStart.js';
import type { RefundReason } from './reasons.js';
import { CancellationSchema, RefundRegistrationSchema, type Cancellation, type RefundRegistration } from './cancellation.js';
import type { RefundOutcome, RefundPolicyInput, RefundRule } from './schema.js';

export type { RefundDueDate } from './_outcome.js';

/**
 * Which part of the policy decided: a rule (by index, with its id and label) or `otherwise`.
 *
 * @example
 * ```ts
 * import type { MatchedRefundRule } from 'balint-rules/refunds';
 *
 * const matched: MatchedRefundRule = { source: 'otherwise', index: null };
 * ```
 */
export type MatchedRefundRule =
  | { readonly source: 'rule'; readonly index: number; readonly id?: string; readonly label?: string }
  | { readonly source: 'otherwise'; readonly index: null };

/**
 * The answer of {@link quoteRefund}.
 *
 * @example
 * ```ts
 * import type { RefundQuote } from 'balint-rules/refunds';
 *
 * const nothing: RefundQuote = {
 *   verdict: 'none',
 *   paid: { amount: '250.00', currency: 'USD' },
 *   refund: { amount: '0.00', currency: 'USD' },
 *   credit: { amount: '0.00', currency: 'USD' },
 *   withheld: { amount: '0.00', currency: 'USD' },
 *   transferAllowed: false,
 *   rule: { source: 'otherwise', index: null },
 *   due: null,
 *   reasons: [],
 *   message: 'No refund is available.',
 * };
 * ```
 */
export interface RefundQuote {
  /** The verdict: the kind of outcome that applied (`refund`, `credit`, `transfer` or `none`). */
  readonly verdict: RefundOutcome['kind'];
  /** What was paid, normalised. */
  readonly paid: Money;
  /** Cash paid back (zero unless `verdict` is `refund`). */
  readonly refund: Money;
  /** Credit toward a future event (zero unless `verdict` is `credit`). */
  readonly credit: Money;
  /** The administration fee actually withheld (at most what the percentage left). */
  readonly withheld: Money;
  /** Whether the place may be transferred to a colleague. */
  readonly transferAllowed: boolean;
  /** The rule that matched. */
  readonly rule: MatchedRefundRule;
  /** When the refund is due, or `null` when nothing is due or the policy does not say. */
  readonly due: RefundDueDate | null;
  /** Every condition checked, the match, and the outcome, in order. */
  readonly reasons: readonly RefundReason[];
  /** One sentence a registrant can read. */
  readonly message: string;
}

/** Validates policy, registration and cancellation together (cross-field checks included). */
function validateAll(policy: unknown, registration: unknown, cancellation: unknown) {
  const p = policyOf(policy);
  const r = validate(RefundRegistrationSchema, registration, 'registration');
  const c = validate(CancellationSchema, cancellation, 'cancellation');
  if (p.relative && r.firstSessionStart === undefined) {
    throw new ValidationError('registration', [{ path: ['firstSessionStart'], code: 'custom', message: FIRST_SESSION_REQUIRED }]);
  }
  // A reason no rule mentions is an answer ("not covered"); a near miss of one a rule mentions is a typo, refused.
  const misspelt = c.reason === undefined ? undefined : nearMissCode('reason', c.reason, p.reasons);
  if (misspelt !== undefined) throw new ValidationError('cancellation', [{ path: ['reason'], code: 'custom', message: misspelt }]);
  const receivedMs = instantToEpochMs(c.at);
  const acknowledgedMs = c.acknowledgedAt === undefined ? undefined : instantToEpochMs(c.acknowledgedAt);
  if (acknowledgedMs !== undefined && acknowledgedMs < receivedMs) {
    throw new ValidationError('cancellation', [
      { path: ['acknowledgedAt'], code: 'custom', message: 'must not be before at (when the cancellation was received)' },
    ]);
  }
  for (const withhold of p.withholds) assertSameCurrency(r.paid, withhold, 'withhold a fee across');
  return { p, r, c, receivedMs, acknowledgedMs };
}

function ruleRef(rule: RefundRule | undefined, index: number | null): MatchedRefundRule {
  if (index === null || rule === undefined) return { source: 'otherwise', index: null };
  if (rule.id === undefined) return rule.label === undefined ? { source: 'rule', index } : { source: 'rule', index, label: rule.label };
  return rule.label === undefined ? { source: 'rule', index, id: rule.id } : { source: 'rule', index, id: rule.id, label: rule.label };
}

/**
 * Quotes what a cancellation gets back under a refund policy. The first rule
 * whose conditions all hold decides; when none does, `otherwise` applies.
 * Returns the refund, any credit, the administration fee withheld, the rule
 * that matched, when the money is due, every reason, and a sentence for the
 * registrant. "No refund" is an answer, not an error; only invalid input
 * throws (`ValidationError`, or `CurrencyMismatchError` when a fee's
 * currency differs from what was paid).
 *
 * A cancellation `reason` that no rule mentions simply matches no rule that
 * lists reasons; but a near miss of one a rule mentions
 * (`insufficent_registrants` under a policy that covers
 * `insufficient_registrants`) is a typo, refused with a `ValidationError` at
 * `reason` that says which was meant, never quoted as "no refund".
 *
 * Time: a deadline date is read in the policy's `timeZone`, and "by March 12"
 * lasts through 23:59:59.999 local time that day, whatever zone the request
 * was sent from.
 *
 * A policy compiled once with {@link compileRefundPolicy} is not validated
 * or prepared again; the quote is the same.
 *
 * @param policy - the refund policy, or a compiled one
 * @param registration - what was paid, the first session's start, sessions attended
 * @param cancellation - who, why, `at` (when received), in writing or not, when acknowledged
 *
 * @example
 * ```ts
 * import { quoteRefund, type RefundPolicyInput } from 'balint-rules/refunds';
 *
 * const retreat: RefundPolicyInput = {
 *   timeZone: 'America/Los_Angeles',
 *   rules: [{
 *     when: { cancelledBy: 'registrant', inWriting: true, receivedBy: { kind: 'date', date: '2026-03-12' } },
 *     outcome: { kind: 'refund', percent: '100', withhold: { amount: '100.00', currency: 'USD' },
 *                due: { days: 30, after: 'acknowledgement' } },
 *   }],
 *   otherwise: { kind: 'none' },
 * };
 * const q = quoteRefund(retreat, { paid: { amount: '875.00', currency: 'USD' } },
 *   { by: 'registrant', inWriting: true, at: '2026-03-12T23:30:00-07:00', acknowledgedAt: '2026-03-13T16:00:00Z' });
 * [q.refund.amount, q.withheld.amount, q.due];
 * //=> ['775.00', '100.00', { days: 30, after: 'acknowledgement', by: '2026-04-12' }]
 * ```
 */
export function quoteRefund(policy: DeepReadonly<RefundPolicyInput>, registration: DeepReadonly<RefundRegistration>, cancellation: DeepReadonly<Cancellation>): RefundQuote {
  const { p, r, c, receivedMs, acknowledgedMs } = validateAll(policy, registration, cancellation);
  const paid = normalize(r.paid);
  const paidValue = dec(paid);
  const zone = p.policy.timeZone;
  const facts: Facts = {
    by: c.by,
    reason: c.reason,
    request: c.request,
    inWriting: c.inWriting,
    receivedMs,
    sessionsAttended: r.sessionsAttended ?? 0,
    zone,
    firstSessionMs: r.firstSessionStart === undefined ? undefined : sessionStartMs(r.firstSessionStart),
  };

  const reasons: RefundReason[] = [];
  let matched: PreparedRule | undefined;
  let matchedIndex: number | null = null;
  let closest: RefundReason[] = [];
  for (let index = 0; index < p.rules.length; index++) {
    const rule = p.rules[index] as PreparedRule;
    const checks = checkConditions(index, rule, facts);
    const failed: RefundReason[] = [];
    for (const check of checks) {
      reasons.push(check);
      if (check.held === false) failed.push(check);
    }
    if (failed.length === 0) {
      matched = rule;
      matchedIndex = index;
      closest = checks;
      break;
    }
    if (closest.length === 0 || failed.length <= closest.length) closest = failed;
  }
  reasons.push(
    matched === undefined
      ? { code: 'no_rule_matched', rule: null, message: 'no rule of the policy applies, so its "otherwise" outcome does' }
      : { code: 'rule_matched', rule: matchedIndex, message: `${matched.name} of the policy applies` },
  );
  const prepared = matched === undefined ? p.otherwise : matched.outcome;
  const settlement = settle(prepared, paid, paidValue, matchedIndex, { zone, receivedMs, acknowledgedMs });
  for (const reason of settlement.reasons) reasons.push(reason);

  // A match is explained by every condition that held; a miss by the first condition of the closest rule that did not.
  const because = matched === undefined ? (closest[0]?.message ?? '') : joinAnd(closest.map((check) => check.message));
  // Capitalised as it is put together: "Because ..." is known, and only a clause on its own needs its first letter raised (slicing the whole sentence copied it).
  const clause = settlement.clause;
  const message = because === '' ? `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.` : `Because ${because}, ${clause}.`;
  const kind = prepared.outcome.kind;
  return {
    verdict: kind,
    paid,
    refund: settlement.refund,
    credit: settlement.credit,
    withheld: settlement.withheld,
    transferAllowed: kind === 'transfer',
    rule: ruleRef(matched?.rule, matchedIndex),
    due: settlement.due,
    reasons,
    message,
  };
}
