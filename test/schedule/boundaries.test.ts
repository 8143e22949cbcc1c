/**
 * What a schedule says at its edges, each pinned by an example an organizer
 * would recognise: a series without an end, the DST policy "reject" away
 * from any transition, sessions moved off a holiday, the skipped dates that
 * a count cuts off, and times shown in zones a day apart or without a name.
 */
import { describe, expect, it } from 'vitest';
import { TimeZoneTransitionError, ValidationError } from '../../src/errors/index.js';
import { US_FEDERAL_HOLIDAYS } from '../../src/recurrence/index.js';
import { describeSessionTimes, instantToZoned, planSeries, planSessions, zonedToInstant } from '../../src/schedule/index.js';

const weekly = { recurrence: 'every Tuesday', from: '2026-01-01', startTime: '11:00', timeZone: 'America/New_York', durationMinutes: 60 } as const;

describe('planSeries at its edges', () => {
  it('a repeating series with neither count nor until is refused at "count", in words', () => {
    const error = (() => {
      try {
        planSeries(weekly);
      } catch (e) {
        return e;
      }
      return null;
    })() as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.subject).toBe('series');
    expect(error.issues).toEqual([{ path: ['count'], code: 'custom', message: 'give "until" or "count": a repeating rule has no end of its own' }]);
  });

  it('a list of dates needs no end', () => {
    expect(planSessions({ ...weekly, recurrence: { kind: 'dates', dates: ['2026-02-03', '2026-01-06'] } }).map((s) => s.date)).toEqual(['2026-01-06', '2026-02-03']);
  });

  it('under dst "reject", sessions away from any clock change are planned as usual', () => {
    const sessions = planSessions({ ...weekly, count: 3, dst: 'reject' });
    expect(sessions.map((s) => [s.date, s.start, s.startTime])).toEqual([
      ['2026-01-06', '2026-01-06T16:00:00.000Z', '11:00'],
      ['2026-01-13', '2026-01-13T16:00:00.000Z', '11:00'],
      ['2026-01-20', '2026-01-20T16:00:00.000Z', '11:00'],
    ]);
  });

  it('under dst "reject", a session in the spring-forward gap is refused', () => {
    expect(() => planSessions({ ...weekly, recurrence: 'second Sunday of March', startTime: '02:30', count: 1, dst: 'reject' })).toThrow(TimeZoneTransitionError);
  });

  it('a session moved off a holiday says which holiday and its rule date; one on no holiday says neither', () => {
    const [thanksgiving, ordinary] = planSessions({
      ...weekly,
      recurrence: { kind: 'dates', dates: ['2026-11-26', '2026-12-10'] },
      holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' },
    });
    expect(thanksgiving).toMatchObject({ date: '2026-12-03', origin: 'shifted', originalDate: '2026-11-26', holiday: 'Thanksgiving Day' });
    expect(ordinary).toStrictEqual({ index: 2, date: '2026-12-10', start: '2026-12-10T16:00:00.000Z', end: '2026-12-10T17:00:00.000Z', durationMinutes: 60, startTime: '11:00', timeZone: 'America/New_York', origin: 'rule' });
  });

  it('with a count, skipped dates after the last session are not reported, and those reported are in date order', () => {
    const { sessions, skipped } = planSeries({ ...weekly, count: 2, exceptions: { skip: ['2026-01-13', '2026-03-03', '2026-01-06'] } });
    expect(sessions.map((s) => s.date)).toEqual(['2026-01-20', '2026-01-27']);
    expect(skipped.map((s) => s.date)).toEqual(['2026-01-06', '2026-01-13']);
  });

  describe('sessions dropped in a spring-forward gap (dst "rfc5545")', () => {
    const sundays = { recurrence: 'every Sunday', startTime: '02:30', timeZone: 'America/New_York', durationMinutes: 60, dst: 'rfc5545' } as const;

    it('are reported with the skipped dates, all in date order', () => {
      const { sessions, skipped } = planSeries({ ...sundays, from: '2026-03-01', count: 2, exceptions: { skip: ['2026-03-15'] } });
      expect(sessions.map((s) => s.date)).toEqual(['2026-03-01', '2026-03-22']);
      expect(skipped).toEqual([
        { date: '2026-03-08', reason: 'dst_gap' },
        { date: '2026-03-15', reason: 'skipped' },
      ]);
    });

    it('are reported up to the last session a count allows, and not after it', () => {
      expect(planSeries({ ...sundays, from: '2026-02-22', count: 3 }).skipped).toEqual([{ date: '2026-03-08', reason: 'dst_gap' }]);
      expect(planSeries({ ...sundays, from: '2026-03-01', count: 1 }).skipped).toEqual([]);
    });
  });

  it('an invalid series is refused with the subject "series"', () => {
    expect(() => planSeries({ ...weekly, count: 0 })).toThrow(/^Invalid series: count: /);
  });

  it('without a count, every skipped date up to until is reported, in date order', () => {
    const { skipped } = planSeries({ ...weekly, until: '2026-03-31', exceptions: { skip: ['2026-03-03', '2026-01-13'] } });
    expect(skipped.map((s) => [s.date, s.reason])).toEqual([
      ['2026-01-13', 'skipped'],
      ['2026-03-03', 'skipped'],
    ]);
  });
});

