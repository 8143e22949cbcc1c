import * as z from 'zod/mini';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { LocalDateSchema } from '../common/schemas.js';
import { expand, plainDates, UNBOUNDED, type Occurrence, type SkippedOccurrence } from './_expand.js';
import { ExceptionsSchema, HolidayPolicySchema } from './exceptions.js';
import { fastPlainOptions, fastRule } from './_fastRule.js';
import { canonical } from './normalize.js';
import { RecurrenceRuleSchema, type RecurrenceRuleInput } from './schema.js';

/**
 * Bounds and changes for listing a rule's dates: `from` is the series start
 * (and the anchor of "every other week"), `until` the last date (inclusive),
 * `count` the number of occurrences. At least one of `until` and `count` is
 * required unless the rule is an explicit list of dates.
 *
 * @example
 * ```ts
 * import { OccurrencesOptionsSchema } from 'balint-rules/recurrence';
 *
 * OccurrencesOptionsSchema.parse({ from: '2026-01-01', count: 8 });
 * ```
 */
export const OccurrencesOptionsSchema = z.object({
  from: LocalDateSchema,
  until: z.optional(LocalDateSchema),
  count: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
  exceptions: z.optional(ExceptionsSchema),
  holidays: z.optional(HolidayPolicySchema),
});

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

const InputSchema = z
  .object({ rule: RecurrenceRuleSchema, options: OccurrencesOptionsSchema })
  .check(
    z.refine(
      (input) => input.rule.kind === 'dates' || input.options.until !== undefined || input.options.count !== undefined,
      { message: UNBOUNDED, path: ['options'] },
    ),
  );

/**
 * Lists every occurrence of a rule with its origin (rule date, added, moved,
 * shifted off a holiday) and the rule dates that were dropped, with why.
 *
 * @example
 * ```ts
 * import { occurrenceDetails, US_FEDERAL_HOLIDAYS } from 'balint-rules/recurrence';
 *
 * const fourthThursdayOdd = { kind: 'nthWeekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] } as const;
 * occurrenceDetails(fourthThursdayOdd, { from: '2026-11-01', count: 1,
 *   holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' } }).occurrences;
 * //=> [{ date: '2026-12-03', origin: 'shifted', originalDate: '2026-11-26', holiday: 'Thanksgiving Day' }]
 * ```
 */
export function occurrenceDetails(
  rule: RecurrenceRuleInput,
  options: OccurrencesOptions,
): { occurrences: Occurrence[]; skipped: SkippedOccurrence[] } {
  const input = validate(InputSchema, { rule, options }, 'occurrence query');
  return expand(canonical(input.rule), input.options);
}

/**
 * The local dates (`YYYY-MM-DD`) a rule meets on, sorted and unique, from
 * `from` to `until` (inclusive) or for `count` occurrences, after
 * exceptions and holidays. Months without the requested weekday or day are
 * skipped, as RFC 5545 says. Dates are computed by calendar arithmetic and
 * never depend on the machine's time zone.
 *
 * @example
 * ```ts
 * import { occurrences } from 'balint-rules/recurrence';
 *
 * occurrences({ kind: 'nthWeekday', weekday: 'saturday', ordinals: [2] }, { from: '2026-01-01', count: 3 });
 * //=> ['2026-01-10', '2026-02-14', '2026-03-14']
 * ```
 */
export function occurrences(rule: RecurrenceRuleInput, options: OccurrencesOptions): string[] {
  const fast = fastRule(rule);
  const plain = fast === undefined ? undefined : fastPlainOptions(options);
  if (fast !== undefined && plain !== undefined) return plainDates(fast, plain) as string[];
  const input = validate(InputSchema, { rule, options }, 'occurrence query');
  const canonicalRule = canonical(input.rule);
  return plainDates(canonicalRule, input.options) ?? expand(canonicalRule, input.options).occurrences.map((o) => o.date);
}

export type { Occurrence, SkippedOccurrence };
