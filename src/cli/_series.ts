/** The options that describe a series (`sessions`, `ics`) and the series they build. Internal. */
import { LocalDateSchema, TimeZoneSchema, WallTimeSchema } from '../common/schemas.js';
import { DstPolicySchema } from '../schedule/schema.js';
import type { SeriesInput } from '../schedule/schema.js';
import { CliUsageError } from './CliUsageError.js';
import { required, type Args } from './_args.js';
import { parseRuleText, ruleText } from './_rule.js';
import type { OptionSpec } from './_spec.js';
import { checkedValue, integerValue, withOptionNames } from './_values.js';

/** The bounds of a rule's dates: `dates`, `sessions` and `ics`. */
export const BOUND_OPTIONS: readonly OptionSpec[] = [
  { name: 'from', value: 'date', help: 'the series starts on this date (YYYY-MM-DD); the first date is on or after it' },
  { name: 'count', value: 'n', help: 'how many dates (give --count, --until or both)' },
  { name: 'until', value: 'date', help: 'the last date a session may fall on, inclusive (YYYY-MM-DD)' },
  { name: 'skip', value: 'date', multiple: true, help: 'a date of the rule that does not take place' },
];

/** The rest of a series: time, zone, length. */
export const SERIES_OPTIONS: readonly OptionSpec[] = [
  ...BOUND_OPTIONS,
  { name: 'time', value: 'HH:mm', help: 'the wall-clock start time in --tz, 24-hour (e.g. 11:00 or 19:00)' },
  { name: 'tz', value: 'zone', help: 'the IANA time zone of --time (e.g. America/New_York)' },
  { name: 'duration', value: 'minutes', help: 'the length of each session in minutes' },
  { name: 'first-duration', value: 'minutes', help: 'the length of the first session, when it differs (e.g. 90)' },
  { name: 'dst', value: 'policy', help: 'a time a daylight-saving change skips or repeats: compatible (default), rfc5545 or reject' },
  { name: 'name', value: 'text', help: 'a name for the series' },
];

/** The series' paths and the options that give them. */
const SERIES_PATHS: Readonly<Record<string, string>> = {
  from: 'from',
  until: 'until',
  count: 'count',
  'exceptions.skip': 'skip',
  startTime: 'time',
  timeZone: 'tz',
  durationMinutes: 'duration',
  firstSessionMinutes: 'first-duration',
  dst: 'dst',
  name: 'name',
};

/** Runs a library call on a series built from the options, its issues named by option (`more`: other paths to option names). */
export function withSeriesOptions<T>(args: Args, run: () => T, more: Readonly<Record<string, string>> = {}): T {
  return withOptionNames(args, run, { ...SERIES_PATHS, ...more });
}

/** `from`, `count`, `until` and the skipped dates, checked. */
export function boundsOf(args: Args): { from: string; count?: number; until?: string; exceptions?: { skip: string[] } } {
  const from = checkedValue(LocalDateSchema, 'from', required(args, 'from', 'the first date, YYYY-MM-DD'));
  const count = args.value('count');
  const until = args.value('until');
  const skip = args.values('skip').map((d) => checkedValue(LocalDateSchema, 'skip', d));
  return {
    from,
    ...(count === undefined ? {} : { count: integerValue('count', count) }),
    ...(until === undefined ? {} : { until: checkedValue(LocalDateSchema, 'until', until) }),
    ...(skip.length === 0 ? {} : { exceptions: { skip } }),
  };
}

/** The series the options describe; the rule is parsed here so its syntax errors keep their position. */
export function seriesOf(args: Args): SeriesInput {
  const recurrence = parseRuleText(ruleText(args));
  const bounds = boundsOf(args);
  requireBound(recurrence, bounds);
  const first = args.value('first-duration');
  const dst = args.value('dst');
  const name = args.value('name');
  return {
    recurrence,
    ...bounds,
    startTime: checkedValue(WallTimeSchema, 'time', required(args, 'time', 'the start time, HH:mm')),
    timeZone: checkedValue(TimeZoneSchema, 'tz', required(args, 'tz', 'an IANA time zone such as America/New_York')),
    durationMinutes: integerValue('duration', required(args, 'duration', 'minutes, e.g. 60')),
    ...(first === undefined ? {} : { firstSessionMinutes: integerValue('first-duration', first) }),
    ...(dst === undefined ? {} : { dst: checkedValue(DstPolicySchema, 'dst', dst) }),
    ...(name === undefined ? {} : { name }),
  };
}

/** A repeating rule needs `--count` or `--until` (a list of dates ends by itself). */
export function requireBound(rule: { readonly kind: string }, bounds: { readonly count?: number; readonly until?: string }): void {
  if (rule.kind !== 'dates' && bounds.count === undefined && bounds.until === undefined) {
    throw new CliUsageError('give --count or --until: a repeating rule has no end of its own');
  }
}
