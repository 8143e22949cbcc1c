/**
 * The base class of every error this library throws on purpose.
 *
 * Business outcomes ("not eligible", "no refund after the deadline") are
 * returned as data, never thrown. A `BalintError` means the input or the
 * configuration was wrong. Catch this one class to handle them all; switch on
 * {@link BalintError.code} to tell them apart.
 *
 * @example
 * ```ts
 * import { BalintError, parseRecurrence } from 'balint-rules';
 *
 * try {
 *   parseRecurrence('second Satruday');
 * } catch (error) {
 *   if (error instanceof BalintError) console.log(error.code);
 *   //=> 'recurrence_syntax'
 * }
 * ```
 */
export class BalintError extends Error {
  /** A stable, snake_case code for the kind of error. */
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'BalintError';
    this.code = code;
  }
}
