import { RecurrenceSyntaxError } from '../../src/errors/RecurrenceSyntaxError.js';
import { parseEnglish } from '../../src/recurrence/_english/sentence.js';

/** The English parser's own count of the work it did on `text` (a syntax error is an outcome, anything else escapes). */
export function parserWork(text: string): number {
  const meter = { work: 0 };
  try {
    parseEnglish(text, meter);
  } catch (error) {
    if (!(error instanceof RecurrenceSyntaxError)) throw error;
  }
  return meter.work;
}
