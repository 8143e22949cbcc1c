/**
 * Exact money: decimal strings and ISO 4217 currencies, a small immutable
 * functional API in the spirit of dinero.js v2 (decimal.js underneath, never
 * floating point), named rounding modes applied once to the currency's
 * minor units, and a deterministic formatter.
 *
 * @module money
 */
export {
  DecimalStringSchema,
  NonNegativeDecimalSchema,
  PercentSchema,
  CurrencyCodeSchema,
  MinorUnitsSchema,
  MoneySchema,
  NonNegativeMoneySchema,
  UnroundedMoneySchema,
  type Money,
  type UnroundedMoney,
} from './schema.js';
export { ROUNDING_MODES, RoundingModeSchema, type RoundingMode } from './rounding.js';
export { MINOR_UNITS, DEFAULT_MINOR_UNITS, CURRENCY_SYMBOLS, currencyMinorUnits } from './currencies.js';
export { CurrencyMismatchError } from './CurrencyMismatchError.js';
export { money } from './money.js';
export { addMoney } from './addMoney.js';
export { subtractMoney } from './subtractMoney.js';
export { multiplyMoney } from './multiplyMoney.js';
export { percentOf } from './percentOf.js';
export { compareMoney } from './compareMoney.js';
export { isZero } from './isZero.js';
export { isNegative } from './isNegative.js';
export { minMoney, MoneyListSchema } from './minMoney.js';
export { maxMoney } from './maxMoney.js';
export { roundToMinor } from './roundToMinor.js';
export { formatMoney } from './formatMoney.js';
