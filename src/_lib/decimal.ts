/**
 * Internal decimal arithmetic for money: no validation here (callers have
 * validated), the "unsafe" half of dinero.js's safe/unsafe split.
 */
import Decimal from 'decimal.js';
import { assertNever } from './assertNever.js';
import { CurrencyMismatchError } from '../money/CurrencyMismatchError.js';
import { minorUnitsOf } from '../money/currencies.js';
import type { RoundingMode } from '../money/rounding.js';
import type { Money } from '../money/schema.js';

/**
 * A private Decimal constructor: 200 significant digits (inputs have at most
 * 60, so sums and products are exact) and never exponent notation.
 */
export const Dec = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });
/** A decimal value of {@link Dec}. */
export type Dec = InstanceType<typeof Dec>;

/** The effective minor units of a money value. */
export function scaleOf(m: Money): number {
  return minorUnitsOf(m.currency, m.minorUnits);
}

/** The amount as a decimal. */
export function dec(m: Money): Dec {
  return new Dec(m.amount);
}

/** The decimal.js rounding constant for a named mode. */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  switch (mode) {
    case 'half_even':
      return Dec.ROUND_HALF_EVEN;
    case 'half_up':
      return Dec.ROUND_HALF_UP;
    case 'down':
      return Dec.ROUND_DOWN;
    case 'up':
      return Dec.ROUND_UP;
    default:
      return assertNever(mode);
  }
}

/** The label of a currency for messages: `USD`, or `USD (3 minor units)` when overridden. */
export function currencyLabel(m: Money): string {
  const scale = scaleOf(m);
  return scale === minorUnitsOf(m.currency) ? m.currency : `${m.currency} (${scale} minor units)`;
}

/** Throws {@link CurrencyMismatchError} unless `a` and `b` share currency and minor units. */
export function assertSameCurrency(a: Money, b: Money, operation: string): void {
  if (a.currency !== b.currency || scaleOf(a) !== scaleOf(b)) {
    throw new CurrencyMismatchError(currencyLabel(a), currencyLabel(b), operation);
  }
}

/**
 * A money value in the currency of `like`, with `value` rounded to its
 * minor units by `mode` and written with exactly that many decimals. Carries
 * `minorUnits` only when it differs from the currency table, so equal
 * amounts are deep-equal.
 */
export function toMoney(value: Dec, like: Money, mode: RoundingMode = 'half_even'): Money {
  const scale = scaleOf(like);
  const rounded = value.toDecimalPlaces(scale, decimalRounding(mode));
  const amount = (rounded.isZero() ? new Dec(0) : rounded).toFixed(scale);
  return scale === minorUnitsOf(like.currency)
    ? { amount, currency: like.currency }
    : { amount, currency: like.currency, minorUnits: scale };
}

/** Money whose amount is already known to fit the minor units, written as {@link toMoney} writes it. */
export function normalize(m: Money): Money {
  return toMoney(dec(m), m);
}

/** Zero in the currency of `like`. */
export function zeroLike(like: Money): Money {
  return toMoney(new Dec(0), like);
}
