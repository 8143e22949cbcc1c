/**
 * The words `parseRecurrence` knows for weekdays and months: full names,
 * plurals and the usual abbreviations, each meaning its day or month.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import type { Weekday } from '../../src/recurrence/schema.js';
import { refusal } from '../_helpers/recurrenceRefusal.js';

/** Every way of writing each weekday: its name, plural and abbreviations. */
const WEEKDAY_SPELLINGS: readonly [Weekday, readonly string[]][] = [
  ['monday', ['Monday', 'Mondays', 'Mon']],
  ['tuesday', ['Tuesday', 'Tuesdays', 'Tue', 'Tues']],
  ['wednesday', ['Wednesday', 'Wednesdays', 'Wed', 'Weds']],
  ['thursday', ['Thursday', 'Thursdays', 'Thu', 'Thur', 'Thurs']],
  ['friday', ['Friday', 'Fridays', 'Fri']],
  ['saturday', ['Saturday', 'Saturdays', 'Sat']],
  ['sunday', ['Sunday', 'Sundays', 'Sun']],
];

/** Every way of writing each month, January first: its name and abbreviations (May has none). */
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sep', 'Sept'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];

const weekdayCases = WEEKDAY_SPELLINGS.flatMap(([day, words]) => words.map((word) => [word, day] as const));
const monthCases = MONTH_SPELLINGS.flatMap((words, index) => words.map((word) => [word, index + 1] as const));

describe('parseRecurrence knows the words for weekdays and months', () => {
  it.each(weekdayCases)('"%s" is %s', (word, day) => {
    expect(parseRecurrence(`every ${word}`)).toEqual({ kind: 'weekly', weekdays: [day], interval: 1 });
    expect(parseRecurrence(`the last ${word} of the month`)).toEqual({ kind: 'nth_weekday', weekday: day, ordinals: [-1] });
  });

  it.each(monthCases)('"%s" is month %i', (word, month) => {
    expect(parseRecurrence(`the 1st of ${word}`)).toEqual({ kind: 'day_of_month', days: [1], months: [month] });
    expect(parseRecurrence(`${word} 3`)).toEqual({ kind: 'day_of_month', days: [3], months: [month] });
  });

  it('a misspelt month name, full or abbreviated, is suggested back as the month is written', () => {
    expect(refusal('the 1st of Setpember').hint).toBe('did you mean "September"?');
    expect(refusal('the 1st of Agu').hint).toBe('did you mean "Aug"?');
  });

  describe('properties', () => {
    it('case never changes which weekday or month a word means', () => {
      const caseArb = fc.tuple(fc.constantFrom(...weekdayCases), fc.constantFrom(...monthCases), fc.infiniteStream(fc.boolean()));
      fc.assert(
        fc.property(caseArb, ([[weekday, day], [month, m], upper]) => {
          const flips = upper[Symbol.iterator]();
          const cased = (word: string) => [...word].map((ch) => (flips.next().value ? ch.toUpperCase() : ch.toLowerCase())).join('');
          expect(parseRecurrence(`the 2nd ${cased(weekday)} of ${cased(month)}`)).toEqual({ kind: 'nth_weekday', weekday: day, ordinals: [2], months: [m] });
        }),
        { numRuns: 200 },
      );
    });
  });
});
