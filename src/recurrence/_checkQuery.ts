/**
 * The zod-free checker of an `occurrences` query: the rule
 * (`RecurrenceRuleSchema`) and its options (`OccurrencesOptionsSchema`,
 * with exceptions and holiday policies), mirroring those zod schemas
 * issue for issue, so `occurrences` alone bundles without zod. The test
 * `checkQuery.differential.test.ts` pins it to the zod schemas.
 */
import { isValidLocalDate } from '../_lib/civil.js';
import { array, checkInput, int, minLength, object, oneOf, optional, pattern, range, refine, string, variant, withDefault, type Checker } from '../_lib/check.js';
import { LOCAL_DATE_MESSAGE, WALL_TIME_MESSAGE, WALL_TIME_PATTERN } from '../common/_formats.js';
import { UNBOUNDED, type ExpandOptions } from './_expand.js';
import { isMonthDay, isOrdinal, MAX_WEEK_INTERVAL, MONTH_DAY_MESSAGE, ORDINAL_MESSAGE, repeated, unique } from './_limits.js';
import type { RecurrenceRule } from './schema.js';
import { WEEKDAYS } from './weekdays.js';

const localDate = string(refine(isValidLocalDate, LOCAL_DATE_MESSAGE));
const months = optional(array(int(range(1, 12)), minLength(1), refine<readonly unknown[]>(unique, repeated('month'))));
const kind = (name: string): Checker => oneOf([name]);
const list = (item: Checker, what: Parameters<typeof repeated>[0]): Checker => array(item, minLength(1), refine<readonly unknown[]>(unique, repeated(what)));

const nthWeekday = object({
  kind: kind('nthWeekday'),
  weekday: oneOf(WEEKDAYS),
  ordinals: list(int(refine(isOrdinal, ORDINAL_MESSAGE)), 'ordinal'),
  months,
});
const dayOfMonth = object({ kind: kind('dayOfMonth'), days: list(int(refine(isMonthDay, MONTH_DAY_MESSAGE)), 'day'), months });

/** `RecurrenceRuleSchema`. */
export const ruleChecker = variant(
  'kind',
  new Map([
    ['nthWeekday', nthWeekday],
    ['dayOfMonth', dayOfMonth],
    ['weekly', object({ kind: kind('weekly'), weekdays: list(oneOf(WEEKDAYS), 'weekday'), interval: withDefault(int(range(1, MAX_WEEK_INTERVAL)), 1) })],
    ['dates', object({ kind: kind('dates'), dates: list(localDate, 'date') })],
  ]),
);

const year = optional(int(range(1, 9999)));
const holiday = object({
  name: string(minLength(1)),
  rule: variant(
    'kind',
    new Map([
      ['nthWeekday', nthWeekday],
      ['dayOfMonth', dayOfMonth],
    ]),
  ),
  observed: optional(oneOf(['none', 'weekend_to_weekday'])),
  sinceYear: year,
  untilYear: year,
});

const dates = optional(array(localDate));

/** `OccurrencesOptionsSchema`. */
export const optionsChecker = object({
  from: localDate,
  until: optional(localDate),
  count: optional(int(range(1, 1_000_000))),
  exceptions: optional(
    object({
      skip: dates,
      add: dates,
      move: optional(array(object({ from: localDate, to: localDate, startTime: optional(string(pattern(WALL_TIME_PATTERN, WALL_TIME_MESSAGE))) }))),
    }),
  ),
  holidays: optional(
    object({
      calendar: object({ name: string(minLength(1)), holidays: array(holiday) }),
      action: oneOf(['skip', 'shift']),
      shiftDays: optional(int(range(1, 366))),
      match: optional(oneOf(['actual', 'observed', 'both'])),
    }),
  ),
});

interface Query {
  rule: RecurrenceRule;
  options: ExpandOptions;
}

/** The whole query, with the rule that a repeating series needs an end. */
export const queryChecker = object(
  { rule: ruleChecker, options: optionsChecker },
  refine((q: Query) => q.rule.kind === 'dates' || q.options.until !== undefined || q.options.count !== undefined, UNBOUNDED, ['options']),
);

/**
 * The checked query, or a `ValidationError` as zod would word it. The rule
 * need not be in canonical form: the date generators order what they pick.
 */
export function checkOccurrenceQuery(rule: unknown, options: unknown): Query {
  return checkInput<Query>(queryChecker, { rule, options }, 'occurrence query');
}
