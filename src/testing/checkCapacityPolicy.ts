import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import type { RegistrationEvent } from '../capacity/events.js';
import { CapacityPolicySchema, type CapacityPolicy, type CapacityPolicyInput } from '../capacity/policy.js';
import { replayRegistrations } from '../capacity/replayRegistrations.js';
import { registrationWindowStatus } from '../capacity/registrationWindow.js';
import type { Offer, RosterState } from '../capacity/roster.js';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
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
export type RegistrationReplayer = (policy: CapacityPolicy, events: readonly RegistrationEvent[]) => Pick<RosterState, 'confirmed' | 'waitlist'> & { readonly offers?: readonly Offer[] };

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

const VERBS = { register: 'registers', cancel: 'cancels', accept: 'accepts', decline: 'declines' } as const;
const logText = (events: readonly RegistrationEvent[]): string =>
  events.length === 0 ? 'no events' : events.map((e) => `${e.registrantId} ${e.kind === 'transfer' ? `transfers to ${e.to}` : VERBS[e.kind]}`).join(', ');

const DAY_MS = 86_400_000;

/** Where generated logs start: the default, or a month before the policy's registration window closes (a few days before it opens). */
function logsFrom(p: CapacityPolicy): string | undefined {
  const w = p.registrationWindow;
  if (w === undefined) return undefined;
  const late = registrationWindowStatus(w, '9999-12-31T00:00:00Z');
  if (late.status === 'closed') return epochMsToInstant(instantToEpochMs(late.boundaryAt) - 30 * DAY_MS);
  const early = registrationWindowStatus(w, '0001-01-01T00:00:00Z');
  return early.status === 'open' ? undefined : epochMsToInstant(instantToEpochMs(early.boundaryAt) - 5 * DAY_MS);
}

/** Whether registration stays open after the decision date has passed. */
function openAfterDecision(p: CapacityPolicy): boolean {
  if (p.registrationWindow === undefined || p.decisionDate === undefined) return false;
  const decided = registrationWindowStatus({ closes: p.decisionDate }, '9999-12-31T00:00:00Z');
  return decided.status !== 'open' && registrationWindowStatus(p.registrationWindow, decided.boundaryAt).status === 'open';
}

