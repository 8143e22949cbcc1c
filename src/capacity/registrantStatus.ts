import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { NO_CHANGE } from './_offers.js';
import { RegistrantIdSchema } from './events.js';
import { RosterStateSchema, type RosterState } from './roster.js';

/**
 * Where one registrant stands: `confirmed` (with `position`, the seat in
 * registration order), `waitlisted` (with `position` on the waitlist, 1 =
 * next to move up), `offered` (a seat is held for them until `expiresAt`,
 * policies with `waitlistOffers`), `declined`, `cancelled`, or `unknown`
 * (never registered).
 *
 * @example
 * ```ts
 * import type { RegistrantStatus } from 'balint-rules/capacity';
 *
 * const s: RegistrantStatus = { status: 'waitlisted', position: 2, message: 'ben is number 2 on the waitlist.' };
 * ```
 */
export type RegistrantStatus =
  | { readonly status: 'confirmed' | 'waitlisted'; readonly position: number; readonly message: string }
  | { readonly status: 'offered'; readonly expiresAt: string; readonly message: string }
  | { readonly status: 'declined' | 'cancelled' | 'unknown'; readonly message: string };

/** Why `id`'s latest registration was declined (its last decision that changed the roster): outside the window, or full. */
function declinedBecause(roster: { decisions: readonly { registrantId: string; code: string }[] }, id: string): string {
  const last = roster.decisions.filter((d) => d.registrantId === id && !NO_CHANGE.has(d.code)).at(-1);
  if (last?.code === 'registration_closed') return 'registration was closed';
  if (last?.code === 'registration_not_open_yet') return 'registration was not open yet';
  return 'every seat was taken';
}

/**
 * Looks up one registrant in a roster, e.g. to show "you are number 2 on
 * the waitlist".
 *
 * @param roster - a roster from {@link replayRegistrations}
 * @param registrantId - the app's id for the registrant
 * @throws {ValidationError} when the roster or id is not valid
 *
 * @example
 * ```ts
 * import { registrantStatus, replayRegistrations } from 'balint-rules/capacity';
 *
 * const roster = replayRegistrations({ maxSeats: 1 }, [
 *   { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
 *   { kind: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
 * ]);
 * registrantStatus(roster, 'ben');
 * //=> { status: 'waitlisted', position: 1, message: 'ben is number 1 on the waitlist.' }
 * ```
 */
export function registrantStatus(roster: RosterState, registrantId: string): RegistrantStatus {
  const r = validate(RosterStateSchema, roster, 'roster state');
  const id = validate(RegistrantIdSchema as z.ZodMiniType<string>, registrantId, 'registrant id');
  const seat = r.confirmed.indexOf(id);
  if (seat >= 0) return { status: 'confirmed', position: seat + 1, message: `${id} is confirmed.` };
  const place = r.waitlist.indexOf(id);
  if (place >= 0) return { status: 'waitlisted', position: place + 1, message: `${id} is number ${place + 1} on the waitlist.` };
  const offer = r.offers.find((o) => o.registrantId === id);
  if (offer !== undefined) return { status: 'offered', expiresAt: offer.expiresAt, message: `${id} is offered a seat, to accept before ${offer.expiresAt}.` };
  if (r.declined.includes(id)) return { status: 'declined', message: `${id}'s registration was declined: ${declinedBecause(r, id)}.` };
  if (r.cancelled.includes(id)) return { status: 'cancelled', message: `${id} cancelled.` };
  return { status: 'unknown', message: `${id} has not registered.` };
}
