import * as z from 'zod/mini';
import { openObject } from '../_lib/objects.js';
import { InstantSchema } from '../common/schemas.js';
import { RegistrantIdSchema } from './events.js';

/**
 * Every decision code of the roster log:
 *
 * - `confirmed`: a seat was free.
 * - `waitlisted_full`: every seat was taken; the registrant waits (`position`, 1-based).
 * - `registration_closed_no_waitlist`: every seat was taken and no waitlist is kept: declined.
 * - `declined_waitlist_full`: every seat was taken and the waitlist was at `maxWaitlist`: declined.
 * - `duplicate_registration`: already confirmed or waiting; ignored (place kept).
 * - `cancelled_confirmed`: a confirmed registrant cancelled; the seat is freed.
 * - `cancelled_waitlisted`: a waiting registrant cancelled; those behind move up.
 * - `promoted_from_waitlist`: the head of the waitlist took the seat `replaces` gave up.
 * - `cancel_unknown_registrant`: a cancellation for someone who never registered; ignored.
 * - `cancel_not_active`: a cancellation for someone already cancelled or declined; ignored.
 * - `registration_not_open_yet`, `registration_closed`: a registration outside the
 *   policy's `registrationWindow` (`boundaryAt`: when it opens or closed); declined.
 * - `offer_made`: the seat `replaces` gave up is offered to the head of the
 *   waitlist until `expiresAt` (policies with `waitlistOffers`).
 * - `offer_accepted`: the offered registrant took the seat.
 * - `offer_declined`: the offered registrant declined (or cancelled); they leave.
 * - `offer_expired`: the offer ran out at `expiresAt` unanswered; they leave.
 * - `offer_answer_too_late`: an `accept` or `decline` after the offer expired (`expiredAt`); ignored.
 * - `no_offer_to_answer`: an `accept` or `decline` by someone with no outstanding offer; ignored.
 * - `transferred`: the registrant handed their seat or waitlist place to `to`, who takes it in place.
 * - `transfers_not_allowed`: the policy accepts no transfers; ignored.
 * - `transfers_closed`: the transfer came after the policy's `transfers.until` (`boundaryAt`); ignored.
 * - `registrant_not_registered`: the registrant holds no seat or waitlist place (`status`); ignored.
 * - `colleague_already_registered`: the colleague `to` is already registered (`status`); ignored.
 *
 * @example
 * ```ts
 * import { ROSTER_DECISION_CODES } from 'balint-rules/capacity';
 *
 * ROSTER_DECISION_CODES.includes('promoted_from_waitlist');
 * //=> true
 * ```
 */
export const ROSTER_DECISION_CODES = [
  'confirmed',
  'waitlisted_full',
  'registration_closed_no_waitlist',
  'declined_waitlist_full',
  'duplicate_registration',
  'cancelled_confirmed',
  'cancelled_waitlisted',
  'promoted_from_waitlist',
  'cancel_unknown_registrant',
  'cancel_not_active',
  'registration_not_open_yet',
  'registration_closed',
  'offer_made',
  'offer_accepted',
  'offer_declined',
  'offer_expired',
  'offer_answer_too_late',
  'no_offer_to_answer',
  'transferred',
  'transfers_not_allowed',
  'transfers_closed',
  'registrant_not_registered',
  'colleague_already_registered',
] as const;

/**
 * Fields every roster decision has.
 *
 * @example
 * ```ts
 * import type { RosterDecisionBase } from 'balint-rules/capacity';
 *
 * const base: RosterDecisionBase = { registrantId: 'r-1', at: '2026-02-01T15:00:00Z', eventIndex: 0,
 *   message: 'r-1 is confirmed: seat 1 of 12.' };
 * ```
 */
export interface RosterDecisionBase {
  /** Whom the decision is about. */
  readonly registrantId: string;
  /** The instant of the event that caused it. */
  readonly at: string;
  /**
   * The 0-based index of that event in the whole log. A decision made after
   * the last event, when a roster is wanted `at` a later moment (an offer
   * that expired by then, and the offer of its seat to the next in line),
   * has the index the next event would have: `eventCount`.
   */
  readonly eventIndex: number;
  /** A readable English sentence. */
  readonly message: string;
}

