import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { significantPlaces } from '../../src/money/schema.js';

describe('significantPlaces (the decimals a money amount needs)', () => {
  it('counts the digits after the point, trailing zeros not counted', () => {
    expect(significantPlaces('875')).toBe(0);
    expect(significantPlaces('875.')).toBe(0);
    expect(significantPlaces('875.00')).toBe(0);
    expect(significantPlaces('875.50')).toBe(1);
    expect(significantPlaces('0.005')).toBe(3);
    expect(significantPlaces('100.0100')).toBe(2);
    expect(significantPlaces('.25')).toBe(2);
  });

  it('is the length of the fraction once its trailing zeros are dropped (law, on any digits)', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 12 });
    fc.assert(
      fc.property(digits, fc.option(digits, { nil: undefined }), (whole, fraction) => {
        const amount = fraction === undefined ? whole : `${whole}.${fraction}`;
        expect(significantPlaces(amount)).toBe(fraction === undefined ? 0 : fraction.replace(/0+$/, '').length);
      }),
    );
  });
});
