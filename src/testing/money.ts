/** Arbitraries for money: currencies, amounts in whole minor units, percentages, rounding modes. */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { minorUnitsOf } from '../money/currencies.js';
import { ROUNDING_MODES, type RoundingMode } from '../money/rounding.js';
import { CurrencyCodeSchema, MinorUnitsSchema, type Money } from '../money/schema.js';
import { readArguments, readOptions, wholeNumber } from './_options.js';

/**
 * Currencies with 0 (JPY), 2 (USD, EUR, GBP, CHF) and 3 (BHD) minor units:
 * the default pool of {@link currencyArbitrary}.
 *
 * @example
 * ```ts
 * import { TEST_CURRENCIES } from 'balint-rules/testing';
 *
 * TEST_CURRENCIES;
 * //=> ['USD', 'EUR', 'GBP', 'JPY', 'BHD', 'CHF']
 * ```
 */
export const TEST_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'BHD', 'CHF'] as const;

/**
 * An ISO 4217 currency code from {@link TEST_CURRENCIES}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { currencyArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(currencyArbitrary(), 10).every((c) => /^[A-Z]{3}$/.test(c));
 * //=> true
 * ```
 */
export function currencyArbitrary(): fc.Arbitrary<string> {
  return fc.constantFrom(...TEST_CURRENCIES);
}

/**
 * A named rounding mode (`half_even`, `half_up`, `down`, `up`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { roundingModeArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(roundingModeArbitrary(), 10).every((m) => ['half_even', 'half_up', 'down', 'up'].includes(m));
 * //=> true
 * ```
 */
export function roundingModeArbitrary(): fc.Arbitrary<RoundingMode> {
  return fc.constantFrom(...ROUNDING_MODES);
}

/**
 * Writes a count of minor units as a decimal string with `scale` decimals.
 *
 * @example
 * ```ts
 * import { minorToAmount } from 'balint-rules/testing';
 *
 * minorToAmount(25000n, 2);
 * //=> '250.00'
 * ```
 */
export function minorToAmount(units: bigint, scale: number): string {
  const args = readArguments(MinorToAmountArgumentsSchema, { units, scale }, 'minorToAmount');
  return amountOf(args.units, args.scale);
}

const MinorToAmountArgumentsSchema = z.strictObject({ units: z.bigint(), scale: wholeNumber(0, 20) });

/** {@link minorToAmount} for arguments already read. */
export function amountOf(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/**
 * Options of {@link moneyArbitrary}.
 *
 * @example
 * ```ts
 * import type { MoneyArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: MoneyArbitraryOptions = { currency: 'USD', min: 0n, max: 100_000n }; // $0.00 to $1,000.00
 * ```
 */
export type MoneyArbitraryOptions = z.input<typeof MoneyOptionsSchema>;

const MoneyOptionsSchema = z
  .strictObject({
    /** The currency (default: any of {@link TEST_CURRENCIES}). */
    currency: z.optional(CurrencyCodeSchema),
    /** Digits after the point, when they differ from the currency's ISO 4217 minor units. */
    minorUnits: z.optional(MinorUnitsSchema),
    /** Least amount, in minor units (default 0). */
    min: z.optional(z.bigint()),
    /** Greatest amount, in minor units (default ten million major units). */
    max: z.optional(z.bigint()),
  })
  .check(
    z.superRefine((o, ctx) => {
      if (o.min === undefined) return;
      const greatest = o.max ?? (o.currency === undefined || o.minorUnits !== undefined ? defaultMax(o.minorUnits ?? 0) : defaultMax(minorUnitsOf(o.currency)));
      if (o.min > greatest) ctx.addIssue({ code: 'custom', path: ['min'], input: o.min, message: `must not be more than max (${greatest} minor units${o.max === undefined ? ', the default' : ''})` });
    }),
  );

const defaultMax = (scale: number): bigint => 10_000_000n * 10n ** BigInt(scale);

/**
 * Money in whole minor units, normalised (`'250.00'`, `'1500'` for JPY),
 * between `min` and `max` minor units.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { moneyArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(moneyArbitrary({ currency: 'USD', min: 25000n, max: 25000n }), 1);
 * //=> [{ amount: '250.00', currency: 'USD' }]
 * ```
 */
export function moneyArbitrary(options: MoneyArbitraryOptions = {}): fc.Arbitrary<Money> {
  return money(readOptions(MoneyOptionsSchema, options, 'moneyArbitrary'));
}

/** {@link moneyArbitrary} for options already read. */
export function money(options: z.output<typeof MoneyOptionsSchema>): fc.Arbitrary<Money> {
  const given = options.currency;
  if (given === undefined) return currencyArbitrary().chain((currency) => money({ ...options, currency }));
  const iso = minorUnitsOf(given);
  const scale = options.minorUnits ?? iso;
  const min = options.min ?? 0n;
  const max = options.max ?? defaultMax(scale);
  return fc
    .bigInt({ min, max })
    .map((units) => (scale === iso ? { amount: amountOf(units, scale), currency: given } : { amount: amountOf(units, scale), currency: given, minorUnits: scale }));
}

/**
 * A percentage from 0 to 100 with up to two decimals (`'12.5'`, `'100'`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { percentArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(percentArbitrary(), 20).every((p) => Number(p) >= 0 && Number(p) <= 100);
 * //=> true
 * ```
 */
export function percentArbitrary(): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: 10_000 }).map((hundredths) => {
    const s = amountOf(BigInt(hundredths), 2);
    return s.endsWith('.00') ? s.slice(0, -3) : s.replace(/0$/, '');
  });
}
