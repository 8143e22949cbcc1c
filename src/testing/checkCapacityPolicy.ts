import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import type { RegistrationEvent } from '../capacity/events.js';
import { CapacityPolicySchema, type CapacityPolicy, type CapacityPolicyInput } from '../capacity/policy.js';
import { replayRegistrations } from '../capacity/replayRegistrations.js';
import type { RosterState } from '../capacity/roster.js';
import type { RefundPolicyInput } from '../refunds/schema.js';
import { registrationEventsArbitrary } from './capacity.js';
import { checkRefundPolicy } from './checkRefundPolicy.js';
import { checkLaw, CheckOptionsSchema, functionOption, lawCheck, type Finding, type LawCheck, type LawResult } from './laws.js';

/**
 * A function replaying a registration log, in place of `replayRegistrations`.
 *
 * @example
 * ```ts
 * import { replayRegistrations } from 'balint-rules';
 * import type { RegistrationReplayer } from 'balint-rules/testing';
 *
 * const mine: RegistrationReplayer = (policy, events) => replayRegistrations(policy, events);
 * ```
 */
export type RegistrationReplayer = (policy: CapacityPolicy, events: readonly RegistrationEvent[]) => Pick<RosterState, 'confirmed' | 'waitlist'>;

/**
 * Options of {@link checkCapacityPolicy}: `numRuns`, `seed`;
 * `refundPolicy`, the refund policy of the same group (to check that a
 * group cancelled for insufficient registrants refunds everyone in full);
 * `replayRegistrations`, your own replay function.
 *
 * @example
 * ```ts
 * import { CapacityCheckOptionsSchema } from 'balint-rules/testing';
 *
 * CapacityCheckOptionsSchema.safeParse({ numRuns: 100 }).success;
 * //=> true
 * ```
 */
export const CapacityCheckOptionsSchema = z.strictObject({
  ...CheckOptionsSchema.shape,
  refundPolicy: z.optional(z.custom<RefundPolicyInput>((v) => typeof v === 'object' && v !== null, 'must be a refund policy')),
  replayRegistrations: functionOption<RegistrationReplayer>(),
});

/**
 * Options of {@link checkCapacityPolicy}, see {@link CapacityCheckOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { CapacityCheckOptions } from 'balint-rules/testing';
 *
 * const options: CapacityCheckOptions = { numRuns: 300 };
 * ```
 */
export type CapacityCheckOptions = z.input<typeof CapacityCheckOptionsSchema>;

/**
 * The laws {@link checkCapacityPolicy} checks.
 *
 * @example
 * ```ts
 * import { CAPACITY_LAWS } from 'balint-rules/testing';
 *
 * CAPACITY_LAWS.length;
 * //=> 4
 * ```
 */
export const CAPACITY_LAWS = ['confirmed_never_exceeds_seats', 'waitlist_never_exceeds_its_limit', 'first_come_first_served', 'cancelled_group_refunds_everyone'] as const;

/**
 * A law of capacity policies, see {@link CAPACITY_LAWS}.
 *
 * @example
 * ```ts
 * import type { CapacityLaw } from 'balint-rules/testing';
 *
 * const law: CapacityLaw = 'first_come_first_served';
 * ```
 */
export type CapacityLaw = (typeof CAPACITY_LAWS)[number];

const logText = (events: readonly RegistrationEvent[]): string => (events.length === 0 ? 'no events' : events.map((e) => `${e.registrantId} ${e.type === 'register' ? 'registers' : 'cancels'}`).join(', '));

/**
 * Checks a capacity policy (seats, waitlist, minimum, decision date)
 * against the laws of a fair roster, replaying logs of registrations and
 * cancellations generated with fast-check:
 *
 * - `confirmed_never_exceeds_seats`;
 * - `waitlist_never_exceeds_its_limit`;
 * - `first_come_first_served`: nobody waits while a seat is free, nobody is
 *   listed twice, and among those still registered, whoever registered
 *   first is served first;
 * - `cancelled_group_refunds_everyone`: with `refundPolicy`, a group
 *   cancelled by the organizer for insufficient registrants refunds every
 *   registrant in full under it (the ABS's "those registered will receive
 *   their money back"). Without a minimum, or without `refundPolicy`, it
 *   holds trivially (a finding says so).
 *
 * Findings point out settings that do nothing (a waitlist without a seat
 * limit) or leave a decision open (a minimum without a decision date).
 *
 * @example
 * ```ts
 * import { checkCapacityPolicy } from 'balint-rules/testing';
 *
 * const check = checkCapacityPolicy({ maxSeats: 12, waitlist: true });
 * [check.ok, check.findings];
 * //=> [true, []]
 * ```
 */
