import * as z from 'zod/mini';
import { MAX_DAYS, parseDays } from '../_lib/civil.js';
import { untilNotBeforeFrom } from '../_lib/recurrence/dateRange.js';
import { exceptionIssues } from '../_lib/recurrence/exceptionDates.js';
import { occurrencesInRange } from '../_lib/recurrence/occurrencesInRange.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { LocalDateSchema } from '../common/schemas.js';
import { ValidationError } from '../errors/ValidationError.js';
import { occurrencesOptionsShape } from './occurrencesOptions.js';
import { RecurrenceRuleSchema, type RecurrenceRule, type RecurrenceRuleInput } from './schema.js';

/**
 * Options of {@link nextOccurrences}: the series as for `occurrences`
 * (`from`, and `until`, `count`, `exceptions`, `holidays` when the series has
 * them; neither `until` nor `count` is needed to ask what comes next), and
 * `limit`, how many dates to give (default 1, at most 10,000).
 *
 * @example
 * ```ts
 * import { NextOccurrencesOptionsSchema } from 'balint-rules/recurrence';
 *
 * NextOccurrencesOptionsSchema.safeParse({ from: '2026-01-01', limit: 3 }).success;
 * //=> true
 * NextOccurrencesOptionsSchema.safeParse({ from: '2026-01-01', limt: 3 }).success;
 * //=> false
 * ```
 */
export const NextOccurrencesOptionsSchema = z
  .strictObject({ ...occurrencesOptionsShape(), limit: z._default(z.int().check(z.minimum(1), z.maximum(10_000)), 1) })
  .check(untilNotBeforeFrom);

/**
 * Options of {@link nextOccurrences}, see {@link NextOccurrencesOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { NextOccurrencesOptions } from 'balint-rules/recurrence';
 *
 * const options: NextOccurrencesOptions = { from: '2026-01-01', limit: 2 };
 * ```
 */
export type NextOccurrencesOptions = DeepReadonly<z.input<typeof NextOccurrencesOptionsSchema>>;

/**
 * Options of {@link occurrencesBetween}: the series as for `occurrences`;
 * neither `until` nor `count` is needed, the range bounds the answer.
 *
 * @example
 * ```ts
 * import { OccurrencesBetweenOptionsSchema } from 'balint-rules/recurrence';
 *
 * OccurrencesBetweenOptionsSchema.safeParse({ from: '2026-01-01' }).success;
 * //=> true
 * ```
 */
export const OccurrencesBetweenOptionsSchema = z.strictObject(occurrencesOptionsShape()).check(untilNotBeforeFrom);

/**
 * Options of {@link occurrencesBetween}, see {@link OccurrencesBetweenOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { OccurrencesBetweenOptions } from 'balint-rules/recurrence';
 *
 * const options: OccurrencesBetweenOptions = { from: '2026-01-01', exceptions: { skip: ['2026-07-11'] } };
 * ```
 */
export type OccurrencesBetweenOptions = DeepReadonly<z.input<typeof OccurrencesBetweenOptionsSchema>>;

function checkExceptions(rule: RecurrenceRule, options: z.output<typeof NextOccurrencesOptionsSchema> | z.output<typeof OccurrencesBetweenOptionsSchema>): void {
  const issues = exceptionIssues(rule, options, options.exceptions, ['options', 'exceptions']);
  if (issues.length > 0) throw new ValidationError('occurrence query', issues);
}

const NextQuerySchema = z.strictObject({ rule: RecurrenceRuleSchema, after: LocalDateSchema, options: NextOccurrencesOptionsSchema });

/**
 * The next dates a rule meets on after a date (strictly after it), as
 * `occurrences` would list them for the same options: "when is the next
 * session?". A rule without a `count` is computed from `after` by calendar
 * arithmetic, so a question sixty years after the start costs what one next
 * month costs; with a `count` the series is counted from its start. Past the
 * series' end, the answer is shorter or empty.
 *
 * @param rule - the recurrence rule
 * @param after - the date to look after (`YYYY-MM-DD`, not itself included)
 * @param options - the series (`from`, and `until`, `count`, `exceptions`, `holidays` as it has them) and `limit` (default 1)
 * @throws {ValidationError} on invalid input
 *
 * @example
 * ```ts
 * import { nextOccurrences } from 'balint-rules/recurrence';
 *
 * const secondSaturday = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] } as const;
 * nextOccurrences(secondSaturday, '2086-05-09', { from: '2026-01-01', limit: 2 });
 * //=> ['2086-05-11', '2086-06-08']
 * ```
 */
export function nextOccurrences(rule: RecurrenceRuleInput, after: string, options: NextOccurrencesOptions): string[] {
  const q = validate(NextQuerySchema, { rule, after, options }, 'occurrence query');
  checkExceptions(q.rule, q.options);
  return occurrencesInRange(q.rule, q.options, parseDays(q.after) + 1, MAX_DAYS, q.options.limit).map((o) => o.date);
}

const BetweenQuerySchema = z
  .strictObject({ rule: RecurrenceRuleSchema, start: LocalDateSchema, end: LocalDateSchema, options: OccurrencesBetweenOptionsSchema })
  .check(z.refine((q) => q.start <= q.end, { message: 'must not be before start', path: ['end'] }));

/**
 * The dates a rule meets on from `start` to `end` (both included), as
 * `occurrences` would list them for the same options: "which sessions fall
 * between these dates?". Computed from `start` for a rule without a
 * `count`, from the series' start with one.
 *
 * @param rule - the recurrence rule
 * @param start - the first date of the range (`YYYY-MM-DD`)
 * @param end - the last date of the range, not before `start`
 * @param options - the series: `from`, and `until`, `count`, `exceptions`, `holidays` as it has them
 * @throws {ValidationError} on invalid input, or an `end` before `start`
 *
 * @example
 * ```ts
 * import { occurrencesBetween } from 'balint-rules/recurrence';
 *
 * // The Thursday drop-ins: the 4th Thursday of odd months.
 * const drop = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] } as const;
 * occurrencesBetween(drop, '2031-01-01', '2031-06-30', { from: '2026-01-01' });
 * //=> ['2031-01-23', '2031-03-27', '2031-05-22']
 * ```
 */
export function occurrencesBetween(rule: RecurrenceRuleInput, start: string, end: string, options: OccurrencesBetweenOptions): string[] {
  const q = validate(BetweenQuerySchema, { rule, start, end, options }, 'occurrence query');
  checkExceptions(q.rule, q.options);
  return occurrencesInRange(q.rule, q.options, parseDays(q.start), parseDays(q.end)).map((o) => o.date);
}
