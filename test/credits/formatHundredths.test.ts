import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHundredths, toHundredths } from '../../src/credits/amount.js';

/** Whole hundredths written with two decimals, in string arithmetic only. */
const written = (hundredths: number): string => {
  const digits = String(hundredths).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

describe('formatHundredths', () => {
  it('writes credit amounts with exactly two decimals', () => {
    expect(formatHundredths(850)).toBe('8.50');
    expect(formatHundredths(25)).toBe('0.25');
    expect(formatHundredths(0)).toBe('0.00');
    expect(formatHundredths(9_999)).toBe('99.99');
    expect(formatHundredths(10_000)).toBe('100.00');
    expect(formatHundredths(123_456_789)).toBe('1234567.89');
  });

  describe('properties', () => {
    it('every amount is written with its digits and two decimals', () => {
      fc.assert(
        fc.property(fc.oneof(fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 0, max: 99_999_999 })), (h) => {
          expect(formatHundredths(h)).toBe(written(h));
        }),
        { numRuns: 2_000 },
      );
    });

    it('writing and reading back an amount gives the same hundredths', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 99_999_999 }), (h) => {
          expect(toHundredths(formatHundredths(h))).toBe(h);
        }),
      );
    });
  });
});
