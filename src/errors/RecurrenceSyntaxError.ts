import { listAlternatives } from '../_lib/alternatives.js';
import { BalintError } from './BalintError.js';

/**
 * Thrown when a recurrence text (English or RRULE) cannot be understood.
 * It says where the problem starts, what was expected there, and, for a near
 * miss, what was probably meant.
 *
 * @example
 * ```ts
 * import { RecurrenceSyntaxError, parseRecurrence } from 'balint-rules';
 *
 * try {
 *   parseRecurrence('second Satruday');
 * } catch (error) {
 *   if (error instanceof RecurrenceSyntaxError) {
 *     console.log(error.position, error.found, error.hint);
 *     //=> 7 'satruday' 'did you mean "Saturday"?'
 *   }
 * }
 * ```
 */
export class RecurrenceSyntaxError extends BalintError {
  /** The text that was parsed. */
  readonly input: string;
  /** Zero-based offset in `input` where the problem starts. */
  readonly position: number;
  /** The text found at `position` (empty at the end of the input). */
  readonly found: string;
  /** What would have been understood at `position`. */
  readonly expected: readonly string[];
  /** A suggestion for a near miss, when there is one. */
  readonly hint: string | undefined;

  constructor(details: {
    input: string;
    position: number;
    found: string;
    expected: readonly string[];
    hint?: string | undefined;
    message?: string;
  }) {
    const where = details.found === '' ? 'at the end' : `at "${details.found}" (position ${details.position})`;
    const expected = details.expected.length > 0 ? `; expected ${listAlternatives(details.expected)}` : '';
    const hint = details.hint ? ` (${details.hint})` : '';
    super('recurrence_syntax', details.message ?? `Cannot understand "${details.input}" ${where}${expected}${hint}`);
    this.name = 'RecurrenceSyntaxError';
    this.input = details.input;
    this.position = details.position;
    this.found = details.found;
    this.expected = details.expected;
    this.hint = details.hint;
  }
}
