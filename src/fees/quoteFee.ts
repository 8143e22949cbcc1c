import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { formatDays } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { windowStatus } from '../_lib/registrationWindow.js';
import { validate } from '../_lib/validate.js';
import { instantToWall } from '../_lib/zone.js';
import { InstantSchema } from '../common/schemas.js';
import { refuseNearMissCodes } from '../eligibility/codes.js';
import { decideEligibility } from '../eligibility/evaluate.js';
import { profileOf } from '../eligibility/parseRegistrantProfile.js';
import type { RegistrantProfile } from '../eligibility/profile.js';
import { ValidationError } from '../errors/ValidationError.js';
import type { Money } from '../money/schema.js';
import { scheduleOf, type PreparedPeriod, type PreparedPrice, type PreparedSchedule } from './_prepared.js';
import type { FeeReason } from './reasons.js';
import type { FeeScheduleInput } from './schema.js';

/**
 * Options of {@link quoteFee}: `at`, the instant of registration, and
 * `position`, the registrant's 1-based place in the order of registration
 * (registrant #30 is `position: 30`; required when a period is limited to
 * the first N registrants). Any other key is refused, with the key meant
 * when it is a near miss (`postion`).
 *
 * @example
 * ```ts
 * import { FeeQuoteOptionsSchema } from 'balint-rules/fees';
 *
 * FeeQuoteOptionsSchema.safeParse({ at: '2026-07-01T12:00:00Z', position: 13 }).success;
 * //=> true
 * ```
 */
export const FeeQuoteOptionsSchema = z.strictObject({
  at: InstantSchema,
  position: z.optional(z.int().check(z.minimum(1))),
});

/**
 * Options of {@link quoteFee}, see {@link FeeQuoteOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { FeeQuoteOptions } from 'balint-rules/fees';
 *
 * const options: FeeQuoteOptions = { at: '2026-07-31T20:00:00Z', position: 13 };
 * ```
 */
export type FeeQuoteOptions = z.input<typeof FeeQuoteOptionsSchema>;

/**
 * A category or period named in a quote.
 *
 * @example
 * ```ts
 * import type { FeeRef } from 'balint-rules/fees';
 *
 * const period: FeeRef = { id: 'early', label: 'Early bird' };
 * ```
 */
export interface FeeRef {
  readonly id: string;
  readonly label: string;
}

/**
 * A category the registrant qualified for, with its price in the period that applies.
 *
 * @example
 * ```ts
 * import type { QualifiedCategory } from 'balint-rules/fees';
 *
 * const member: QualifiedCategory = { id: 'member', label: 'ABS members', price: { amount: '250.00', currency: 'USD' } };
 * ```
 */
export interface QualifiedCategory extends FeeRef {
  readonly price: Money;
}

/**
 * The answer of {@link quoteFee}, narrowed on `verdict`: `priced`, a price;
 * `not_qualified`, no category applies; `closed`, registration is not open
 * at that moment, before the window opens or after it closed (then `period`
 * is `null` and the first reason, `registration_not_open_yet` or
 * `registration_closed`, says which).
 *
 * @example
 * ```ts
 * import type { FeeQuote } from 'balint-rules/fees';
 *
 * const none: FeeQuote = {
 *   verdict: 'not_qualified',
 *   price: null,
 *   category: null,
 *   period: { id: 'regular', label: 'Regular' },
 *   qualifiedFor: [],
 *   reasons: [],
 *   message: 'You do not qualify for any fee category of this event (Regular pricing).',
 * };
 * ```
 */
export type FeeQuote =
  | {
      readonly verdict: 'priced';
      /** The lowest price among the categories qualified for. */
      readonly price: Money;
      readonly category: FeeRef;
      readonly period: FeeRef;
      /** Every category qualified for, in schedule order, with its price. */
      readonly qualifiedFor: readonly QualifiedCategory[];
      readonly reasons: readonly FeeReason[];
      readonly message: string;
    }
  | {
      readonly verdict: 'not_qualified';
      readonly price: null;
      readonly category: null;
      /** The period that applies. */
      readonly period: FeeRef;
      readonly qualifiedFor: readonly [];
      readonly reasons: readonly FeeReason[];
      readonly message: string;
    }
  | {
      readonly verdict: 'closed';
      readonly price: null;
      readonly category: null;
      /** No period applies while registration is not open. */
      readonly period: null;
      readonly qualifiedFor: readonly [];
      readonly reasons: readonly FeeReason[];
      readonly message: string;
    };

