import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from '../../src/_lib/civil.js';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { instantToWall, offsetAt, wallToInstant } from '../../src/_lib/zone.js';
import { seriesToICalendar, sessionsToICalendar } from '../../src/ics/index.js';
import { foldLine } from '../../src/ics/_text.js';
import { canonicalJson } from '../../src/ics/_uid.js';
import { offsetTransitions, vtimezoneLines } from '../../src/ics/_vtimezone.js';
import { planSeries, planSessions } from '../../src/schedule/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { calendarTextArb, icsOptionsArb, icsSeriesArb, icsSessionsArb, icsZoneArb } from '../_arbitraries/ics.js';
import { parseCalendar, readOccurrences, unfold } from './_reader.js';

const dtstamp = '2026-01-01T00:00:00Z';
const byStart = <T extends { start: string }>(list: T[]): T[] => [...list].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
const times = (list: readonly { start: string; end: string }[]) => list.map(({ start, end }) => ({ start, end }));
const octets = (text: string): number => Buffer.byteLength(text, 'utf8');
const DAY_MS = 86_400_000;

describe('properties', () => {
  it('a series calendar expands, in ical.js, to exactly the planned sessions (start and end, in UTC)', () => {
    fc.assert(
      fc.property(icsSeriesArb, (series) => {
        const { ics } = seriesToICalendar(series, { dtstamp });
        expect(times(readOccurrences(ics))).toEqual(byStart(times(planSessions(series))));
      }),
      { numRuns: 300 },
    );
  });

  it('a recurring calendar is one master VEVENT and overrides of it; a per-session one is one VEVENT per session', () => {
    fc.assert(
      fc.property(icsSeriesArb, (series) => {
        const calendar = seriesToICalendar(series, { dtstamp });
        const vevents = parseCalendar(calendar.ics).getAllSubcomponents('vevent');
        const uids = vevents.map((v) => String(v.getFirstPropertyValue('uid')));
        const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
        if (calendar.layout === 'recurring') {
          expect(calendar.reasons.map((r) => r.code)).toEqual(['rrule_exact']);
          expect(masters).toHaveLength(1);
          expect(masters[0]?.hasProperty('rrule')).toBe(true);
          expect(new Set(uids)).toEqual(new Set(calendar.uids));
        } else {
          expect(calendar.reasons.length).toBeGreaterThan(0);
          expect(calendar.reasons.every((r) => r.code !== 'rrule_exact' && r.message.length > 0)).toBe(true);
          expect(masters).toHaveLength(planSessions(series).length);
          expect(vevents.every((v) => !v.hasProperty('rrule') && !v.hasProperty('recurrence-id'))).toBe(true);
          expect(uids).toEqual(calendar.uids);
          expect(new Set(uids).size).toBe(uids.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a sessions calendar expands, in ical.js, to exactly its sessions', () => {
    fc.assert(
      fc.property(icsSessionsArb, (sessions) => {
        const { ics, uids } = sessionsToICalendar(sessions, { dtstamp });
        expect(times(readOccurrences(ics))).toEqual(byStart(times(sessions)).map(({ start, end }) => ({
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
        })));
        expect(new Set(uids).size).toBe(sessions.length);
      }),
      { numRuns: 100 },
    );
  });

  it('every line is at most 75 octets and ends in CRLF, and unfolding gives back each content line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', 'é', '€', '😀'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 200 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        expect(folded.every((l) => octets(l) <= 75)).toBe(true);
        expect(folded.slice(1).every((l) => l.startsWith(' ') && octets(l) > 1)).toBe(true);
        // Each physical line holds whole characters: it survives a round trip through UTF-8 on its own.
        expect(folded.every((l) => Buffer.from(l, 'utf8').toString('utf8') === l)).toBe(true);
        expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(icsSeriesArb, icsOptionsArb, (series, options) => {
        const { ics } = seriesToICalendar(series, options);
        const physical = ics.split('\r\n');
        expect(physical.at(-1)).toBe('');
        expect(physical.every((l) => octets(l) <= 75 && !/[\r\n]/.test(l))).toBe(true);
        expect(unfold(ics).every((l) => /^[A-Z-]+(;[A-Z-]+=[^;:]+)*:/.test(l))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('text round-trips through ical.js: SUMMARY, DESCRIPTION, LOCATION and URL read back as given (line breaks as \\n)', () => {
    fc.assert(
      fc.property(calendarTextArb, calendarTextArb, calendarTextArb, (summary, description, location) => {
        const url = 'https://example.org/a?b=c&d=e;f,g';
        const { ics } = sessionsToICalendar([{ start: '2026-01-10T16:00:00Z', end: '2026-01-10T17:00:00Z' }], { dtstamp, summary, description, location, url });
        const vevent = parseCalendar(ics).getFirstSubcomponent('vevent');
        const normal = (text: string): string => text.replace(/\r\n|\r/g, '\n');
        expect(vevent?.getFirstPropertyValue('summary')).toBe(normal(summary));
        expect(vevent?.getFirstPropertyValue('description')).toBe(normal(description));
        expect(vevent?.getFirstPropertyValue('location')).toBe(normal(location));
        expect(vevent?.getFirstPropertyValue('url')).toBe(url);
      }),
      { numRuns: 200 },
    );
  });

  it('DTSTAMP is the given instant, in UTC, to the second, on every VEVENT', () => {
    fc.assert(
      fc.property(icsSeriesArb, icsOptionsArb, (series, options) => {
        const { ics } = seriesToICalendar(series, options);
        const expected = new Date(Math.floor(instantToEpochMs(options.dtstamp) / 1000) * 1000).toISOString();
        for (const vevent of parseCalendar(ics).getAllSubcomponents('vevent')) {
          const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
          expect(stamp.zone?.tzid).toBe('UTC');
          expect(stamp.toJSDate().toISOString()).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('UIDs are stable: the same series gives the same UIDs, and two different series different ones', () => {
    fc.assert(
      fc.property(icsSeriesArb, icsSeriesArb, (a, b) => {
        const first = seriesToICalendar(a, { dtstamp }).uids;
        expect(seriesToICalendar(structuredClone(a), { dtstamp: '2031-05-05T05:05:05Z', summary: 'other' }).uids).toEqual(first);
        const planA = planSeries(a);
        const planB = planSeries(b);
        const same = canonicalJson({ ...a, recurrence: planA.rule }) === canonicalJson({ ...b, recurrence: planB.rule });
        const other = seriesToICalendar(b, { dtstamp }).uids;
        if (!same && first.length > 0 && other.length > 0) expect(other[0]?.split(/[-@]/)[0]).not.toBe(first[0]?.split(/[-@]/)[0]);
      }),
      { numRuns: 100 },
    );
  });

  it('the VTIMEZONE matches the runtime\'s zone data: each component is a real change of offset, and every wall time that occurs once reads back to its instant', () => {
    const spanArb = fc.record({
      zone: icsZoneArb,
      year: fc.integer({ min: 1990, max: 2060 }),
      years: fc.integer({ min: 0, max: 3 }),
      probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 40 }),
    });
    fc.assert(
      fc.property(spanArb, ({ zone, year, years, probes }) => {
        const from = daysFromCivil(year, 1, 1) * DAY_MS;
        const to = daysFromCivil(year + years, 12, 31) * DAY_MS;
        const text = ['BEGIN:VCALENDAR', ...vtimezoneLines(zone, from, to), 'END:VCALENDAR'].join('\r\n');
        const timezone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vtimezone') as ICAL.Component);
        // Each sub-component is a real change: before its DTSTART (read with TZOFFSETFROM) the offset is
        // TZOFFSETFROM, from then on TZOFFSETTO, and it stays so until the next one.
        const parts = timezone.component.getAllSubcomponents();
        const starts = parts.map((part) => {
          const start = part.getFirstPropertyValue('dtstart') as ICAL.Time;
          const fromOffset = (part.getFirstPropertyValue('tzoffsetfrom') as ICAL.UtcOffset).toSeconds() * 1000;
          const toOffset = (part.getFirstPropertyValue('tzoffsetto') as ICAL.UtcOffset).toSeconds() * 1000;
          const at = daysFromCivil(start.year, start.month, start.day) * DAY_MS + ((start.hour * 60 + start.minute) * 60 + start.second) * 1000 - fromOffset;
          expect(offsetAt(at - 1000, zone)).toBe(fromOffset);
          expect(offsetAt(at, zone)).toBe(toOffset);
          return at;
        });
        expect(starts[0]).toBeLessThanOrEqual(from);
        starts.forEach((at, i) => {
          const next = starts[i + 1] ?? to;
          for (const f of [0.25, 0.5, 0.75]) expect(offsetAt(at + Math.floor((next - at) * f), zone)).toBe(offsetAt(at, zone));
        });
        // Probe random instants, and the minutes around each change of offset.
        const changes = offsetTransitions(zone, from - DAY_MS, to + DAY_MS).flatMap((t) => [t.at - 60_000, t.at, t.at + 60_000]);
        const random = probes.map((p) => Math.floor((from + p * (to - from)) / 60_000) * 60_000);
        for (const ms of [...random, ...changes]) {
          // What a reader does with a TZID value: read the wall time with the VTIMEZONE. (A wall time that
          // occurs twice is never written with TZID, so it is not probed.)
          const wall = instantToWall(ms, zone);
          if (wallToInstant(wall.days, wall.msOfDay / 60_000, zone).kind !== 'exact') continue;
          const { year: y, month, day } = civilFromDays(wall.days);
          const seconds = Math.floor(wall.msOfDay / 1000);
          const local = new ICAL.Time({ year: y, month, day, hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60 }, timezone);
          expect(local.toUnixTime() * 1000).toBe(ms);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never mutates its inputs and depends only on them', () => {
    fc.assert(
      fc.property(icsSeriesArb, icsOptionsArb, (series, options) => {
        const frozenSeries = deepFreeze(structuredClone(series));
        const frozenOptions = deepFreeze(structuredClone(options));
        expect(seriesToICalendar(frozenSeries, frozenOptions)).toEqual(seriesToICalendar(structuredClone(series), structuredClone(options)));
        expect(frozenSeries).toEqual(series);
        const sessions = deepFreeze(planSessions(series));
        expect(sessionsToICalendar(sessions, frozenOptions)).toEqual(sessionsToICalendar(structuredClone(sessions), options));
      }),
      { numRuns: 60 },
    );
  });
});