describe('describeSessionTimes at its edges', () => {
  const late = planSessions({ ...weekly, count: 1, startTime: '22:30', timeZone: 'America/Los_Angeles', durationMinutes: 120 })[0]!;
  const early = planSessions({ ...weekly, count: 1, startTime: '00:30', timeZone: 'Asia/Tokyo', durationMinutes: 60 })[0]!;

  it('an end past midnight says "+1 day"; a zone where the session falls on another day names that day', () => {
    expect(describeSessionTimes(late, ['America/Los_Angeles']).text).toBe('10:30pm - 12:30am (+1 day) Pacific');
    expect(describeSessionTimes(early, ['Asia/Tokyo', 'America/New_York']).text).toBe('12:30am - 1:30am Japan / 10:30am - 11:30am Eastern (Mon, Jan 5)');
  });

  it('a zone whose generic name is only an offset is labelled by its IANA name; others by their name without "Standard Time"', () => {
    const zones = describeSessionTimes(late, ['Etc/GMT-14', 'Asia/Kolkata', 'Pacific/Honolulu']).zones;
    expect(zones.map((z) => z.label)).toEqual(['Etc/GMT-14', 'India', 'Hawaii-Aleutian']);
  });

  it('refuses a bad session, naming what it was given', () => {
    expect(() => describeSessionTimes({ ...late, start: 'soon' }, ['UTC'])).toThrow(/^Invalid session times: /);
  });
});

describe('zonedToInstant and instantToZoned at their edges', () => {
  it('under dst "reject", an ordinary wall time converts as usual', () => {
    expect(zonedToInstant({ date: '2026-01-10', time: '11:00', timeZone: 'America/New_York' }, { dst: 'reject' })).toBe('2026-01-10T16:00:00.000Z');
  });

  it('under dst "reject", a wall time in the gap or the overlap is refused', () => {
    expect(() => zonedToInstant({ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York' }, { dst: 'reject' })).toThrow(TimeZoneTransitionError);
    expect(() => zonedToInstant({ date: '2026-11-01', time: '01:30', timeZone: 'America/New_York' }, { dst: 'reject' })).toThrow(TimeZoneTransitionError);
  });

  it('by default a wall time in the gap moves forward by the gap, and one in the overlap takes the earlier instant', () => {
    expect(zonedToInstant({ date: '2026-03-08', time: '02:30', timeZone: 'America/New_York' })).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedToInstant({ date: '2026-11-01', time: '01:30', timeZone: 'America/New_York' })).toBe('2026-11-01T05:30:00.000Z');
  });

  it('bad input is refused with the subject named', () => {
    expect(() => zonedToInstant({ date: '2026-02-30', time: '11:00', timeZone: 'UTC' })).toThrow(/^Invalid zoned date-time: at\.date: /);
    expect(() => instantToZoned('2026-01-10T16:00:00', 'UTC')).toThrow(/^Invalid instant: instant: /);
  });

  it('a plainly valid instant and one with a fraction and an offset read the same wall time', () => {
    expect(instantToZoned('2026-01-10T16:00:00Z', 'America/New_York')).toEqual(instantToZoned('2026-01-10T11:00:00.000-05:00', 'America/New_York'));
  });
});
