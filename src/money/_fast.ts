/**
 * A fast acceptance check for a non-negative amount of money: for a plainly
 * valid value it returns exactly what `NonNegativeMoneySchema` returns, for
 * anything else `undefined` (the caller validates with zod). A property
 * test pins the equivalence.
 */
import { isSafeInt, onlyKeys, plainObject } from '../_lib/fast.js';
import { minorUnitsOf } from './currencies.js';
import { CURRENCY_CODE_PATTERN, NON_NEGATIVE_DECIMAL_PATTERN, significantPlaces, type Money } from './schema.js';

const KEYS = ['amount', 'currency', 'minorUnits'] as const;

/** The money zod would return for a plainly valid non-negative amount, else `undefined`. Throws nothing on plain data (callers wrap it for getters and proxies). */
export function fastNonNegativeMoney(value: unknown): Money | undefined {
  if (!plainObject(value) || !onlyKeys(value, KEYS)) return undefined;
  const { amount, currency, minorUnits } = value;
  if (typeof amount !== 'string' || !NON_NEGATIVE_DECIMAL_PATTERN.test(amount)) return undefined;
  if (typeof currency !== 'string' || !CURRENCY_CODE_PATTERN.test(currency)) return undefined;
  if (minorUnits === undefined) {
    if (Object.hasOwn(value, 'minorUnits') || significantPlaces(amount) > minorUnitsOf(currency)) return undefined;
    return { amount, currency };
  }
  if (!isSafeInt(minorUnits) || minorUnits < 0 || minorUnits > 6 || significantPlaces(amount) > minorUnits) return undefined;
  return { amount, currency, minorUnits };
}
