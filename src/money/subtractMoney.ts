import { validate } from '../_lib/validate.js';
import { assertSameCurrency, dec, toMoney } from '../_lib/decimal.js';
import { MoneySchema, type Money } from './schema.js';

/**
 * Subtracts `b` from `a` (same currency). Exact; the result may be negative.
 * Throws `CurrencyMismatchError` for different currencies.
 *
 * @example
 * ```ts
 * import { money, subtractMoney } from 'balint-rules/money';
 *
 * subtractMoney(money('875', 'USD'), money('100', 'USD'));
 * //=> { amount: '775.00', currency: 'USD' }
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  const x = validate(MoneySchema, a, 'first amount');
  const y = validate(MoneySchema, b, 'second amount');
  assertSameCurrency(x, y, 'subtract');
  return toMoney(dec(x).minus(dec(y)), x);
}
