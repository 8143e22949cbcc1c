/**
 * fast-check arbitraries for iCalendar export: valid series with exceptions
 * and holidays in zones with every kind of daylight-saving change (none,
 * one hour, half an hour, southern hemisphere, 45-minute offsets), start
 * times that often fall in the changes, valid export options and calendar
 * text full of characters that need escaping or span several octets.
 */
import fc from 'fast-check';
import type { CalendarSessionInput, ICalendarOptions } from '../../src/ics/schema.js';
import { planSessions, type SeriesInput } from '../../src/schedule/index.js';
import { seriesArbitrary } from '../../src/testing/series.js';
import { wallTimeArbitrary } from '../../src/testing/time.js';

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

/** A wall time, half the time in the small hours where daylight-saving changes happen. */
export const icsStartTimeArb = wallTimeArbitrary({ nearDstChanges: true });

/**
 * A valid series over at most four years (always bounded by `until`, often
 * by `count` too), any rule including lists of dates, optional first-session
 * length, exceptions, US federal holidays skipped or shifted, and the
 * `compatible` or `rfc5545` DST policy (the testing kit's `seriesArbitrary`).
 */
export const icsSeriesArb: fc.Arbitrary<SeriesInput> = seriesArbitrary({ timeZones: ICS_ZONES });

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
