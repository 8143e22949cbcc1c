import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { describeSessionTimes, instantToZoned } from '../../src/schedule/index.js';

const at = (start: string, minutes: number) => ({ start, end: new Date(Date.parse(start) + minutes * 60_000).toISOString() });

describe('describeSessionTimes', () => {
  it('writes the online group the way its page does', () => {
    expect(describeSessionTimes(at('2026-01-10T16:00:00.000Z', 60), ['America/New_York', 'America/Los_Angeles']).text).toBe(
      '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific',
    );
    expect(describeSessionTimes(at('2026-02-10T00:00:00.000Z', 90), ['America/New_York', 'America/Los_Angeles']).text).toBe(
      '7:00pm - 8:30pm Eastern / 4:00pm - 5:30pm Pacific',
    );
  });

  it('shows the date where a zone is on another day', () => {
    const result = describeSessionTimes(at('2026-03-13T00:00:00.000Z', 60), ['America/New_York', 'Europe/Amsterdam', 'Pacific/Honolulu']);
    expect(result.text).toBe('8:00pm - 9:00pm Eastern / 1:00am - 2:00am Central European (Fri, Mar 13) / 2:00pm - 3:00pm Hawaii-Aleutian');
    expect(result.zones.map((z) => z.dayOffset)).toEqual([0, 1, 0]);
  });

  it('marks a session that crosses midnight and accepts custom labels', () => {
    const result = describeSessionTimes(at('2026-06-11T03:30:00.000Z', 60), [{ timeZone: 'America/New_York', label: 'ET' }]);
    expect(result.text).toBe('11:30pm - 12:30am (+1 day) ET');
    expect(result.zones[0]).toMatchObject({ date: '2026-06-10', endDate: '2026-06-11', startTime: '23:30', endTime: '00:30' });
  });

  it('rejects unknown zones', () => {
    expect(() => describeSessionTimes(at('2026-01-10T16:00:00.000Z', 60), ['Mars/Olympus'])).toThrow(ValidationError);
    expect(() => describeSessionTimes(at('2026-01-10T16:00:00.000Z', 60), [])).toThrow(ValidationError);
  });

  describe('properties', () => {
    it('each zone shows the wall times of the same instants', () => {
      const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.integer({ min: 1, max: 600 }), fc.uniqueArray(fc.constantFrom(...zones), { minLength: 1, maxLength: 4 }), (ms, minutes, chosen) => {
          const session = at(new Date(Math.floor(ms / 60_000) * 60_000).toISOString(), minutes);
          const result = describeSessionTimes(session, chosen);
          expect(result.zones).toHaveLength(chosen.length);
          expect(result.text.split(' / ')).toHaveLength(chosen.length);
          result.zones.forEach((z, i) => {
            expect(instantToZoned(session.start, chosen[i]!)).toEqual({ date: z.date, time: z.startTime, timeZone: chosen[i] });
            expect(instantToZoned(session.end, chosen[i]!)).toEqual({ date: z.endDate, time: z.endTime, timeZone: chosen[i] });
            expect(Math.abs(z.dayOffset)).toBeLessThanOrEqual(2); // +14 and -11 are 25 hours apart
          });
        }),
        { numRuns: 200 },
      );
    });
  });
});
