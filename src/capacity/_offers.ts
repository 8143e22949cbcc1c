/** Freed seats: promoted at once, or offered to the head of the waitlist for a while (`waitlistOffers`). Internal. */
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { decide, type RosterDraft } from './_draft.js';
import type { CapacityPolicy } from './policy.js';

const HOUR_MS = 3_600_000;

/**
 * A seat `freedBy` gave up is free at `at`: the head of the waitlist takes it
 * at once, or is offered it until `at` plus the claim hours; with nobody
 * waiting it stays free.
 */
export function freeSeat(draft: RosterDraft, policy: CapacityPolicy, freedBy: string, at: string): void {
  const head = draft.waitlist.shift();
  if (head === undefined) return;
  if (policy.waitlistOffers === undefined) {
    draft.confirmed.push(head);
    draft.promotions.push({ registrantId: head, replaces: freedBy, at, eventIndex: draft.eventCount });
    return decide(draft, head, at, { code: 'promoted_from_waitlist', replaces: freedBy });
  }
  const expiresAt = epochMsToInstant(instantToEpochMs(at) + policy.waitlistOffers.claimHours * HOUR_MS);
  draft.offers.push({ registrantId: head, replaces: freedBy, offeredAt: at, expiresAt });
  decide(draft, head, at, { code: 'offer_made', replaces: freedBy, expiresAt });
}

/**
 * Every offer whose claim window ended at or before `untilMs` expires, the
 * earliest first; each seat so freed is offered to the next in line at the
 * instant the offer expired (which may itself expire before `untilMs`).
 */
export function expireOffers(draft: RosterDraft, policy: CapacityPolicy, untilMs: number): void {
  for (;;) {
    let next = -1;
    let earliest = Number.POSITIVE_INFINITY;
    draft.offers.forEach((o, i) => {
      const ms = instantToEpochMs(o.expiresAt);
      if (ms <= untilMs && ms < earliest) [next, earliest] = [i, ms];
    });
    const offer = next < 0 ? undefined : draft.offers.splice(next, 1)[0];
    if (offer === undefined) return;
    draft.cancelled.push(offer.registrantId);
    decide(draft, offer.registrantId, offer.expiresAt, { code: 'offer_expired', replaces: offer.replaces, expiresAt: offer.expiresAt });
    freeSeat(draft, policy, offer.replaces, offer.expiresAt);
  }
}

/** Decisions that leave the roster as it was: they do not tell where someone stands (the one list, for the replay and `registrantStatus`). */
export const NO_CHANGE: ReadonlySet<string> = new Set(['duplicate_registration', 'cancel_unknown_registrant', 'cancel_not_active', 'offer_answer_too_late', 'no_offer_to_answer', 'transfers_not_allowed', 'transfers_closed', 'registrant_not_registered', 'colleague_already_registered']);

/** When `id`'s offer expired, if the last thing that happened to them is that it expired. */
function expiredAt(draft: RosterDraft, id: string): string | undefined {
  for (let i = draft.decisions.length - 1; i >= 0; i -= 1) {
    const d = draft.decisions[i];
    if (d === undefined || d.registrantId !== id || NO_CHANGE.has(d.code)) continue;
    return d.code === 'offer_expired' ? d.expiresAt : undefined;
  }
  return undefined;
}

/**
 * `id` answers their offer (a `cancel` by someone holding an offer declines
 * it): an accept confirms them, a decline frees the seat for the next in
 * line. Without an outstanding offer the answer is ignored with a decision.
 */
export function answerOffer(draft: RosterDraft, policy: CapacityPolicy, id: string, answer: 'accept' | 'decline', at: string): void {
  const index = draft.offers.findIndex((o) => o.registrantId === id);
  const offer = index < 0 ? undefined : draft.offers.splice(index, 1)[0];
  if (offer === undefined) {
    const expired = expiredAt(draft, id);
    return expired === undefined
      ? decide(draft, id, at, { code: 'no_offer_to_answer', answer })
      : decide(draft, id, at, { code: 'offer_answer_too_late', answer, expiredAt: expired });
  }
  if (answer === 'accept') {
    draft.confirmed.push(id);
    draft.promotions.push({ registrantId: id, replaces: offer.replaces, at, eventIndex: draft.eventCount });
    return decide(draft, id, at, { code: 'offer_accepted', replaces: offer.replaces });
  }
  draft.cancelled.push(id);
  decide(draft, id, at, { code: 'offer_declined', replaces: offer.replaces });
  freeSeat(draft, policy, offer.replaces, at);
}
