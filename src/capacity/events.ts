import * as z from 'zod/mini';
import { instantToEpochMs } from '../_lib/instant.js';
import { InstantSchema } from '../common/schemas.js';

/**
 * Who registers or cancels: an app's own id for the registrant (1 to 200
 * characters, compared exactly).
 *
 * @example
 * ```ts
 * import { RegistrantIdSchema } from 'balint-rules/capacity';
 *
 * RegistrantIdSchema.safeParse('').success;
 * //=> false
 * ```
 */
export const RegistrantIdSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * The kinds of event a registration log holds:
 *
 * - `register`, `cancel`: a registrant signs up or gives up their place;
 * - `accept`, `decline`: the registrant answers a waitlist offer (policies
 *   with `waitlistOffers`);
 * - `transfer`: the registrant hands their seat or waitlist position to the
 *   colleague `to` (policies with `transfers`).
 *
 * @example
 * ```ts
 * import { REGISTRATION_EVENT_KINDS } from 'balint-rules/capacity';
 *
 * REGISTRATION_EVENT_KINDS;
 * //=> ['register', 'cancel', 'accept', 'decline', 'transfer']
 * ```
 */
export const REGISTRATION_EVENT_KINDS = ['register', 'cancel', 'accept', 'decline', 'transfer'] as const;

const byRegistrant = (kind: 'register' | 'cancel' | 'accept' | 'decline') =>
  z.strictObject({ kind: z.literal(kind), registrantId: RegistrantIdSchema, at: InstantSchema });

/**
 * One entry of the registration log, `at` an ISO-8601 instant:
 * `{ kind: 'register' | 'cancel' | 'accept' | 'decline', registrantId, at }`,
 * or `{ kind: 'transfer', registrantId, to, at }` (see
 * {@link REGISTRATION_EVENT_KINDS}). Strict: an unknown key is refused (with
 * "did you mean" for a near miss such as `registrantID`), never ignored; an
 * app keeps its own data on its registration records, keyed by `registrantId`.
 *
 * @example
 * ```ts
 * import { RegistrationEventSchema } from 'balint-rules/capacity';
 *
 * RegistrationEventSchema.parse({ kind: 'register', registrantId: 'r-1', at: '2026-02-01T15:00:00Z' });
 * //=> { kind: 'register', registrantId: 'r-1', at: '2026-02-01T15:00:00Z' }
 * RegistrationEventSchema.parse({ kind: 'transfer', registrantId: 'r-1', to: 'r-9', at: '2026-02-03T15:00:00Z' }).kind;
 * //=> 'transfer'
 * ```
 */
export const RegistrationEventSchema = z.discriminatedUnion('kind', [
  byRegistrant('register'),
  byRegistrant('cancel'),
  byRegistrant('accept'),
  byRegistrant('decline'),
  z.strictObject({ kind: z.literal('transfer'), registrantId: RegistrantIdSchema, to: RegistrantIdSchema, at: InstantSchema }),
]);

/** Adds an issue for every event earlier than the one before it. */
function checkOrder(events: readonly { at: string }[], ctx: z.core.$RefinementCtx<readonly { at: string }[]>): void {
  let previous = Number.NEGATIVE_INFINITY;
  let previousAt = '';
  events.forEach((event, index) => {
    const ms = instantToEpochMs(event.at);
    if (ms < previous) {
      ctx.issues.push({
        code: 'custom',
        input: event.at,
        path: [index, 'at'],
        message: `must not be earlier than an event before it (${previousAt}): list events in the order they happened`,
      });
    } else {
      previous = ms;
      previousAt = event.at;
    }
  });
}

/**
 * The registration log in the order things happened: each `at` no earlier
 * than the one before (equal instants keep their order in the list). An
 * out-of-order log is a validation error, not something to sort silently.
 *
 * @example
 * ```ts
 * import { RegistrationEventsSchema } from 'balint-rules/capacity';
 *
 * RegistrationEventsSchema.safeParse([
 *   { kind: 'register', registrantId: 'a', at: '2026-02-02T00:00:00Z' },
 *   { kind: 'register', registrantId: 'b', at: '2026-02-01T00:00:00Z' },
 * ]).success;
 * //=> false
 * ```
 */
export const RegistrationEventsSchema = z.array(RegistrationEventSchema).check(z.superRefine(checkOrder));

/**
 * An event of the registration log, see {@link RegistrationEventSchema}.
 *
 * @example
 * ```ts
 * import type { RegistrationEvent } from 'balint-rules/capacity';
 *
 * const event: RegistrationEvent = { kind: 'register', registrantId: 'r-1', at: '2026-02-01T15:00:00Z' };
 * ```
 */
export type RegistrationEvent = z.output<typeof RegistrationEventSchema>;
