/** The one line an error is reported in, and its exit code. Internal. */
import { BalintError } from '../errors/BalintError.js';
import { RecurrenceSyntaxError } from '../errors/RecurrenceSyntaxError.js';
import { CliUsageError } from './CliUsageError.js';
import { lowerFirst } from './_text.js';

/** Exit code for bad input or usage. */
export const EXIT_USAGE = 2;
/** Exit code for an error that is a bug (not a `BalintError`). */
export const EXIT_INTERNAL = 70;

function describe(error: unknown): { text: string; code: number } {
  if (error instanceof RecurrenceSyntaxError && error.hint !== undefined && error.found !== '') {
    return { text: `cannot understand "${error.input}" at "${error.found}" (position ${error.position}); ${error.hint}`, code: EXIT_USAGE };
  }
  if (error instanceof CliUsageError) return { text: error.message, code: EXIT_USAGE };
  if (error instanceof BalintError) return { text: lowerFirst(error.message), code: EXIT_USAGE };
  const message = error instanceof Error ? error.message : String(error);
  return { text: `internal error: ${message} (please report this to balint-rules)`, code: EXIT_INTERNAL };
}

/** `error: ...` on one line (line breaks in the message become spaces), and the exit code. */
export function errorLine(error: unknown): { line: string; code: number } {
  const { text, code } = describe(error);
  return { line: `error: ${text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim()}\n`, code };
}
