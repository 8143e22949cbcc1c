import { validate } from '../_lib/validate.js';
import { dec } from '../_lib/decimal.js';
import { MoneySchema, type Money } from './schema.js';

/**
 * Whether an amount is zero (`'0'`, `'0.00'` and `'-0.00'` all are).
 *
 * @example
 * ```ts
 * import { isZero, money } from 'balint-rules/money';
 *
 * isZero(money('0', 'USD'));
 * //=> true
 * ```
 */
export function isZero(m: Money): boolean {
  return dec(validate(MoneySchema, m, 'amount')).isZero();
}
