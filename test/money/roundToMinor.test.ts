import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyMinorUnits, MoneySchema, roundToMinor } from '../../src/money/index.js';
import { currencyArb, decimalArb, roundingModeArb } from '../_arbitraries/money.js';

describe('roundToMinor', () => {
  it('applies each named mode', () => {
    const r = (amount: string, mode: 'half_even' | 'half_up' | 'down' | 'up') => roundToMinor({ amount, currency: 'USD' }, mode).amount;
    expect([r('0.125', 'half_even'), r('0.135', 'half_even'), r('0.125', 'half_up'), r('0.129', 'down'), r('0.121', 'up')]).toEqual([
      '0.12',
      '0.14',
      '0.13',
      '0.12',
      '0.13',
    ]);
    expect([r('-0.125', 'half_up'), r('-0.129', 'down'), r('-0.121', 'up'), r('-0.001', 'half_even')]).toEqual([
      '-0.13',
      '-0.12',
      '-0.13',
      '0.00',
    ]);
    expect(roundToMinor({ amount: '2.5', currency: 'JPY' })).toEqual({ amount: '2', currency: 'JPY' });
    expect(roundToMinor({ amount: '1.23456', currency: 'USD', minorUnits: 4 }, 'half_up')).toEqual({
      amount: '1.2346',
      currency: 'USD',
      minorUnits: 4,
    });
  });

  it('rejects an unknown rounding mode', () => {
    expect(() => roundToMinor({ amount: '1', currency: 'USD' }, 'nearest' as never)).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Invalid rounding mode: (root): must be one of "half_even", "half_up", "down", "up"]`,
    );
  });

  describe('properties', () => {
    it('rounding results are whole minor units', () => {
      fc.assert(
        fc.property(decimalArb, currencyArb, roundingModeArb, (amount, currency, mode) => {
          const m = roundToMinor({ amount, currency }, mode);
          const scale = currencyMinorUnits(currency);
          expect(m.amount).toMatch(scale === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${scale}}$`));
          expect(MoneySchema.safeParse(m).success).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('rounding is idempotent', () => {
      fc.assert(
        fc.property(decimalArb, currencyArb, roundingModeArb, roundingModeArb, (amount, currency, m1, m2) => {
          const once = roundToMinor({ amount, currency }, m1);
          expect(roundToMinor(once, m2)).toEqual(once);
        }),
        { numRuns: 200 },
      );
    });

    it('rounds to a neighbour less than one minor unit away', () => {
      fc.assert(
        fc.property(decimalArb, roundingModeArb, (amount, mode) => {
          const micros = BigInt(amount.replace('.', ''));
          const cents = BigInt(roundToMinor({ amount, currency: 'USD' }, mode).amount.replace('.', ''));
          const diff = cents * 10_000n - micros;
          expect(diff < 10_000n && diff > -10_000n).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });
});
