import { assertNever } from '../_lib/assertNever.js';
import { seats } from './_text.js';
import type { RegistrationEvent } from './events.js';
import type { CapacityPolicy } from './policy.js';
import type { Promotion, RosterDecision, RosterDecisionBase, RosterState } from './roster.js';

/** A roster being built: the same fields, writable. Only code that owns the draft changes it. */
export interface RosterDraft {
  confirmed: string[];
  waitlist: string[];
  declined: string[];
  cancelled: string[];
  promotions: Promotion[];
  decisions: RosterDecision[];
  eventCount: number;
  lastAt: string | null;
}

/** A fresh, writable copy of a state (the input is never touched). */
export function toDraft(state: RosterState): RosterDraft {
  return {
    confirmed: [...state.confirmed],
    waitlist: [...state.waitlist],
    declined: [...state.declined],
    cancelled: [...state.cancelled],
    promotions: state.promotions.map((p) => ({ ...p })),
    decisions: state.decisions.map((d) => ({ ...d })),
    eventCount: state.eventCount,
    lastAt: state.lastAt,
  };
}

function remove(list: string[], id: string): number {
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
  return i;
}


type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Detail = DistributiveOmit<RosterDecision, keyof RosterDecisionBase>;

/** The English sentence for a decision about `id`. */
export function decisionMessage(id: string, d: Detail): string {
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
      return `${id} is already ${d.status === 'confirmed' ? 'confirmed' : 'on the waitlist'}; the repeated registration is ignored.`;
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
    default:
      return assertNever(d);
  }
}

function decide(draft: RosterDraft, id: string, event: RegistrationEvent, d: Detail): void {
  const decision = { ...d, registrantId: id, at: event.at, eventIndex: draft.eventCount, message: decisionMessage(id, d) } as RosterDecision;
  draft.decisions.push(decision);
}

function register(draft: RosterDraft, policy: CapacityPolicy, event: RegistrationEvent): void {
  const id = event.registrantId;
  if (draft.confirmed.includes(id)) return decide(draft, id, event, { code: 'duplicate_registration', status: 'confirmed' });
  if (draft.waitlist.includes(id)) return decide(draft, id, event, { code: 'duplicate_registration', status: 'waitlisted' });
  remove(draft.declined, id);
  remove(draft.cancelled, id);
  const max = policy.maxSeats;
  if (max === undefined || draft.confirmed.length < max) {
    draft.confirmed.push(id);
    return decide(draft, id, event, { code: 'confirmed', seat: draft.confirmed.length, maxSeats: max ?? null });
  }
  if (!policy.waitlist) {
    draft.declined.push(id);
    return decide(draft, id, event, { code: 'registration_closed_no_waitlist', maxSeats: max });
  }
  if (policy.maxWaitlist !== undefined && draft.waitlist.length >= policy.maxWaitlist) {
    draft.declined.push(id);
    return decide(draft, id, event, { code: 'declined_waitlist_full', maxWaitlist: policy.maxWaitlist });
  }
  draft.waitlist.push(id);
  return decide(draft, id, event, { code: 'waitlisted_full', position: draft.waitlist.length });
}

function cancel(draft: RosterDraft, event: RegistrationEvent): void {
  const id = event.registrantId;
  if (remove(draft.confirmed, id) >= 0) {
    draft.cancelled.push(id);
    decide(draft, id, event, { code: 'cancelled_confirmed' });
    const head = draft.waitlist.shift();
    if (head !== undefined) {
      draft.confirmed.push(head);
      draft.promotions.push({ registrantId: head, replaces: id, at: event.at, eventIndex: draft.eventCount });
      decide(draft, head, event, { code: 'promoted_from_waitlist', replaces: id });
    }
    return;
  }
  const position = remove(draft.waitlist, id);
  if (position >= 0) {
    draft.cancelled.push(id);
    return decide(draft, id, event, { code: 'cancelled_waitlisted', position: position + 1 });
  }
  if (draft.cancelled.includes(id)) return decide(draft, id, event, { code: 'cancel_not_active', status: 'cancelled' });
  if (draft.declined.includes(id)) return decide(draft, id, event, { code: 'cancel_not_active', status: 'declined' });
  return decide(draft, id, event, { code: 'cancel_unknown_registrant' });
}

/**
 * Applies one validated event to a draft: first come, first served. A free
 * seat never coexists with a waitlist, so a newcomer is confirmed only when
 * nobody is waiting, and a freed seat goes to the head of the waitlist at once.
 */
export function step(draft: RosterDraft, policy: CapacityPolicy, event: RegistrationEvent): void {
  switch (event.type) {
    case 'register':
      register(draft, policy, event);
      break;
    case 'cancel':
      cancel(draft, event);
      break;
    default:
      assertNever(event.type);
  }
  draft.eventCount += 1;
  draft.lastAt = event.at;
}
