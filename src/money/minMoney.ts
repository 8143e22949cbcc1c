import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { normalize } from '../_lib/decimal.js';
import { unsafeCompareMoney } from './compareMoney.js';
import { MoneySchema, type Money } from './schema.js';

/**
 * A non-empty list of amounts.
 *
 * @example
 * ```ts
 * import { MoneyListSchema } from 'balint-rules/money';
 *
 * MoneyListSchema.safeParse([]).success;
 * //=> false
 * ```
 */
export const MoneyListSchema = z.array(MoneySchema).check(z.minLength(1));

/** The extreme of a validated list by `sign` (-1: least, 1: greatest); the first one wins ties. */
export function extremeMoney(values: readonly Money[], sign: -1 | 1): Money {
  let best = values[0] as Money;
  for (const m of values.slice(1)) if (unsafeCompareMoney(m, best) === sign) best = m;
  return normalize(best);
}

/**
 * The least of one or more amounts in the same currency. Throws
 * `CurrencyMismatchError` when currencies differ.
 *
 * @example
 * ```ts
 * import { minMoney, money } from 'balint-rules/money';
 *
 * minMoney([money('400', 'USD'), money('250', 'USD')]);
 * //=> { amount: '250.00', currency: 'USD' }
 * ```
 */
export function minMoney(values: readonly Money[]): Money {
  return extremeMoney(validate(MoneyListSchema, values, 'amounts'), -1);
}
