import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, formatDays, isoWeekday, isValidLocalDate, MAX_DAYS, MIN_DAYS, parseDays } from '../../src/_lib/civil.js';

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
});
