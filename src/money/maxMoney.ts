import { validate } from '../_lib/validate.js';
import { extremeMoney, MoneyListSchema } from './minMoney.js';
import type { Money } from './schema.js';

/**
 * The greatest of one or more amounts in the same currency. Throws
 * `CurrencyMismatchError` when currencies differ.
 *
 * @example
 * ```ts
 * import { maxMoney, money } from 'balint-rules/money';
 *
 * maxMoney([money('-100', 'USD'), money('0', 'USD')]);
 * //=> { amount: '0.00', currency: 'USD' }
 * ```
 */
export function maxMoney(values: readonly Money[]): Money {
  return extremeMoney(validate(MoneyListSchema, values, 'amounts'), 1);
}
