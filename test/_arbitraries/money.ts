/** fast-check arbitraries for money: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import { currencyMinorUnits } from '../../src/money/currencies.js';
import type { Money } from '../../src/money/schema.js';
import { currencyArbitrary, minorToAmount, moneyArbitrary, percentArbitrary, roundingModeArbitrary } from '../../src/testing/money.js';

export { minorToAmount };

/** Currencies with 0, 2 and 3 minor units. */
export const currencyArb: fc.Arbitrary<string> = currencyArbitrary();
export const roundingModeArb = roundingModeArbitrary();

/** Money in `currency` between `min` and `max` minor units (defaults: 0 to 10 million major units). */
export function moneyInArb(currency: string, options: { min?: bigint; max?: bigint } = {}): fc.Arbitrary<Money> {
  return moneyArbitrary({ currency, ...options });
}

/** Non-negative money in a random currency. */
export const moneyArb: fc.Arbitrary<Money> = moneyArbitrary();

/** Money that may be negative, in a random currency. */
export const signedMoneyArb: fc.Arbitrary<Money> = currencyArb.chain((c) => {
  const unit = 10n ** BigInt(currencyMinorUnits(c));
  return moneyArbitrary({ currency: c, min: -10_000_000n * unit, max: 10_000_000n * unit });
});

/** A percentage 0-100 with up to two decimals, as a decimal string. */
export const percentArb: fc.Arbitrary<string> = percentArbitrary();

/** A decimal string with up to 6 decimals, possibly negative (not money: for rounding tests). */
export const decimalArb: fc.Arbitrary<string> = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map((n) => minorToAmount(n, 6));
