import * as z from 'zod/mini';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { InstantSchema } from '../common/schemas.js';
import { ValidationError } from '../errors/ValidationError.js';

/**
 * Options of {@link replayRegistrations} and {@link applyRegistrationEvent}:
 * `at`, the instant the roster is wanted for (an ISO-8601 instant, no
 * earlier than the last event). Waitlist offers whose claim window ended at
 * or before it have expired, and the seats they held are offered on. Without
 * it, the roster is as of the last event. The library reads no clock: pass
 * "now" here to see offers expire.
 *
 * @example
 * ```ts
 * import { ReplayOptionsSchema } from 'balint-rules/capacity';
 *
 * ReplayOptionsSchema.parse({ at: '2026-03-05T12:00:00Z' });
 * //=> { at: '2026-03-05T12:00:00Z' }
 * ```
 */
export const ReplayOptionsSchema = z.strictObject({ at: z.optional(InstantSchema) });

/**
 * Options of {@link replayRegistrations}, see {@link ReplayOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { ReplayOptions } from 'balint-rules/capacity';
 *
 * const options: ReplayOptions = { at: '2026-03-05T12:00:00Z' };
 * ```
 */
export type ReplayOptions = z.input<typeof ReplayOptionsSchema>;

/** The validated `at` in epoch ms (undefined without one); refused when earlier than the last event. */
export function wantedAtMs(options: unknown, lastAt: string | null): number | undefined {
  const { at } = validate(ReplayOptionsSchema, options, 'replay options');
  if (at === undefined) return undefined;
  const ms = instantToEpochMs(at);
  if (lastAt !== null && ms < instantToEpochMs(lastAt)) {
    throw new ValidationError('replay options', [{ path: ['at'], code: 'custom', message: `must not be earlier than the last event (${lastAt})` }]);
  }
  return ms;
}
