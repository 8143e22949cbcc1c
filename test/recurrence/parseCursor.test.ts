/**
 * What a refusal says: the input and the word quoted (cut when long), the
 * list of what could have come there (once each, in the order content,
 * keywords, marks, the end), and a "did you mean" only for a word.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusal, refusalIfAny } from '../_helpers/recurrenceRefusal.js';

const AFTER_AN_ORDINAL =
  'a weekday, "and", "day", "of", how often, such as "monthly", "every month" or "every other week", ",", or the end of the text';
const HOW_OFTEN = 'how often, such as "monthly", "every month" or "every other week"';

/** How a refusal quotes a text: whole up to 60 characters, else its first 57 and "...". */
const quoted = (text: string): string => (text.length <= 60 ? text : `${text.slice(0, 57)}...`);

describe('quoting', () => {
  it('quotes a text of 60 characters whole and cuts one of 61 to 57 and "..."', () => {
    const sixty = `second ${'x'.repeat(53)}`;
    expect(sixty).toHaveLength(60);
    expect(refusal(sixty).message).toBe(`Cannot understand "${sixty}" at "${'x'.repeat(53)}" (position 7); expected ${AFTER_AN_ORDINAL}`);
    const sixtyOne = `${sixty}x`;
    expect(refusal(sixtyOne).message).toBe(
      `Cannot understand "second ${'x'.repeat(50)}..." at "${'x'.repeat(54)}" (position 7); expected ${AFTER_AN_ORDINAL}`,
    );
  });

  it('cuts the word it names the same way', () => {
    const word = 'x'.repeat(61);
    expect(refusal(`second ${word}`).message).toBe(`Cannot understand "second ${'x'.repeat(50)}..." at "${'x'.repeat(57)}..." (position 7); expected ${AFTER_AN_ORDINAL}`);
  });

  describe('properties', () => {
    it('a refusal quotes the text and the word whole up to 60 characters, and cut to 57 and "..." beyond', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 130 }), (length) => {
          const word = 'x'.repeat(length);
          const text = `second ${word}`;
          expect(refusal(text).message).toBe(`Cannot understand "${quoted(text)}" at "${quoted(word)}" (position 7); expected ${AFTER_AN_ORDINAL}`);
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('what was expected', () => {
  it('names a single expectation alone', () => {
    expect(refusal('the 2nd Tuesday of January through').message).toBe('Cannot understand "the 2nd Tuesday of January through" at the end; expected a month');
  });

  it('after a comma that could continue a list, lists the item that could follow along with what could start a new phrase', () => {
    const e = refusal('the 1st, xyz');
    expect([e.position, e.found]).toEqual([9, 'xyz']);
    expect(e.expected).toEqual(['an ordinal such as "2nd", "second" or "last"', '"of"', HOW_OFTEN]);
  });

  it('a failure at a comma says what could have come at the comma (it said nothing when the parser had looked past it)', () => {
    // Regression: the look-ahead past the comma for another weekday used to discard what was expected at the comma itself.
    const e = refusal('the following Tuesdays, xyz');
    expect(e.message).toBe('Cannot understand "the following Tuesdays, xyz" at "," (position 22); expected a date such as "2026-03-12", a month or ":"');
    expect(e.expected).toEqual(['a date such as "2026-03-12"', 'a month', '":"']);
  });

  it('names each expectation once, even when two parts of the grammar would accept it', () => {
    // After "of March," a month could continue the list or start the days: "a month" is listed once.
    expect(refusal('of March,').expected).toEqual([
      'a month',
      'an ordinal such as "2nd", "second" or "last"',
      'a weekday',
      'a date such as "2026-03-12"',
      '"on"',
      HOW_OFTEN,
      '"the"',
      '"daily"',
      '"alternate"',
    ]);
  });

  describe('properties', () => {
    const vocabulary = ['the', 'of', 'in', 'and', ',', '&', 'every', 'other', 'last', 'to', '-', 'first', '2nd', '15th', 'Saturday', 'Tuesdays', 'March', 'odd', 'months', 'day', 'week', 'weeks', 'monthly', 'on', 'following', ':', '12', '2026', '2026-03-12', 'xyz', '!'];
    const textArb = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));

    it('a word not understood always comes with what was expected there, each named once', () => {
      fc.assert(
        fc.property(textArb, (text) => {
          const error = refusalIfAny(text);
          if (error === undefined || !error.message.startsWith('Cannot understand')) return;
          expect(error.expected.length).toBeGreaterThan(0);
          expect(new Set(error.expected).size).toBe(error.expected.length);
          expect(error.message).toContain(`; expected ${error.expected[0] as string}`);
        }),
        { numRuns: 300 },
      );
    });

    it('a refusal points inside the text, at the word it names', () => {
      fc.assert(
        fc.property(textArb, (text) => {
          const error = refusalIfAny(text);
          if (error === undefined) return;
          expect(error.position).toBeGreaterThanOrEqual(0);
          expect(error.position).toBeLessThanOrEqual(text.length);
          expect(text.slice(error.position).toLowerCase().startsWith(error.found)).toBe(true);
          if (error.found === '') expect(error.position).toBe(text.length);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('did you mean', () => {
  it.each([
    ['the folowing dates: 2026-03-12', 'following'],
    ['bi-wekly on Tuesday', 'weekly'],
    ['dialy', 'daily'],
    ['alternat Tuesdays', 'alternate'],
    ['once evry month', 'every'],
    ['every oddd month', 'odd'],
    ['every evn month', 'even'],
    ['once a wek', 'week'],
    ['every quartr', 'quarter'],
  ])('suggests a keyword written with a slip: "%s" -> "%s"', (text, word) => {
    expect(refusal(text).hint).toBe(`did you mean "${word}"?`);
  });

  it('never suggests "bi" alone, which is only the start of "bi-weekly"', () => {
    expect(refusal('bis weekly on Tuesday').hint).toBeUndefined();
  });

  it('suggests nothing for a number or an ordinal, however close to a word ("2nd" is one letter from "and")', () => {
    const e = refusal('the 1st 2nd Monday');
    expect(e.hint).toBeUndefined();
    expect(e.message).toBe(`Cannot understand "the 1st 2nd Monday" at "2nd" (position 8); expected ${AFTER_AN_ORDINAL}`);
    expect(refusal('every Monday 2nd').hint).toBeUndefined();
  });
});
