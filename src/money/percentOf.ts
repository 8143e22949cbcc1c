import { validate } from '../_lib/validate.js';
import { dec, Dec, toMoney } from '../_lib/decimal.js';
import { RoundingModeSchema, type RoundingMode } from './rounding.js';
import { DecimalStringSchema, MoneySchema, type Money } from './schema.js';

/**
 * A percentage of an amount, computed exactly and rounded once to the
 * currency's minor units. `percentOf(m, '100')` is `m`.
 *
 * @param m - the amount
 * @param percent - decimal string, e.g. `'50'` or `'12.5'`
 * @param rounding - how to round the exact result (default `half_even`)
 *
 * @example
 * ```ts
 * import { money, percentOf } from 'balint-rules/money';
 *
 * percentOf(money('875', 'USD'), '50');
 * //=> { amount: '437.50', currency: 'USD' }
 * percentOf(money('0.25', 'USD'), '50', 'half_up');
 * //=> { amount: '0.13', currency: 'USD' }
 * ```
 */
export function percentOf(m: Money, percent: string, rounding: RoundingMode = 'half_even'): Money {
  const x = validate(MoneySchema, m, 'amount');
  const p = validate(DecimalStringSchema, percent, 'percent');
  const mode = validate(RoundingModeSchema, rounding, 'rounding mode');
  return unsafePercentOf(x, p, mode);
}

/** {@link percentOf} without validation, for callers that already validated. */
export function unsafePercentOf(m: Money, percent: string, mode: RoundingMode): Money {
  return toMoney(dec(m).times(new Dec(percent)).dividedBy(100), m, mode);
}
