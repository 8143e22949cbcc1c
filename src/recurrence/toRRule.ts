import { assertNever } from '../_lib/assertNever.js';
import { UnsupportedError } from '../errors/UnsupportedError.js';
import { normalizeRecurrence } from './normalize.js';
import type { RecurrenceRuleInput, Weekday } from './schema.js';
import { WEEKDAYS } from './weekdays.js';

/**
 * The RFC 5545 two-letter weekday codes, in the order of {@link WEEKDAYS}
 * (Monday first). Shared by `toRRule` and `fromRRule`.
 */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The RFC 5545 code (`TH`) of a weekday (`thursday`). */
export function weekdayCode(weekday: Weekday): string {
  return WEEKDAY_CODES[WEEKDAYS.indexOf(weekday)] as string;
}

/**
 * Writes a recurrence rule as RFC 5545 RRULE value text (without the
 * `RRULE:` prefix). The text holds only the pattern: the series' start date
 * is its `DTSTART`, and its bounds (`COUNT`, `UNTIL`) belong to the series,
 * not to the rule.
 *
 * - `nth_weekday` -> `FREQ=MONTHLY[;BYMONTH=...];BYDAY=<n><WD>,...`
 * - `day_of_month` -> `FREQ=MONTHLY[;BYMONTH=...];BYMONTHDAY=...`
 * - `weekly` -> `FREQ=WEEKLY[;INTERVAL=n];BYDAY=...[;WKST=MO]`. With an
 *   interval above 1 the week start matters (which weeks are "every other"),
 *   so `WKST=MO` is written out even though it is RFC 5545's default: a
 *   reader that defaults to Sunday weeks (some calendar apps do) then still
 *   anchors the weeks on Monday, like this library.
 *
 * Parts come in a fixed order and lists in canonical order, so equal rules
 * give equal text. An explicit list of dates (`kind: 'dates'`) is not a
 * pattern and has no RRULE: write its dates as `RDATE` values instead.
 *
 * @param rule - the rule; validated and normalised first.
 * @returns the RRULE value text.
 * @throws {ValidationError} if the rule is not valid.
 * @throws {UnsupportedError} for a `dates` rule.
 *
 * @example
 * ```ts
 * import { toRRule } from 'balint-rules/recurrence';
 *
 * // The drop-in series: "the 4th Thursday of odd months".
 * toRRule({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] });
 * //=> 'FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH'
 *
 * toRRule({ kind: 'nth_weekday', weekday: 'wednesday', ordinals: [3, 1] });
 * //=> 'FREQ=MONTHLY;BYDAY=1WE,3WE'
 *
 * toRRule({ kind: 'day_of_month', days: [15, 1] });
 * //=> 'FREQ=MONTHLY;BYMONTHDAY=1,15'
 *
 * toRRule({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 });
 * //=> 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO'
 * ```
 */
export function toRRule(rule: RecurrenceRuleInput): string {
  const r = normalizeRecurrence(rule);
  switch (r.kind) {
    case 'nth_weekday': {
      const code = weekdayCode(r.weekday);
      return join(['FREQ=MONTHLY', months(r.months), `BYDAY=${r.ordinals.map((n) => `${n}${code}`).join(',')}`]);
    }
    case 'day_of_month':
      return join(['FREQ=MONTHLY', months(r.months), `BYMONTHDAY=${r.days.join(',')}`]);
    case 'weekly':
      return join([
        'FREQ=WEEKLY',
        r.interval > 1 ? `INTERVAL=${r.interval}` : undefined,
        `BYDAY=${r.weekdays.map(weekdayCode).join(',')}`,
        r.interval > 1 ? 'WKST=MO' : undefined,
      ]);
    case 'dates':
      throw new UnsupportedError(
        'An explicit list of dates has no RRULE pattern: write the dates as RDATE values (e.g. RDATE;VALUE=DATE:20260312,20260611) instead of an RRULE',
      );
    default:
      return assertNever(r);
  }
}

function months(list: readonly number[] | undefined): string | undefined {
  return list === undefined ? undefined : `BYMONTH=${list.join(',')}`;
}

function join(parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined).join(';');
}
