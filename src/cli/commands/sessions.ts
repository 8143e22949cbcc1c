/** `balint sessions`. Internal. */
import { TimeZoneSchema } from '../../common/schemas.js';
import { describeSessionTimes } from '../../schedule/describeSessionTimes.js';
import { planSeries, type Session, type SkippedSession } from '../../schedule/planSeries.js';
import type { Args } from '../_args.js';
import type { CommandSpec } from '../_spec.js';
import { seriesOf, SERIES_OPTIONS, withSeriesOptions } from '../_series.js';
import { lines, longDate } from '../_text.js';
import { checkedValue } from '../_values.js';

/** The zones to show times in: the series' zone, then each `--show-in` not already listed. */
export function displayZones(args: Args, seriesZone: string): string[] {
  const zones = [seriesZone];
  for (const raw of args.values('show-in')) {
    const zone = checkedValue(TimeZoneSchema, 'show-in', raw);
    if (!zones.includes(zone)) zones.push(zone);
  }
  return zones;
}

function sessionNote(session: Session): string {
  const notes: string[] = [];
  if (session.origin === 'moved' && session.originalDate !== undefined) notes.push(`moved from ${session.originalDate}`);
  if (session.origin === 'shifted') notes.push(`shifted from ${session.originalDate ?? '?'}${session.holiday === undefined ? '' : ` (${session.holiday})`}`);
  if (session.origin === 'added') notes.push('added');
  if (session.dst === 'gap_shifted') notes.push(`starts ${session.startTime}: the requested time is skipped by a daylight-saving change`);
  if (session.dst === 'overlap_earlier') notes.push('the first of the two times the clock shows this time');
  return notes.length === 0 ? '' : ` [${notes.join('; ')}]`;
}

export function skippedLine(s: SkippedSession): string {
  const why = s.reason === 'dst_gap' ? 'the time does not exist (daylight-saving change)' : s.holiday === undefined ? s.reason : `${s.reason}: ${s.holiday}`;
  return `no session on ${longDate(s.date)} (${why})`;
}

export const sessionsCommand: CommandSpec = {
  name: 'sessions',
  summary: 'numbered sessions with their times in several zones',
  usage: [
    'sessions "<rule>" --from <date> (--count <n> | --until <date>) --time <HH:mm> --tz <zone> --duration <minutes>',
    '         [--first-duration <minutes>] [--show-in <zone>]... [--skip <date>]... [--json]',
  ],
  positional: { name: '<rule>', help: 'the rule in English or RRULE text' },
  options: [...SERIES_OPTIONS, { name: 'show-in', value: 'zone', multiple: true, help: 'also show the times in this IANA zone' }],
  notes: [
    'Times keep the wall clock of --tz across daylight-saving changes. With --json: the plan ({ rule, sessions, skipped }), each session with its "times" in every zone.',
  ],
  examples: [
    'sessions "second Saturday" --from 2026-01-01 --count 8 --time 11:00 --tz America/New_York --duration 60 --first-duration 90 --show-in America/Los_Angeles',
    'sessions "the 4th Thursday of odd months" --from 2026-01-01 --until 2026-12-31 --time 19:00 --tz America/New_York --duration 60 --json',
  ],
  run: (args) => {
    const series = seriesOf(args);
    const zones = displayZones(args, series.timeZone);
    const plan = withSeriesOptions(args, () => planSeries(series));
    const sessions = plan.sessions.map((session) => ({ ...session, times: describeSessionTimes(session, zones) }));
    const text = [
      ...(series.name === undefined ? [] : [series.name]),
      ...sessions.map((s) => `${s.index}. ${longDate(s.date)}: ${s.times.text}${sessionNote(s)}`),
      ...plan.skipped.map(skippedLine),
    ];
    return { json: { rule: plan.rule, sessions, skipped: plan.skipped }, text: lines(text) };
  },
};
