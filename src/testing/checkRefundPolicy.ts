import * as z from 'zod/mini';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { Dec, dec } from '../_lib/decimal.js';
import { currencyMinorUnits } from '../money/currencies.js';
import type { Money } from '../money/schema.js';
import type { Cancellation, RefundRegistration } from '../refunds/cancellation.js';
import { quoteRefund } from '../refunds/quoteRefund.js';
import { RefundPolicySchema, type RefundPolicy, type RefundPolicyInput } from '../refunds/schema.js';
import fc from 'fast-check';
import { cancellationCases, moneyShape, registrationCases, type RefundCaseRegistration } from './_refundCases.js';
import { cancellationText, money, sentences, when } from './_words.js';
import { checkLaw, CheckOptionsSchema, functionOption, lawCheck, type LawCheck, type LawResult } from './laws.js';

/**
 * The amounts a refund decision produces: what `quoteRefund` returns, or
 * what your own function around it returns (`credit` and `withheld` default to zero).
 *
 * @example
 * ```ts
 * import type { RefundAmounts } from 'balint-rules/testing';
 *
 * const amounts: RefundAmounts = { refund: { amount: '775.00', currency: 'USD' }, withheld: { amount: '100.00', currency: 'USD' } };
 * ```
 */
export interface RefundAmounts {
  readonly refund: Money;
  readonly credit?: Money;
  readonly withheld?: Money;
}

/**
 * A function deciding refunds, in place of `quoteRefund` (for instance
 * your own wrapper that prorates by sessions attended).
 *
 * @example
 * ```ts
 * import { quoteRefund } from 'balint-rules/refunds';
 * import type { RefundDecider } from 'balint-rules/testing';
 *
 * const prorated: RefundDecider = (policy, registration, cancellation) => quoteRefund(policy, registration, cancellation);
 * ```
 */
export type RefundDecider = (policy: RefundPolicy, registration: RefundRegistration, cancellation: Cancellation) => RefundAmounts;

/**
 * Options of {@link checkRefundPolicy}: `numRuns`, `seed`; `currency` of
 * payments (default: the policy's fees' currency, else USD);
 * `organizerRefundReasons`: reasons for which an organizer cancellation
 * must refund everything even where the policy has no such rule;
 * `quoteRefund`: your own decision function.
 *
 * @example
 * ```ts
 * import { RefundCheckOptionsSchema } from 'balint-rules/testing';
 *
 * RefundCheckOptionsSchema.safeParse({ numRuns: 100, organizerRefundReasons: ['insufficient_registrants'] }).success;
 * //=> true
 * ```
 */
export const RefundCheckOptionsSchema = z.strictObject({
  ...CheckOptionsSchema.shape,
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "USD"'))),
  organizerRefundReasons: z.optional(z.array(z.string().check(z.minLength(1)))),
  quoteRefund: functionOption<RefundDecider>(),
});

/**
 * Options of {@link checkRefundPolicy}, see {@link RefundCheckOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { RefundCheckOptions } from 'balint-rules/testing';
 *
 * const options: RefundCheckOptions = { numRuns: 500, seed: 1, currency: 'USD' };
 * ```
 */
export type RefundCheckOptions = z.input<typeof RefundCheckOptionsSchema>;

/**
 * The laws {@link checkRefundPolicy} checks.
 *
 * @example
 * ```ts
 * import { REFUND_LAWS } from 'balint-rules/testing';
 *
 * REFUND_LAWS.length;
 * //=> 4
 * ```
 */
export const REFUND_LAWS = ['refund_never_exceeds_paid', 'refund_never_rises_later', 'organizer_cancellation_refunds_in_full', 'amounts_in_whole_minor_units'] as const;

/**
 * A law of refund policies, see {@link REFUND_LAWS}.
 *
 * @example
 * ```ts
 * import type { RefundLaw } from 'balint-rules/testing';
 *
 * const law: RefundLaw = 'refund_never_rises_later';
 * ```
 */
export type RefundLaw = (typeof REFUND_LAWS)[number];

const zero = (like: Money): Money => ({ amount: '0', currency: like.currency, ...(like.minorUnits === undefined ? {} : { minorUnits: like.minorUnits }) });

/** Whether a policy meets the precondition under which the refunds area guarantees monotonicity. */
export function monotonePrecondition(policy: RefundPolicy): boolean {
  if (policy.rules.some((r) => r.when.receivedAfter !== undefined) || policy.otherwise.kind === 'refund') return false;
  let nonCash = false;
  let previous: { percent: Dec; withhold: Dec; rounding: string } | undefined;
  for (const rule of policy.rules) {
    const o = rule.outcome;
    if (o.kind !== 'refund') {
      nonCash = true;
      continue;
    }
    const current = { percent: new Dec(o.percent), withhold: o.withhold === undefined ? new Dec(0) : dec(o.withhold), rounding: o.rounding };
    if (nonCash) return false;
    if (previous !== undefined && (current.percent.greaterThan(previous.percent) || current.withhold.lessThan(previous.withhold) || current.rounding !== previous.rounding)) return false;
    previous = current;
  }
  return true;
}

