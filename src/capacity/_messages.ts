/** The English sentence of each roster decision. Internal. */
import { assertNever } from '../_lib/assertNever.js';
import { seats } from './_text.js';
import type { RosterDecision, RosterDecisionBase } from './roster.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A decision without the fields every decision has. */
export type Detail = DistributiveOmit<RosterDecision, keyof RosterDecisionBase>;
/** A refusal by a window (registration or transfers): worded with the window's own sentence, which names its date and zone. */
export type ClosedDetail = Extract<Detail, { code: 'registration_not_open_yet' | 'registration_closed' | 'transfers_closed' }>;
/** A decision worded here. */
export type WordedDetail = Exclude<Detail, ClosedDetail>;

const statusWord = { confirmed: 'confirmed', waitlisted: 'on the waitlist', offered: 'offered a seat' } as const;

/** The English sentence for a decision about `id` (window refusals carry the window's own sentence instead). */
export function decisionMessage(id: string, d: WordedDetail): string {
  switch (d.code) {
    case 'confirmed':
      return d.maxSeats === null ? `${id} is confirmed.` : `${id} is confirmed (seat ${d.seat} of ${d.maxSeats}).`;
    case 'waitlisted_full':
      return `Every seat is taken; ${id} is number ${d.position} on the waitlist.`;
    case 'registration_closed_no_waitlist':
      return `Every seat is taken (${seats(d.maxSeats)}) and no waitlist is kept; ${id}'s registration is declined.`;
    case 'declined_waitlist_full':
      return `Every seat is taken and the waitlist is full (${d.maxWaitlist}); ${id}'s registration is declined.`;
    case 'duplicate_registration':
      return `${id} is already ${statusWord[d.status]}; the repeated registration is ignored.`;
    case 'cancelled_confirmed':
      return `${id} cancelled and gave up a confirmed seat.`;
    case 'cancelled_waitlisted':
      return `${id} cancelled and left the waitlist (was number ${d.position}).`;
    case 'promoted_from_waitlist':
      return `${id} moves up from the waitlist to the seat ${d.replaces} gave up.`;
    case 'cancel_unknown_registrant':
      return `${id} has not registered; the cancellation is ignored.`;
    case 'cancel_not_active':
      return `${id} is not registered (already ${d.status}); the cancellation is ignored.`;
    case 'offer_made':
      return `${id} is offered the seat ${d.replaces} gave up, to accept before ${d.expiresAt}.`;
    case 'offer_accepted':
      return `${id} accepted the offered seat ${d.replaces} gave up and is confirmed.`;
    case 'offer_declined':
      return `${id} declined the offered seat and leaves the waitlist.`;
    case 'offer_expired':
      return `${id}'s offer expired at ${d.expiresAt} unanswered; ${id} leaves the waitlist.`;
    case 'offer_answer_too_late':
      return `${id}'s offer expired at ${d.expiredAt}; the ${d.answer} is ignored.`;
    case 'no_offer_to_answer':
      return `${id} has no outstanding offer; the ${d.answer} is ignored.`;
    case 'transferred':
      return d.status === 'confirmed'
        ? `${id} transferred their seat to ${d.to}, who is confirmed in their place.`
        : `${id} transferred their place on the waitlist to ${d.to}, who is number ${d.position}.`;
    case 'transfers_not_allowed':
      return `The policy accepts no transfers; ${id}'s transfer is ignored.`;
    case 'registrant_not_registered':
      return d.status === 'offered'
        ? `${id} holds an offer, not a seat: accept it before transferring; the transfer is ignored.`
        : `${id} holds no seat or waitlist place (${d.status}); the transfer is ignored.`;
    case 'colleague_already_registered':
      return `${d.to} is already ${statusWord[d.status]}; ${id}'s transfer is ignored.`;
    default:
      return assertNever(d);
  }
}
