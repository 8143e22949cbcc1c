import { RecurrenceSyntaxError } from '../../src/errors/RecurrenceSyntaxError.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';

/** The RecurrenceSyntaxError that parsing `text` throws; fails the test if it parses or throws anything else. */
export function refusal(text: string): RecurrenceSyntaxError {
  try {
    parseRecurrence(text);
  } catch (error) {
    if (error instanceof RecurrenceSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}