export function checkCapacityPolicy(policy: CapacityPolicyInput, options: CapacityCheckOptions = {}): LawCheck<CapacityLaw> {
  const o = validate(CapacityCheckOptionsSchema, options, 'law check options');
  const p = validate(CapacityPolicySchema, policy, 'capacity policy');
  const run = { numRuns: o.numRuns, seed: o.seed };
  const replay: RegistrationReplayer = o.replayRegistrations ?? ((pol, events) => replayRegistrations(pol, events));
  const people = Math.min(40, (p.maxSeats ?? 6) + (p.maxWaitlist ?? 2) + 3);
  const ids = Array.from({ length: people }, (_, i) => `r${String(i + 1).padStart(2, '0')}`);
  const logs = registrationEventsArbitrary({ registrantIds: ids, maxLength: Math.max(30, 3 * people) });
  const law = (name: CapacityLaw, description: string, judge: (events: RegistrationEvent[], roster: Pick<RosterState, 'confirmed' | 'waitlist'>) => string | null): LawResult<CapacityLaw> =>
    checkLaw({ law: name, description, cases: logs, judge: (events) => judge(events, replay(p, events)) }, run);

  const laws: LawResult<CapacityLaw>[] = [
    law('confirmed_never_exceeds_seats', 'No more registrants are confirmed than there are seats.', (events, r) =>
      p.maxSeats !== undefined && r.confirmed.length > p.maxSeats ? `After ${logText(events)}, ${r.confirmed.length} are confirmed for ${p.maxSeats} seats.` : null,
    ),
    law('waitlist_never_exceeds_its_limit', 'The waitlist never holds more than its limit, and nobody waits when the policy has no waitlist.', (events, r) => {
      const limit = p.waitlist ? (p.maxWaitlist ?? Infinity) : 0;
      return r.waitlist.length > limit ? `After ${logText(events)}, ${r.waitlist.length} are waiting, more than the limit of ${limit}.` : null;
    }),
    law('first_come_first_served', 'Nobody waits while a seat is free, nobody is listed twice, and the roster is the one a single first-come-first-served queue gives (a duplicate registration keeps its place; a cancellation promotes the head of the waitlist).', (events, r) => {
      const all = [...r.confirmed, ...r.waitlist];
      const twice = all.find((id, i) => all.indexOf(id) !== i);
      if (twice !== undefined) return `After ${logText(events)}, ${twice} is listed twice.`;
      if (r.waitlist.length > 0 && (p.maxSeats === undefined || r.confirmed.length < p.maxSeats)) return `After ${logText(events)}, ${r.waitlist[0] as string} waits while a seat is free.`;
      const fair = queue(p, events);
      const sameConfirmed = fair.confirmed.length === r.confirmed.length && fair.confirmed.every((id) => r.confirmed.includes(id));
      if (sameConfirmed && fair.waitlist.join() === r.waitlist.join()) return null;
      return `After ${logText(events)}, a single first-come-first-served queue confirms ${list(fair.confirmed)} and has ${list(fair.waitlist)} waiting, but the roster confirms ${list(r.confirmed)} and has ${list(r.waitlist)} waiting.`;
    }),
    refundLaw(p, o.refundPolicy, run),
  ];
  const findings: Finding[] = [];
  if ((policy as { waitlist?: unknown }).waitlist === true && p.maxSeats === undefined) findings.push({ code: 'waitlist_without_seat_limit', message: 'The policy asks for a waitlist but sets no seat limit, so nobody ever waits.' });
  if (p.minRegistrants !== undefined && p.decisionDate === undefined) findings.push({ code: 'minimum_without_decision_date', message: 'The policy sets a minimum but no decision date: a group short of it stays pending until the organizer decides.' });
  if (p.decisionDate !== undefined && p.minRegistrants === undefined) findings.push({ code: 'decision_date_without_minimum', message: 'The policy sets a decision date but no minimum, so there is nothing to decide.' });
  if (p.minRegistrants !== undefined && o.refundPolicy === undefined) findings.push({ code: 'refund_policy_not_checked', message: 'The policy sets a minimum; pass refundPolicy to check that a group cancelled for insufficient registrants refunds everyone.' });
  return lawCheck(laws, findings, run);
}

const list = (ids: readonly string[]): string => (ids.length === 0 ? 'nobody' : ids.join(', '));

/** The roster a single first-come-first-served queue gives: a duplicate keeps its place, a cancellation promotes the head of the waitlist. */
function queue(p: CapacityPolicy, events: readonly RegistrationEvent[]): { confirmed: string[]; waitlist: string[] } {
  const confirmed: string[] = [];
  const waitlist: string[] = [];
  const seats = p.maxSeats ?? Infinity;
  const room = p.waitlist ? (p.maxWaitlist ?? Infinity) : 0;
  for (const e of events) {
    const id = e.registrantId;
    if (e.type === 'register') {
      if (confirmed.includes(id) || waitlist.includes(id)) continue;
      if (confirmed.length < seats) confirmed.push(id);
      else if (waitlist.length < room) waitlist.push(id);
    } else if (confirmed.includes(id)) {
      confirmed.splice(confirmed.indexOf(id), 1);
      const next = waitlist.shift();
      if (next !== undefined) confirmed.push(next);
    } else if (waitlist.includes(id)) {
      waitlist.splice(waitlist.indexOf(id), 1);
    }
  }
  return { confirmed, waitlist };
}

function refundLaw(p: CapacityPolicy, refundPolicy: RefundPolicyInput | undefined, run: { numRuns: number; seed: number }): LawResult<CapacityLaw> {
  const description = 'When the group is cancelled for insufficient registrants, every registrant gets everything paid back under the refund policy.';
  if (p.minRegistrants === undefined || refundPolicy === undefined) return { law: 'cancelled_group_refunds_everyone', holds: true, description };
  const check = checkRefundPolicy(refundPolicy, { ...run, organizerRefundReasons: ['insufficient_registrants'] });
  const found = check.laws.find((l) => l.law === 'organizer_cancellation_refunds_in_full');
  return found?.counterexample === undefined ? { law: 'cancelled_group_refunds_everyone', holds: true, description } : { law: 'cancelled_group_refunds_everyone', holds: false, description, counterexample: found.counterexample };
}

