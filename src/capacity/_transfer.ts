/** A registrant hands their place to a colleague: the one rule, for the replay and for quotes. Internal. */
import { windowStatus, type RegistrationWindowStatus } from '../_lib/registrationWindow.js';
import { decide, decideClosed, remove, type RosterDraft } from './_draft.js';
import type { CapacityPolicy } from './policy.js';
import type { TransferPolicy } from './policySettings.js';
import type { RosterState } from './roster.js';

type Closed = Exclude<RegistrationWindowStatus, { status: 'open' }>;

/** Whether transfers are closed at `atMs` under `transfers.until`: the status the one window evaluator gives, worded for transfers. */
export function transfersClosed(transfers: TransferPolicy, atMs: number): Closed | undefined {
  if (transfers.until === undefined) return undefined;
  const window = windowStatus({ closes: transfers.until }, atMs, 'Transfers');
  return window.status === 'open' ? undefined : window;
}

type Lists = Pick<RosterState, 'confirmed' | 'waitlist' | 'offers' | 'cancelled' | 'declined'>;

/** Where someone stands in a roster, for a transfer. */
export function standing(draft: Lists, id: string): 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'declined' | 'unknown' {
  if (draft.confirmed.includes(id)) return 'confirmed';
  if (draft.waitlist.includes(id)) return 'waitlisted';
  if (draft.offers.some((o) => o.registrantId === id)) return 'offered';
  if (draft.cancelled.includes(id)) return 'cancelled';
  if (draft.declined.includes(id)) return 'declined';
  return 'unknown';
}

/** Why a transfer cannot be made: each condition the rule checks, in the order the replay reports them. */
export type TransferRefusal =
  | { readonly code: 'transfers_not_allowed' }
  | { readonly code: 'transfers_closed'; readonly closed: Closed }
  | { readonly code: 'registrant_not_registered'; readonly status: 'offered' | 'cancelled' | 'declined' | 'unknown' }
  | { readonly code: 'colleague_already_registered'; readonly status: 'confirmed' | 'waitlisted' | 'offered' };

/**
 * Every reason `from` may not hand their place to `to` at `atMs`: the
 * policy takes no transfers or they are closed, and, given the roster as it
 * stands at that instant (offers ended by then already expired), `from`
 * holds no seat or waitlist place or `to` is already registered. Empty when
 * the transfer is made. Without a roster, only the policy is checked.
 */
export function transferRefusals(state: Lists | undefined, policy: CapacityPolicy, from: string, to: string, atMs: number): TransferRefusal[] {
  const refusals: TransferRefusal[] = [];
  const t = policy.transfers;
  if (t === undefined || !t.allowed) refusals.push({ code: 'transfers_not_allowed' });
  else {
    const closed = transfersClosed(t, atMs);
    if (closed !== undefined) refusals.push({ code: 'transfers_closed', closed });
  }
  if (state === undefined) return refusals;
  const status = standing(state, from);
  if (status !== 'confirmed' && status !== 'waitlisted') refusals.push({ code: 'registrant_not_registered', status });
  const theirs = standing(state, to);
  if (theirs === 'confirmed' || theirs === 'waitlisted' || theirs === 'offered') refusals.push({ code: 'colleague_already_registered', status: theirs });
  return refusals;
}

/**
 * `from` hands their seat or waitlist place to `to`, who takes it in place
 * (same seat, same position); `from` is then no longer registered. Refused,
 * with a decision (the first of {@link transferRefusals}), otherwise.
 */
export function transfer(draft: RosterDraft, policy: CapacityPolicy, from: string, to: string, at: string, atMs: number): void {
  const [refusal] = transferRefusals(draft, policy, from, to, atMs);
  if (refusal !== undefined) {
    switch (refusal.code) {
      case 'transfers_closed':
        return decideClosed(draft, from, at, { code: 'transfers_closed', boundaryAt: refusal.closed.boundaryAt }, `${refusal.closed.message} ${from}'s transfer is ignored.`);
      case 'colleague_already_registered':
        return decide(draft, from, at, { code: 'colleague_already_registered', to, status: refusal.status });
      default:
        return decide(draft, from, at, refusal);
    }
  }
  const status = draft.confirmed.includes(from) ? 'confirmed' : 'waitlisted';
  remove(draft.cancelled, to);
  remove(draft.declined, to);
  const list = status === 'confirmed' ? draft.confirmed : draft.waitlist;
  const index = list.indexOf(from);
  list[index] = to;
  draft.cancelled.push(from);
  decide(draft, from, at, { code: 'transferred', to, status, position: index + 1 });
}
