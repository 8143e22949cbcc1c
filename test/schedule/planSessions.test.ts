import fc from 'fast-check';
import { fromZonedTime } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { TimeZoneTransitionError, ValidationError } from '../../src/errors/index.js';
import { occurrences } from '../../src/recurrence/index.js';
import { instantToZoned, planSeries, planSessions, zonedToInstant } from '../../src/schedule/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { onlineGroupSeries } from '../_helpers/series.js';

const onlineGroup = onlineGroupSeries;

/** `YYYY-MM-DD HH:mm` of an instant in a zone, straight from Intl. */
function wallClock(instant: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

const secondSundayOfMarch = { kind: 'nth_weekday', weekday: 'sunday', ordinals: [2], months: [3] } as const;
const firstSundayOfNovember = { kind: 'nth_weekday', weekday: 'sunday', ordinals: [1], months: [11] } as const;

describe('planSessions', () => {
  it('plans the example from the issue exactly', () => {
    const sessions = planSessions(onlineGroup);
    expect(sessions).toHaveLength(8);
    expect(sessions[0]).toMatchObject({ index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00.000Z', end: '2026-01-10T17:30:00.000Z', durationMinutes: 90 });
    expect(sessions[1]).toMatchObject({ index: 2, date: '2026-02-14', start: '2026-02-14T16:00:00.000Z', end: '2026-02-14T17:00:00.000Z', durationMinutes: 60 });
  });

  it('keeps 11:00 New York wall time across the March 8, 2026 change (16:00Z, then 15:00Z)', () => {
    const sessions = planSessions(onlineGroup);
    expect(sessions.map((s) => s.start.slice(11, 16))).toEqual(['16:00', '16:00', '15:00', '15:00', '15:00', '15:00', '15:00', '15:00']);
    expect(sessions.every((s) => s.startTime === '11:00')).toBe(true);
  });

  it('accepts an end date instead of a count', () => {
    const sessions = planSessions({ ...onlineGroup, count: undefined, until: '2026-08-31' } as never);
    expect(sessions.map((s) => s.date).at(-1)).toBe('2026-08-08');
    expect(sessions).toHaveLength(8);
  });

  it('moves a start time in a spring-forward gap forward by the gap by default', () => {
    const [session] = planSessions({ recurrence: secondSundayOfMarch, from: '2026-01-01', count: 1, startTime: '02:30', timeZone: 'America/New_York', durationMinutes: 60 });
    expect(session).toMatchObject({ date: '2026-03-08', start: '2026-03-08T07:30:00.000Z', startTime: '03:30', dst: 'gap_shifted' });
  });

  it('drops and does not count a session in a gap under rfc5545', () => {
    const plan = planSeries({ recurrence: secondSundayOfMarch, from: '2026-01-01', until: '2028-12-31', startTime: '02:30', timeZone: 'America/New_York', durationMinutes: 60, dst: 'rfc5545' });
    // 2026-03-08, 2027-03-14 and 2028-03-12 are all change days in New York: every one is dropped.
    expect(plan.sessions).toEqual([]);
    expect(plan.skipped.map((s) => s.date)).toEqual(['2026-03-08', '2027-03-14', '2028-03-12']);
    const never = planSeries({ recurrence: secondSundayOfMarch, from: '2026-01-01', count: 2, startTime: '02:30', timeZone: 'America/New_York', durationMinutes: 60, dst: 'rfc5545' });
    expect(never.sessions).toEqual([]);
    expect(never.skipped.slice(0, 2)).toEqual([{ date: '2026-03-08', reason: 'dst_gap' }, { date: '2027-03-14', reason: 'dst_gap' }]);
    const weekly = planSeries({ recurrence: { kind: 'weekly', weekdays: ['sunday'] }, from: '2026-03-01', count: 3, startTime: '02:30', timeZone: 'America/New_York', durationMinutes: 60, dst: 'rfc5545' });
    expect(weekly.sessions.map((s) => [s.index, s.date])).toEqual([[1, '2026-03-01'], [2, '2026-03-15'], [3, '2026-03-22']]);
    expect(weekly.skipped).toEqual([{ date: '2026-03-08', reason: 'dst_gap' }]);
  });

  it('rejects gaps and overlaps when asked to', () => {
    const base = { from: '2026-01-01', count: 1, timeZone: 'America/New_York', durationMinutes: 60, dst: 'reject' } as const;
    expect(() => planSessions({ ...base, recurrence: secondSundayOfMarch, startTime: '02:30' })).toThrow(TimeZoneTransitionError);
    try {
      planSessions({ ...base, recurrence: firstSundayOfNovember, startTime: '01:30' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ transition: 'overlap', date: '2026-11-01', time: '01:30', timeZone: 'America/New_York' });
    }
  });

  it('takes the earlier instant of a time that happens twice', () => {
    const [session] = planSessions({ recurrence: firstSundayOfNovember, from: '2026-01-01', count: 1, startTime: '01:30', timeZone: 'America/New_York', durationMinutes: 60 });
    expect(session).toMatchObject({ start: '2026-11-01T05:30:00.000Z', end: '2026-11-01T06:30:00.000Z', dst: 'overlap_earlier' });
  });

  it('handles southern-hemisphere and half-hour changes (Sydney, Lord Howe Island)', () => {
    const sydney = planSessions({ recurrence: { kind: 'weekly', weekdays: ['sunday'] }, from: '2026-10-01', count: 2, startTime: '02:30', timeZone: 'Australia/Sydney', durationMinutes: 60 });
    expect(sydney.map((s) => [s.date, s.startTime, s.dst ?? 'none'])).toEqual([['2026-10-04', '03:30', 'gap_shifted'], ['2026-10-11', '02:30', 'none']]);
    const lordHowe = planSessions({ recurrence: { kind: 'weekly', weekdays: ['sunday'] }, from: '2026-10-01', count: 1, startTime: '02:15', timeZone: 'Australia/Lord_Howe', durationMinutes: 60 });
    expect(lordHowe[0]).toMatchObject({ date: '2026-10-04', startTime: '02:45', dst: 'gap_shifted' });
  });

  it('gives a moved session its own start time', () => {
    const sessions = planSessions({ ...onlineGroup, exceptions: { move: [{ from: '2026-03-14', to: '2026-03-21', startTime: '12:00' }] } });
    expect(sessions[2]).toMatchObject({ index: 3, date: '2026-03-21', startTime: '12:00', start: '2026-03-21T16:00:00.000Z', origin: 'moved', originalDate: '2026-03-14' });
  });

  it('rejects bad input with validation errors that name the path', () => {
    const attempt = (series: unknown) => {
      try {
        planSessions(series as never);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((i) => i.path.join('.'));
      }
      return expect.unreachable();
    };
    expect(attempt({ ...onlineGroup, timeZone: 'America/Nowhere' })).toEqual(['timeZone']);
    expect(attempt({ ...onlineGroup, startTime: '24:00' })).toEqual(['startTime']);
    expect(attempt({ ...onlineGroup, durationMinutes: 0 })).toEqual(['durationMinutes']);
    expect(attempt({ ...onlineGroup, count: undefined })).toEqual(['count']);
    expect(attempt(null)).toEqual(['']);
  });

  it('converts between wall time and instants', () => {
    expect(zonedToInstant({ date: '2026-03-12', time: '20:00', timeZone: 'America/New_York' })).toBe('2026-03-13T00:00:00.000Z');
    expect(instantToZoned('2026-03-13T00:00:00.000Z', 'Europe/Amsterdam')).toEqual({ date: '2026-03-13', time: '01:00', timeZone: 'Europe/Amsterdam' });
    expect(() => zonedToInstant({ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York' }, { dst: 'reject' })).toThrow(TimeZoneTransitionError);
  });

  describe('properties', () => {
    const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Chatham', 'UTC'];
    const seriesArb = fc.record({
      recurrence: patternRuleArb,
      from: localDateArb('1990-01-01', '2060-12-31'),
      count: fc.integer({ min: 1, max: 40 }),
      startTime: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      timeZone: fc.constantFrom(...zones),
      durationMinutes: fc.integer({ min: 1, max: 240 }),
      firstSessionMinutes: fc.option(fc.integer({ min: 1, max: 240 }), { nil: undefined }),
    });

    it('sessions are numbered from 1, on the rule dates, each as long as it says', () => {
      fc.assert(
        fc.property(seriesArb, (series) => {
          const sessions = planSessions(series);
          expect(sessions.map((s) => s.date)).toEqual(occurrences(series.recurrence, { from: series.from, count: series.count }));
          sessions.forEach((s, i) => {
            expect(s.index).toBe(i + 1);
            const expected = i === 0 && series.firstSessionMinutes !== undefined ? series.firstSessionMinutes : series.durationMinutes;
            expect(s.durationMinutes).toBe(expected);
            expect(Date.parse(s.end) - Date.parse(s.start)).toBe(expected * 60_000);
          });
        }),
        { numRuns: 150 },
      );
    });

    it('DST keeps wall time: every session starts at its wall time in its zone, unless that time did not exist', () => {
      fc.assert(
        fc.property(seriesArb, (series) => {
          for (const s of planSessions(series)) {
            const wall = instantToZoned(s.start, series.timeZone);
            if (s.dst === 'gap_shifted') {
              expect(wall.time > series.startTime || wall.date > s.date).toBe(true);
            } else {
              expect(wall).toEqual({ date: s.date, time: series.startTime, timeZone: series.timeZone });
            }
            expect(wall.time).toBe(s.startTime);
          }
        }),
        { numRuns: 150 },
      );
    });

    it('agrees with date-fns-tz on every wall time that exists exactly once', () => {
      fc.assert(
        fc.property(seriesArb, (series) => {
          for (const s of planSessions(series)) {
            if (s.dst !== undefined) continue;
            expect(fromZonedTime(`${s.date}T${series.startTime}:00`, series.timeZone).toISOString()).toBe(s.start);
            // Read back with Intl, not date-fns-tz's toZonedTime/formatInTimeZone: those build a Date in the
            // machine's zone, which cannot hold a wall time that zone skips (02:00 on 1990-04-01 under New York).
            expect(wallClock(s.start, series.timeZone)).toBe(`${s.date} ${series.startTime}`);
          }
        }),
        { numRuns: 100 },
      );
    });

    it('under rfc5545 no session lies in a gap and the count still holds when the rule meets often enough', () => {
      fc.assert(
        fc.property(seriesArb, (series) => {
          const compatible = planSessions(series);
          const strict = planSessions({ ...series, dst: 'rfc5545' });
          expect(strict.every((s) => s.dst !== 'gap_shifted')).toBe(true);
          const gaps = compatible.filter((s) => s.dst === 'gap_shifted').length;
          if (gaps === 0) expect(strict.map((s) => s.start)).toEqual(compatible.map((s) => s.start));
        }),
        { numRuns: 100 },
      );
    });

    it('never mutates the series and depends only on it', () => {
      fc.assert(
        fc.property(seriesArb, (series) => {
          const frozen = deepFreeze(structuredClone(series));
          expect(planSessions(frozen)).toEqual(planSessions(structuredClone(series)));
          expect(frozen).toEqual(series);
        }),
        { numRuns: 50 },
      );
    });
  });
});
