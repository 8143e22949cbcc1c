import { validate } from '../_lib/validate.js';
import { dec, toMoney } from '../_lib/decimal.js';
import { RoundingModeSchema, type RoundingMode } from './rounding.js';
import { UnroundedMoneySchema, type Money, type UnroundedMoney } from './schema.js';

/**
 * Rounds an amount with any number of decimals to its currency's minor
 * units by a named mode, returning valid money.
 *
 * @param m - an amount with any number of decimal places
 * @param mode - `half_even` (default), `half_up`, `down` (toward zero) or `up` (away from zero)
 *
 * @example
 * ```ts
 * import { roundToMinor } from 'balint-rules/money';
 *
 * roundToMinor({ amount: '0.125', currency: 'USD' }, 'half_even');
 * //=> { amount: '0.12', currency: 'USD' }
 * roundToMinor({ amount: '0.125', currency: 'USD' }, 'half_up');
 * //=> { amount: '0.13', currency: 'USD' }
 * ```
 */
export function roundToMinor(m: UnroundedMoney, mode: RoundingMode = 'half_even'): Money {
  const x = validate(UnroundedMoneySchema, m, 'amount');
  return toMoney(dec(x), x, validate(RoundingModeSchema, mode, 'rounding mode'));
}
