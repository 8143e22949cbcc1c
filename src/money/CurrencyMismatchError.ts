import { BalintError } from '../errors/BalintError.js';

/**
 * Thrown when two amounts in different currencies (or in one currency with
 * different minor units) are combined. There is no exchange rate in this
 * library: converting is the caller's decision, never a silent one.
 *
 * @example
 * ```ts
 * import { CurrencyMismatchError, addMoney, money } from 'balint-rules/money';
 *
 * try {
 *   addMoney(money('250', 'USD'), money('5000', 'EUR'));
 * } catch (error) {
 *   if (error instanceof CurrencyMismatchError) console.log(error.code, error.expected, error.received);
 *   //=> 'currency_mismatch' 'USD' 'EUR'
 * }
 * ```
 */
export class CurrencyMismatchError extends BalintError {
  /** The currency of the first amount (with its minor units when they differ). */
  readonly expected: string;
  /** The currency of the amount that did not match. */
  readonly received: string;

  constructor(expected: string, received: string, operation: string) {
    super('currency_mismatch', `Cannot ${operation} amounts in ${expected} and ${received}`);
    this.name = 'CurrencyMismatchError';
    this.expected = expected;
    this.received = received;
  }
}
