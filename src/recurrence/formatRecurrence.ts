import { assertNever } from '../_lib/assertNever.js';
import {
  dayOrdinalWords,
  joinWords,
  MONTH_NAMES,
  WEEKDAY_NAMES,
  weekdayOrdinalWords,
} from './_english/vocabulary.js';
import { normalizeRecurrence } from './normalize.js';
import type { RecurrenceRuleInput } from './schema.js';

const ODD_MONTHS = '1,3,5,7,9,11';
const EVEN_MONTHS = '2,4,6,8,10,12';

/** "every month", "odd months", "even months" or the month names. */
function monthsPhrase(months: readonly number[] | undefined): string {
  if (months === undefined) return 'every month';
  const key = months.join(',');
  if (key === ODD_MONTHS) return 'odd months';
  if (key === EVEN_MONTHS) return 'even months';
  return joinWords(months.map((m) => MONTH_NAMES[m - 1] as string));
}

/**
 * Writes a rule as canonical English, which {@link parseRecurrence} reads
 * back to the same rule. The wording, after validating and normalising:
 * - nth weekday: "the second Saturday of every month", "the first and third
 *   Wednesday of every month", "the last Friday of every month", "the second
 *   to last Monday of every month", "the fourth Thursday of odd months" (or
 *   "even months"), "the second Thursday of March, June, September and
 *   December", "the fourth Thursday of November";
 * - day of the month: "the 1st and 15th of every month", "the 4th of July",
 *   and with a day counted from the end "the last day of every month", "the
 *   1st and 2nd to last day of every month";
 * - weekly: "every Tuesday", "every Monday and Thursday", "every other
 *   Tuesday", "every other week on Monday and Thursday", "every 3 weeks on
 *   Monday and Thursday";
 * - dates: "on 2026-03-12, 2026-06-11 and 2026-09-10".
 *
 * Lists read "A, B and C"; ordinals of weekdays are words, days of the month
 * are digits; weekdays Monday first, months and dates in calendar order.
 *
 * @param rule - A recurrence rule (validated; any order of its lists).
 * @returns The canonical English phrase.
 * @throws {@link errors!ValidationError | ValidationError} if `rule` is not a valid rule.
 *
 * @example
 * ```ts
 * import { formatRecurrence } from 'balint-rules/recurrence';
 *
 * formatRecurrence({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11, 9, 7, 5, 3, 1] });
 * //=> 'the fourth Thursday of odd months'
 *
 * formatRecurrence({ kind: 'weekly', weekdays: ['thursday', 'monday'], interval: 3 });
 * //=> 'every 3 weeks on Monday and Thursday'
 * ```
 */
export function formatRecurrence(rule: RecurrenceRuleInput): string {
  const r = normalizeRecurrence(rule);
  switch (r.kind) {
    case 'nth_weekday': {
      const ordinals = joinWords(r.ordinals.map(weekdayOrdinalWords));
      return `the ${ordinals} ${WEEKDAY_NAMES[r.weekday]} of ${monthsPhrase(r.months)}`;
    }
    case 'day_of_month': {
      const days = joinWords(r.days.map(dayOrdinalWords));
      const day = r.days.some((d) => d < 0) ? ' day' : '';
      return `the ${days}${day} of ${monthsPhrase(r.months)}`;
    }
    case 'weekly': {
      const days = joinWords(r.weekdays.map((w) => WEEKDAY_NAMES[w]));
      if (r.interval === 1) return `every ${days}`;
      if (r.interval === 2) return r.weekdays.length === 1 ? `every other ${days}` : `every other week on ${days}`;
      return `every ${r.interval} weeks on ${days}`;
    }
    case 'dates':
      return `on ${joinWords(r.dates)}`;
    default:
      return assertNever(r);
  }
}
