import { validate } from '../_lib/validate.js';
import { dec } from '../_lib/decimal.js';
import { MoneySchema, type Money } from './schema.js';

/**
 * Whether an amount is below zero (`'-0.00'` is not).
 *
 * @example
 * ```ts
 * import { isNegative, money, subtractMoney } from 'balint-rules/money';
 *
 * isNegative(subtractMoney(money('100', 'USD'), money('250', 'USD')));
 * //=> true
 * ```
 */
export function isNegative(m: Money): boolean {
  const d = dec(validate(MoneySchema, m, 'amount'));
  return d.isNegative() && !d.isZero();
}
