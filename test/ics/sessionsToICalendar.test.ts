import { describe, expect, it } from 'vitest';
import { InstantSchema } from '../../src/common/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { sessionsToICalendar } from '../../src/ics/index.js';
import { planSessions } from '../../src/schedule/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { eventLines, parseCalendar, readOccurrences, unfold } from './_reader.js';

const dtstamp = '2026-01-05T09:00:00Z';

const diversity = planSessions({
  recurrence: { kind: 'dates', dates: ['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10'] },
  from: '2026-01-01',
  startTime: '20:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
});

const kolkata = planSessions({ recurrence: 'second Saturday', from: '2026-01-01', count: 2, startTime: '18:30', timeZone: 'Asia/Kolkata', durationMinutes: 90 });

describe('sessionsToICalendar', () => {
  it('writes one VEVENT per session, in its zone with TZID, and reads back to the same instants', () => {
    const { ics, uids } = sessionsToICalendar(diversity, { dtstamp, summary: 'Diversity discussion' });
    expect(uids).toHaveLength(4);
    expect(new Set(uids).size).toBe(4);
    expect(uids.every((uid, i) => new RegExp(`^[0-9a-f]{16}-${i + 1}@balint-rules$`).test(uid))).toBe(true);
    expect(eventLines(ics).filter((l) => l.startsWith('DTSTART') || l.startsWith('DTEND')).slice(0, 2)).toEqual([
      'DTSTART;TZID=America/New_York:20260312T200000',
      'DTEND;TZID=America/New_York:20260312T210000',
    ]);
    expect(readOccurrences(ics).map(({ start, end }) => ({ start, end }))).toEqual(diversity.map(({ start, end }) => ({ start, end })));
  });

  it('writes a session without a zone in UTC, and needs no VTIMEZONE for it', () => {
    const { ics } = sessionsToICalendar([{ start: '2026-01-22T21:00:00Z', end: '2026-01-22T22:00:00Z' }], { dtstamp });
    expect(eventLines(ics).filter((l) => /^DT(START|END)/.test(l))).toEqual(['DTSTART:20260122T210000Z', 'DTEND:20260122T220000Z']);
    expect(unfold(ics)).not.toContain('BEGIN:VTIMEZONE');
  });

  it('gives each zone its own VTIMEZONE, and a zone without DST a single STANDARD component', () => {
    const { ics } = sessionsToICalendar([...diversity, ...kolkata], { dtstamp });
    const root = parseCalendar(ics);
    const zones = root.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York', 'Asia/Kolkata']);
    const india = zones[1]?.getAllSubcomponents() ?? [];
    expect(india.map((c) => [c.name, String(c.getFirstPropertyValue('tzoffsetfrom')), String(c.getFirstPropertyValue('tzoffsetto'))])).toEqual([
      ['standard', '+05:30', '+05:30'],
    ]);
    expect(readOccurrences(ics).map((o) => o.start)).toEqual([...diversity, ...kolkata].map((s) => s.start).sort());
  });

  it('writes half-hour changes (Lord Howe Island) and southern-hemisphere summer time', () => {
    const lordHowe = planSessions({ recurrence: { kind: 'weekly', weekdays: ['sunday'] }, from: '2026-03-29', count: 3, startTime: '10:00', timeZone: 'Australia/Lord_Howe', durationMinutes: 60 });
    const { ics } = sessionsToICalendar(lordHowe, { dtstamp });
    const vtimezone = unfold(ics).slice(unfold(ics).indexOf('BEGIN:VTIMEZONE'), unfold(ics).indexOf('END:VTIMEZONE') + 1);
    expect(vtimezone).toContain('BEGIN:DAYLIGHT');
    expect(vtimezone.join('\n')).toContain('DTSTART:20260405T020000\nTZOFFSETFROM:+1100\nTZOFFSETTO:+1030\nEND:STANDARD');
    expect(readOccurrences(ics).map((o) => o.start)).toEqual(lordHowe.map((s) => s.start));
    expect(lordHowe.map((s) => s.start)).toEqual(['2026-03-28T23:00:00.000Z', '2026-04-04T23:30:00.000Z', '2026-04-11T23:30:00.000Z']);
  });

  it('gives different lists different UIDs and the same list the same ones', () => {
    const all = sessionsToICalendar(diversity, { dtstamp }).uids;
    const part = sessionsToICalendar(diversity.slice(2), { dtstamp: '2027-01-01T00:00:00Z', uidDomain: 'example.org' }).uids;
    expect(part.map((uid) => uid.slice(16))).toEqual(['-1@example.org', '-2@example.org']);
    expect(part[0]?.slice(0, 16)).not.toBe(all[0]?.slice(0, 16));
    expect(sessionsToICalendar(structuredClone(diversity), { dtstamp: '2030-01-01T00:00:00Z' }).uids).toEqual(all);
  });

  it('writes an empty calendar for no sessions', () => {
    expect(unfold(sessionsToICalendar([], { dtstamp, prodId: '-//ABS//Events//EN' }).ics)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//ABS//Events//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'END:VCALENDAR',
    ]);
  });

  it('does not mutate the sessions', () => {
    const frozen = deepFreeze(structuredClone(diversity));
    expect(sessionsToICalendar(frozen, { dtstamp })).toEqual(sessionsToICalendar(diversity, { dtstamp }));
  });

  it('rejects sessions that end before they start, fractions of a second, unwritable years and unknown zones', () => {
    const paths = (sessions: unknown): string[] => {
      try {
        sessionsToICalendar(sessions as never, { dtstamp });
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((i) => i.path.join('.'));
      }
      return expect.unreachable();
    };
    expect(paths([{ start: '2026-01-01T10:00:00Z', end: '2026-01-01T10:00:00Z' }])).toEqual(['0.end']);
    expect(paths([{ start: '2026-01-01T10:00:00.500Z', end: '2026-01-01T11:00:00Z' }])).toEqual(['0.start']);
    expect(paths([{ start: '2026-01-01T10:00:00Z', end: '2026-01-01T11:00:00Z', timeZone: 'Mars/Olympus' }])).toEqual(['0.timeZone']);
    expect(paths([{ start: '9999-12-31T23:00:00-05:00', end: '9999-12-31T23:30:00-05:00' }])).toEqual(['0.start', '0.end']);
    expect(paths('no')).toEqual(['']);
    // The stricter instants are its own: the shared schema still takes fractions and far years.
    expect(InstantSchema.safeParse('9999-12-31T23:00:00.5-05:00').success).toBe(true);
  });
});
