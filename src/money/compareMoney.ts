import { validate } from '../_lib/validate.js';
import { assertSameCurrency, dec } from '../_lib/decimal.js';
import { MoneySchema, type Money } from './schema.js';

/**
 * Compares two amounts in the same currency: -1 if `a < b`, 0 if equal, 1
 * if `a > b`. `'250'` and `'250.00'` are equal. Usable as a sort comparator.
 *
 * @example
 * ```ts
 * import { compareMoney, money } from 'balint-rules/money';
 *
 * compareMoney(money('250', 'USD'), money('400', 'USD'));
 * //=> -1
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  const x = validate(MoneySchema, a, 'first amount');
  const y = validate(MoneySchema, b, 'second amount');
  return unsafeCompareMoney(x, y);
}

/** {@link compareMoney} without validation, for callers that already validated. */
export function unsafeCompareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b, 'compare');
  return dec(a).comparedTo(dec(b)) as -1 | 0 | 1;
}
