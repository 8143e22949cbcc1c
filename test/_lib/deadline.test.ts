import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { deadlineEnd, FIRST_SESSION_REQUIRED, isRelativeDeadline } from '../../src/_lib/deadline.js';
import { RefundDeadlineSchema, type RefundDeadlineInput } from '../../src/_lib/deadlineSchema.js';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { instantToWall } from '../../src/_lib/zone.js';

/** A deadline placed in time, as the areas place it (validated first). */
const end = (deadline: RefundDeadlineInput, zone: string, firstSession?: string) =>
  deadlineEnd(RefundDeadlineSchema.parse(deadline), zone, firstSession === undefined ? undefined : instantToEpochMs(firstSession));

const HOUR = 3_600_000;
const ZONES = ['America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Pacific/Apia', 'UTC'];

describe('deadlines shared by fees, refunds, submissions and the testing kit', () => {
  describe('"by March 12, 2026" lasts through the end of that day in the zone', () => {
    it('in New York: until midnight local (04:00 UTC the next day, daylight time)', () => {
      const by = end({ kind: 'date', date: '2026-03-12' }, 'America/New_York');
      expect(by.endsAt).toBe('2026-03-13T04:00:00.000Z');
      expect(by.by).toBe('by the end of March 12, 2026 (America/New_York)');
      expect(by.after).toBe('after the end of March 12, 2026 (America/New_York)');
    });

    it('"before March 12" (exclusive) ends when that day starts', () => {
      const before = end({ kind: 'date', date: '2026-03-12', inclusive: false }, 'America/New_York');
      expect(before.endsAt).toBe('2026-03-12T04:00:00.000Z');
      expect(before.by).toBe('before March 12, 2026 (America/New_York)');
      expect(before.after).toBe('on or after March 12, 2026 (America/New_York)');
    });

    it('the last millisecond of the local day is in time and the next is not, whatever the zone', () => {
      fc.assert(
        fc.property(fc.integer({ min: parseDays('1990-01-01'), max: parseDays('2040-12-31') }), fc.constantFrom(...ZONES), (days, zone) => {
          const by = end({ kind: 'date', date: formatDays(days) }, zone);
          expect(instantToWall(by.endMs - 1, zone).days).toBe(days);
          // The next day, or the one after it where a zone skipped a whole day (Pacific/Apia has no 2011-12-30).
          expect(instantToWall(by.endMs, zone).days).toBeGreaterThan(days);
          expect(instantToWall(by.endMs, zone).days).toBeLessThanOrEqual(days + 2);
        }),
        { numRuns: 300 },
      );
    });

    it('a deadline the day before a skipped day ends where the day after it begins (Pacific/Apia, 2011-12-29)', () => {
      const by = end({ kind: 'date', date: '2011-12-29' }, 'Pacific/Apia');
      expect(formatDays(instantToWall(by.endMs, 'Pacific/Apia').days)).toBe('2011-12-31');
    });

    it('"by" a date is "before" the next date', () => {
      fc.assert(
        fc.property(fc.integer({ min: parseDays('1990-01-01'), max: parseDays('2040-12-31') }), fc.constantFrom(...ZONES), (days, zone) => {
          const by = end({ kind: 'date', date: formatDays(days) }, zone);
          const before = end({ kind: 'date', date: formatDays(days + 1), inclusive: false }, zone);
          expect(by.endMs).toBe(before.endMs);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('a deadline date on a daylight-saving change day', () => {
    const day = (date: string, zone: string) => {
      const start = end({ kind: 'date', date, inclusive: false }, zone);
      const through = end({ kind: 'date', date }, zone);
      return { starts: start.endsAt, ends: through.endsAt, hours: (through.endMs - start.endMs) / HOUR };
    };

    it('New York, clocks forward on March 8, 2026: a 23-hour day, from 05:00 to 04:00 UTC', () => {
      expect(day('2026-03-08', 'America/New_York')).toEqual({ starts: '2026-03-08T05:00:00.000Z', ends: '2026-03-09T04:00:00.000Z', hours: 23 });
    });

    it('New York, clocks back on November 1, 2026: a 25-hour day, from 04:00 to 05:00 UTC', () => {
      expect(day('2026-11-01', 'America/New_York')).toEqual({ starts: '2026-11-01T04:00:00.000Z', ends: '2026-11-02T05:00:00.000Z', hours: 25 });
    });

    it('London, clocks forward on March 29, 2026: a 23-hour day ending at 23:00 UTC', () => {
      expect(day('2026-03-29', 'Europe/London')).toEqual({ starts: '2026-03-29T00:00:00.000Z', ends: '2026-03-29T23:00:00.000Z', hours: 23 });
    });

    it('London, clocks back on October 25, 2026: a 25-hour day starting at 23:00 UTC the day before', () => {
      expect(day('2026-10-25', 'Europe/London')).toEqual({ starts: '2026-10-24T23:00:00.000Z', ends: '2026-10-26T00:00:00.000Z', hours: 25 });
    });

    it('São Paulo, where midnight itself was skipped on November 4, 2018: the day starts when the clocks jump to 01:00', () => {
      expect(day('2018-11-04', 'America/Sao_Paulo')).toEqual({ starts: '2018-11-04T03:00:00.000Z', ends: '2018-11-05T02:00:00.000Z', hours: 23 });
    });

    it('a wall-clock deadline in the skipped hour moves forward by the gap (02:30 is 03:30 EDT)', () => {
      expect(end({ kind: 'date_time', date: '2026-03-08', time: '02:30', inclusive: false }, 'America/New_York').endsAt).toBe('2026-03-08T07:30:00.000Z');
    });

    it('a wall-clock deadline in the repeated hour means its later occurrence (01:30 EST)', () => {
      expect(end({ kind: 'date_time', date: '2026-11-01', time: '01:30', inclusive: false }, 'America/New_York').endsAt).toBe('2026-11-01T06:30:00.000Z');
    });
  });

  describe('"N days before the first session"', () => {
    it('counts calendar days back from the first session\'s local date, through the end of that day', () => {
      // The first session: October 1, 2026, 08:00 in New York.
      const by = end({ kind: 'days_before_first_session', days: 30 }, 'America/New_York', '2026-10-01T12:00:00Z');
      expect(by.endsAt).toBe('2026-09-02T04:00:00.000Z');
      expect(by.by).toBe('by the end of September 1, 2026 (30 days before the first session, America/New_York)');
    });

    it('reads the first session\'s date in the zone, not in UTC (22:00 on October 1 in New York is October 2 in UTC)', () => {
      const by = end({ kind: 'days_before_first_session', days: 1 }, 'America/New_York', '2026-10-02T02:00:00Z');
      expect(by.by).toBe('by the end of September 30, 2026 (1 day before the first session, America/New_York)');
    });

    it('counts calendar days, not 24-hour periods, across a daylight-saving change', () => {
      // November 10, 2026, 09:00 EST; 14 days before is October 27, still daylight time.
      const by = end({ kind: 'days_before_first_session', days: 14 }, 'America/New_York', '2026-11-10T14:00:00Z');
      expect(by.endsAt).toBe('2026-10-28T04:00:00.000Z');
    });

    it('0 days before means through the end of the first session\'s own day', () => {
      expect(end({ kind: 'days_before_first_session', days: 0 }, 'Europe/London', '2026-06-01T09:00:00Z').endsAt).toBe('2026-06-01T23:00:00.000Z');
    });

    it('is the same as "by" the date N days before the first session\'s local date, in any zone', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: instantToEpochMs('2000-01-01T00:00:00Z'), max: instantToEpochMs('2040-01-01T00:00:00Z') }),
          fc.integer({ min: 0, max: 400 }),
          fc.boolean(),
          fc.constantFrom(...ZONES),
          (startMs, days, inclusive, zone) => {
            const first = new Date(startMs).toISOString();
            const relative = end({ kind: 'days_before_first_session', days, inclusive }, zone, first);
            const date = formatDays(instantToWall(startMs, zone).days - days);
            expect(relative.endMs).toBe(end({ kind: 'date', date, inclusive }, zone).endMs);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('"N hours before" is elapsed time: exactly N hours before the start', () => {
      const by = end({ kind: 'hours_before_first_session', hours: 48, inclusive: false }, 'America/New_York', '2026-03-09T13:00:00Z');
      expect(by.endsAt).toBe('2026-03-07T13:00:00.000Z');
    });

    it('only the kinds counted from the first session are relative', () => {
      expect(isRelativeDeadline(RefundDeadlineSchema.parse({ kind: 'days_before_first_session', days: 3 }))).toBe(true);
      expect(isRelativeDeadline(RefundDeadlineSchema.parse({ kind: 'hours_before_first_session', hours: 3 }))).toBe(true);
      expect(isRelativeDeadline(RefundDeadlineSchema.parse({ kind: 'date', date: '2026-03-12' }))).toBe(false);
      expect(isRelativeDeadline(RefundDeadlineSchema.parse({ kind: 'date_time', date: '2026-03-12', time: '17:00' }))).toBe(false);
    });
  });

  describe('deadlines say their zone', () => {
    it('every phrase of a calendar deadline names the zone it is read in', () => {
      const kinds: RefundDeadlineInput[] = [
        { kind: 'date', date: '2026-03-12' },
        { kind: 'date', date: '2026-03-12', inclusive: false },
        { kind: 'date_time', date: '2026-03-12', time: '17:00' },
        { kind: 'date_time', date: '2026-03-12', time: '17:00', inclusive: false },
        { kind: 'days_before_first_session', days: 7 },
      ];
      fc.assert(
        fc.property(fc.constantFrom(...kinds), fc.constantFrom(...ZONES), (deadline, zone) => {
          const placed = end(deadline, zone, '2026-10-01T12:00:00Z');
          expect(placed.by).toContain(`${zone})`);
          expect(placed.after).toContain(`${zone})`);
        }),
      );
    });

    it('the same date is a different instant in different zones', () => {
      expect(end({ kind: 'date', date: '2026-03-12' }, 'America/Los_Angeles').endsAt).toBe('2026-03-13T07:00:00.000Z');
      expect(end({ kind: 'date', date: '2026-03-12' }, 'Asia/Tokyo').endsAt).toBe('2026-03-12T15:00:00.000Z');
    });

    it('a deadline counted in hours names the instant in UTC instead', () => {
      expect(end({ kind: 'hours_before_first_session', hours: 48 }, 'America/New_York', '2026-03-09T13:00:00Z').by).toBe(
        'by 48 hours before the first session (2026-03-07T13:00:00.000Z)',
      );
    });
  });
});

describe('what a deadline may say', () => {
  it('is inclusive unless it says otherwise, for every kind', () => {
    expect(RefundDeadlineSchema.parse({ kind: 'date', date: '2026-03-12' })).toEqual({ kind: 'date', date: '2026-03-12', inclusive: true });
    expect(RefundDeadlineSchema.parse({ kind: 'date_time', date: '2026-03-12', time: '17:00' })).toEqual({ kind: 'date_time', date: '2026-03-12', time: '17:00', inclusive: true });
    expect(RefundDeadlineSchema.parse({ kind: 'days_before_first_session', days: 7 })).toEqual({ kind: 'days_before_first_session', days: 7, inclusive: true });
    expect(RefundDeadlineSchema.parse({ kind: 'hours_before_first_session', hours: 48, inclusive: false })).toEqual({ kind: 'hours_before_first_session', hours: 48, inclusive: false });
  });

  it('counts whole days up to ten years and whole hours up to ten years, from zero', () => {
    const ok = (value: unknown): boolean => RefundDeadlineSchema.safeParse(value).success;
    expect([0, 3660].map((days) => ok({ kind: 'days_before_first_session', days }))).toEqual([true, true]);
    expect([-1, 3661, 1.5].map((days) => ok({ kind: 'days_before_first_session', days }))).toEqual([false, false, false]);
    expect([0, 87_840].map((hours) => ok({ kind: 'hours_before_first_session', hours }))).toEqual([true, true]);
    expect([-1, 87_841, 0.5].map((hours) => ok({ kind: 'hours_before_first_session', hours }))).toEqual([false, false, false]);
  });

  it('refuses keys it does not know, impossible dates and times, and a non-boolean inclusive', () => {
    const ok = (value: unknown): boolean => RefundDeadlineSchema.safeParse(value).success;
    expect(ok({ kind: 'date', date: '2026-03-12', time: '17:00' })).toBe(false);
    expect(ok({ kind: 'date', date: '2026-02-30' })).toBe(false);
    expect(ok({ kind: 'date_time', date: '2026-03-12', time: '24:00' })).toBe(false);
    expect(ok({ kind: 'date_time', date: '2026-03-12' })).toBe(false);
    expect(ok({ kind: 'date', date: '2026-03-12', inclusive: 'yes' })).toBe(false);
    expect(ok({ kind: 'week', date: '2026-03-12' })).toBe(false);
  });

  it('places each kind in time with its phrases', () => {
    const start = '2026-04-10T15:00:00.000Z';
    expect(end({ kind: 'date_time', date: '2026-03-12', time: '17:00' }, 'America/New_York')).toMatchObject({
      endsAt: '2026-03-12T21:00:00.001Z',
      by: 'by 17:00 on March 12, 2026 (America/New_York)',
      after: 'after 17:00 on March 12, 2026 (America/New_York)',
    });
    expect(end({ kind: 'date_time', date: '2026-03-12', time: '17:00', inclusive: false }, 'America/New_York')).toMatchObject({
      endsAt: '2026-03-12T21:00:00.000Z',
      by: 'before 17:00 on March 12, 2026 (America/New_York)',
      after: 'at or after 17:00 on March 12, 2026 (America/New_York)',
    });
    expect(end({ kind: 'days_before_first_session', days: 1 }, 'America/New_York', start)).toMatchObject({
      by: 'by the end of April 9, 2026 (1 day before the first session, America/New_York)',
      after: 'after the end of April 9, 2026 (1 day before the first session, America/New_York)',
    });
    expect(end({ kind: 'days_before_first_session', days: 2, inclusive: false }, 'America/New_York', start)).toMatchObject({
      endsAt: '2026-04-08T04:00:00.000Z',
      by: 'before April 8, 2026 (2 days before the first session, America/New_York)',
      after: 'on or after April 8, 2026 (2 days before the first session, America/New_York)',
    });
    expect(end({ kind: 'hours_before_first_session', hours: 1 }, 'America/New_York', start)).toMatchObject({
      endsAt: '2026-04-10T14:00:00.001Z',
      by: 'by 1 hour before the first session (2026-04-10T14:00:00.000Z)',
      after: 'after 1 hour before the first session (2026-04-10T14:00:00.000Z)',
    });
    expect(end({ kind: 'hours_before_first_session', hours: 48, inclusive: false }, 'America/New_York', start)).toMatchObject({
      endsAt: '2026-04-08T15:00:00.000Z',
      by: 'before 48 hours before the first session (2026-04-08T15:00:00.000Z)',
      after: 'at or after 48 hours before the first session (2026-04-08T15:00:00.000Z)',
    });
  });

  it('a deadline counted from the first session needs its start', () => {
    expect(() => end({ kind: 'days_before_first_session', days: 1 }, 'UTC')).toThrow('deadlineEnd: the first session start is missing');
    expect(() => end({ kind: 'hours_before_first_session', hours: 1 }, 'UTC')).toThrow('deadlineEnd: the first session start is missing');
    expect(FIRST_SESSION_REQUIRED).toBe('is required because a deadline is counted from the first session');
  });
});
