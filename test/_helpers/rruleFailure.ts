import { expect } from 'vitest';
import { RecurrenceSyntaxError, UnsupportedError } from '../../src/errors/index.js';
import { fromRRule } from '../../src/recurrence/fromRRule.js';

/** What `fromRRule(text)` threw; fails the test if it returned or threw anything else. */
export function rruleFailure(text: string): RecurrenceSyntaxError | UnsupportedError {
  try {
    fromRRule(text);
  } catch (error) {
    if (error instanceof RecurrenceSyntaxError || error instanceof UnsupportedError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

/** The message, expectations and hint of the syntax error `fromRRule(text)` throws. */
export function rruleSyntax(text: string): { message: string; expected: readonly string[]; hint: string | undefined } {
  const e = rruleFailure(text);
  expect(e, text).toBeInstanceOf(RecurrenceSyntaxError);
  const s = e as RecurrenceSyntaxError;
  return { message: s.message, expected: s.expected, hint: s.hint };
}

/** `PART: why` from the UnsupportedError `fromRRule(text)` throws (checking it quotes `text` whole). */
export function rruleUnsupported(text: string): string {
  const e = rruleFailure(text);
  expect(e, text).toBeInstanceOf(UnsupportedError);
  const prefix = /^RRULE part (.*?) in "(.*)" is not supported: /s.exec(e.message);
  expect(prefix?.[2], e.message).toBe(text);
  return `${prefix?.[1] ?? '?'}: ${e.message.slice(prefix?.[0].length ?? 0)}`;
}
