import { expand, plainDates, type Occurrence, type SkippedOccurrence } from './_expand.js';
import { checkOccurrenceQuery } from './_checkQuery.js';
import type { OccurrencesOptions } from './occurrencesOptions.js';
import type { RecurrenceRuleInput } from './schema.js';

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
  const input = checkOccurrenceQuery(rule, options);
  return expand(input.rule, input.options);
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
  const input = checkOccurrenceQuery(rule, options);
  return plainDates(input.rule, input.options) ?? expand(input.rule, input.options).occurrences.map((o) => o.date);
}

export type { Occurrence, SkippedOccurrence };
