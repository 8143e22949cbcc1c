import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { parseDays } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { instantToWall } from '../_lib/zone.js';
import { InstantSchema, isInstant, LocalDateSchema } from '../common/schemas.js';
import { ValidationError } from '../errors/ValidationError.js';
import { capacityPolicyOf } from './_compiled.js';
import { type CapacityPolicyInput, type DecisionDate } from './policy.js';
import { RosterStateSchema, type RosterState } from './roster.js';
import { registrantsAre, seats } from './_text.js';

/**
 * Options of {@link decideViability}: `at`, a local date (`YYYY-MM-DD`, in
 * the decision date's zone) or an instant; `decideNow: true` when the
 * organizer decides at `at` whatever the policy's decision date.
 *
 * @example
 * ```ts
 * import { ViabilityOptionsSchema } from 'balint-rules/capacity';
 *
 * ViabilityOptionsSchema.parse({ at: '2026-01-03' });
 * //=> { at: '2026-01-03', decideNow: false }
 * ```
 */
export const ViabilityOptionsSchema = z.strictObject({
  at: z.union([LocalDateSchema, InstantSchema]),
  decideNow: z._default(z.boolean(), false),
});

/**
 * Options of {@link decideViability} as accepted on input.
 *
 * @example
 * ```ts
 * import type { ViabilityOptions } from 'balint-rules/capacity';
 *
 * const options: ViabilityOptions = { at: '2026-01-03' }; // decideNow defaults to false
 * ```
 */
export type ViabilityOptions = z.input<typeof ViabilityOptionsSchema>;

/**
 * What the organizer owes when the group is cancelled for insufficient
 * registrants: the ABS's policy, "If cancelled by the ABS or hosts due to
 * insufficient registrants, those registered will receive their money back."
 * `cancellation` is the `by`/`reason` pair a refund policy's cancellation
 * takes (add `at`). `registrantIds` are the confirmed registrants
 * (null when only a count was given); people on the waitlist are released and
 * owed nothing here, as they hold no seat.
 *
 * @example
 * ```ts
 * import type { RefundsOwed } from 'balint-rules/capacity';
 *
 * const owed: RefundsOwed = { refundAll: true, cancellation: { by: 'organizer', reason: 'insufficient_registrants' },
 *   count: 3, registrantIds: ['a', 'b', 'c'], message: 'The group is cancelled for insufficient registrants; all 3 registered are owed a full refund.' };
 * ```
 */
export interface RefundsOwed {
  readonly refundAll: true;
  readonly cancellation: { readonly by: 'organizer'; readonly reason: 'insufficient_registrants' };
  readonly count: number;
  readonly registrantIds: readonly string[] | null;
  readonly message: string;
}

/**
 * The codes of a viability reason: `no_minimum`, `minimum_met` (go),
 * `below_minimum` (pending: the decision is still to come) and
 * `insufficient_registrants` (no-go).
 *
 * @example
 * ```ts
 * import { VIABILITY_REASON_CODES } from 'balint-rules/capacity';
 *
 * VIABILITY_REASON_CODES.includes('insufficient_registrants');
 * //=> true
 * ```
 */
export const VIABILITY_REASON_CODES = ['no_minimum', 'minimum_met', 'below_minimum', 'insufficient_registrants'] as const;

/**
 * Why a group is a go, a no-go or still pending, see {@link VIABILITY_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { ViabilityReason } from 'balint-rules/capacity';
 *
 * const r: ViabilityReason = { code: 'minimum_met', confirmed: 6, minimum: 6, shortfall: 0,
 *   message: '6 registrants are confirmed; the minimum of 6 is met.' };
 * ```
 */
export interface ViabilityReason {
  readonly code: (typeof VIABILITY_REASON_CODES)[number];
  readonly confirmed: number;
  readonly minimum: number | null;
  readonly shortfall: number;
  readonly message: string;
}

/**
 * The result of {@link decideViability}. `refundsOwed` is set exactly when
 * the verdict is `no_go`.
 *
 * @example
 * ```ts
 * import type { ViabilityDecision } from 'balint-rules/capacity';
 *
 * const d: ViabilityDecision = { verdict: 'go', confirmed: 8, minimum: null, shortfall: 0, decideBy: null,
 *   reasons: [{ code: 'no_minimum', confirmed: 8, minimum: null, shortfall: 0, message: 'The policy sets no minimum; 8 registrants are confirmed.' }],
 *   refundsOwed: null };
 * ```
 */
export interface ViabilityDecision {
  readonly verdict: 'go' | 'no_go' | 'pending';
  readonly confirmed: number;
  readonly minimum: number | null;
  readonly shortfall: number;
  readonly decideBy: DecisionDate | null;
  readonly reasons: readonly ViabilityReason[];
  readonly refundsOwed: RefundsOwed | null;
}

const RosterOrCountSchema = z.union([z.int().check(z.minimum(0, 'must not be negative')), RosterStateSchema]);

