import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
/**
 * Minor units (digits after the decimal point) of common ISO 4217
 * currencies. Codes not listed here have 2, the most common value; a value
 * can carry its own `minorUnits` when a policy needs something else.
 *
 * @example
 * ```ts
 * import { MINOR_UNITS } from 'balint-rules/money';
 *
 * MINOR_UNITS.JPY;
 * //=> 0
 * ```
 */
export const MINOR_UNITS: Readonly<Record<string, number>> = Object.freeze({
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  ILS: 2,
  INR: 2,
  CNY: 2,
  MXN: 2,
  BRL: 2,
  ZAR: 2,
  SGD: 2,
  HKD: 2,
  JPY: 0,
  KRW: 0,
  ISK: 0,
  CLP: 0,
  VND: 0,
  HUF: 2,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
});

/**
 * Minor units assumed for a currency code missing from {@link MINOR_UNITS}.
 *
 * @example
 * ```ts
 * import { DEFAULT_MINOR_UNITS } from 'balint-rules/money';
 *
 * DEFAULT_MINOR_UNITS;
 * //=> 2
 * ```
 */
export const DEFAULT_MINOR_UNITS = 2;

/**
 * Symbols used by {@link formatMoney}, as an `en-US` reader expects them.
 * Other currencies are written with their code: `CHF 250.00`.
 *
 * @example
 * ```ts
 * import { CURRENCY_SYMBOLS } from 'balint-rules/money';
 *
 * CURRENCY_SYMBOLS.EUR;
 * //=> '€'
 * ```
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = Object.freeze({
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CAD: 'CA$',
  AUD: 'A$',
  NZD: 'NZ$',
  MXN: 'MX$',
  BRL: 'R$',
  CNY: 'CN¥',
  HKD: 'HK$',
  INR: '₹',
  ILS: '₪',
  KRW: '₩',
});

/**
 * The minor units of a currency: the explicit override when given, else the
 * table value, else 2.
 *
 * @example
 * ```ts
 * import { currencyMinorUnits } from 'balint-rules/money';
 *
 * currencyMinorUnits('JPY');
 * //=> 0
 * currencyMinorUnits('XYZ');
 * //=> 2
 * ```
 */
export function currencyMinorUnits(currency: string, override?: number): number {
  const issues: ValidationIssue[] = [];
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    issues.push({ path: ['currency'], code: 'invalid_format', message: 'must be an ISO 4217 currency code of three capital letters, e.g. "USD"' });
  }
  if (override !== undefined && !(typeof override === 'number' && Number.isInteger(override) && override >= 0 && override <= 6)) {
    issues.push({ path: ['override'], code: 'invalid_type', message: 'must be a whole number of minor units from 0 to 6' });
  }
  if (issues.length > 0) throw new ValidationError('currency', issues);
  return minorUnitsOf(currency, override);
}

/** {@link currencyMinorUnits} for values already validated (no checks; used inside schemas and arithmetic). */
export function minorUnitsOf(currency: string, override?: number): number {
  if (override !== undefined) return override;
  return UNITS.get(currency) ?? DEFAULT_MINOR_UNITS;
}

/** {@link MINOR_UNITS} as a map: own keys only, and faster to read by a code known only at run time. */
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries(MINOR_UNITS));
