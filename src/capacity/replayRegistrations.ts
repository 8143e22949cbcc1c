import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { step, toDraft } from './_step.js';
import { RegistrationEventsSchema, type RegistrationEvent } from './events.js';
import { capacityPolicyOf } from './_compiled.js';
import { type CapacityPolicyInput } from './policy.js';
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
 *   or is no longer registered (`cancel_not_active`) is ignored with a decision.
 *
 * @param policy - seats, waitlist and minimum, see {@link CapacityPolicySchema}, or a
 *   policy compiled once with {@link compileCapacityPolicy} (not validated again)
 * @param events - the log, see {@link RegistrationEventsSchema}
 * @returns the roster after every event
 * @throws {ValidationError} when the policy or the log is not valid
 *
 * @example
 * ```ts
 * import { replayRegistrations } from 'balint-rules/capacity';
 *
 * const roster = replayRegistrations({ maxSeats: 2 }, [
 *   { type: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
 *   { type: 'register', registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
 *   { type: 'register', registrantId: 'cai', at: '2026-02-02T09:00:00Z' },
 *   { type: 'cancel', registrantId: 'ana', at: '2026-03-01T12:00:00Z' },
 * ]);
 * roster.confirmed;
 * //=> ['ben', 'cai']
 * roster.promotions;
 * //=> [{ registrantId: 'cai', replaces: 'ana', at: '2026-03-01T12:00:00Z', eventIndex: 3 }]
 * ```
 */
export function replayRegistrations(policy: DeepReadonly<CapacityPolicyInput>, events: DeepReadonly<RegistrationEvent[]>): RosterState {
  const p = capacityPolicyOf(policy);
  const log = validate(RegistrationEventsSchema as z.ZodMiniType<RegistrationEvent[]>, events, 'registration events');
  const draft = toDraft(emptyRoster());
  for (const event of log) step(draft, p, event);
  return draft;
}
