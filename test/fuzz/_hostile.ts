/**
 * Hostile inputs for the English recurrence parser, each a function from a
 * length in characters to a text of that length: repeated tokens, long runs
 * of "and", Unicode noise, near misses, and long valid lists that fail only
 * at their very end. Shared by test/fuzz/parser.test.ts and bench/parser.ts.
 */
import fc from 'fast-check';
import { formatDays } from '../../src/_lib/civil.js';

/** One hostile shape: its name and how to make a text of a given length. */
export interface HostileShape {
  readonly name: string;
  readonly make: (length: number) => string;
}

/** `unit` repeated to exactly `length` characters. */
export const repeat =
  (unit: string) =>
  (length: number): string =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** fast-check noise of exactly `length` UTF-16 units, the same on every run. */
const noise =
  (unit: 'binary' | 'grapheme' | 'grapheme-composite') =>
  (length: number): string => {
    let text = '';
    for (let seed = 1; text.length < length; seed++) {
      text += fc.sample(fc.string({ unit, minLength: 1_000, maxLength: 1_000 }), { numRuns: 1, seed })[0] as string;
    }
    // Never cut a surrogate pair in two: a lone high surrogate at the end is dropped.
    const cut = text.slice(0, length);
    return /[\uD800-\uDBFF]$/.test(cut) ? `${cut.slice(0, -1)} ` : cut;
  };

/** Distinct dates from 2024-10-04 on, written "March 1, 2026", joined by `separator`, `length` characters at most. */
const dateList =
  (separator: string, tail: string) =>
  (length: number): string => {
    const parts: string[] = [];
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    let size = tail.length + 3;
    for (let day = 20_000; ; day++) {
      const [y, m, d] = formatDays(day).split('-').map(Number) as [number, number, number];
      const part = `${names[m - 1] as string} ${d}, ${y}`;
      if (size + part.length + separator.length > length) break;
      parts.push(part);
      size += part.length + separator.length;
    }
    return `on ${parts.join(separator)}${tail}`;
  };

/**
 * Shapes the parser's own tests (test/recurrence/parseRecurrence.test.ts)
 * already hold to linear work by the parser's own counter; here they are
 * measured again by blocks of code run, and benchmarked.
 */
export const PARSER_TEST_SHAPES: readonly HostileShape[] = [
  { name: '"first and " repeated', make: repeat('first and ') },
  { name: '"Monday, " repeated', make: repeat('Monday, ') },
  { name: '"second-to-" repeated', make: repeat('second-to-') },
  { name: 'one giant word', make: repeat('a') },
  { name: 'one giant number', make: repeat('9') },
  { name: 'binary noise', make: noise('binary') },
];

/**
 * Shapes the parser's own tests do not already cover (those cover "first
 * and ", "1st, ", "every ", "Monday, ", "March 1, ", "second-to-", one giant
 * word or number, spaces, binary noise and a valid list of ISO dates).
 */
export const HOSTILE_SHAPES: readonly HostileShape[] = [
  { name: '"and " repeated', make: repeat('and ') },
  { name: '"first and second and " repeated', make: repeat('first and second and ') },
  { name: '"Monday and Tuesday and " repeated', make: repeat('Monday and Tuesday and ') },
  { name: '", and" repeated', make: repeat(', and') },
  { name: '"of odd months " repeated', make: repeat('of odd months ') },
  { name: '"every other " repeated', make: repeat('every other ') },
  { name: '"-" repeated', make: repeat('-') },
  { name: '"a1" repeated (a token per character)', make: repeat('a1') },
  { name: '"1st1st" repeated (ordinal soup)', make: repeat('1st') },
  { name: '"2026-03-1" repeated (broken ISO dates)', make: repeat('2026-03-1 ') },
  { name: '"satruday " repeated (near misses)', make: repeat('satruday ') },
  { name: 'grapheme noise (emoji, combining marks)', make: noise('grapheme') },
  { name: 'composite grapheme noise', make: noise('grapheme-composite') },
  { name: 'valid dates joined by " and "', make: dateList(' and ', '') },
  { name: 'valid dates, then a typo at the very end', make: dateList(', ', ' Marhc') },
];