/**
 * One entry of the roster's decision log: a snake_case `code` (see
 * {@link ROSTER_DECISION_CODES}), structured fields and a message.
 *
 * @example
 * ```ts
 * import type { RosterDecision } from 'balint-rules/capacity';
 *
 * const d: RosterDecision = { code: 'waitlisted_full', registrantId: 'r-13', at: '2026-02-20T14:00:00Z',
 *   eventIndex: 12, position: 1, message: 'Every seat is taken; r-13 is number 1 on the waitlist.' };
 * ```
 */
export type RosterDecision = RosterDecisionBase &
  (
    | { readonly code: 'confirmed'; readonly seat: number; readonly maxSeats: number | null }
    | { readonly code: 'waitlisted_full'; readonly position: number }
    | { readonly code: 'registration_closed_no_waitlist'; readonly maxSeats: number }
    | { readonly code: 'declined_waitlist_full'; readonly maxWaitlist: number }
    | { readonly code: 'duplicate_registration'; readonly status: 'confirmed' | 'waitlisted' | 'offered' }
    | { readonly code: 'cancelled_confirmed' }
    | { readonly code: 'cancelled_waitlisted'; readonly position: number }
    | { readonly code: 'promoted_from_waitlist'; readonly replaces: string }
    | { readonly code: 'cancel_unknown_registrant' }
    | { readonly code: 'cancel_not_active'; readonly status: 'cancelled' | 'declined' }
    | { readonly code: 'registration_not_open_yet' | 'registration_closed'; readonly boundaryAt: string }
    | { readonly code: 'offer_made'; readonly replaces: string; readonly expiresAt: string }
    | { readonly code: 'offer_accepted' | 'offer_declined'; readonly replaces: string }
    | { readonly code: 'offer_expired'; readonly replaces: string; readonly expiresAt: string }
    | { readonly code: 'offer_answer_too_late'; readonly answer: 'accept' | 'decline'; readonly expiredAt: string }
    | { readonly code: 'no_offer_to_answer'; readonly answer: 'accept' | 'decline' }
    | { readonly code: 'transferred'; readonly to: string; readonly status: 'confirmed' | 'waitlisted'; readonly position: number }
    | { readonly code: 'transfers_not_allowed' }
    | { readonly code: 'transfers_closed'; readonly boundaryAt: string }
    | { readonly code: 'registrant_not_registered'; readonly status: 'offered' | 'cancelled' | 'declined' | 'unknown' }
    | { readonly code: 'colleague_already_registered'; readonly to: string; readonly status: 'confirmed' | 'waitlisted' | 'offered' }
  );

/**
 * A decision code, see {@link ROSTER_DECISION_CODES}.
 *
 * @example
 * ```ts
 * import type { RosterDecisionCode } from 'balint-rules/capacity';
 *
 * const code: RosterDecisionCode = 'waitlisted_full';
 * ```
 */
export type RosterDecisionCode = RosterDecision['code'];

/**
 * Someone who moved up from the waitlist into the seat another gave up.
 *
 * @example
 * ```ts
 * import type { Promotion } from 'balint-rules/capacity';
 *
 * const p: Promotion = { registrantId: 'r-13', replaces: 'r-4', at: '2026-03-01T12:00:00Z', eventIndex: 20 };
 * ```
 */
export interface Promotion {
  readonly registrantId: string;
  readonly replaces: string;
  readonly at: string;
  readonly eventIndex: number;
}

/**
 * An outstanding waitlist offer: the seat `replaces` gave up is held for
 * `registrantId` from `offeredAt` until `expiresAt` (exclusive: an answer at
 * `expiresAt` is too late).
 *
 * @example
 * ```ts
 * import type { Offer } from 'balint-rules/capacity';
 *
 * const offer: Offer = { registrantId: 'cai', replaces: 'ana', offeredAt: '2026-03-01T12:00:00Z', expiresAt: '2026-03-03T12:00:00.000Z' };
 * ```
 */
export type Offer = Readonly<z.output<typeof OfferSchema>>;

/**
 * An outstanding waitlist offer as stored in a roster, see {@link Offer}.
 *
 * @example
 * ```ts
 * import { OfferSchema } from 'balint-rules/capacity';
 *
 * OfferSchema.safeParse({ registrantId: 'cai', replaces: 'ana', offeredAt: '2026-03-01T12:00:00Z', expiresAt: '2026-03-03T12:00:00Z' }).success;
 * //=> true
 * ```
 */
