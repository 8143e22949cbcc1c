/**
 * Exact money arithmetic inside the library: amounts rounded to their
 * currency's minor units only by the mode asked for, written with exactly
 * that many decimals, never a negative zero.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSameCurrency, currencyLabel, dec, Dec, decimalRounding, normalize, scaleOf, toMoney, zeroLike } from '../../src/_lib/decimal.js';
import { CurrencyMismatchError } from '../../src/money/CurrencyMismatchError.js';

const usd = { amount: '0', currency: 'USD' };
const jpy = { amount: '0', currency: 'JPY' };
const usd3 = { amount: '0', currency: 'USD', minorUnits: 3 };

describe('rounding to the minor units', () => {
  it.each([
    ['half_even', '2.345', '2.34'],
    ['half_even', '2.355', '2.36'],
    ['half_up', '2.345', '2.35'],
    ['half_up', '-2.345', '-2.35'],
    ['down', '2.349', '2.34'],
    ['down', '-2.349', '-2.34'],
    ['up', '2.341', '2.35'],
    ['up', '-2.341', '-2.35'],
  ] as const)('%s rounds %s to %s', (mode, value, amount) => {
    expect(toMoney(new Dec(value), usd, mode)).toEqual({ amount, currency: 'USD' });
  });

  it('rounds half to even unless told otherwise', () => {
    expect(toMoney(new Dec('0.125'), usd)).toEqual({ amount: '0.12', currency: 'USD' });
  });

  it('writes exactly the minor units, carrying them only when they differ from the currency table', () => {
    expect(toMoney(new Dec('1500'), jpy)).toEqual({ amount: '1500', currency: 'JPY' });
    expect(toMoney(new Dec('1500.5'), jpy)).toEqual({ amount: '1500', currency: 'JPY' });
    expect(toMoney(new Dec('25'), usd3)).toEqual({ amount: '25.000', currency: 'USD', minorUnits: 3 });
    expect(toMoney(new Dec('1e21'), usd)).toEqual({ amount: '1000000000000000000000.00', currency: 'USD' });
  });

  it('never writes a negative zero', () => {
    expect(toMoney(new Dec('-0.001'), usd)).toEqual({ amount: '0.00', currency: 'USD' });
    expect(zeroLike(usd3)).toEqual({ amount: '0.000', currency: 'USD', minorUnits: 3 });
    expect(zeroLike(jpy)).toEqual({ amount: '0', currency: 'JPY' });
  });

  it('names every rounding mode by its decimal.js constant', () => {
    expect([decimalRounding('half_even'), decimalRounding('half_up'), decimalRounding('down'), decimalRounding('up')]).toEqual([Dec.ROUND_HALF_EVEN, Dec.ROUND_HALF_UP, Dec.ROUND_DOWN, Dec.ROUND_UP]);
    expect(() => decimalRounding('sideways' as never)).toThrow();
  });
});

describe('normal form', () => {
  it.each([
    [{ amount: '25', currency: 'USD' }, { amount: '25.00', currency: 'USD' }],
    [{ amount: '25.5', currency: 'USD' }, { amount: '25.50', currency: 'USD' }],
    [{ amount: '025.50', currency: 'USD' }, { amount: '25.50', currency: 'USD' }],
    [{ amount: '0.50', currency: 'USD' }, { amount: '0.50', currency: 'USD' }],
    [{ amount: '.50', currency: 'USD' }, { amount: '0.50', currency: 'USD' }],
    [{ amount: '-0.00', currency: 'USD' }, { amount: '0.00', currency: 'USD' }],
    [{ amount: '-5.00', currency: 'USD' }, { amount: '-5.00', currency: 'USD' }],
    [{ amount: '1500', currency: 'JPY' }, { amount: '1500', currency: 'JPY' }],
    [{ amount: '1500.', currency: 'JPY' }, { amount: '1500', currency: 'JPY' }],
    [{ amount: '01500', currency: 'JPY' }, { amount: '1500', currency: 'JPY' }],
    [{ amount: '0', currency: 'JPY' }, { amount: '0', currency: 'JPY' }],
    [{ amount: '25.00', currency: 'USD', minorUnits: 2 }, { amount: '25.00', currency: 'USD' }],
    [{ amount: '25.000', currency: 'USD', minorUnits: 3 }, { amount: '25.000', currency: 'USD', minorUnits: 3 }],
    [{ amount: '25', currency: 'USD', minorUnits: 3 }, { amount: '25.000', currency: 'USD', minorUnits: 3 }],
    [{ amount: '2a.00', currency: 'USD' }, undefined],
  ])('%o is written %o', (money, normal) => {
    if (normal === undefined) expect(() => normalize(money)).toThrow();
    else expect(normalize(money)).toEqual(normal);
  });

  it('law: a normalized amount has the value rounded half to even, exactly the minor units, no leading zero and no negative zero', () => {
    const money = fc.record({
      whole: fc.oneof(fc.constant('0'), fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String)),
      zeros: fc.integer({ min: 0, max: 2 }),
      decimals: fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 4 }),
      point: fc.boolean(),
      negative: fc.boolean(),
      units: fc.constantFrom(undefined, 0, 2, 3),
      currency: fc.constantFrom('USD', 'JPY'),
    });
    fc.assert(
      fc.property(money, ({ whole, zeros, decimals, point, negative, units, currency }) => {
        const scale = units ?? (currency === 'JPY' ? 0 : 2);
        const amount = `${negative ? '-' : ''}${'0'.repeat(zeros)}${whole}${decimals === '' && !point ? '' : `.${decimals}`}`;
        const m = units === undefined ? { amount, currency } : { amount, currency, minorUnits: units };
        const normal = normalize(m);
        expect(new Dec(normal.amount).eq(new Dec(amount).toDecimalPlaces(scale, Dec.ROUND_HALF_EVEN))).toBe(true);
        expect(normal.amount).toMatch(scale === 0 ? /^-?(0|[1-9]\d*)$/ : new RegExp(`^-?(0|[1-9]\\d*)\\.\\d{${scale}}$`));
        expect(normal.amount.startsWith('-') && new Dec(normal.amount).isZero()).toBe(false);
        expect(normal).toEqual(scale === (currency === 'JPY' ? 0 : 2) ? { amount: normal.amount, currency } : { amount: normal.amount, currency, minorUnits: scale });
        expect(scaleOf(m)).toBe(scale);
      }),
      { numRuns: 500 },
    );
  });
});

describe('currencies', () => {
  it('reads an amount as a decimal, written without exponents however large or small', () => {
    expect(dec({ amount: '250.10', currency: 'USD' }).toString()).toBe('250.1');
    expect(dec({ amount: '1000000000000000000000000.5', currency: 'USD' }).toString()).toBe('1000000000000000000000000.5');
    expect(dec({ amount: '0.0000000000000000000001', currency: 'USD' }).toString()).toBe('0.0000000000000000000001');
    expect(dec({ amount: '0.1', currency: 'USD' }).plus(dec({ amount: '0.2', currency: 'USD' })).toString()).toBe('0.3');
  });

  it('labels a currency with its minor units only when they differ from the table', () => {
    expect(currencyLabel(usd)).toBe('USD');
    expect(currencyLabel({ ...usd, minorUnits: 2 })).toBe('USD');
    expect(currencyLabel(usd3)).toBe('USD (3 minor units)');
  });

  it('refuses to combine amounts in different currencies or minor units', () => {
    expect(() => assertSameCurrency(usd, { ...usd, minorUnits: 2 }, 'add')).not.toThrow();
    expect(() => assertSameCurrency(usd, jpy, 'add')).toThrow(new CurrencyMismatchError('USD', 'JPY', 'add'));
    expect(() => assertSameCurrency(usd, usd3, 'compare')).toThrow('Cannot compare amounts in USD and USD (3 minor units)');
  });
});
