import { validate } from '../_lib/validate.js';
import { normalize } from '../_lib/decimal.js';
import { CURRENCY_SYMBOLS } from './currencies.js';
import { MoneySchema, type Money } from './schema.js';

/**
 * Writes an amount for a reader, the same on every machine (no locale is
 * consulted): the currency symbol for common currencies (`$`, `€`, `£`,
 * `¥`, `CA$`, ...) or the code and a space otherwise, digits grouped by
 * commas, a point before the minor units, and a leading minus sign.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from 'balint-rules/money';
 *
 * formatMoney(money('250', 'USD'));
 * //=> '$250.00'
 * formatMoney(money('5000', 'EUR'));
 * //=> '€5,000.00'
 * formatMoney(money('-1234.5', 'CHF'));
 * //=> '-CHF 1,234.50'
 * ```
 */
export function formatMoney(m: Money): string {
  return unsafeFormatMoney(validate(MoneySchema, m, 'amount'));
}

/** {@link formatMoney} without validation, for callers that already validated. */
export function unsafeFormatMoney(m: Money): string {
  return formatNormalized(normalize(m));
}

/** {@link unsafeFormatMoney} of an amount already written with exactly its minor units (as the library's results are). */
export function formatNormalized({ amount, currency }: Money): string {
  const negative = amount.charCodeAt(0) === 45;
  const digits = negative ? amount.slice(1) : amount;
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  // Commas only from four digits on.
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = Object.hasOwn(CURRENCY_SYMBOLS, currency) ? (CURRENCY_SYMBOLS[currency] as string) : `${currency} `;
  return `${negative ? '-' : ''}${symbol}${grouped}${point < 0 ? '' : digits.slice(point)}`;
}
