/**
 * How recurrence text is cut into words, numbers, dates and marks: what a
 * letter is in any script, what counts as space, where a full stop is
 * skipped, and which digit strings are ISO dates or too long to matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { pointsAt, refusal } from '../_helpers/recurrenceRefusal.js';
import { PHRASES } from './phrases.js';

const SECOND_SATURDAY = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] };
/** Printable ASCII that is neither a letter, a digit, a space, a full stop nor one of the marks the grammar reads (, & / - :). */
const ASCII_SYMBOLS = [...'!"#$%\'()*+;<=>?@[\\]^_`{|}~'];
/** Letters of other scripts, and a combining accent, each one UTF-16 unit whose lower case is one unit too. */
const OTHER_LETTERS = [...'éÉüßøÆλΩЖжשع日本\u0301'];
/** Every whitespace character JavaScript knows, ASCII and not. */
const WHITESPACE = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff'];
/** Control characters that are not whitespace, from both ends of the ASCII ranges around the whitespace codes 9-13. */
const CONTROLS = ['\u0000', '\u0001', '\u0008', '\u000e', '\u001f', '\u007f'];

describe('words', () => {
  it('a word ends at the first character that is not a letter, which is refused where it stands', () => {
    for (const symbol of ASCII_SYMBOLS) {
      expect(pointsAt(`second Saturday${symbol}`)).toEqual([15, symbol]);
      expect(pointsAt(`${symbol}second Saturday`)).toEqual([0, symbol]);
    }
  });

  it('an unknown word in capitals is reported whole, Z included (the last capital letter)', () => {
    expect(pointsAt('the second XYZZY')).toEqual([11, 'xyzzy']);
    expect(pointsAt('the second Azz')).toEqual([11, 'azz']);
  });

  it('letters of any script belong to the word they are written in', () => {
    expect(pointsAt('second Samedì')).toEqual([7, 'samedì']);
    expect(pointsAt('the second ÉTÉ')).toEqual([11, 'été']);
    // A letter outside the Basic Multilingual Plane is two UTF-16 units: both belong to the word.
    expect(pointsAt('second 𝒮aturday')).toEqual([7, '𝒮aturday']);
  });

  it('a mark outside the Basic Multilingual Plane is one token of two units; U+FFFF, the last one-unit character, is one unit', () => {
    expect(pointsAt('second Saturday 😀')).toEqual([16, '😀']);
    // U+FFFF is the boundary: one unit, so the letter after it is a word of its own.
    expect(pointsAt('second Saturday \uffffx')).toEqual([16, '\uffff']);
  });

  describe('properties', () => {
    it('an unknown word of ASCII letters in any case is reported whole, in lower case, at its position', () => {
      const letters = [...'bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZaAyY'];
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 10 }), (tail) => {
          const word = `Qq${tail}`;
          expect(pointsAt(`the second ${word} of the month`)).toEqual([11, word.toLowerCase()]);
        }),
        { numRuns: 200 },
      );
    });

    it('an unknown word of letters from any script is reported whole, in lower case', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...OTHER_LETTERS, 'a', 'Z'), minLength: 1, maxLength: 8 }), (tail) => {
          const word = `Ж${tail}`;
          expect(pointsAt(`every ${word}`)).toEqual([6, word.toLowerCase()]);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('space', () => {
  it('a control character that is not whitespace is refused where it stands', () => {
    for (const control of CONTROLS) expect(pointsAt(`second${control}Saturday`)).toEqual([6, control]);
  });

  describe('properties', () => {
    it('any whitespace character separates words as a space does', () => {
      fc.assert(
        fc.property(fc.constantFrom(...PHRASES), fc.constantFrom(...WHITESPACE), ({ text, rule }, space) => {
          expect(parseRecurrence(text.split(' ').join(space))).toEqual(rule);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('full stops', () => {
  it.each([
    ['Thu.', { kind: 'weekly', weekdays: ['thursday'], interval: 1 }],
    ['every Tue., Thu.', { kind: 'weekly', weekdays: ['tuesday', 'thursday'], interval: 1 }],
    ['Sept. 8, 2026.', { kind: 'dates', dates: ['2026-09-08'] }],
    ['the 2nd. Sat.', SECOND_SATURDAY],
    ['on 2026-03-12. and 2026-06-11.', { kind: 'dates', dates: ['2026-03-12', '2026-06-11'] }],
  ])('a full stop after a word or number, before a space, a comma or the end, is an abbreviation or the end of a sentence: "%s"', (text, rule) => {
    expect(parseRecurrence(text)).toEqual(rule);
  });

  it.each([
    ['Sept.8', 4],
    ['Tue.Thu', 3],
    ['second Saturday.x', 15],
    ['. second Saturday', 0],
  ])('any other full stop is refused where it stands: "%s"', (text, position) => {
    expect(pointsAt(text)).toEqual([position, '.']);
  });

  it('a full stop glued to a day of the month is not a day', () => {
    expect(refusal('Sept.8').message).toBe('Cannot understand "Sept.8" at "." (position 4); expected a day of the month such as "12"');
  });

  it.each(PHRASES.map((p) => [p.text, p.rule] as const))('a full stop after every word of "%s" changes nothing', (text, rule) => {
    expect(parseRecurrence(text.replace(/([\p{L}\p{N}])(?=[ ,]|$)/gu, '$1.'))).toEqual(rule);
  });
});

describe('ISO dates', () => {
  it('exactly four, two and two digits joined by hyphens are a date', () => {
    expect(parseRecurrence('2026-03-12')).toEqual({ kind: 'dates', dates: ['2026-03-12'] });
  });

  it.each([
    ['2026-3-12', 0, '2026'],
    ['2026-03-1', 0, '2026'],
    ['2026-003-12', 0, '2026'],
    ['2026-03-123', 0, '2026'],
    ['20261-03-12', 0, '20261'],
    ['26-03-12', 0, '26'],
    ['2026-03 12', 0, '2026'],
    ['on 2026 03-12', 3, '2026'],
    ['12 03-12', 0, '12'],
  ])('"%s" is not a date: it is refused at its first number', (text, position, found) => {
    expect(pointsAt(text)).toEqual([position, found]);
  });
});

describe('long numbers', () => {
  it('a number of up to nine digits keeps its value in a message', () => {
    expect(refusal('every 123456789 months').message).toBe(
      'Cannot use "every 123456789 months" at "123456789" (position 6): every 123456789 months would not meet in the same months each year; use 2, 3, 4, 6 or 12',
    );
  });

  it('a numbered ordinal of up to nine digits is read and found too large; a longer one is refused as written, with no hint to write it as it is', () => {
    // Nine digits: still a number, with the right suffix.
    expect(refusal('the 123456781st').message).toBe('Cannot use "the 123456781st" at "123456781st" (position 4): the 123456781st does not exist: a month has at most 31 days');
    const long = refusal('the 1234567890th');
    expect(long.message).toBe('Cannot use "the 1234567890th" at "1234567890th" (position 4): "1234567890th" is not a correctly written ordinal');
    expect(long.hint).toBeUndefined();
  });
});
