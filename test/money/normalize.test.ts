import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { dec, normalize, scaleOf, toMoney } from '../../src/_lib/decimal.js';
import { minorUnitsOf } from '../../src/money/currencies.js';
import type { Money } from '../../src/money/schema.js';
import { currencyArb } from '../_arbitraries/money.js';

/** Money whose amount fits its minor units, written every way the schema allows: leading zeros, fewer decimals, a sign, zero. */
const writtenMoneyArb: fc.Arbitrary<Money> = fc
  .tuple(currencyArb, fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat(3), fc.nat(6))
  .map(([currency, override, minor, zeros, trim]) => {
    const scale = override ?? minorUnitsOf(currency);
    const digits = (minor < 0n ? -minor : minor).toString().padStart(scale + 1, '0');
    const whole = '0'.repeat(zeros) + digits.slice(0, digits.length - scale);
    let fraction = digits.slice(digits.length - scale);
    // Dropping trailing zeros keeps the value and fits the scale.
    for (let i = 0; i < trim && fraction.endsWith('0'); i++) fraction = fraction.slice(0, -1);
    const amount = `${minor < 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
    return override === undefined ? { amount, currency } : { amount, currency, minorUnits: override };
  });

describe('normalize', () => {
  it('writes amounts with exactly the minor units and drops a minorUnits equal to the currency table', () => {
    expect(normalize({ amount: '875', currency: 'USD' })).toEqual({ amount: '875.00', currency: 'USD' });
    expect(normalize({ amount: '875.00', currency: 'USD' })).toEqual({ amount: '875.00', currency: 'USD' });
    expect(normalize({ amount: '0875.5', currency: 'USD', minorUnits: 2 })).toEqual({ amount: '875.50', currency: 'USD' });
    expect(normalize({ amount: '-0.00', currency: 'USD' })).toEqual({ amount: '0.00', currency: 'USD' });
    expect(normalize({ amount: '100', currency: 'JPY' })).toEqual({ amount: '100', currency: 'JPY' });
    expect(normalize({ amount: '1.5', currency: 'USD', minorUnits: 3 })).toEqual({ amount: '1.500', currency: 'USD', minorUnits: 3 });
  });

  describe('properties', () => {
    it('normal form is what toMoney writes: the same amount text, currency and minor units, however the amount was written', () => {
      fc.assert(
        fc.property(writtenMoneyArb, (m) => {
          expect(normalize(m)).toStrictEqual(toMoney(dec(m), m));
        }),
        { numRuns: 3_000 },
      );
    });

    it('normalising is idempotent and keeps the value', () => {
      fc.assert(
        fc.property(writtenMoneyArb, (m) => {
          const once = normalize(m);
          expect(normalize(once)).toStrictEqual(once);
          expect(dec(once).equals(dec(m))).toBe(true);
          expect(scaleOf(once)).toBe(scaleOf(m));
        }),
        { numRuns: 1_000 },
      );
    });
  });
});

describe('dec', () => {
  describe('properties', () => {
    it('reads an amount to its exact value, however many amounts were read before', () => {
      fc.assert(
        fc.property(fc.array(writtenMoneyArb, { minLength: 1, maxLength: 600 }), (list) => {
          for (const m of list) expect(dec(m).toFixed()).toBe(new Decimal(m.amount).toFixed());
          const first = list[0] as Money;
          expect(dec(first).equals(new Decimal(first.amount))).toBe(true);
        }),
        { numRuns: 30 },
      );
    });
  });
});