const ref = (x: { id: string; label: string }): FeeRef => ({ id: x.id, label: x.label });

/** The index of the first period whose limits hold, with a reason for each period passed over and for the one chosen. */
function choosePeriod(s: PreparedSchedule, atMs: number, position: number | undefined, reasons: FeeReason[]): PreparedPeriod {
  const periods = s.periods;
  for (let i = 0; i < periods.length; i++) {
    const prepared = periods[i] as PreparedPeriod;
    const { period, end } = prepared;
    const deadline = end === undefined ? undefined : { endsAt: end.endsAt, by: end.by, after: end.after };
    if (end !== undefined && deadline !== undefined && atMs >= end.endMs) {
      reasons.push({ code: 'period_ended', period: period.id, deadline, message: prepared.ended });
      continue;
    }
    const limit = period.firstRegistrants;
    // `quoteFee` requires `position` whenever a period has a registrant limit.
    const n = position as number;
    if (limit !== undefined && n > limit) {
      reasons.push({
        code: 'period_sold_out',
        period: period.id,
        firstRegistrants: limit,
        position: n,
        message: `${period.label} pricing was for the first ${limit} registrants; you are registrant #${n}.`,
      });
      continue;
    }
    if (limit === undefined) {
      const message = prepared.applies;
      reasons.push(deadline === undefined ? { code: 'period_applies', period: period.id, message } : { code: 'period_applies', period: period.id, deadline, message });
    } else {
      const message = `${period.label} pricing applies to registrations${end === undefined ? '' : ` ${end.by}`} among the first ${limit} registrants; you are registrant #${n}.`;
      reasons.push(
        deadline === undefined
          ? { code: 'period_applies', period: period.id, firstRegistrants: limit, position: n, message }
          : { code: 'period_applies', period: period.id, deadline, firstRegistrants: limit, position: n, message },
      );
    }
    return prepared;
  }
  // The schema guarantees an unlimited last period, so this is unreachable.
  return periods[periods.length - 1] as PreparedPeriod;
}

/** A fresh copy of a prepared price (results never share objects with a compiled schedule). */
function copyMoney(m: Money): Money {
  return m.minorUnits === undefined ? { amount: m.amount, currency: m.currency } : { amount: m.amount, currency: m.currency, minorUnits: m.minorUnits };
}

/**
 * Quotes the fee for one registrant at one instant. The period is the first
 * whose limits hold at `at` (dates read in the schedule's zone, inclusive
 * through the end of the local day) for the registrant at `position` (a
 * "first N registrants" period applies while `position <= N`: registrant
 * #N gets it, #N+1 does not); eligibility for each category is checked on
 * the local date of `at` in the schedule's zone; the registrant pays the
 * lowest price among the categories they qualify for (the first listed on a
 * tie), with `verdict: 'priced'`. Qualifying for no category is an answer
 * (`verdict: 'not_qualified'`), not an error; so is a moment outside the
 * schedule's `registrationWindow` (`verdict: 'closed'`, `period: null`, a
 * `registration_closed` or `registration_not_open_yet` reason).
 *
 * A schedule compiled once with {@link compileFeeSchedule} is not validated
 * or prepared again, nor is a profile parsed once with
 * `parseRegistrantProfile`; the quote is the same. As in
 * `checkEligibility`, a profile's organization or credential that no category
 * mentions but is a near miss of one that does is refused.
 *
 * @typeParam P - the profile as the app holds it (its own keys, such as `name` or `email`, are allowed)
 * @param schedule - the fee schedule, or a compiled one
 * @param profile - the registrant, as for `checkEligibility`, or a parsed profile
 * @param options - `{ at, position? }`
 * @throws {ValidationError} on invalid input (unknown option keys included), or without `position` when a period counts registrants
 *
 * @example
 * ```ts
 * import { quoteFee, type FeeScheduleInput } from 'balint-rules/fees';
 *
 * const onlineGroup: FeeScheduleInput = {
 *   currency: 'USD',
 *   timeZone: 'America/New_York',
 *   periods: [{ id: 'regular', label: 'Regular' }],
 *   categories: [
 *     { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, prices: { regular: '250' } },
 *     { id: 'non_member', label: 'Non-members', eligibility: { kind: 'not', rule: { kind: 'member', organization: 'ABS' } }, prices: { regular: '400' } },
 *   ],
 * };
 * const q = quoteFee(onlineGroup, { memberships: [{ organization: 'ABS' }] }, { at: '2026-01-02T15:00:00Z' });
 * [q.verdict, q.price, q.category];
 * //=> ['priced', { amount: '250.00', currency: 'USD' }, { id: 'member', label: 'ABS members' }]
 * ```
 */
