import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { expireOffers, step, toDraft } from './_step.js';
import { RegistrationEventsSchema, type RegistrationEvent } from './events.js';
import { capacityPolicyOf } from './_compiled.js';
import { type CapacityPolicyInput } from './policy.js';
import { wantedAtMs, type ReplayOptions } from './replayOptions.js';
import { emptyRoster, type RosterState } from './roster.js';

/**
 * Replays a registration log from the start and returns the roster: who is
 * confirmed, who waits (in order), who was declined or cancelled, who moved
 * up from the waitlist, and a log with one decision per outcome.
 *
 * First come, first served: a registration takes a free seat, or waits when
 * every seat is taken (declined when no waitlist is kept or it is full); a
 * confirmed registrant's cancellation gives the seat to the head of the
 * waitlist at once.
 *
 * How odd logs are treated (explicitly):
 * - events must be in the order they happened (`at` never decreasing; equal
 *   instants keep their list order): otherwise a `ValidationError` names
 *   every out-of-order event;
 * - a registration by someone already confirmed or waiting is ignored with a
 *   `duplicate_registration` decision (the place is kept);
 * - someone who cancelled or was declined may register again, as a newcomer
 *   at the back of the queue;
 * - a cancellation by someone who never registered (`cancel_unknown_registrant`)
 *   or is no longer registered (`cancel_not_active`) is ignored with a decision;
 * - a registration outside the policy's `registrationWindow` is declined
 *   (`registration_not_open_yet`, `registration_closed`); cancellations,
 *   answers to offers and transfers are not registrations, the window does
 *   not apply to them;
 * - with `waitlistOffers`, a freed seat is offered to the head of the
 *   waitlist (`offer_made`) and held for them until they `accept`, `decline`
 *   or the offer expires (at or before the next event, or `at`), when the
 *   next in line is offered it; whoever declines or lets it expire leaves the
 *   waitlist (to `cancelled`) and may register again, at the back;
 * - a `transfer` hands a seat or waitlist place to a colleague in place,
 *   when the policy's `transfers` allow it.
 *
 * @param policy - seats, waitlist and minimum, see {@link CapacityPolicySchema}, or a
 *   policy compiled once with {@link compileCapacityPolicy} (not validated again)
 * @param events - the log, see {@link RegistrationEventsSchema}
 * @param options - `{ at }`, the instant the roster is wanted for, see {@link ReplayOptionsSchema}
 * @returns the roster after every event (and, with `at`, every offer expired by then)
 * @throws {ValidationError} when the policy, the log or the options are not valid
 *
 * @example
 * ```ts
 * import { replayRegistrations } from 'balint-rules/capacity';
 *
 * const roster = replayRegistrations({ maxSeats: 2 }, [
 *   { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
 *   { kind: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
 *   { kind: 'register', registrantId: 'cai', at: '2026-02-02T09:00:00Z' },
 *   { kind: 'cancel', registrantId: 'ana', at: '2026-03-01T12:00:00Z' },
 * ]);
 * roster.confirmed;
 * //=> ['ben', 'cai']
 * roster.promotions;
 * //=> [{ registrantId: 'cai', replaces: 'ana', at: '2026-03-01T12:00:00Z', eventIndex: 3 }]
 * ```
 */
export function replayRegistrations(
  policy: DeepReadonly<CapacityPolicyInput>,
  events: DeepReadonly<RegistrationEvent[]>,
  options: ReplayOptions = {},
): RosterState {
  const p = capacityPolicyOf(policy);
  const log = validate(RegistrationEventsSchema as z.ZodMiniType<RegistrationEvent[]>, events, 'registration events');
  const wanted = wantedAtMs(options, log.at(-1)?.at ?? null);
  const draft = toDraft(emptyRoster());
  for (const event of log) step(draft, p, event);
  if (wanted !== undefined) expireOffers(draft, p, wanted);
  return draft;
}
