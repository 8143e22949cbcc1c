import { describe, expect, it } from 'vitest';
import { TimeZoneTransitionError, ValidationError } from '../../src/errors/index.js';
import { seriesToICalendar } from '../../src/ics/index.js';
import { US_FEDERAL_HOLIDAYS } from '../../src/recurrence/index.js';
import { planSessions, type SeriesInput } from '../../src/schedule/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { onlineGroupSeries } from '../_helpers/series.js';
import { eventLines, readOccurrences, unfold } from './_reader.js';

const dtstamp = '2025-12-01T12:00:00Z';

/** The seed's online group: second Saturday, 11:00 Eastern, January to August 2026, first meeting 90 minutes. */
const onlineGroup = { name: 'Online Balint group', ...onlineGroupSeries } as const;

/** The seed's Tuesday group: ten second Tuesdays from February 10, 7:00 pm Eastern, first meeting 90 minutes. */
const tuesdayGroup = {
  recurrence: 'second Tuesday',
  from: '2026-02-01',
  count: 10,
  startTime: '19:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
  firstSessionMinutes: 90,
} as const;

/** The seed's diversity discussions: four Thursdays, 8:00-9:00 pm Eastern. */
const diversity = {
  recurrence: { kind: 'dates', dates: ['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10'] },
  from: '2026-01-01',
  startTime: '20:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
} as const;

/** The seed's drop-in: the 4th Thursday of odd months (the page gives no time: 7:00 pm Eastern, an hour, is assumed). */
const dropIn = {
  recurrence: 'the 4th Thursday of odd months',
  from: '2026-01-01',
  until: '2026-12-31',
  startTime: '19:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
} as const;

/** The content lines (unfolded) of the VEVENTs whose name is one of `names`. */
const lines = (ics: string, ...names: string[]): string[] =>
  eventLines(ics).filter((line) => names.some((name) => line.startsWith(`${name}:`) || line.startsWith(`${name};`)));

/** The planned sessions as a reader should see them: start and end instants, by start. */
const planned = (series: SeriesInput) =>
  planSessions(series)
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));

const read = (ics: string) => readOccurrences(ics).map(({ start, end }) => ({ start, end }));