export function quoteFee<P extends DeepReadonly<RegistrantProfile>>(schedule: DeepReadonly<FeeScheduleInput>, profile: P, options: FeeQuoteOptions): FeeQuote {
  const s = scheduleOf(schedule);
  const p = profileOf(profile);
  const o = validate(FeeQuoteOptionsSchema, options, 'fee quote options');
  if (o.position === undefined && s.counts) {
    throw new ValidationError('fee quote options', [
      { path: ['position'], code: 'custom', message: 'is required because a price period is limited to the first registrants' },
    ]);
  }
  refuseNearMissCodes(p, s.mentioned, 'this fee schedule');
  const atMs = instantToEpochMs(o.at);
  const window = s.schedule.registrationWindow === undefined ? undefined : windowStatus(s.schedule.registrationWindow, atMs);
  if (window !== undefined && window.status !== 'open') {
    const message = `${window.message} No fee is quoted.`;
    const reasons: FeeReason[] = [{ code: window.code, boundaryAt: window.boundaryAt, message: window.message }];
    return { verdict: 'closed', price: null, category: null, period: null, qualifiedFor: [], reasons, message };
  }
  const on = formatDays(instantToWall(atMs, s.schedule.timeZone).days);
  const reasons: FeeReason[] = [];
  const chosen = choosePeriod(s, atMs, o.position, reasons);
  const period = chosen.period;
  const index = s.periods.indexOf(chosen);

  const qualifiedFor: QualifiedCategory[] = [];
  let best: QualifiedCategory | undefined;
  let bestPrice: PreparedPrice | undefined;
  for (const { category, prices } of s.categories) {
    const prepared = prices[index] as PreparedPrice;
    const price = copyMoney(prepared.money);
    const result = category.eligibility === undefined ? undefined : decideEligibility(category.eligibility, p, on);
    if (result === undefined || result.verdict === 'eligible') {
      const q: QualifiedCategory = { id: category.id, label: category.label, price };
      qualifiedFor.push(q);
      if (bestPrice === undefined || prepared.value.lessThan(bestPrice.value)) {
        best = q;
        bestPrice = prepared;
      }
      reasons.push({ code: 'category_qualified', category: category.id, price, message: prepared.qualified });
    } else {
      let why = '';
      for (const r of result.reasons) why = why === '' ? r.message : `${why} ${r.message}`;
      reasons.push({
        code: 'category_not_qualified',
        category: category.id,
        price,
        eligibility: result.reasons,
        message: `You do not qualify for the ${category.label} price: ${why}`,
      });
    }
  }

  if (best === undefined || bestPrice === undefined) {
    const message = `You do not qualify for any fee category of this event (${period.label} pricing).`;
    reasons.push({ code: 'no_category_qualified', period: period.id, message });
    return { verdict: 'not_qualified', price: null, category: null, period: ref(period), qualifiedFor: [], reasons, message };
  }
  const among = qualifiedFor.length > 1 ? `: the lowest of the ${qualifiedFor.length} prices you qualify for` : '';
  const message = `You pay ${bestPrice.text} (${best.label}, ${period.label})${among}.`;
  reasons.push({ code: 'lowest_price', category: best.id, period: period.id, price: best.price, message });
  return { verdict: 'priced', price: best.price, category: { id: best.id, label: best.label }, period: ref(period), qualifiedFor, reasons, message };
}
