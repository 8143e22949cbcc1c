import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { resolveDeadline } from '../../src/refunds/index.js';

const ny = { timeZone: 'America/New_York' };

describe('resolveDeadline', () => {
  it('ends a date deadline at the start of the next local day (inclusive) or of the day itself (exclusive)', () => {
    expect(resolveDeadline({ kind: 'date', date: '2026-03-12' }, { timeZone: 'America/Los_Angeles' }).endsAt).toBe('2026-03-13T07:00:00.000Z');
    expect(resolveDeadline({ kind: 'date', date: '2026-03-12', inclusive: false }, { timeZone: 'America/Los_Angeles' })).toEqual({
      endsAt: '2026-03-12T07:00:00.000Z',
      by: 'before March 12, 2026 (America/Los_Angeles)',
      after: 'on or after March 12, 2026 (America/Los_Angeles)',
    });
    expect(resolveDeadline({ kind: 'date', date: '2026-01-31' }, { timeZone: 'Asia/Tokyo' }).endsAt).toBe('2026-01-31T15:00:00.000Z');
  });

  it('handles the 23-hour and 25-hour days of daylight-saving changes', () => {
    // Spring forward on March 8, 2026: the day ends at 04:00Z (EDT), not 05:00Z.
    expect(resolveDeadline({ kind: 'date', date: '2026-03-08' }, ny).endsAt).toBe('2026-03-09T04:00:00.000Z');
    expect(resolveDeadline({ kind: 'date', date: '2026-03-08', inclusive: false }, ny).endsAt).toBe('2026-03-08T05:00:00.000Z');
    // Fall back on November 1, 2026: the day ends at 05:00Z (EST).
    expect(resolveDeadline({ kind: 'date', date: '2026-11-01' }, ny).endsAt).toBe('2026-11-02T05:00:00.000Z');
    expect(resolveDeadline({ kind: 'date', date: '2026-11-01', inclusive: false }, ny).endsAt).toBe('2026-11-01T04:00:00.000Z');
  });

  it('starts a day skipped at midnight by a daylight-saving gap when the clocks jump', () => {
    // Santiago springs forward at 00:00 on September 6, 2026: that day starts at 01:00 local (04:00Z).
    expect(resolveDeadline({ kind: 'date', date: '2026-09-05' }, { timeZone: 'America/Santiago' }).endsAt).toBe('2026-09-06T04:00:00.000Z');
  });

  it('places date-time deadlines, inclusive of the very instant by default', () => {
    expect(resolveDeadline({ kind: 'date_time', date: '2026-07-31', time: '17:00' }, ny)).toEqual({
      endsAt: '2026-07-31T21:00:00.001Z',
      by: 'by 17:00 on July 31, 2026 (America/New_York)',
      after: 'after 17:00 on July 31, 2026 (America/New_York)',
    });
    expect(resolveDeadline({ kind: 'date_time', date: '2026-07-31', time: '17:00', inclusive: false }, ny).endsAt).toBe('2026-07-31T21:00:00.000Z');
  });

  it('moves a skipped wall time forward by the gap, and reads a repeated one as its later occurrence', () => {
    // 02:30 does not exist on March 8, 2026 in New York: it means 03:30 EDT.
    expect(resolveDeadline({ kind: 'date_time', date: '2026-03-08', time: '02:30', inclusive: false }, ny).endsAt).toBe('2026-03-08T07:30:00.000Z');
    expect(resolveDeadline({ kind: 'date_time', date: '2026-11-01', time: '01:30', inclusive: false }, ny).endsAt).toBe('2026-11-01T06:30:00.000Z');
  });

  it('counts calendar days before the first session in the policy zone', () => {
    const firstSessionStart = { date: '2026-10-01', time: '09:00', timeZone: 'America/New_York' };
    expect(resolveDeadline({ kind: 'days_before_first_session', days: 30 }, { ...ny, firstSessionStart })).toEqual({
      endsAt: '2026-09-02T04:00:00.000Z',
      by: 'by the end of September 1, 2026 (30 days before the first session, America/New_York)',
      after: 'after the end of September 1, 2026 (30 days before the first session, America/New_York)',
    });
    // Across the November change: 7 calendar days before November 5 ends at midnight EDT on October 30.
    expect(resolveDeadline({ kind: 'days_before_first_session', days: 7 }, { ...ny, firstSessionStart: '2026-11-05T14:00:00Z' }).endsAt).toBe(
      '2026-10-30T04:00:00.000Z',
    );
  });

  it('counts hours of elapsed time before the first session', () => {
    const r = resolveDeadline({ kind: 'hours_before_first_session', hours: 48, inclusive: false }, { ...ny, firstSessionStart: '2026-11-02T14:00:00Z' });
    expect(r.endsAt).toBe('2026-10-31T14:00:00.000Z');
  });

  it('requires the first session for deadlines counted from it', () => {
    try {
      resolveDeadline({ kind: 'days_before_first_session', days: 30 }, ny);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toEqual(['firstSessionStart']);
    }
  });

  it('rejects unknown zones and impossible dates', () => {
    expect(() => resolveDeadline({ kind: 'date', date: '2026-02-30' }, ny)).toThrow(ValidationError);
    expect(() => resolveDeadline({ kind: 'date', date: '2026-03-12' }, { timeZone: 'America/Nowhere' })).toThrow(ValidationError);
  });
});