describe('seriesToICalendar', () => {
  it('writes the online group as one RRULE event with the 90-minute first meeting as an override', () => {
    const calendar = seriesToICalendar(onlineGroup, { dtstamp, uidDomain: 'americanbalintsociety.org' });
    expect(calendar.layout).toBe('recurring');
    expect(calendar.uids).toEqual([expect.stringMatching(/^[0-9a-f]{16}@americanbalintsociety\.org$/)]);
    expect(lines(calendar.ics, 'DTSTART', 'DTEND', 'RRULE', 'RECURRENCE-ID', 'EXDATE', 'RDATE')).toEqual([
      'DTSTART;TZID=America/New_York:20260110T110000',
      'DTEND;TZID=America/New_York:20260110T120000',
      'RRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260809T030000Z',
      'RECURRENCE-ID;TZID=America/New_York:20260110T110000',
      'DTSTART;TZID=America/New_York:20260110T110000',
      'DTEND;TZID=America/New_York:20260110T123000',
    ]);
    expect(lines(calendar.ics, 'SUMMARY')).toEqual(['SUMMARY:Online Balint group', 'SUMMARY:Online Balint group']);
    expect(calendar.reasons).toEqual([
      expect.objectContaining({ code: 'rrule_exact', excludedDates: [], addedDates: [], overriddenDates: ['2026-01-10'] }),
    ]);
  });

  it('expands the online group in ical.js to the eight published dates, 16:00Z before the March change and 15:00Z after', () => {
    const occurrences = read(seriesToICalendar(onlineGroup, { dtstamp }).ics);
    expect(occurrences).toEqual(planned(onlineGroup));
    expect(occurrences.map((o) => o.start.slice(0, 16))).toEqual([
      '2026-01-10T16:00', '2026-02-14T16:00', '2026-03-14T15:00', '2026-04-11T15:00',
      '2026-05-09T15:00', '2026-06-13T15:00', '2026-07-11T15:00', '2026-08-08T15:00',
    ]);
    expect(occurrences[0]?.end).toBe('2026-01-10T17:30:00.000Z');
  });

  it('ends the Tuesday group with UNTIL twelve hours after its tenth meeting, November 10 (in UTC), so readers that compare it in winter time keep that meeting', () => {
    const calendar = seriesToICalendar(tuesdayGroup, { dtstamp });
    expect(lines(calendar.ics, 'RRULE')).toEqual(['RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261111T120000Z']);
    const occurrences = read(calendar.ics);
    expect(occurrences).toEqual(planned(tuesdayGroup));
    expect(occurrences).toHaveLength(10);
  });

  it('writes the diversity discussions, a list of dates, as one event per session', () => {
    const calendar = seriesToICalendar(diversity, { dtstamp, summary: 'Diversity and difference in Balint groups' });
    expect(calendar.layout).toBe('per_session');
    expect(calendar.reasons).toEqual([{ code: 'dates_rule', message: expect.stringContaining('no RRULE pattern') }]);
    expect(calendar.uids).toHaveLength(4);
    expect(calendar.uids.map((uid) => uid.replace(/^[0-9a-f]{16}/, ''))).toEqual(['-1@balint-rules', '-2@balint-rules', '-3@balint-rules', '-4@balint-rules']);
    expect(lines(calendar.ics, 'DTSTART')).toEqual([
      'DTSTART;TZID=America/New_York:20260312T200000',
      'DTSTART;TZID=America/New_York:20260611T200000',
      'DTSTART;TZID=America/New_York:20260910T200000',
      'DTSTART;TZID=America/New_York:20261210T200000',
    ]);
    expect(read(calendar.ics)).toEqual(planned(diversity));
    expect(read(calendar.ics)[0]).toEqual({ start: '2026-03-13T00:00:00.000Z', end: '2026-03-13T01:00:00.000Z' });
  });

  it('moves the drop-in off Thanksgiving with an override whose RECURRENCE-ID is the original occurrence', () => {
    const series = { ...dropIn, holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' } } as const;
    const calendar = seriesToICalendar(series, { dtstamp });
    expect(lines(calendar.ics, 'RRULE', 'RECURRENCE-ID', 'DTSTART', 'EXDATE').slice(1)).toEqual([
      'RRULE:FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH;UNTIL=20261127T120000Z',
      'RECURRENCE-ID;TZID=America/New_York:20261126T190000',
      'DTSTART;TZID=America/New_York:20261203T190000',
    ]);
    expect(read(calendar.ics)).toEqual(planned(series));
    expect(read(calendar.ics).at(-1)?.start).toBe('2026-12-04T00:00:00.000Z');
  });

  it('drops the drop-in on Thanksgiving with an EXDATE when the series goes on after it', () => {
    const series = { ...dropIn, until: '2027-03-31', holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' } } as const;
    const calendar = seriesToICalendar(series, { dtstamp });
    expect(lines(calendar.ics, 'EXDATE')).toEqual(['EXDATE;TZID=America/New_York:20261126T190000']);
    expect(calendar.reasons[0]).toMatchObject({ code: 'rrule_exact', excludedDates: ['2026-11-26'] });
    expect(read(calendar.ics)).toEqual(planned(series));
    expect(read(calendar.ics).map((o) => o.start.slice(0, 10))).not.toContain('2026-11-26');
  });

  it('writes skipped, added and moved sessions as EXDATE, RDATE and an override', () => {
    const series = {
      ...onlineGroup,
      exceptions: { skip: ['2026-04-11'], add: ['2026-08-22'], move: [{ from: '2026-03-14', to: '2026-03-21', startTime: '12:00' }] },
    } as const;
    const calendar = seriesToICalendar(series, { dtstamp });
    expect(calendar.layout).toBe('recurring');
    expect(lines(calendar.ics, 'EXDATE', 'RDATE', 'RECURRENCE-ID')).toEqual([
      'RDATE;TZID=America/New_York:20260822T110000',
      'EXDATE;TZID=America/New_York:20260411T110000',
      'RECURRENCE-ID;TZID=America/New_York:20260110T110000',
      'RECURRENCE-ID;TZID=America/New_York:20260314T110000',
    ]);
    expect(read(calendar.ics)).toEqual(planned(series));
  });

  it('excludes a rule date that a session was moved onto, so the date has one session', () => {
    const series = { ...onlineGroup, exceptions: { move: [{ from: '2026-02-14', to: '2026-03-14' }] } } as const;
    expect(planSessions(series).map((s) => s.date)).toContain('2026-03-14');
    const calendar = seriesToICalendar(series, { dtstamp });
    expect(lines(calendar.ics, 'EXDATE')).toEqual(['EXDATE;TZID=America/New_York:20260314T110000']);
    expect(read(calendar.ics)).toEqual(planned(series));
  });

  it('falls back to one event per session when a rule time does not exist or occurs twice, and says so', () => {
    const gap = { recurrence: { kind: 'weekly', weekdays: ['sunday'] }, from: '2026-03-01', count: 3, startTime: '02:30', timeZone: 'America/New_York', durationMinutes: 60 } as const;
    for (const series of [gap, { ...gap, dst: 'rfc5545' } as const]) {
      const calendar = seriesToICalendar(series, { dtstamp });
      expect(calendar.layout).toBe('per_session');
      expect(calendar.reasons).toEqual([
        expect.objectContaining({ code: 'dst_transition', date: '2026-03-08', time: '02:30', timeZone: 'America/New_York', transition: 'gap' }),
      ]);
      expect(read(calendar.ics)).toEqual(planned(series));
    }
    const overlap = { ...gap, from: '2026-10-25', startTime: '01:30' } as const;
    const calendar = seriesToICalendar(overlap, { dtstamp });
    expect(calendar.reasons).toEqual([expect.objectContaining({ code: 'dst_transition', date: '2026-11-01', transition: 'overlap' })]);
    // 01:30 on November 1 happens twice in New York: the earlier one is meant, and only UTC says so to every reader.
    expect(lines(calendar.ics, 'DTSTART')[1]).toBe('DTSTART:20261101T053000Z');
    expect(read(calendar.ics)).toEqual(planned(overlap));
  });

  it('gives a session that spans a change of offset an explicit end, since readers add durations differently', () => {
    const series = { recurrence: { kind: 'weekly', weekdays: ['sunday'] }, from: '2026-10-25', count: 3, startTime: '00:30', timeZone: 'America/New_York', durationMinutes: 120 } as const;
    const calendar = seriesToICalendar(series, { dtstamp });
    expect(calendar.reasons[0]).toMatchObject({ code: 'rrule_exact', overriddenDates: ['2026-11-01'] });
    // 00:30 EDT plus two hours is 01:30 EST, a wall time that occurs twice: written in UTC.
    expect(lines(calendar.ics, 'DTEND')).toEqual(['DTEND;TZID=America/New_York:20261025T023000', 'DTEND:20261101T063000Z']);
    expect(read(calendar.ics)).toEqual(planned(series));
  });

  it('writes a pattern readers get wrong as one event per session, and the YEARLY form of several ordinals in several months', () => {
    const days = seriesToICalendar({ ...dropIn, recurrence: { kind: 'day_of_month', days: [1, 15], months: [1, 7] } }, { dtstamp });
    expect(days.reasons).toEqual([expect.objectContaining({ code: 'unreliable_pattern', rrule: 'FREQ=MONTHLY;BYMONTH=1,7;BYMONTHDAY=1,15' })]);
    const series = { ...dropIn, recurrence: { kind: 'nth_weekday', weekday: 'monday', ordinals: [1, 3], months: [1, 7] } } as const;
    const ordinals = seriesToICalendar(series, { dtstamp });
    expect(lines(ordinals.ics, 'RRULE')).toEqual(['RRULE:FREQ=YEARLY;BYMONTH=1,7;BYDAY=1MO,3MO;UNTIL=20260721T110000Z']);
    expect(read(ordinals.ics)).toEqual(planned(series));
  });

  it('falls back when an added session comes first or two sessions would be one occurrence', () => {
    const early = seriesToICalendar({ ...onlineGroup, exceptions: { add: ['2026-01-03'] } }, { dtstamp });
    expect(early.reasons).toEqual([expect.objectContaining({ code: 'added_before_start', date: '2026-01-03' })]);
    const clash = { ...onlineGroup, exceptions: { add: ['2026-02-14'], move: [{ from: '2026-02-14', to: '2026-02-21' }] } } as const;
    const calendar = seriesToICalendar(clash, { dtstamp });
    expect(calendar.reasons).toEqual([expect.objectContaining({ code: 'instance_conflict', date: '2026-02-14' })]);
    expect(read(calendar.ics)).toEqual(planned(clash));
  });

  it('treats a skipped rule date that is added back as the plain occurrence', () => {
    const series = { ...onlineGroup, exceptions: { skip: ['2026-02-14'], add: ['2026-02-14'] } } as const;
    const calendar = seriesToICalendar(series, { dtstamp });
    expect(lines(calendar.ics, 'EXDATE', 'RDATE')).toEqual([]);
    expect(read(calendar.ics)).toEqual(planned(series));
  });

  it('writes a calendar without events for a series without sessions', () => {
    const calendar = seriesToICalendar({ ...onlineGroup, count: undefined, until: '2026-01-09' } as never, { dtstamp });
    expect(calendar).toMatchObject({ layout: 'per_session', uids: [], reasons: [{ code: 'no_sessions' }] });
    expect(unfold(calendar.ics)).toEqual(['BEGIN:VCALENDAR', 'PRODID:-//balint-rules//balint-rules//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'END:VCALENDAR']);
  });

  it('gives the same series the same UID whether its rule is English or data, and another series another UID', () => {
    const english = seriesToICalendar(onlineGroup, { dtstamp }).uids;
    const data = seriesToICalendar({ ...onlineGroup, recurrence: { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] } }, { dtstamp: '2030-01-01T00:00:00Z' }).uids;
    expect(data).toEqual(english);
    expect(seriesToICalendar({ ...onlineGroup, count: 7 }, { dtstamp }).uids).not.toEqual(english);
    expect(seriesToICalendar({ ...onlineGroup, startTime: '11:30' }, { dtstamp }).uids).not.toEqual(english);
  });

  it('does not mutate its inputs', () => {
    const series = deepFreeze({ ...onlineGroup, exceptions: { skip: ['2026-04-11'], move: [{ from: '2026-03-14', to: '2026-03-21' }] } });
    const options = deepFreeze({ dtstamp, summary: 'x' });
    expect(() => seriesToICalendar(series, options)).not.toThrow();
  });

  it('rejects a bad series or bad options with validation errors that name the path', () => {
    const issues = (run: () => unknown): string[] => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((i) => i.path.join('.'));
      }
      return expect.unreachable();
    };
    expect(issues(() => seriesToICalendar({ ...onlineGroup, timeZone: 'America/Nowhere' }, { dtstamp }))).toEqual(['timeZone']);
    expect(issues(() => seriesToICalendar(onlineGroup, { dtstamp: '2025-12-01' }))).toEqual(['dtstamp']);
    expect(issues(() => seriesToICalendar(onlineGroup, undefined as never))).toEqual(['']);
    expect(issues(() => seriesToICalendar(onlineGroup, { dtstamp, uidDomain: 'a b', summary: 'bell\u0007', url: 'not a url' }))).toEqual(['uidDomain', 'summary', 'url']);
  });

  it('passes on the DST rejection of a series that asks for it', () => {
    expect(() => seriesToICalendar({ ...onlineGroup, startTime: '02:30', recurrence: 'second Sunday', dst: 'reject' }, { dtstamp })).toThrow(TimeZoneTransitionError);
  });
});
