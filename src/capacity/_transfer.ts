/** A registrant hands their place to a colleague, in the replay. Internal. */
import { instantToEpochMs } from '../_lib/instant.js';
import { windowVerdict, type WindowVerdict } from '../_lib/registrationWindow.js';
import { decide, remove, type RosterDraft } from './_draft.js';
import type { CapacityPolicy } from './policy.js';
import type { TransferPolicy } from './policySettings.js';
import type { RosterState } from './roster.js';

type Closed = Extract<WindowVerdict, { open: false }>;

/** Whether transfers are closed at `atMs` under `transfers.until`: the verdict of the one window evaluator, worded for transfers. */
export function transfersClosed(transfers: TransferPolicy, atMs: number): Closed | undefined {
  if (transfers.until === undefined) return undefined;
  const verdict = windowVerdict({ closes: transfers.until }, atMs);
  if (verdict.open) return undefined;
  return { ...verdict, message: verdict.message.replace(/^Registration closed/, 'Transfers closed') };
}

/** Where someone stands in a draft, for a transfer. */
export function standing(draft: Pick<RosterState, 'confirmed' | 'waitlist' | 'offers' | 'cancelled' | 'declined'>, id: string): 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'declined' | 'unknown' {
  if (draft.confirmed.includes(id)) return 'confirmed';
  if (draft.waitlist.includes(id)) return 'waitlisted';
  if (draft.offers.some((o) => o.registrantId === id)) return 'offered';
  if (draft.cancelled.includes(id)) return 'cancelled';
  if (draft.declined.includes(id)) return 'declined';
  return 'unknown';
}

/**
 * `from` hands their seat or waitlist place to `to`, who takes it in place
 * (same seat, same position); `from` is then no longer registered. Refused,
 * with a decision, when the policy takes no transfers or they are closed,
 * `from` holds no seat or place, or `to` is already registered.
 */
export function transfer(draft: RosterDraft, policy: CapacityPolicy, from: string, to: string, at: string): void {
  const t = policy.transfers;
  if (t === undefined || !t.allowed) return decide(draft, from, at, { code: 'transfer_not_allowed' });
  const closed = transfersClosed(t, instantToEpochMs(at));
  if (closed !== undefined) return decide(draft, from, at, { code: 'transfer_closed', boundaryAt: closed.boundaryAt }, `${closed.message} ${from}'s transfer is ignored.`);
  const status = standing(draft, from);
  if (status !== 'confirmed' && status !== 'waitlisted') return decide(draft, from, at, { code: 'transfer_not_registered', status });
  const theirs = standing(draft, to);
  if (theirs === 'confirmed' || theirs === 'waitlisted' || theirs === 'offered') return decide(draft, from, at, { code: 'transfer_to_registered', to, status: theirs });
  remove(draft.cancelled, to);
  remove(draft.declined, to);
  const list = status === 'confirmed' ? draft.confirmed : draft.waitlist;
  const index = list.indexOf(from);
  list[index] = to;
  draft.cancelled.push(from);
  decide(draft, from, at, { code: 'transferred', to, status, position: index + 1 });
}
