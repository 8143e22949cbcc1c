/**
 * The one instant reader and writer: an ISO-8601 instant (`Z` or an offset,
 * seconds and up to nine fraction digits optional) to epoch milliseconds,
 * and epoch milliseconds to the text `Date#toISOString` writes, checked
 * against the JavaScript `Date` as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, instantToEpochMs, instantWrittenDate } from '../../src/_lib/instant.js';

const YEAR_1 = new Date('0001-01-01T00:00:00Z').getTime();
const YEAR_10000 = new Date('+010000-01-01T00:00:00Z').getTime();

describe('reading an instant', () => {
  it.each([
    ['2026-03-12T20:00:00Z', '2026-03-12T20:00:00.000Z'],
    ['2026-03-12T20:00Z', '2026-03-12T20:00:00.000Z'],
    ['2026-03-12T20:00:00-07:00', '2026-03-13T03:00:00.000Z'],
    ['2026-03-12T20:00:00+05:30', '2026-03-12T14:30:00.000Z'],
    ['2026-03-12T20:00-04:00', '2026-03-13T00:00:00.000Z'],
    ['2026-03-12T20:00:59.5Z', '2026-03-12T20:00:59.500Z'],
    ['2026-03-12T20:00:59.123456789Z', '2026-03-12T20:00:59.123Z'],
    ['2026-03-12T20:00:59.999999999+00:00', '2026-03-12T20:00:59.999Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('%s is %s', (text, iso) => {
    expect(instantToEpochMs(text)).toBe(new Date(iso).getTime());
    expect(epochMsToInstant(instantToEpochMs(text))).toBe(iso);
  });

  it('is not a number for text that is not an instant', () => {
    expect(instantToEpochMs('2026-03-12')).toBeNaN();
    expect(instantToEpochMs('2026-03-12T20:00:00')).toBeNaN();
    expect(instantToEpochMs(' 2026-03-12T20:00:00Z')).toBeNaN();
    expect(instantToEpochMs('2026-03-12T20:00:00Zx')).toBeNaN();
  });

  it('law: agrees with Date.parse on every instant in years 1-9999, at any offset and fraction', () => {
    const instant = fc.record({
      ms: fc.integer({ min: YEAR_1 + 86_400_000, max: YEAR_10000 - 86_400_000 }),
      offsetMinutes: fc.integer({ min: -14 * 60, max: 14 * 60 }),
      digits: fc.integer({ min: 0, max: 9 }),
      extra: fc.integer({ min: 0, max: 999_999 }),
    });
    fc.assert(
      fc.property(instant, ({ ms, offsetMinutes, digits, extra }) => {
        const local = new Date(ms + offsetMinutes * 60_000).toISOString();
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const offset = offsetMinutes === 0 && digits % 2 === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const fraction = `${local.slice(20, 23)}${String(extra).padStart(6, '0')}`.slice(0, digits);
        const text = `${local.slice(0, 19)}${digits === 0 ? '' : `.${fraction}`}${offset}`;
        const expected = Date.parse(`${local.slice(0, 19)}.${(fraction + '000').slice(0, 3)}${offset}`);
        expect(instantToEpochMs(text)).toBe(expected);
        expect(instantWrittenDate(text)).toBe(local.slice(0, 10));
      }),
      { numRuns: 500 },
    );
  });
});

describe('writing an instant', () => {
  it('law: writes what Date#toISOString writes, in years 1-9999 and outside them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: YEAR_1, max: YEAR_10000 - 1 }), fc.integer({ min: -8.64e15, max: 8.64e15 })), (ms) => {
        expect(epochMsToInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 500 },
    );
  });

  it('pads the milliseconds and the fields, and keeps the ends of the range', () => {
    for (const iso of ['1970-01-01T00:00:00.000Z', '2026-01-02T03:04:05.006Z', '2026-01-02T03:04:05.060Z', '2026-12-31T23:59:59.999Z', '0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '1969-12-31T23:59:59.999Z']) {
      expect(epochMsToInstant(new Date(iso).getTime())).toBe(iso);
    }
    expect(epochMsToInstant(100)).toBe('1970-01-01T00:00:00.100Z');
    expect(epochMsToInstant(10)).toBe('1970-01-01T00:00:00.010Z');
    expect(epochMsToInstant(YEAR_1 - 1)).toBe('0000-12-31T23:59:59.999Z');
    expect(epochMsToInstant(YEAR_10000)).toBe('+010000-01-01T00:00:00.000Z');
  });

  it('writes a fractional millisecond as Date does (rounded down)', () => {
    expect(epochMsToInstant(1.5)).toBe(new Date(1.5).toISOString());
  });
});

describe('the date an instant is written on', () => {
  it('is the date in the text, at its own offset', () => {
    expect(instantWrittenDate('2026-03-12T20:00:00-07:00')).toBe('2026-03-12');
    expect(instantWrittenDate('2026-03-12T23:30:00+14:00')).toBe('2026-03-12');
    expect(instantWrittenDate('2026-03-12')).toBeUndefined();
  });
});
