import { BalintError } from './BalintError.js';

/**
 * Thrown when a valid input asks for something this library cannot express,
 * e.g. converting an explicit list of dates to a single RRULE, or an RRULE
 * part (`BYSETPOS`, `FREQ=HOURLY`) outside the supported model.
 *
 * @example
 * ```ts
 * import { UnsupportedError, toRRule } from 'balint-rules';
 *
 * try {
 *   toRRule({ kind: 'dates', dates: ['2026-03-12'] });
 * } catch (error) {
 *   if (error instanceof UnsupportedError) console.log(error.code);
 *   //=> 'unsupported'
 * }
 * ```
 */
export class UnsupportedError extends BalintError {
  constructor(message: string) {
    super('unsupported', message);
    this.name = 'UnsupportedError';
  }
}
