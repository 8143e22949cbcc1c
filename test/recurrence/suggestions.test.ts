/**
 * "Did you mean ...?": which near misses get a suggestion (none below three
 * letters, one edit up to four letters, two from five). The edit distance
 * behind them has its laws in test/_lib/suggest.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { refusal } from '../_helpers/recurrenceRefusal.js';

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
});
