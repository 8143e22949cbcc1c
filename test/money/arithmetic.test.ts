import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  isNegative,
  isZero,
  maxMoney,
  minMoney,
  money,
  multiplyMoney,
  percentOf,
  subtractMoney,
  type Money,
} from '../../src/money/index.js';
import { currencyArb, moneyInArb, percentArb, roundingModeArb, signedMoneyArb } from '../_arbitraries/money.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const usd = (a: string): Money => money(a, 'USD');
const sameCurrency = (n: number): fc.Arbitrary<Money[]> =>
  currencyArb.chain((c) => fc.array(moneyInArb(c, { min: -(10n ** 12n), max: 10n ** 12n }), { minLength: n, maxLength: n }));

describe('arithmetic', () => {
  it('adds and subtracts exactly, where floating point would not', () => {
    expect(addMoney(usd('0.1'), usd('0.2'))).toEqual(usd('0.30'));
    expect(subtractMoney(usd('875'), usd('100'))).toEqual(usd('775.00'));
    expect(subtractMoney(usd('100'), usd('250'))).toEqual(usd('-150.00'));
    expect(addMoney(money('999999999999999999999999999999.99', 'USD'), usd('0.01'))).toEqual({
      amount: '1000000000000000000000000000000.00',
      currency: 'USD',
    });
  });

  it('multiplies by a decimal factor and rounds once by the named mode', () => {
    expect(multiplyMoney(usd('250'), '3')).toEqual(usd('750'));
    expect(multiplyMoney(usd('0.05'), '0.5')).toEqual(usd('0.02'));
    expect(multiplyMoney(usd('0.05'), '0.5', 'half_up')).toEqual(usd('0.03'));
    expect(multiplyMoney(usd('0.05'), '0.5', 'up')).toEqual(usd('0.03'));
    expect(multiplyMoney(usd('0.05'), '0.5', 'down')).toEqual(usd('0.02'));
    expect(multiplyMoney(usd('-0.05'), '0.5', 'down')).toEqual(usd('-0.02'));
    expect(multiplyMoney(usd('-0.05'), '0.5', 'up')).toEqual(usd('-0.03'));
    expect(multiplyMoney(money('1000', 'JPY'), '0.3333')).toEqual(money('333', 'JPY'));
  });

  it('takes percentages of fees from the seeds', () => {
    expect(percentOf(usd('250'), '100')).toEqual(usd('250'));
    expect(percentOf(usd('875'), '50')).toEqual(usd('437.50'));
    expect(percentOf(usd('400'), '12.5')).toEqual(usd('50'));
    expect(percentOf(usd('0.25'), '50')).toEqual(usd('0.12'));
    expect(percentOf(usd('0.25'), '50', 'half_up')).toEqual(usd('0.13'));
  });

  it('compares, finds extremes and tests for zero and sign', () => {
    expect(compareMoney(usd('250'), usd('400'))).toBe(-1);
    expect(compareMoney(usd('250.00'), { amount: '250', currency: 'USD' })).toBe(0);
    expect(compareMoney(usd('400'), usd('250'))).toBe(1);
    expect(minMoney([usd('400'), usd('250'), usd('640')])).toEqual(usd('250'));
    expect(maxMoney([usd('400'), usd('250'), usd('640')])).toEqual(usd('640'));
    expect(maxMoney([{ amount: '0', currency: 'USD' }])).toEqual(usd('0.00'));
    expect(isZero({ amount: '-0.00', currency: 'USD' })).toBe(true);
    expect(isZero(usd('0.01'))).toBe(false);
    expect(isNegative({ amount: '-0.00', currency: 'USD' })).toBe(false);
    expect(isNegative(usd('-0.01'))).toBe(true);
    expect(() => minMoney([])).toThrowErrorMatchingInlineSnapshot(`[ValidationError: Invalid amounts: (root): must have at least 1 item(s)]`);
  });

  describe('properties', () => {
    it('addition is commutative', () => {
      fc.assert(fc.property(sameCurrency(2), ([a, b]) => {
        expect(addMoney(a!, b!)).toEqual(addMoney(b!, a!));
      }), { numRuns: 200 });
    });

    it('addition is associative', () => {
      fc.assert(
        fc.property(sameCurrency(3), ([a, b, c]) => {
          expect(addMoney(addMoney(a!, b!), c!)).toEqual(addMoney(a!, addMoney(b!, c!)));
        }),
        { numRuns: 200 },
      );
    });

    it('subtracting what was added gives back the original', () => {
      fc.assert(fc.property(sameCurrency(2), ([a, b]) => {
        expect(subtractMoney(addMoney(a!, b!), b!)).toEqual(a);
      }), { numRuns: 200 });
    });

    it('percentOf(m, 100) is m', () => {
      fc.assert(fc.property(signedMoneyArb, roundingModeArb, (m, mode) => {
        expect(percentOf(m, '100', mode)).toEqual(m);
      }), { numRuns: 200 });
    });

    it('a percentage from 0 to 100 of a non-negative amount lies between zero and the amount', () => {
      fc.assert(
        fc.property(currencyArb.chain((c) => moneyInArb(c)), percentArb, roundingModeArb, (m, p, mode) => {
          const part = percentOf(m, p, mode);
          expect(isNegative(part)).toBe(false);
          expect(compareMoney(part, m)).toBeLessThanOrEqual(0);
        }),
        { numRuns: 200 },
      );
    });

    it('rounding down never gives more than rounding up', () => {
      fc.assert(
        fc.property(moneyInArb('USD'), percentArb, (m, p) => {
          expect(compareMoney(percentOf(m, p, 'down'), percentOf(m, p, 'up'))).toBeLessThanOrEqual(0);
          expect(compareMoney(percentOf(m, p, 'down'), percentOf(m, p, 'half_even'))).toBeLessThanOrEqual(0);
        }),
        { numRuns: 200 },
      );
    });

    it('compareMoney is antisymmetric and agrees with subtraction', () => {
      fc.assert(
        fc.property(sameCurrency(2), ([a, b]) => {
          expect(compareMoney(a!, b!)).toBe(-compareMoney(b!, a!) || 0);
          const d = subtractMoney(a!, b!);
          expect(compareMoney(a!, b!)).toBe(isZero(d) ? 0 : isNegative(d) ? -1 : 1);
        }),
        { numRuns: 200 },
      );
    });

    it('minMoney and maxMoney return members that bound every element', () => {
      fc.assert(
        fc.property(
          currencyArb.chain((c) => fc.array(moneyInArb(c), { minLength: 1, maxLength: 8 })),
          (values) => {
            const lo = minMoney(values);
            const hi = maxMoney(values);
            expect(values).toContainEqual(lo);
            expect(values).toContainEqual(hi);
            for (const v of values) {
              expect(compareMoney(lo, v)).toBeLessThanOrEqual(0);
              expect(compareMoney(hi, v)).toBeGreaterThanOrEqual(0);
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    it('does not mutate its inputs', () => {
      fc.assert(
        fc.property(sameCurrency(2), percentArb, ([a, b], p) => {
          const x = deepFreeze({ ...a! });
          const y = deepFreeze({ ...b! });
          addMoney(x, y);
          subtractMoney(x, y);
          percentOf(x, p);
          minMoney(deepFreeze([x, y]));
          expect(x).toEqual(a);
          expect(y).toEqual(b);
        }),
        { numRuns: 100 },
      );
    });
  });
});