/**
 * Checks a refund policy (your own, as data) against the laws a sound
 * policy obeys, with fast-check: registrations and cancellations are
 * generated around the policy's own deadlines, reasons and fees.
 *
 * - `refund_never_exceeds_paid`: a refund is never negative nor more than
 *   what was paid; refund (or credit) plus fee withheld never exceeds it.
 * - `refund_never_rises_later`: the same cancellation received later never
 *   gets more cash back. The refunds area guarantees it when no rule uses
 *   `receivedAfter` and cash refunds never increase down the rules (same
 *   rounding, percentages never rise, fees never fall, non-cash outcomes
 *   after them, an `otherwise` without cash): the result says whether the
 *   policy meets this precondition.
 * - `organizer_cancellation_refunds_in_full`: where the policy refunds
 *   organizer cancellations at 100% (or for `organizerRefundReasons`), the
 *   registrant gets everything back: no fee withheld, no earlier rule in
 *   the way.
 * - `amounts_in_whole_minor_units`: refunds, credits and fees are whole
 *   cents (yen, fils): amounts that can be paid.
 *
 * Deterministic: the same policy and options (fixed `seed`, default 42)
 * give the same result. Throws `ValidationError` for an invalid policy or
 * options, and for fees in different currencies.
 *
 * @example
 * ```ts
 * import { checkRefundPolicy } from 'balint-rules/testing';
 *
 * const check = checkRefundPolicy({
 *   timeZone: 'America/New_York',
 *   rules: [{ when: { cancelledBy: 'organizer', reasons: ['insufficient_registrants'] }, outcome: { kind: 'refund', percent: '100' } }],
 *   otherwise: { kind: 'none' },
 * });
 * [check.ok, check.laws.map((l) => l.holds)];
 * //=> [true, [true, true, true, true]]
 * ```
 */
export function checkRefundPolicy(policy: RefundPolicyInput, options: RefundCheckOptions = {}): LawCheck<RefundLaw> {
  const o = validate(RefundCheckOptionsSchema, options, 'law check options');
  const p = validate(RefundPolicySchema, policy, 'refund policy');
  const shape = moneyShape(p, o.currency);
  const decide: RefundDecider = o.quoteRefund ?? ((pol, r, c) => quoteRefund(pol, r, c));
  const run = { numRuns: o.numRuns, seed: o.seed };
  const zone = p.timeZone;
  const regs = registrationCases(p, shape);
  const cases = regs.chain((registration) => cancellationCases(p, registration).map((cancellation) => ({ registration, cancellation })));
  const about = (r: RefundCaseRegistration, c: Cancellation): string =>
    `A registrant paid ${money(r.paid)} for a group whose first session starts ${when(r.firstSessionStart, zone)}${r.sessionsAttended > 0 ? `, attended ${r.sessionsAttended} session(s)` : ''}, and ${cancellationText(c, zone)}`;

  const laws: LawResult<RefundLaw>[] = [
    checkLaw(
      {
        law: 'refund_never_exceeds_paid',
        description: 'A refund is never negative and never more than what was paid; the refund (or credit) plus any fee withheld is never more than what was paid.',
        cases,
        judge: ({ registration: r, cancellation: c }) => {
          const q = decide(p, r, c);
          const paid = dec(r.paid);
          const [refund, credit, withheld] = [q.refund, q.credit ?? zero(r.paid), q.withheld ?? zero(r.paid)];
          const bad = (text: string) => sentences(about(r, c), text);
          for (const m of [refund, credit, withheld]) if (m.currency !== r.paid.currency) return bad(`The decision is in ${m.currency}, not ${r.paid.currency}`);
          if (dec(refund).isNegative() || dec(credit).isNegative() || dec(withheld).isNegative()) return bad(`The decision has a negative amount: refund ${money(refund)}, credit ${money(credit)}, withheld ${money(withheld)}`);
          if (dec(refund).greaterThan(paid)) return bad(`The refund, ${money(refund)}, is more than the ${money(r.paid)} paid`);
          if (dec(refund).plus(dec(withheld)).greaterThan(paid)) return bad(`The refund (${money(refund)}) plus the fee withheld (${money(withheld)}) is more than the ${money(r.paid)} paid`);
          if (dec(credit).plus(dec(withheld)).greaterThan(paid)) return bad(`The credit (${money(credit)}) plus the fee withheld (${money(withheld)}) is more than the ${money(r.paid)} paid`);
          return null;
        },
      },
      run,
    ),
    checkLaw(
      {
        law: 'refund_never_rises_later',
        description: 'The same cancellation received later never gets more cash back than it would have received earlier.',
        precondition: {
          met: monotonePrecondition(p),
          description:
            'The refunds area guarantees this law when no rule uses receivedAfter and cash refunds never increase down the rules: one rounding mode, percentages that never rise, fees withheld that never fall, outcomes without cash after the cash refunds, and an otherwise that pays no cash.',
        },
        cases: cases.chain((c) => registrationTime(p, c.registration).map((later) => ({ ...c, later }))),
        judge: ({ registration: r, cancellation: c, later }) => {
          const [t1, t2] = [c.at, later].sort((a, b) => instantToEpochMs(a) - instantToEpochMs(b)) as [string, string];
          const early = decide(p, r, { ...c, at: t1 }).refund;
          const late = decide(p, r, { ...c, at: t2 }).refund;
          if (!dec(late).greaterThan(dec(early))) return null;
          return sentences(about(r, { ...c, at: t1 }), `That gets ${money(early)} back, but the same cancellation received later, ${when(t2, zone)}, gets ${money(late)} back`);
        },
        show: ({ registration, cancellation, later }) => {
          const [t1, t2] = [cancellation.at, later].sort((a, b) => instantToEpochMs(a) - instantToEpochMs(b)) as [string, string];
          return { registration, cancellation: { ...cancellation, at: t1 }, laterAt: t2 };
        },
      },
      run,
    ),
    organizerLaw(p, o.organizerRefundReasons, decide, regs, about, run),
    checkLaw(
      {
        law: 'amounts_in_whole_minor_units',
        description: "Refunds, credits and fees withheld are whole numbers of the currency's minor units (cents for USD, yen for JPY), amounts that can actually be paid.",
        cases,
        judge: ({ registration: r, cancellation: c }) => {
          const q = decide(p, r, c);
          for (const [name, m] of [['refund', q.refund], ['credit', q.credit], ['fee withheld', q.withheld]] as const) {
            if (m === undefined) continue;
            const places = currencyMinorUnits(m.currency);
            if (new Dec(m.amount).decimalPlaces() > places) return sentences(about(r, c), `The ${name}, ${m.amount} ${m.currency}, is not a whole number of ${m.currency}'s minor units (${places} decimal places)`);
          }
          return null;
        },
      },
      run,
    ),
  ];
  return lawCheck(laws, [], run);
}