function owed(n: number): string {
  if (n === 0) return 'no one is registered, so no refund is owed';
  return n === 1 ? 'the 1 registrant is owed a full refund' : `all ${n} registered are owed a full refund`;
}

/** Whether `at` falls after the whole decision date (its local day in its zone). */
function afterDecisionDate(at: string, decideBy: DecisionDate): boolean {
  const day = isInstant(at) ? instantToWall(instantToEpochMs(at), decideBy.timeZone).days : parseDays(at);
  return day > parseDays(decideBy.date);
}

/**
 * Decides, as of a date, whether a group with a minimum number of registrants
 * goes ahead:
 *
 * - `go` when the policy sets no minimum or the confirmed registrants meet it
 *   (at `at`: later cancellations can change it);
 * - `no_go` when they fall short and the decision is due: `at` is after the
 *   policy's decision date (registrations through the end of that local day
 *   count) or `decideNow` is true. Then everyone confirmed is owed a full
 *   refund ({@link RefundsOwed});
 * - `pending` when they fall short and the decision is still to come
 *   (including a policy without a decision date, until `decideNow`).
 *
 * @param policy - the capacity policy (its `minRegistrants` and `decisionDate`), or one compiled with {@link compileCapacityPolicy}
 * @param roster - a roster from {@link replayRegistrations}, or the number confirmed
 * @param options - `{ at, decideNow? }`, see {@link ViabilityOptionsSchema}
 * @throws {ValidationError} when an input is not valid, or the count exceeds the seats
 *
 * @example
 * ```ts
 * import { decideViability } from 'balint-rules/capacity';
 *
 * const policy = { minRegistrants: 6, decisionDate: { date: '2026-01-02', timeZone: 'America/New_York' } };
 * decideViability(policy, 4, { at: '2026-01-02' }).verdict;
 * //=> 'pending'
 * decideViability(policy, 4, { at: '2026-01-03T04:59:59Z' }).verdict; // still Jan 2 in New York
 * //=> 'pending'
 * decideViability(policy, 4, { at: '2026-01-03' }).refundsOwed?.cancellation;
 * //=> { by: 'organizer', reason: 'insufficient_registrants' }
 * ```
 */
export function decideViability(policy: DeepReadonly<CapacityPolicyInput>, roster: RosterState | number, options: ViabilityOptions): ViabilityDecision {
  const p = capacityPolicyOf(policy);
  const r = validate(RosterOrCountSchema, roster, 'roster');
  const { at, decideNow } = validate(ViabilityOptionsSchema, options, 'viability options');
  const confirmed = typeof r === 'number' ? r : r.confirmed.length;
  if (p.maxSeats !== undefined && confirmed > p.maxSeats) {
    throw new ValidationError('roster', [{ path: typeof r === 'number' ? [] : ['confirmed'], code: 'custom', message: `has ${confirmed} confirmed, more than the policy's ${seats(p.maxSeats)}` }]);
  }
  const minimum = p.minRegistrants ?? null;
  const decideBy = p.decisionDate ?? null;
  const shortfall = minimum === null ? 0 : Math.max(0, minimum - confirmed);
  const base = { confirmed, minimum, shortfall, decideBy };
  const reason = (code: ViabilityReason['code'], message: string): ViabilityReason[] => [{ code, confirmed, minimum, shortfall, message }];
  if (minimum === null) {
    return { verdict: 'go', ...base, reasons: reason('no_minimum', `The policy sets no minimum; ${registrantsAre(confirmed)} confirmed.`), refundsOwed: null };
  }
  if (shortfall === 0) {
    return { verdict: 'go', ...base, reasons: reason('minimum_met', `${registrantsAre(confirmed)} confirmed; the minimum of ${minimum} is met.`), refundsOwed: null };
  }
  const due = decideNow || (decideBy !== null && afterDecisionDate(at, decideBy));
  if (!due) {
    const when = decideBy === null ? 'the organizer decides' : `the decision on ${decideBy.date} (${decideBy.timeZone})`;
    const message = `${registrantsAre(confirmed)} confirmed, ${shortfall} short of the minimum of ${minimum}; registrations still count until ${when}.`;
    return { verdict: 'pending', ...base, reasons: reason('below_minimum', message), refundsOwed: null };
  }
  const message = `${registrantsAre(confirmed)} confirmed, ${shortfall} short of the minimum of ${minimum}: the group is cancelled for insufficient registrants.`;
  const refundsOwed: RefundsOwed = {
    refundAll: true,
    cancellation: { by: 'organizer', reason: 'insufficient_registrants' },
    count: confirmed,
    registrantIds: typeof r === 'number' ? null : [...r.confirmed],
    message: `The group is cancelled for insufficient registrants; ${owed(confirmed)}.`,
  };
  return { verdict: 'no_go', ...base, reasons: reason('insufficient_registrants', message), refundsOwed };
}
