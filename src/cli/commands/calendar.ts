/** `balint calendar`. Internal. */
import { MONTH_NAMES } from '../../_lib/names.js';
import { seriesCalendarSvg } from '../../pictures/index.js';
import { planSeries } from '../../schedule/index.js';
import type { CommandSpec } from '../_spec.js';
import { seriesOf, SERIES_OPTIONS, withSeriesOptions } from '../_series.js';
import { lines } from '../_text.js';
import { integerValue } from '../_values.js';
import { skippedLine } from './sessions.js';

export const calendarCommand: CommandSpec = {
  name: 'calendar',
  summary: "a year of a series: session days by month and the dates not held, or an SVG picture",
  usage: [
    'calendar "<rule>" --from <date> (--count <n> | --until <date>) --time <HH:mm> --tz <zone> --duration <minutes>',
    '         [--year <yyyy>] [--skip <date>]... [--svg > year.svg] [--json]',
  ],
  positional: { name: '<rule>', help: 'the rule in English or RRULE text' },
  options: [
    ...SERIES_OPTIONS,
    { name: 'year', value: 'yyyy', help: 'the year to show (default: the year of the first session)' },
    { name: 'svg', help: 'print the calendar as an SVG picture (twelve months, session days marked, dates not held crossed out with their reasons)' },
  ],
  notes: ['With --json: { year, sessions, skipped } of that year, as "balint sessions --json" gives them.'],
  examples: [
    'calendar "second Saturday" --from 2026-01-01 --count 10 --time 11:00 --tz America/New_York --duration 60 --skip 2026-07-11',
    'calendar "the 4th Thursday" --from 2026-01-01 --until 2026-12-31 --time 19:00 --tz America/New_York --duration 60 --svg > year.svg',
  ],
  run: (args) => {
    const series = seriesOf(args);
    const raw = args.value('year');
    const chosen = raw === undefined ? undefined : integerValue('year', raw);
    const plan = withSeriesOptions(args, () => planSeries(series));
    const year = chosen ?? Number((plan.sessions[0]?.date ?? series.from).slice(0, 4));
    const svg = withSeriesOptions(args, () => seriesCalendarSvg(series, { year }), { year: 'year' });
    const inYear = (date: string): boolean => date.startsWith(`${String(year).padStart(4, '0')}-`);
    const sessions = plan.sessions.filter((s) => inYear(s.date));
    const skipped = plan.skipped.filter((s) => inYear(s.date));
    const months = MONTH_NAMES.map((name, i) => {
      const days = sessions.filter((s) => Number(s.date.slice(5, 7)) === i + 1).map((s) => String(Number(s.date.slice(8))));
      return `${name.padEnd(10)} ${days.length === 0 ? '-' : days.join(', ')}`;
    });
    const text = [
      `${series.name ?? 'Sessions'} in ${year}: ${sessions.length} session${sessions.length === 1 ? '' : 's'} (${series.startTime} ${series.timeZone})`,
      ...months,
      ...skipped.map(skippedLine),
    ];
    return { json: { year, sessions, skipped }, text: args.flag('svg') ? svg : lines(text) };
  },
};
