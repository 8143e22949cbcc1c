/** `balint ics`. Internal. */
import { seriesToICalendar } from '../../ics/seriesToICalendar.js';
import { required } from '../_args.js';
import type { CommandSpec } from '../_spec.js';
import { seriesOf, SERIES_OPTIONS, withSeriesOptions } from '../_series.js';
import { instantValue } from '../_values.js';

const TEXT_OPTIONS = [
  { name: 'summary', key: 'summary', help: 'the SUMMARY of every event (default: --name)' },
  { name: 'description', key: 'description', help: 'the DESCRIPTION of every event' },
  { name: 'location', key: 'location', help: 'the LOCATION of every event' },
  { name: 'url', key: 'url', help: 'the URL of every event (an absolute URI)' },
  { name: 'uid-domain', key: 'uidDomain', help: 'the domain that ends every UID (default: balint-rules)' },
] as const;

export const icsCommand: CommandSpec = {
  name: 'ics',
  summary: 'a series as an iCalendar (VCALENDAR) file on standard output',
  usage: [
    'ics "<rule>" --from <date> (--count <n> | --until <date>) --time <HH:mm> --tz <zone> --duration <minutes>',
    '    --dtstamp <instant|now> [--first-duration <minutes>] [--summary <text>] [--location <text>] ... > group.ics',
  ],
  positional: { name: '<rule>', help: 'the rule in English or RRULE text' },
  options: [
    ...SERIES_OPTIONS,
    { name: 'dtstamp', value: 'instant|now', help: 'the DTSTAMP of every event: an ISO-8601 instant, or now (the clock)' },
    ...TEXT_OPTIONS.map((o) => ({ name: o.name, value: 'text', help: o.help })),
  ],
  notes: [
    'The calendar is one recurring event (RRULE) when the series is one rule, else one event per session; it expands in calendar apps to exactly the sessions "balint sessions" lists. The same series always gets the same UIDs, so importing it again updates it.',
    '--dtstamp is required so that the output does not change from run to run: give an instant, or now to read the clock. With --json: { ics, layout, uids, reasons }.',
  ],
  examples: [
    'ics "second Saturday" --from 2026-01-01 --count 8 --time 11:00 --tz America/New_York --duration 60 --first-duration 90 --dtstamp 2025-12-01T12:00:00Z --summary "Online Balint group" > group.ics',
  ],
  run: (args, io) => {
    const series = seriesOf(args);
    const dtstamp = instantValue('dtstamp', required(args, 'dtstamp', 'an ISO-8601 instant such as 2025-12-01T12:00:00Z, or now'), io);
    const options: { dtstamp: string } & Record<string, string> = { dtstamp };
    for (const o of TEXT_OPTIONS) {
      const value = args.value(o.name);
      if (value !== undefined) options[o.key] = value;
    }
    const names = Object.fromEntries(TEXT_OPTIONS.map((o) => [o.key, o.name]));
    const calendar = withSeriesOptions(args, () => seriesToICalendar(series, options), { ...names, dtstamp: 'dtstamp' });
    return { json: calendar, text: calendar.ics };
  },
};
