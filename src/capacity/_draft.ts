/** A roster being built, and how decisions are added to it. Internal. */
import { decisionMessage, type ClosedDetail, type Detail, type WordedDetail } from './_messages.js';
import type { Offer, Promotion, RosterDecision, RosterState } from './roster.js';

/** A roster being built: the same fields, writable. Only code that owns the draft changes it. */
export interface RosterDraft {
  confirmed: string[];
  waitlist: string[];
  offers: Offer[];
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
    offers: state.offers.map((o) => ({ ...o })),
    declined: [...state.declined],
    cancelled: [...state.cancelled],
    promotions: state.promotions.map((p) => ({ ...p })),
    decisions: state.decisions.map((d) => ({ ...d })),
    eventCount: state.eventCount,
    lastAt: state.lastAt,
  };
}

/** Removes `id` from `list`; its 0-based index there, or -1. */
export function remove(list: string[], id: string): number {
  const i = list.indexOf(id);
  if (i >= 0) list.splice(i, 1);
  return i;
}

/** Adds a decision about `id` at `at` with its sentence. */
function record(draft: RosterDraft, id: string, at: string, d: Detail, message: string): void {
  draft.decisions.push({ ...d, registrantId: id, at, eventIndex: draft.eventCount, message } as RosterDecision);
}

/** Adds a decision about `id` at `at`, worded by {@link decisionMessage}. */
export function decide(draft: RosterDraft, id: string, at: string, d: WordedDetail): void {
  record(draft, id, at, d, decisionMessage(id, d));
}

/** Adds a window's refusal of `id` at `at`, worded with the window's sentence (`message`). */
export function decideClosed(draft: RosterDraft, id: string, at: string, d: ClosedDetail, message: string): void {
  record(draft, id, at, d, message);
}