function registrationTime(p: RefundPolicy, r: RefundCaseRegistration) {
  return cancellationCases(p, r).map((c) => c.at);
}

/** The organizer law: for each promise (a 100% organizer rule, or a reason given), covered organizer cancellations get everything back. */
function organizerLaw(
  p: RefundPolicy,
  reasons: readonly string[] | undefined,
  decide: RefundDecider,
  regs: fc.Arbitrary<RefundCaseRegistration>,
  about: (r: RefundCaseRegistration, c: Cancellation) => string,
  run: { numRuns: number; seed: number },
): LawResult<RefundLaw> {
  const promises = p.rules.flatMap((rule, index) =>
    rule.when.cancelledBy === 'organizer' && rule.outcome.kind === 'refund' && new Dec(rule.outcome.percent).equals(100) ? [{ index, rule }] : [],
  );
  const description =
    'When the organizer cancels and the policy promises a full refund for it (a rule for organizer cancellations that refunds 100%, or one of the reasons the check was given), the registrant gets back everything paid, with no fee withheld.';
  const promisedReasons = [...new Set([...(reasons ?? []), ...promises.flatMap((x) => x.rule.when.reasons ?? [])])];
  const covered = (r: RefundCaseRegistration, c: Cancellation): string | null => {
    if (c.reason !== undefined && reasons?.includes(c.reason)) return `the check requires a full refund when the organizer cancels for ${c.reason.replace(/_/g, ' ')}`;
    for (const { index, rule } of promises) {
      const alone = quoteRefund({ timeZone: p.timeZone, rules: [rule], otherwise: { kind: 'none' } }, r, c);
      if (alone.rule.source === 'rule') return `rule ${index + 1}${rule.label === undefined ? '' : ` ("${rule.label}")`} promises organizer cancellations like this one a full refund`;
    }
    return null;
  };
  return checkLaw(
    {
      law: 'organizer_cancellation_refunds_in_full',
      description,
      cases: regs.chain((registration) =>
        cancellationCases(p, registration, { by: ['organizer'], reasons: promisedReasons.length === 0 ? ['insufficient_registrants', 'illness'] : promisedReasons }).map((cancellation) => ({ registration, cancellation })),
      ),
      judge: ({ registration: r, cancellation: c }) => {
        const why = covered(r, c);
        if (why === null) return null;
        const q = decide(p, r, c);
        const withheld = q.withheld ?? zero(r.paid);
        if (dec(q.refund).equals(dec(r.paid)) && dec(withheld).isZero()) return null;
        return sentences(about(r, c), `${why.charAt(0).toUpperCase()}${why.slice(1)}, but the registrant gets ${money(q.refund)} of the ${money(r.paid)} back${dec(withheld).isZero() ? '' : ` (${money(withheld)} withheld)`}`);
      },
    },
    run,
  );
}
