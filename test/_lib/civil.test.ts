import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, formatCivil, formatDays, formatWallMinutes, formatYear, isLeapYear, isoWeekday, isValidLocalDate, MAX_DAYS, MIN_DAYS, pad, parseDays, parseWallMinutes, TWO_DIGITS } from '../../src/_lib/civil.js';

describe('civil calendar arithmetic', () => {
  it('agrees with known dates', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(formatDays(daysFromCivil(2026, 1, 10))).toBe('2026-01-10');
    expect(isoWeekday(daysFromCivil(2026, 1, 10))).toBe(6); // Saturday
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2000-02-29')).toBe(true);
    expect(isValidLocalDate('0000-01-01')).toBe(false);
  });

  describe('properties', () => {
    it('day numbers and civil dates are inverse over years 1-9999', () => {
      fc.assert(
        fc.property(fc.integer({ min: MIN_DAYS, max: MAX_DAYS }), (days) => {
          const { year, month, day } = civilFromDays(days);
          expect(daysFromCivil(year, month, day)).toBe(days);
          expect(parseDays(formatDays(days))).toBe(days);
        }),
      );
    });

    it('agrees with the JavaScript Date in UTC on dates and weekdays', () => {
      fc.assert(
        fc.property(fc.integer({ min: MIN_DAYS, max: MAX_DAYS }), (days) => {
          const d = new Date(days * 86_400_000);
          expect(formatDays(days)).toBe(d.toISOString().slice(0, 10));
          expect(isoWeekday(days) % 7).toBe(d.getUTCDay());
        }),
      );
    });
  });

  it('writes years below 1000 with four digits, and the ends of the range', () => {
    expect(formatYear(1)).toBe('0001');
    expect(formatYear(999)).toBe('0999');
    expect(formatYear(1000)).toBe('1000');
    expect(formatCivil(476, 9, 4)).toBe('0476-09-04');
    expect(formatDays(MIN_DAYS)).toBe('0001-01-01');
    expect(formatDays(MAX_DAYS)).toBe('9999-12-31');
    expect(pad(7, 3)).toBe('007');
    expect(TWO_DIGITS).toHaveLength(100);
    expect(TWO_DIGITS.every((text, n) => text === String(n).padStart(2, '0'))).toBe(true);
  });

  it('reads and writes wall times as minutes after midnight', () => {
    expect(parseWallMinutes('00:00')).toBe(0);
    expect(parseWallMinutes('11:30')).toBe(690);
    expect(parseWallMinutes('23:59')).toBe(1439);
    for (let m = 0; m < 1440; m++) expect(parseWallMinutes(formatWallMinutes(m))).toBe(m);
    expect(formatWallMinutes(690)).toBe('11:30');
  });

  it('the last day of each 400-year cycle and of its centuries', () => {
    for (const date of ['1600-12-31', '2000-12-31', '2399-12-31', '2400-12-31', '2100-12-31', '2100-03-01', '0400-12-31']) {
      const days = parseDays(date);
      expect(formatDays(days)).toBe(date);
      expect(formatDays(days + 1)).toBe(new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('leap years: every fourth, but not centuries, except every fourth century', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });

  it('law: a date is valid exactly when the JavaScript Date reads it back unchanged, in years 1-9999', () => {
    const text = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(text, (date) => {
        const d = new Date(`${date}T00:00:00Z`);
        const real = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date && date >= '0001-01-01';
        expect(isValidLocalDate(date)).toBe(real);
      }),
      { numRuns: 1000 },
    );
    for (const bad of ['2026-01-102026-01-10', '2026-1-10', '2026-01-10T', '20260110', 'x026-01-10', '2026-01-1x', ' 2026-01-10']) expect(isValidLocalDate(bad)).toBe(false);
  });

  it('knows the length of every month', () => {
    for (let month = 1; month <= 12; month++) {
      for (const year of [2023, 2024, 1900, 2000]) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    }
  });
});