export const OfferSchema = z.strictObject({
  registrantId: RegistrantIdSchema,
  /** Who gave up the seat (the first to give it up, when it passed from offer to offer). */
  replaces: RegistrantIdSchema,
  offeredAt: InstantSchema,
  expiresAt: InstantSchema,
});

/**
 * The roster after some registrations and cancellations. Every registrant is
 * in at most one of `confirmed`, `waitlist`, `offers`, `declined` and `cancelled`;
 * `confirmed` and `waitlist` are in the order of the registrations that put
 * people there (first come, first served). `eventCount` and `lastAt` let
 * {@link applyRegistrationEvent} continue the log.
 *
 * @example
 * ```ts
 * import type { RosterState } from 'balint-rules/capacity';
 *
 * const empty: RosterState = { confirmed: [], waitlist: [], offers: [], declined: [], cancelled: [], promotions: [],
 *   decisions: [], eventCount: 0, lastAt: null };
 * ```
 */
export interface RosterState {
  readonly confirmed: readonly string[];
  readonly waitlist: readonly string[];
  /** Outstanding waitlist offers, oldest first: each holds a seat (policies with `waitlistOffers`). */
  readonly offers: readonly Offer[];
  /** Whose latest registration was declined (full, no room to wait). */
  readonly declined: readonly string[];
  /** Who gave up their place (cancelled, transferred it, or declined or let lapse a waitlist offer) and has not registered again. */
  readonly cancelled: readonly string[];
  readonly promotions: readonly Promotion[];
  readonly decisions: readonly RosterDecision[];
  /** How many events have been applied. */
  readonly eventCount: number;
  /** The instant of the last event applied, or null before the first. */
  readonly lastAt: string | null;
}

const ids = z.array(RegistrantIdSchema);

function noOneTwice(state: { confirmed: string[]; waitlist: string[]; offers: { registrantId: string }[]; declined: string[]; cancelled: string[] }): boolean {
  const all = [...state.confirmed, ...state.waitlist, ...state.offers.map((o) => o.registrantId), ...state.declined, ...state.cancelled];
  return new Set(all).size === all.length;
}

/**
 * The shape of a {@link RosterState}, checked when a state comes back from an
 * app (e.g. from a database) into {@link applyRegistrationEvent}. Strict: a
 * misspelt list (`waitList`) is refused with the key meant.
 *
 * @example
 * ```ts
 * import { RosterStateSchema } from 'balint-rules/capacity';
 *
 * RosterStateSchema.safeParse({ confirmed: ['a'], waitlist: ['a'], declined: [], cancelled: [], promotions: [],
 *   decisions: [], eventCount: 1, lastAt: '2026-02-01T00:00:00Z' }).success; // a is both confirmed and waiting
 * //=> false
 * ```
 */
export const RosterStateSchema = z
  .strictObject({
    confirmed: ids,
    waitlist: ids,
    // Absent in a roster stored before offers existed: none outstanding.
    offers: z._default(z.array(OfferSchema), []),
    declined: ids,
    cancelled: ids,
    promotions: z.array(
      z.strictObject({ registrantId: RegistrantIdSchema, replaces: RegistrantIdSchema, at: InstantSchema, eventIndex: z.int().check(z.minimum(0)) }),
    ),
    decisions: z.array(
      // Each kind of decision has fields of its own, kept as they are; a near miss of a common key is refused.
      openObject({
        code: z.enum(ROSTER_DECISION_CODES),
        registrantId: RegistrantIdSchema,
        at: InstantSchema,
        eventIndex: z.int().check(z.minimum(0)),
        message: z.string(),
      }),
    ),
    eventCount: z.int().check(z.minimum(0)),
    lastAt: z.nullable(InstantSchema),
  })
  .check(
    z.refine(noOneTwice, 'must not list a registrant in more than one of confirmed, waitlist, offers, declined and cancelled'),
    z.refine((s) => (s.eventCount === 0) === (s.lastAt === null), 'must have lastAt exactly when eventCount is above 0'),
  );

/**
 * The roster before any event: nobody registered.
 *
 * @example
 * ```ts
 * import { emptyRoster } from 'balint-rules/capacity';
 *
 * emptyRoster().confirmed;
 * //=> []
 * ```
 */
export function emptyRoster(): RosterState {
  return { confirmed: [], waitlist: [], offers: [], declined: [], cancelled: [], promotions: [], decisions: [], eventCount: 0, lastAt: null };
}
