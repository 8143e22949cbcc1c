import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
import { expireOffers, step, toDraft } from './_step.js';
import { seats } from './_text.js';
import { RegistrationEventSchema, type RegistrationEvent } from './events.js';
import { capacityPolicyOf } from './_compiled.js';
import { readReordered } from '../_lib/renamedKeys.js';
import { type CapacityPolicy, type CapacityPolicyInput } from './policy.js';
import { wantedAtMs, type ReplayOptions } from './replayOptions.js';
import { RosterStateSchema, type RosterState } from './roster.js';

/** Problems that make a (well-formed) state impossible under `policy`. */
function misfits(state: RosterState, policy: CapacityPolicy): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (path: (string | number)[], message: string) => issues.push({ path, code: 'custom', message });
  const max = policy.maxSeats;
  const held = state.confirmed.length + state.offers.length;
  if (max !== undefined && state.confirmed.length > max) issue(['confirmed'], `has ${state.confirmed.length} registrants, more than the policy's ${seats(max)}`);
  else if (max !== undefined && held > max) issue(['offers'], `hold ${state.offers.length} seats beside ${state.confirmed.length} confirmed, more than the policy's ${seats(max)}`);
  if (state.offers.length > 0 && policy.waitlistOffers === undefined) issue(['offers'], 'must be empty: the policy makes no waitlist offers');
  if (state.waitlist.length > 0) {
    if (!policy.waitlist || max === undefined) issue(['waitlist'], 'must be empty: the policy keeps no waitlist');
    else if (held < max) issue(['waitlist'], 'must be empty while a seat is free');
    if (policy.maxWaitlist !== undefined && state.waitlist.length > policy.maxWaitlist) {
      issue(['waitlist'], `has ${state.waitlist.length} registrants, more than the policy's ${policy.maxWaitlist}`);
    }
  }
  return issues;
}

/**
 * Applies one more event to a roster, for apps that keep the roster and add
 * events as they come. Same rules as {@link replayRegistrations}, of which it
 * is the incremental form: replaying a log's prefix and then applying the
 * rest one by one gives the same state as replaying the whole log (and
 * applying the last event with `at` a later moment gives the roster the
 * replay gives at it). Use the same policy for every event. Waitlist offers whose
 * claim window ended at or before the event expire before it is applied.
 * Keep the roster without `at` when storing it, unless no event can come
 * before that moment.
 *
 * @param policy - the capacity policy, or one compiled with {@link compileCapacityPolicy}
 * @param state - a roster from {@link replayRegistrations}, {@link emptyRoster} or a previous call
 * @param event - the next event; its `at` must not be earlier than the state's `lastAt`
 * @param options - `{ at }`: also expire the offers ended by then, see {@link ReplayOptionsSchema}
 * @returns a new roster (the input is not changed)
 * @throws {ValidationError} when the policy, state or event is not valid, the
 *   event is out of order, or the state cannot arise under the policy
 *
 * @example
 * ```ts
 * import { applyRegistrationEvent, emptyRoster } from 'balint-rules/capacity';
 *
 * const next = applyRegistrationEvent({ maxSeats: 12 }, emptyRoster(),
 *   { kind: 'register', registrantId: 'ana', at: '2026-02-01T15:00:00Z' });
 * next.decisions[0]?.message;
 * //=> 'ana is confirmed (seat 1 of 12).'
 * ```
 */
export function applyRegistrationEvent(
  policy: DeepReadonly<CapacityPolicyInput>,
  state: RosterState,
  event: RegistrationEvent,
  options: ReplayOptions = {},
): RosterState {
  const p = readReordered(() => capacityPolicyOf(policy), {
    subject: 'capacity policy',
    given: policy,
    was: RosterStateSchema,
    wasNamed: 'a roster state',
    signature: '(policy, state, event, options)',
  });
  const s = validate(RosterStateSchema, state, 'roster state') as RosterState;
  const e = validate(RegistrationEventSchema, event, 'registration event');
  const issues = misfits(s, p);
  if (issues.length > 0) throw new ValidationError('roster state', issues);
  if (s.lastAt !== null && instantToEpochMs(e.at) < instantToEpochMs(s.lastAt)) {
    throw new ValidationError('registration event', [
      { path: ['at'], code: 'custom', message: `must not be earlier than the last event applied (${s.lastAt}): apply events in the order they happened` },
    ]);
  }
  const wanted = wantedAtMs(options, e.at);
  const draft = toDraft(s);
  step(draft, p, e);
  if (wanted !== undefined) expireOffers(draft, p, wanted);
  return draft;
}