/**
 * Checks a capacity policy (seats, waitlist, minimum, decision date)
 * against the laws of a fair roster, replaying logs of registrations and
 * cancellations generated with fast-check:
 *
 * - `confirmed_never_exceeds_seats`;
 * - `waitlist_never_exceeds_its_limit`;
 * - `first_come_first_served`: nobody waits while a seat is free (a seat
 *   held for a waitlist offer is not free), nobody is listed twice, and
 *   among those still registered, whoever registered first is served first
 *   (registrations outside the registration window do not count; with
 *   waitlist offers, whose timing the queue does not model, only the first
 *   two are checked);
 * - `cancelled_group_refunds_everyone`: with `refundPolicy`, a group
 *   cancelled by the organizer for insufficient registrants refunds every
 *   registrant in full under it (the ABS's "those registered will receive
 *   their money back"). Without a minimum, or without `refundPolicy`, it
 *   holds trivially (a finding says so).
 *
 * Logs are generated around the policy's registration window, and with
 * waitlist offers they include `accept` and `decline` answers.
 *
 * Findings point out settings that do nothing (a waitlist without a seat
 * limit, waitlist offers without a waitlist) or leave a decision open (a
 * minimum without a decision date, registration open after the decision
 * date).
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
  const from = logsFrom(p);
  const logs = registrationEventsArbitrary({
    registrantIds: ids,
    maxLength: Math.max(30, 3 * people),
    ...(from === undefined ? {} : { from }),
    ...(p.waitlistOffers === undefined ? {} : { eventKinds: ['register', 'cancel', 'accept', 'decline'] }),
  });
  const law = (name: CapacityLaw, description: string, judge: (events: RegistrationEvent[], roster: ReturnType<RegistrationReplayer>) => string | null): LawResult<CapacityLaw> =>
    checkLaw({ law: name, description, cases: logs, judge: (events) => judge(events, replay(p, events)) }, run);

  const laws: LawResult<CapacityLaw>[] = [
    law('confirmed_never_exceeds_seats', 'No more registrants are confirmed (or hold a seat offered to them) than there are seats.', (events, r) =>
      p.maxSeats !== undefined && held(r) > p.maxSeats ? `After ${logText(events)}, ${held(r)} are confirmed or offered a seat for ${p.maxSeats} seats.` : null,
    ),
    law('waitlist_never_exceeds_its_limit', 'The waitlist never holds more than its limit, and nobody waits when the policy has no waitlist.', (events, r) => {
      const limit = p.waitlist ? (p.maxWaitlist ?? Infinity) : 0;
      return r.waitlist.length > limit ? `After ${logText(events)}, ${r.waitlist.length} are waiting, more than the limit of ${limit}.` : null;
    }),
    law('first_come_first_served', 'Nobody waits while a seat is free, nobody is listed twice, and the roster is the one a single first-come-first-served queue gives (a duplicate registration keeps its place; a cancellation promotes the head of the waitlist).', (events, r) => {
      const all = [...r.confirmed, ...r.waitlist, ...(r.offers ?? []).map((o) => o.registrantId)];
      const twice = all.find((id, i) => all.indexOf(id) !== i);
      if (twice !== undefined) return `After ${logText(events)}, ${twice} is listed twice.`;
      if (r.waitlist.length > 0 && (p.maxSeats === undefined || held(r) < p.maxSeats)) return `After ${logText(events)}, ${r.waitlist[0] as string} waits while a seat is free.`;
      if (p.waitlistOffers !== undefined) return null;
      const fair = queue(p, events.filter((e) => e.kind !== 'register' || p.registrationWindow === undefined || registrationWindowStatus(p.registrationWindow, e.at).status === 'open'));
      const sameConfirmed = fair.confirmed.length === r.confirmed.length && fair.confirmed.every((id) => r.confirmed.includes(id));
      if (sameConfirmed && fair.waitlist.join() === r.waitlist.join()) return null;
      return `After ${logText(events)}, a single first-come-first-served queue confirms ${list(fair.confirmed)} and has ${list(fair.waitlist)} waiting, but the roster confirms ${list(r.confirmed)} and has ${list(r.waitlist)} waiting.`;
    }),
    refundLaw(p, o.refundPolicy, run),
  ];
  const findings: Finding[] = [];
  if (p.waitlistOffers !== undefined && (!p.waitlist || p.maxSeats === undefined)) findings.push({ code: 'offers_without_waitlist', message: 'The policy makes waitlist offers but keeps no waitlist (or sets no seat limit), so no offer is ever made.' });
  if (openAfterDecision(p)) findings.push({ code: 'registration_open_after_decision_date', message: 'Registration stays open after the decision date: registrations after it do not change whether the group goes ahead.' });
  if ((policy as { waitlist?: unknown }).waitlist === true && p.maxSeats === undefined) findings.push({ code: 'waitlist_without_seat_limit', message: 'The policy asks for a waitlist but sets no seat limit, so nobody ever waits.' });
  if (p.minRegistrants !== undefined && p.decisionDate === undefined) findings.push({ code: 'minimum_without_decision_date', message: 'The policy sets a minimum but no decision date: a group short of it stays pending until the organizer decides.' });
  if (p.decisionDate !== undefined && p.minRegistrants === undefined) findings.push({ code: 'decision_date_without_minimum', message: 'The policy sets a decision date but no minimum, so there is nothing to decide.' });
  if (p.minRegistrants !== undefined && o.refundPolicy === undefined) findings.push({ code: 'refund_policy_not_checked', message: 'The policy sets a minimum; pass refundPolicy to check that a group cancelled for insufficient registrants refunds everyone.' });
  return lawCheck(laws, findings, run);
}

/** Seats taken: confirmed, and held for an outstanding offer. */
const held = (r: { confirmed: readonly string[]; offers?: readonly Offer[] }): number => r.confirmed.length + (r.offers?.length ?? 0);

const list = (ids: readonly string[]): string => (ids.length === 0 ? 'nobody' : ids.join(', '));

/** The roster a single first-come-first-served queue gives: a duplicate keeps its place, a cancellation promotes the head of the waitlist. */
function queue(p: CapacityPolicy, events: readonly RegistrationEvent[]): { confirmed: string[]; waitlist: string[] } {
  const confirmed: string[] = [];
  const waitlist: string[] = [];
  const seats = p.maxSeats ?? Infinity;
  const room = p.waitlist ? (p.maxWaitlist ?? Infinity) : 0;
  for (const e of events) {
    const id = e.registrantId;
    if (e.kind === 'register') {
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

