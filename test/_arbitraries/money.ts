/**
 * fast-check arbitraries for money, producing only valid, normalised values
 * (the form the money functions return).
 */
import fc from 'fast-check';
import { currencyMinorUnits } from '../../src/money/currencies.js';
import { ROUNDING_MODES, type RoundingMode } from '../../src/money/rounding.js';
import type { Money } from '../../src/money/schema.js';

/** Currencies with 0, 2 and 3 minor units. */
export const currencyArb: fc.Arbitrary<string> = fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'BHD', 'CHF');

export const roundingModeArb: fc.Arbitrary<RoundingMode> = fc.constantFrom(...ROUNDING_MODES);

/** Writes a count of minor units as a decimal string with `scale` decimals. */
export function minorToAmount(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** Money in `currency` between `min` and `max` minor units (defaults: 0 to 10 million major units). */
export function moneyInArb(currency: string, options: { min?: bigint; max?: bigint } = {}): fc.Arbitrary<Money> {
  const scale = currencyMinorUnits(currency);
  const min = options.min ?? 0n;
  const max = options.max ?? 10_000_000n * 10n ** BigInt(scale);
  return fc.bigInt({ min, max }).map((units) => ({ amount: minorToAmount(units, scale), currency }));
}

/** Non-negative money in a random currency. */
export const moneyArb: fc.Arbitrary<Money> = currencyArb.chain((c) => moneyInArb(c));

/** Money that may be negative, in a random currency. */
export const signedMoneyArb: fc.Arbitrary<Money> = currencyArb.chain((c) => {
  const unit = 10n ** BigInt(currencyMinorUnits(c));
  return moneyInArb(c, { min: -10_000_000n * unit, max: 10_000_000n * unit });
});

/** A percentage 0-100 with up to two decimals, as a decimal string. */
export const percentArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 10_000 })
  .map((hundredths) => {
    const s = minorToAmount(BigInt(hundredths), 2);
    return s.endsWith('.00') ? s.slice(0, -3) : s.replace(/0$/, '');
  });

/** A decimal string with up to 6 decimals, possibly negative. */
export const decimalArb: fc.Arbitrary<string> = fc
  .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
  .map((n) => minorToAmount(n, 6));
