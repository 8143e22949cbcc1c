/**
 * fast-check arbitraries for iCalendar export: valid series with exceptions
 * and holidays in zones with every kind of daylight-saving change (none,
 * one hour, half an hour, southern hemisphere, 45-minute offsets), start
 * times that often fall in the changes, valid export options and calendar
 * text full of characters that need escaping or span several octets.
 */
import fc from 'fast-check';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import type { CalendarSessionInput, ICalendarOptions } from '../../src/ics/schema.js';
import { occurrences, US_FEDERAL_HOLIDAYS } from '../../src/recurrence/index.js';
import type { RecurrenceRule } from '../../src/recurrence/schema.js';
import { planSessions, type SeriesInput } from '../../src/schedule/index.js';
import { localDateArb, recurrenceRuleArb } from './recurrence.js';

/** Zones with and without DST, whole-hour, half-hour (Lord Howe) and odd (Chatham, Kolkata) offsets, both hemispheres. */
export const ICS_ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Europe/Dublin',
  'UTC',
] as const;

export const icsZoneArb = fc.constantFrom(...ICS_ZONES);

const hhmm = (h: number, m: number): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** A wall time, half the time in the small hours where daylight-saving changes happen. */
export const icsStartTimeArb = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => hhmm(h, m)),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => hhmm(h, m)),
);

/** Days after `date`, as a date. */
const plusDays = (date: string, days: number): string => formatDays(parseDays(date) + days);

/** Exceptions drawn from a rule's own dates (skips and moves that hit) plus added dates near them. */
function exceptionsArb(rule: RecurrenceRule, from: string, until: string): fc.Arbitrary<SeriesInput['exceptions']> {
  const dates = occurrences(rule, { from, until }).slice(0, 60);
  const pick = dates.length === 0 ? fc.constant([] as string[]) : fc.subarray(dates, { maxLength: Math.min(4, dates.length) });
  const nearDate = fc.tuple(fc.constantFrom(...(dates.length === 0 ? [from] : dates)), fc.integer({ min: -20, max: 20 })).map(([d, n]) => plusDays(d, n));
  return fc.record(
    {
      skip: pick,
      add: fc.array(nearDate, { maxLength: 3 }),
      move: fc.array(
        fc.record(
          { from: dates.length === 0 ? nearDate : fc.oneof(fc.constantFrom(...dates), nearDate), to: nearDate, startTime: icsStartTimeArb },
          { requiredKeys: ['from', 'to'] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  );
}

/**
 * A valid series over at most four years (always bounded by `until`, often
 * by `count` too), any rule including lists of dates, optional first-session
 * length, exceptions, US federal holidays skipped or shifted, and the
 * `compatible` or `rfc5545` DST policy.
 */
export const icsSeriesArb: fc.Arbitrary<SeriesInput> = fc
  .record({
    recurrence: recurrenceRuleArb,
    from: localDateArb('2000-01-01', '2040-12-31'),
    years: fc.integer({ min: 0, max: 4 }),
    count: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
    startTime: icsStartTimeArb,
    timeZone: icsZoneArb,
    durationMinutes: fc.oneof(fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 1440 })),
    firstSessionMinutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
    holidays: fc.option(
      fc.record({ action: fc.constantFrom('skip' as const, 'shift' as const), shiftDays: fc.option(fc.constantFrom(1, 7, 14), { nil: undefined }) }),
      { nil: undefined },
    ),
    dst: fc.option(fc.constantFrom('compatible' as const, 'rfc5545' as const), { nil: undefined }),
    withExceptions: fc.boolean(),
  })
  .chain((s) => {
    const until = plusDays(s.from, 30 + s.years * 365);
    const rule: RecurrenceRule =
      s.recurrence.kind === 'dates'
        ? { kind: 'dates', dates: [...new Set(s.recurrence.dates.map((d) => plusDays(s.from, parseDays(d) % 1000)))].sort() }
        : s.recurrence;
    const base: SeriesInput = {
      recurrence: rule,
      from: s.from,
      until,
      ...(s.count === undefined ? {} : { count: s.count }),
      startTime: s.startTime,
      timeZone: s.timeZone,
      durationMinutes: s.durationMinutes,
      ...(s.firstSessionMinutes === undefined ? {} : { firstSessionMinutes: s.firstSessionMinutes }),
      ...(s.holidays === undefined
        ? {}
        : { holidays: { calendar: US_FEDERAL_HOLIDAYS, action: s.holidays.action, ...(s.holidays.shiftDays === undefined ? {} : { shiftDays: s.holidays.shiftDays }) } }),
      ...(s.dst === undefined ? {} : { dst: s.dst }),
    };
    if (!s.withExceptions) return fc.constant(base);
    return exceptionsArb(rule, s.from, until).map((exceptions) => ({ ...base, exceptions }));
  });

/** Calendar text: escapes (`\ ; , :`), every kind of line break, tabs, quotes, and 2-, 3- and 4-octet characters. */
export const calendarTextArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom('\\', ';', ',', ':', '"', '\n', '\r\n', '\r', '\t', ' ', 'é', 'ß', '€', '中文', '😀', '👩‍⚕️', 'Balint', '\\n'),
      fc.string({ unit: 'grapheme', maxLength: 12 }).filter((t) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(t)),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Valid export options: a DTSTAMP anywhere in 1990-2060 (with milliseconds and offsets), and any of the texts. */
export const icsOptionsArb: fc.Arbitrary<ICalendarOptions> = fc.record(
  {
    dtstamp: fc
      .tuple(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.constantFrom('Z', '+05:30', '-04:00'))
      .map(([ms, zone]) => {
        const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
        return new Date(ms + offset).toISOString().replace('Z', zone);
      }),
    uidDomain: fc.constantFrom('balint-rules', 'americanbalintsociety.org', 'example.org'),
    summary: calendarTextArb,
    description: calendarTextArb,
    location: calendarTextArb,
    url: fc.constantFrom('https://www.americanbalintsociety.org/', 'https://example.org/a?b=c&d=e;f,g'),
    prodId: fc.constantFrom('-//American Balint Society//Events//EN', '-//balint-rules//test//EN'),
  },
  { requiredKeys: ['dtstamp'] },
);

/** Sessions of one or two planned series, some without their zone (written in UTC), as `sessionsToICalendar` takes them. */
export const icsSessionsArb: fc.Arbitrary<CalendarSessionInput[]> = fc
  .tuple(fc.array(icsSeriesArb, { minLength: 1, maxLength: 2 }), fc.boolean())
  .map(([series, dropZones]) =>
    series
      .flatMap((s) => planSessions(s))
      .map((s, i) => (dropZones && i % 2 === 1 ? { start: s.start, end: s.end } : { start: s.start, end: s.end, timeZone: s.timeZone })),
  );
