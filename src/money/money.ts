import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { normalize } from '../_lib/decimal.js';
import { MinorUnitsSchema, MoneySchema, type Money } from './schema.js';

const MoneyOptionsSchema = z.optional(z.object({ minorUnits: z.optional(MinorUnitsSchema) }));

/**
 * Creates a money value, written with exactly the currency's minor units.
 * Throws `ValidationError` for an amount that is not a decimal string, a
 * currency that is not an ISO 4217 code, or more decimal places than the
 * currency has (round those with `roundToMinor`).
 *
 * @param amount - decimal string, e.g. `'250'` or `'250.00'`
 * @param currency - ISO 4217 code, e.g. `'USD'`
 * @param options - `minorUnits` overrides the currency table (0-6)
 * @returns the normalised value
 *
 * @example
 * ```ts
 * import { money } from 'balint-rules/money';
 *
 * money('250', 'USD');
 * //=> { amount: '250.00', currency: 'USD' }
 * money('5000', 'JPY');
 * //=> { amount: '5000', currency: 'JPY' }
 * ```
 */
export function money(amount: string, currency: string, options: { minorUnits?: number } = {}): Money {
  const { minorUnits } = validate(MoneyOptionsSchema, options, 'money options') ?? {};
  const value = minorUnits === undefined ? { amount, currency } : { amount, currency, minorUnits };
  return normalize(validate(MoneySchema, value, 'money'));
}
