import * as z from 'zod/mini';
import { exceptionIssues } from '../_lib/recurrence/exceptionDates.js';
import { expand, plainDates, UNBOUNDED, type ExpandOptions, type Occurrence, type SkippedOccurrence } from '../_lib/recurrence/expandOccurrences.js';
import { validate } from '../_lib/validate.js';
import { ValidationError } from '../errors/ValidationError.js';
import { OccurrencesOptionsSchema, type OccurrencesOptions } from './occurrencesOptions.js';
import { RecurrenceRuleSchema, type RecurrenceRule, type RecurrenceRuleInput } from './schema.js';

const QuerySchema = z.strictObject({ rule: RecurrenceRuleSchema, options: OccurrencesOptionsSchema }).check(
  z.refine((q) => q.rule.kind === 'dates' || q.options.until !== undefined || q.options.count !== undefined, { message: UNBOUNDED, path: ['options'] }),
);

/** The validated query; skips and moves must name dates the rule gives. */
function readQuery(rule: RecurrenceRuleInput, options: OccurrencesOptions): { rule: RecurrenceRule; options: ExpandOptions } {
  const query = validate(QuerySchema, { rule, options }, 'occurrence query');
  const issues = exceptionIssues(query.rule, query.options, query.options.exceptions, ['options', 'exceptions']);
  if (issues.length > 0) throw new ValidationError('occurrence query', issues);
  return query;
}

/**
 * Lists every occurrence of a rule with its origin (rule date, added, moved,
 * shifted off a holiday) and the rule dates that were dropped, with why.
 *
 * @example
 * ```ts
 * import { occurrenceDetails, US_FEDERAL_HOLIDAYS } from 'balint-rules/recurrence';
 *
 * const fourthThursdayOdd = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] } as const;
 * occurrenceDetails(fourthThursdayOdd, { from: '2026-11-01', count: 1,
 *   holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' } }).occurrences;
 * //=> [{ date: '2026-12-03', origin: 'shifted', originalDate: '2026-11-26', holiday: 'Thanksgiving Day' }]
 * ```
 */
export function occurrenceDetails(
  rule: RecurrenceRuleInput,
  options: OccurrencesOptions,
): { occurrences: Occurrence[]; skipped: SkippedOccurrence[] } {
  const query = readQuery(rule, options);
  return expand(query.rule, query.options);
}

/**
 * The local dates (`YYYY-MM-DD`) a rule meets on, sorted and unique, from
 * `from` to `until` (inclusive) or for `count` occurrences, after
 * exceptions and holidays. Months without the requested weekday or day are
 * skipped, as RFC 5545 says. Dates are computed by calendar arithmetic and
 * never depend on the machine's time zone. An `until` before `from`, and a
 * skip or move of a date the rule does not give, are refused with a
 * `ValidationError` (the latter naming the rule's nearest dates).
 *
 * @example
 * ```ts
 * import { occurrences } from 'balint-rules/recurrence';
 *
 * occurrences({ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] }, { from: '2026-01-01', count: 3 });
 * //=> ['2026-01-10', '2026-02-14', '2026-03-14']
 * ```
 */
export function occurrences(rule: RecurrenceRuleInput, options: OccurrencesOptions): string[] {
  const query = readQuery(rule, options);
  return plainDates(query.rule, query.options) ?? expand(query.rule, query.options).occurrences.map((o) => o.date);
}

export type { Occurrence, SkippedOccurrence };
