import * as z from 'zod/mini';
import { assertNever } from '../_lib/assertNever.js';

/**
 * An amount of credit (or hours) as a decimal string with at most two
 * decimals, e.g. `'8.5'`, `'3.75'` or `'12'`. Results always come back with
 * exactly two decimals (`'8.50'`). All arithmetic on amounts is done in whole
 * hundredths, so there is no floating-point drift.
 *
 * @example
 * ```ts
 * import { CreditAmountSchema } from 'balint-rules/credits';
 *
 * CreditAmountSchema.safeParse('3.75').success;
 * //=> true
 * CreditAmountSchema.safeParse('0.125').success;
 * //=> false
 * ```
 */
export const CreditAmountSchema = z
  .string()
  .check(z.regex(/^\d{1,6}(\.\d{1,2})?$/, 'must be a decimal amount with at most two decimals, e.g. "8.50"'));

/**
 * A credit amount: a decimal string with at most two decimals (results always have two).
 *
 * @example
 * ```ts
 * import type { CreditAmount } from 'balint-rules/credits';
 *
 * const a: CreditAmount = '8.50';
 * ```
 */
export type CreditAmount = string;

/** Whole hundredths of a validated amount: `'3.75'` -> 375. */
export function toHundredths(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Two-decimal string of whole hundredths: 850 -> `'8.50'`. */
export function formatHundredths(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  return `${whole}.${String(hundredths - whole * 100).padStart(2, '0')}`;
}

/**
 * How a value between two steps is rounded. `nearest` rounds a half step up.
 *
 * @example
 * ```ts
 * import type { CreditRoundingMode } from 'balint-rules/credits';
 *
 * const apa: CreditRoundingMode = 'down';
 * ```
 */
export type CreditRoundingMode = 'down' | 'nearest' | 'up';

/**
 * Rounds `numerator / denominator` (non-negative integers, denominator > 0)
 * to a whole multiple of `step` in integer arithmetic and returns the
 * multiple (not the number of steps).
 */
export function roundToStep(numerator: number, denominator: number, step: number, mode: CreditRoundingMode): number {
  const unit = denominator * step;
  const steps = Math.floor(numerator / unit);
  const remainder = numerator - steps * unit;
  if (remainder === 0) return steps * step;
  switch (mode) {
    case 'down':
      return steps * step;
    case 'up':
      return (steps + 1) * step;
    case 'nearest':
      return (remainder * 2 >= unit ? steps + 1 : steps) * step;
    default:
      return assertNever(mode);
  }
}
