/**
 * "Did you mean ...?": which near misses get a suggestion (none below three
 * letters, one edit up to four letters, two from five), and the edit
 * distance behind it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/_lib/suggest.js';
import { refusal } from '../_helpers/recurrenceRefusal.js';

/** The optimal-string-alignment distance, computed in full: insert, delete, substitute, swap two neighbours. */
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe('suggestions for a word not understood', () => {
  it.each([
    // Two letters: too short to guess from, though "od" is one letter from "odd".
    ['the 4th Thursday of od months', 'od', undefined],
    // Three letters: one edit is enough.
    ['the 4th Thursday of evn months', 'evn', 'even'],
    // Four letters: one edit at most; "agst" is two from "Aug" and from "August".
    ['the 2nd Tuesday of Agst', 'agst', undefined],
    ['the 2nd Tuesday of Agu', 'agu', 'Aug'],
    // Five letters and more: two edits.
    ['every Tusdy', 'tusdy', 'Tuesday'],
    ['every Wensday', 'wensday', 'Wednesday'],
  ])('"%s": "%s" -> %s', (text, found, word) => {
    const e = refusal(text);
    expect(e.found).toBe(found);
    expect(e.hint).toBe(word === undefined ? undefined : `did you mean "${word}"?`);
    expect(e.message.includes('did you mean')).toBe(word !== undefined);
  });

  it('names keywords as written and weekdays and months capitalised', () => {
    expect(refusal('the second Tuesday of January throgh June').hint).toBe('did you mean "through"?');
    expect(refusal('the second Satruday').hint).toBe('did you mean "Saturday"?');
    expect(refusal('the second Saturday of Ocotber').hint).toBe('did you mean "October"?');
  });

  describe('properties', () => {
    // The distance is seen from outside only through which hint wins; fromRRule and the CLI use it too, so its law is tested on the internal function.
    const wordArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

    it('the edit distance is the optimal-string-alignment distance up to the limit, and above the limit past it', () => {
      fc.assert(
        fc.property(wordArb, wordArb, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
          const d = editDistance(a, b, limit);
          if (osa(a, b) <= limit) expect(d).toBe(osa(a, b));
          else expect(d).toBeGreaterThan(limit);
        }),
        { numRuns: 300 },
      );
    });

    it('swapping two neighbouring letters is one edit', () => {
      const swapArb = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), minLength: 2, maxLength: 10 }).chain((word) =>
        fc.integer({ min: 0, max: word.length - 2 }).map((i) => ({ word, swapped: `${word.slice(0, i)}${word[i + 1] as string}${word[i] as string}${word.slice(i + 2)}` })),
      );
      fc.assert(
        fc.property(swapArb, ({ word, swapped }) => {
          expect(editDistance(word, swapped, 2)).toBe(word === swapped ? 0 : 1);
        }),
        { numRuns: 200 },
      );
    });
  });
});
