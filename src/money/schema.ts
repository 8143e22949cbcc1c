import * as z from 'zod/mini';
import { minorUnitsOf } from './currencies.js';

/** The patterns of the string schemas below. */
const NON_NEGATIVE_DECIMAL_PATTERN = /^\d{1,30}(\.\d{1,30})?$/;
const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/;

/**
 * A decimal number written as a string: an optional minus sign, up to 30
 * digits, and optionally a point and up to 30 more digits. No exponent, no
 * grouping, no `+`: `'250'`, `'250.00'`, `'-12.5'`, `'0.075'`.
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from 'balint-rules/money';
 *
 * DecimalStringSchema.safeParse('1e3').success;
 * //=> false
 * ```
 */
export const DecimalStringSchema = z
  .string()
  .check(z.regex(/^-?\d{1,30}(\.\d{1,30})?$/, 'must be a decimal number written like "250.00" (no exponent, no grouping)'));

/**
 * A decimal string that is not negative: `'0'`, `'250.00'`, `'12.5'`.
 *
 * @example
 * ```ts
 * import { NonNegativeDecimalSchema } from 'balint-rules/money';
 *
 * NonNegativeDecimalSchema.safeParse('-1').success;
 * //=> false
 * ```
 */
export const NonNegativeDecimalSchema = z
  .string()
  .check(z.regex(NON_NEGATIVE_DECIMAL_PATTERN, 'must be a decimal number that is not negative, written like "250.00"'));

/**
 * A percentage from 0 to 100 as a decimal string: `'100'`, `'50'`, `'12.5'`.
 *
 * @example
 * ```ts
 * import { PercentSchema } from 'balint-rules/money';
 *
 * PercentSchema.safeParse('150').success;
 * //=> false
 * ```
 */
export const PercentSchema = NonNegativeDecimalSchema.check(
  z.refine((p) => isAtMostHundred(p), 'must be a percentage from 0 to 100'),
);

function isAtMostHundred(p: string): boolean {
  const [whole = '', fraction = ''] = p.split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  return w.length < 3 || (w === '100' && /^0*$/.test(fraction));
}

/**
 * An ISO 4217 currency code: three capital letters, e.g. `USD`, `EUR`, `JPY`.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema } from 'balint-rules/money';
 *
 * CurrencyCodeSchema.safeParse('usd').success;
 * //=> false
 * ```
 */
export const CurrencyCodeSchema = z
  .string()
  .check(z.regex(CURRENCY_CODE_PATTERN, 'must be an ISO 4217 currency code of three capital letters, e.g. "USD"'));

/**
 * Minor units a value may declare to override the currency table: 0 to 6.
 *
 * @example
 * ```ts
 * import { MinorUnitsSchema } from 'balint-rules/money';
 *
 * MinorUnitsSchema.safeParse(3).success;
 * //=> true
 * ```
 */
export const MinorUnitsSchema = z.int().check(z.minimum(0), z.maximum(6));

const moneyShape = {
  amount: DecimalStringSchema,
  currency: CurrencyCodeSchema,
  minorUnits: z.optional(MinorUnitsSchema),
};

/** Digits after the decimal point of a decimal string, trailing zeros not counted. */
export function significantPlaces(amount: string): number {
  const point = amount.indexOf('.');
  if (point < 0) return 0;
  // Counted in place: no copy of the digits (this runs for every amount a decision reads).
  let end = amount.length;
  while (end > point + 1 && amount.charCodeAt(end - 1) === 48) end--;
  return end - point - 1;
}

type MoneyShape = { amount: string; currency: string; minorUnits?: number | undefined };

const withinMinorUnits = z.refine<MoneyShape>(
  (m) =>
    significantPlaces(m.amount) <= minorUnitsOf(m.currency, m.minorUnits),
  {
    message: 'has more decimal places than the currency has minor units; round it with roundToMinor first',
    path: ['amount'],
  },
);

/**
 * An amount of money: a decimal string and an ISO 4217 currency code, with
 * no more decimal places than the currency's minor units (trailing zeros
 * aside). `minorUnits` overrides the currency table when a policy needs it.
 * Functions return amounts written with exactly the minor units (`'250.00'`).
 *
 * @example
 * ```ts
 * import { MoneySchema } from 'balint-rules/money';
 *
 * MoneySchema.safeParse({ amount: '250.00', currency: 'USD' }).success;
 * //=> true
 * MoneySchema.safeParse({ amount: '250.005', currency: 'USD' }).success;
 * //=> false
 * ```
 */
export const MoneySchema = z.strictObject(moneyShape).check(withinMinorUnits);

/**
 * An amount of money that is not negative (a fee, a payment, a refund).
 *
 * @example
 * ```ts
 * import { NonNegativeMoneySchema } from 'balint-rules/money';
 *
 * NonNegativeMoneySchema.safeParse({ amount: '-1.00', currency: 'USD' }).success;
 * //=> false
 * ```
 */
export const NonNegativeMoneySchema = z
  .strictObject({ ...moneyShape, amount: NonNegativeDecimalSchema })
  .check(withinMinorUnits);

/**
 * An amount in a currency with any number of decimal places, such as the
 * exact result of a computation before it is rounded with `roundToMinor`.
 *
 * @example
 * ```ts
 * import { UnroundedMoneySchema } from 'balint-rules/money';
 *
 * UnroundedMoneySchema.safeParse({ amount: '33.3333', currency: 'USD' }).success;
 * //=> true
 * ```
 */
export const UnroundedMoneySchema = z.strictObject(moneyShape);

/**
 * An amount of money, see {@link MoneySchema}.
 *
 * @example
 * ```ts
 * import type { Money } from 'balint-rules/money';
 *
 * const fee: Money = { amount: '250.00', currency: 'USD' };
 * ```
 */
export interface Money {
  /** Decimal string, e.g. `'250.00'`. */
  readonly amount: string;
  /** ISO 4217 code, e.g. `'USD'`. */
  readonly currency: string;
  /** Digits after the point, when they differ from the currency table. */
  readonly minorUnits?: number | undefined;
}

/**
 * An amount of money with any number of decimal places, see {@link UnroundedMoneySchema}.
 *
 * @example
 * ```ts
 * import type { UnroundedMoney } from 'balint-rules/money';
 *
 * const third: UnroundedMoney = { amount: '83.333333', currency: 'USD' };
 * ```
 */
export type UnroundedMoney = Money;
