import { validate } from '../_lib/validate.js';
import { assertSameCurrency, dec, toMoney } from '../_lib/decimal.js';
import { MoneySchema, type Money } from './schema.js';

/**
 * Adds two amounts in the same currency. Exact: no rounding is ever needed.
 * Throws `CurrencyMismatchError` for different currencies.
 *
 * @example
 * ```ts
 * import { addMoney, money } from 'balint-rules/money';
 *
 * addMoney(money('250', 'USD'), money('0.50', 'USD'));
 * //=> { amount: '250.50', currency: 'USD' }
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  const x = validate(MoneySchema, a, 'first amount');
  const y = validate(MoneySchema, b, 'second amount');
  assertSameCurrency(x, y, 'add');
  return toMoney(dec(x).plus(dec(y)), x);
}
