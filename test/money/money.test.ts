import { describe, expect, it } from 'vitest';
import { BalintError, ValidationError } from '../../src/errors/index.js';
import {
  currencyMinorUnits,
  CurrencyMismatchError,
  MoneySchema,
  NonNegativeMoneySchema,
  PercentSchema,
  money,
  addMoney,
} from '../../src/money/index.js';

describe('money', () => {
  it('normalises amounts to the currency minor units', () => {
    expect(money('250', 'USD')).toEqual({ amount: '250.00', currency: 'USD' });
    expect(money('250.5', 'EUR')).toEqual({ amount: '250.50', currency: 'EUR' });
    expect(money('5000', 'JPY')).toEqual({ amount: '5000', currency: 'JPY' });
    expect(money('5000.000', 'JPY')).toEqual({ amount: '5000', currency: 'JPY' });
    expect(money('1.5', 'BHD')).toEqual({ amount: '1.500', currency: 'BHD' });
    expect(money('-0.00', 'USD')).toEqual({ amount: '0.00', currency: 'USD' });
    expect(money('007.10', 'USD')).toEqual({ amount: '7.10', currency: 'USD' });
  });

  it('keeps an explicit minor-units override only when it differs from the table', () => {
    expect(money('1.234', 'USD', { minorUnits: 3 })).toEqual({ amount: '1.234', currency: 'USD', minorUnits: 3 });
    expect(money('1.23', 'USD', { minorUnits: 2 })).toEqual({ amount: '1.23', currency: 'USD' });
  });

  it('knows common minor units and falls back to 2', () => {
    expect(currencyMinorUnits('USD')).toBe(2);
    expect(currencyMinorUnits('JPY')).toBe(0);
    expect(currencyMinorUnits('KWD')).toBe(3);
    expect(currencyMinorUnits('XTS')).toBe(2);
    expect(() => currencyMinorUnits('toString')).toThrow(ValidationError); // not a currency code (and no prototype lookup)
  });

  it('rejects bad amounts and currencies with a ValidationError naming the field', () => {
    for (const [amount, currency, field] of [
      ['1e3', 'USD', 'amount'],
      ['1,000.00', 'USD', 'amount'],
      ['+5', 'USD', 'amount'],
      ['', 'USD', 'amount'],
      ['250.005', 'USD', 'amount'],
      ['1.5', 'JPY', 'amount'],
      ['250', 'usd', 'currency'],
      ['250', 'DOLLARS', 'currency'],
    ] as const) {
      try {
        money(amount, currency);
        expect.unreachable(`${amount} ${currency}`);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues[0]?.path).toEqual([field]);
      }
    }
    expect(() => money('250.005', 'USD')).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Invalid money: amount: has more decimal places than the currency has minor units; round it with roundToMinor first]`,
    );
  });

  it('never lets a TypeError escape on input of the wrong type', () => {
    for (const bad of [null, undefined, 42, {}, [], { amount: 250, currency: 'USD' }]) {
      expect(() => addMoney(bad as never, money('1', 'USD'))).toThrow(ValidationError);
    }
  });

  it('rejects unknown keys in money values', () => {
    expect(MoneySchema.safeParse({ amount: '1.00', currency: 'USD', cents: 100 }).success).toBe(false);
  });

  it('tells negative and non-negative money apart', () => {
    expect(MoneySchema.safeParse({ amount: '-1.00', currency: 'USD' }).success).toBe(true);
    expect(NonNegativeMoneySchema.safeParse({ amount: '-1.00', currency: 'USD' }).success).toBe(false);
  });

  it('accepts percentages from 0 to 100 only', () => {
    for (const ok of ['0', '100', '100.00', '050', '12.5', '99.999']) expect(PercentSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['100.01', '101', '-1', '1000', 'abc']) expect(PercentSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('throws CurrencyMismatchError, a BalintError, when mixing currencies or minor units', () => {
    expect(() => addMoney(money('1', 'USD'), money('1', 'EUR'))).toThrow(CurrencyMismatchError);
    expect(() => addMoney(money('1', 'USD'), money('1', 'USD', { minorUnits: 3 }))).toThrowErrorMatchingInlineSnapshot(
      `[CurrencyMismatchError: Cannot add amounts in USD and USD (3 minor units)]`,
    );
    try {
      addMoney(money('1', 'USD'), money('1', 'EUR'));
    } catch (error) {
      expect(error).toBeInstanceOf(BalintError);
      expect(error).toMatchObject({ code: 'currency_mismatch', expected: 'USD', received: 'EUR' });
    }
  });
});
