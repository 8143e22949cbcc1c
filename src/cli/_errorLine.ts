/** The one line an error is reported in, and its exit code. Internal. */
import { BalintError } from '../errors/BalintError.js';
import { RecurrenceSyntaxError } from '../errors/RecurrenceSyntaxError.js';
import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
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

/** One line of text: line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** The issues behind an error: the library's (a `ValidationError`, or a usage error naming options), else none. */
function issuesOf(error: unknown): readonly ValidationIssue[] {
  if (error instanceof ValidationError || error instanceof CliUsageError) return error.issues;
  return [];
}

/**
 * The error as JSON for `--json` (`{ "error": { code, message, issues } }`,
 * pretty-printed on its own lines), and the exit code.
 */
export function errorJson(error: unknown): { text: string; code: number } {
  const { text, code } = describe(error);
  const errorCode = error instanceof BalintError ? error.code : 'internal';
  const issues = issuesOf(error).map((i) => ({ path: i.path, code: i.code, message: oneLine(i.message) }));
  return { text: `${JSON.stringify({ error: { code: errorCode, message: oneLine(text), issues } }, null, 2)}\n`, code };
}

/** `error: ...` on one line (line breaks in the message become spaces), and the exit code. */
export function errorLine(error: unknown): { line: string; code: number } {
  const { text, code } = describe(error);
  return { line: `error: ${oneLine(text)}\n`, code };
}
