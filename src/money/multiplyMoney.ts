import { validate } from '../_lib/validate.js';
import { dec, Dec, toMoney } from '../_lib/decimal.js';
import { RoundingModeSchema, type RoundingMode } from './rounding.js';
import { DecimalStringSchema, MoneySchema, type Money } from './schema.js';

/**
 * Multiplies an amount by a decimal factor given as a string, computing the
 * exact product and then rounding it once to the currency's minor units.
 *
 * @param m - the amount
 * @param factor - decimal string, e.g. `'3'` or `'0.8'`
 * @param rounding - how to round the exact product (default `half_even`)
 *
 * @example
 * ```ts
 * import { money, multiplyMoney } from 'balint-rules/money';
 *
 * multiplyMoney(money('250', 'USD'), '3');
 * //=> { amount: '750.00', currency: 'USD' }
 * multiplyMoney(money('0.05', 'USD'), '0.5', 'up');
 * //=> { amount: '0.03', currency: 'USD' }
 * ```
 */
export function multiplyMoney(m: Money, factor: string, rounding: RoundingMode = 'half_even'): Money {
  const x = validate(MoneySchema, m, 'amount');
  const f = validate(DecimalStringSchema, factor, 'factor');
  const mode = validate(RoundingModeSchema, rounding, 'rounding mode');
  return toMoney(dec(x).times(new Dec(f)), x, mode);
}
