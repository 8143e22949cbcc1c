import * as z from 'zod/mini';
import { untilNotBeforeFrom } from '../_lib/recurrence/dateRange.js';
import type { DeepReadonly } from '../_lib/types.js';
import { LocalDateSchema } from '../common/schemas.js';
import { ExceptionsSchema, HolidayPolicySchema } from './exceptions.js';

/** The keys of {@link OccurrencesOptionsSchema}, shared with the query options. Internal. */
export function occurrencesOptionsShape() {
  return {
    from: LocalDateSchema,
    until: z.optional(LocalDateSchema),
    count: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
    exceptions: z.optional(ExceptionsSchema),
    holidays: z.optional(HolidayPolicySchema),
  };
}

/**
 * Bounds and changes for listing a rule's dates: `from` is the series start
 * (and the anchor of "every other week"), `until` the last date (inclusive),
 * `count` the number of occurrences. At least one of `until` and `count` is
 * required unless the rule is an explicit list of dates; `until` must not
 * be before `from`.
 *
 * @example
 * ```ts
 * import { OccurrencesOptionsSchema } from 'balint-rules/recurrence';
 *
 * OccurrencesOptionsSchema.parse({ from: '2026-01-01', count: 8 });
 * ```
 */
export const OccurrencesOptionsSchema = z.strictObject(occurrencesOptionsShape()).check(untilNotBeforeFrom);

/**
 * Options of {@link occurrences}, see {@link OccurrencesOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { OccurrencesOptions } from 'balint-rules/recurrence';
 *
 * const options: OccurrencesOptions = { from: '2026-01-01', count: 8, exceptions: { skip: ['2026-11-26'] } };
 * ```
 */
export type OccurrencesOptions = DeepReadonly<z.input<typeof OccurrencesOptionsSchema>>;
