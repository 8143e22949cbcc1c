/** One event applied to a roster draft. Internal. */
import { assertNever } from '../_lib/assertNever.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { windowStatus } from '../_lib/registrationWindow.js';
import { decide, decideClosed, remove, toDraft, type RosterDraft } from './_draft.js';
import { answerOffer, expireOffers, freeSeat } from './_offers.js';
import { transfer } from './_transfer.js';
import type { RosterState } from './roster.js';
import type { RegistrationEvent } from './events.js';
import type { CapacityPolicy } from './policy.js';

export { toDraft, type RosterDraft } from './_draft.js';
export { expireOffers } from './_offers.js';

/** A copy of `state` as it stands at `atMs`: the offers ended by then expired, as the replay expires them before an event at that instant. */
export function rosterAt(state: RosterState, policy: CapacityPolicy, atMs: number): RosterDraft {
  const draft = toDraft(state);
  expireOffers(draft, policy, atMs);
  return draft;
}

function register(draft: RosterDraft, policy: CapacityPolicy, id: string, at: string): void {
  if (draft.confirmed.includes(id)) return decide(draft, id, at, { code: 'duplicate_registration', status: 'confirmed' });
  if (draft.waitlist.includes(id)) return decide(draft, id, at, { code: 'duplicate_registration', status: 'waitlisted' });
  if (draft.offers.some((o) => o.registrantId === id)) return decide(draft, id, at, { code: 'duplicate_registration', status: 'offered' });
  remove(draft.declined, id);
  remove(draft.cancelled, id);
  if (policy.registrationWindow !== undefined) {
    const window = windowStatus(policy.registrationWindow, instantToEpochMs(at));
    if (window.status !== 'open') {
      draft.declined.push(id);
      return decideClosed(draft, id, at, { code: window.code, boundaryAt: window.boundaryAt }, `${window.message} ${id}'s registration is declined.`);
    }
  }
  const max = policy.maxSeats;
  if (max === undefined || draft.confirmed.length + draft.offers.length < max) {
    draft.confirmed.push(id);
    return decide(draft, id, at, { code: 'confirmed', seat: draft.confirmed.length, maxSeats: max ?? null });
  }
  if (!policy.waitlist) {
    draft.declined.push(id);
    return decide(draft, id, at, { code: 'registration_closed_no_waitlist', maxSeats: max });
  }
  if (policy.maxWaitlist !== undefined && draft.waitlist.length >= policy.maxWaitlist) {
    draft.declined.push(id);
    return decide(draft, id, at, { code: 'declined_waitlist_full', maxWaitlist: policy.maxWaitlist });
  }
  draft.waitlist.push(id);
  return decide(draft, id, at, { code: 'waitlisted_full', position: draft.waitlist.length });
}

function cancel(draft: RosterDraft, policy: CapacityPolicy, id: string, at: string): void {
  if (remove(draft.confirmed, id) >= 0) {
    draft.cancelled.push(id);
    decide(draft, id, at, { code: 'cancelled_confirmed' });
    return freeSeat(draft, policy, id, at);
  }
  if (draft.offers.some((o) => o.registrantId === id)) return answerOffer(draft, policy, id, 'decline', at);
  const position = remove(draft.waitlist, id);
  if (position >= 0) {
    draft.cancelled.push(id);
    return decide(draft, id, at, { code: 'cancelled_waitlisted', position: position + 1 });
  }
  if (draft.cancelled.includes(id)) return decide(draft, id, at, { code: 'cancel_not_active', status: 'cancelled' });
  if (draft.declined.includes(id)) return decide(draft, id, at, { code: 'cancel_not_active', status: 'declined' });
  return decide(draft, id, at, { code: 'cancel_unknown_registrant' });
}

/**
 * Applies one validated event to a draft: first come, first served. Offers
 * whose claim window ended at or before the event expire first. A free seat
 * never coexists with a waitlist: a newcomer is confirmed only when nobody is
 * waiting, and a freed seat goes to the head of the waitlist at once (or is
 * offered to them, with `waitlistOffers`).
 */
export function step(draft: RosterDraft, policy: CapacityPolicy, event: RegistrationEvent): void {
  const atMs = instantToEpochMs(event.at);
  expireOffers(draft, policy, atMs);
  const id = event.registrantId;
  switch (event.kind) {
    case 'register':
      register(draft, policy, id, event.at);
      break;
    case 'cancel':
      cancel(draft, policy, id, event.at);
      break;
    case 'accept':
    case 'decline':
      answerOffer(draft, policy, id, event.kind, event.at);
      break;
    case 'transfer':
      transfer(draft, policy, id, event.to, event.at, atMs);
      break;
    default:
      assertNever(event);
  }
  draft.eventCount += 1;
  draft.lastAt = event.at;
}
