import { RecurrenceSyntaxError } from '../../src/errors/RecurrenceSyntaxError.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';

/** The RecurrenceSyntaxError that parsing `text` throws, or undefined if it parses (any other error escapes). */
export function refusalIfAny(text: string): RecurrenceSyntaxError | undefined {
  try {
    parseRecurrence(text);
    return undefined;
  } catch (error) {
    if (error instanceof RecurrenceSyntaxError) return error;
    throw error;
  }
}

/** The RecurrenceSyntaxError that parsing `text` throws; fails the test if it parses. */
export function refusal(text: string): RecurrenceSyntaxError {
  const error = refusalIfAny(text);
  if (error === undefined) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return error;
}

/** Where and what a refusal points at: `[position, found]`. */
export function pointsAt(text: string): [number, string] {
  const e = refusal(text);
  return [e.position, e.found];
}

/** The message of a refusal for a combination that was understood but makes no sense ("Cannot use ..."). */
export function useMessage(text: string, found: string, position: number, reason: string): string {
  return `Cannot use "${text}" at "${found}" (position ${position}): ${reason}`;
}
