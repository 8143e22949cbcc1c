/**
 * How `parseRecurrence` reads ordinals: every spelling of 1st to 31st, the
 * ways of counting from the end ("second to last", "second-last", "third
 * from the end"), and lists of ordinals with their separators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRecurrence } from '../../src/recurrence/normalize.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { weekdayArb } from '../_arbitraries/recurrence.js';
import { refusal } from '../_helpers/recurrenceRefusal.js';

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

/** The English word for the ordinal `n` (1..31), compounds joined by `join` ("twenty-first", "twenty first"). */
function spelled(n: number, join: string): string {
  if (n < 10) return UNITS[n - 1] as string;
  if (n < 20) return TEENS[n - 10] as string;
  if (n === 20) return 'twentieth';
  if (n < 30) return `twenty${join}${UNITS[n - 21] as string}`;
  return n === 30 ? 'thirtieth' : `thirty${join}${UNITS[n - 31] as string}`;
}

/** "1st", "2nd", "11th", "23rd", written out independently of the library. */
function numbered(n: number): string {
  const suffix = n >= 11 && n <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

describe('parseRecurrence reads ordinals', () => {
  it.each(DAYS)('the ordinal %i, spelled with a hyphen, a space or in digits, is that day of the month', (n) => {
    const rule = { kind: 'day_of_month', days: [n] };
    expect(parseRecurrence(`the ${spelled(n, '-')} of the month`)).toEqual(rule);
    expect(parseRecurrence(`the ${spelled(n, ' ')} of the month`)).toEqual(rule);
    expect(parseRecurrence(`the ${numbered(n)} of the month`)).toEqual(rule);
  });

  it('a compound ordinal ends in "first" to "ninth": "twenty-tenth" is refused at "tenth"', () => {
    const e = refusal('the twenty-tenth');
    expect([e.position, e.found, e.expected]).toEqual([11, 'tenth', ['an ordinal from "first" to "ninth"']]);
    expect(refusal('the twenty-secnd of the month').hint).toBe('did you mean "second"?');
  });

  it.each([
    ['last', -1],
    ['second to last', -2],
    ['second-to-last', -2],
    ['second last', -2],
    ['second-last', -2],
    ['second from last', -2],
    ['second from the last', -2],
    ['second from the end', -2],
    ['second from end', -2],
    ['next to last', -2],
    ['next-to-last', -2],
    ['penultimate', -2],
    ['3rd from the end', -3],
  ])('"the %s Friday" counts from the end of the month', (words, n) => {
    expect(parseRecurrence(`the ${words} Friday`)).toEqual({ kind: 'nth_weekday', weekday: 'friday', ordinals: [n] });
  });

  it.each([
    ['the lst Friday', 'last'],
    ['the nxt to last Friday', 'next'],
    ['the penultimte Friday', 'penultimate'],
  ])('a misspelt ordinal word is suggested back: "%s" -> "%s"', (text, word) => {
    const e = refusal(text);
    expect([e.position, e.found, e.hint]).toEqual([4, text.split(' ')[1], `did you mean "${word}"?`]);
    expect(e.expected).toContain('an ordinal such as "2nd", "second" or "last"');
  });

  it('"weekday(s)" is Monday to Friday and "weekend(s)" Saturday and Sunday, singular or plural', () => {
    const workweek = { kind: 'weekly', weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], interval: 1 };
    const weekend = { kind: 'weekly', weekdays: ['saturday', 'sunday'], interval: 1 };
    expect(parseRecurrence('every weekday')).toEqual(workweek);
    expect(parseRecurrence('every weekdays')).toEqual(workweek);
    expect(parseRecurrence('every weekend')).toEqual(weekend);
    expect(parseRecurrence('every weekends')).toEqual(weekend);
  });

  describe('lists', () => {
    it.each([
      // An ordinal after a comma continues the list, whichever kind of ordinal it is.
      ['the first, last Monday', [1, -1]],
      ['the first, next to last Monday', [1, -2]],
      ['the first, penultimate Monday', [1, -2]],
      ['the first, twenty-first', [1, 21]],
      // "the" may stand before every item, after "and" as after a comma.
      ['the first and the third Monday', [1, 3]],
      ['the 1st, the 15th and the last day of the month', [1, 15, -1]],
      // An Oxford comma may come before "&" as before "and".
      ['the first, & third Monday', [1, 3]],
      ['the 1st, and 15th', [1, 15]],
    ])('"%s" lists %j', (text, ordinals) => {
      const rule = parseRecurrence(text);
      expect(rule.kind === 'nth_weekday' ? rule.ordinals : rule.kind === 'day_of_month' ? rule.days : rule).toEqual(ordinals);
    });

    it('a comma followed by another phrase ends the list: "the 15th, monthly" is "the 15th monthly"', () => {
      expect(parseRecurrence('the 15th, monthly')).toEqual({ kind: 'day_of_month', days: [15] });
      expect(parseRecurrence('the 1st and 15th, every month')).toEqual({ kind: 'day_of_month', days: [1, 15] });
      expect(parseRecurrence('every Tuesday and Thursday, weekly')).toEqual({ kind: 'weekly', weekdays: ['tuesday', 'thursday'], interval: 1 });
    });

    it('a comma followed by a phrase that is not an ordinal is not read as part of the list: "the 1st, every 15th" fails at "15th"', () => {
      const e = refusal('the 1st, every 15th');
      expect([e.position, e.found]).toEqual([15, '15th']);
    });

    it('a comma at the end of a list of days says that an ordinal, "of" or how often could follow', () => {
      const e = refusal('the 1st and 15th,');
      expect([e.position, e.found]).toEqual([17, '']);
      expect(e.expected).toEqual(['an ordinal such as "2nd", "second" or "last"', '"of"', 'how often, such as "monthly", "every month" or "every other week"']);
    });
  });

  describe('properties', () => {
    const forms = (n: number): string[] => [spelled(n, '-'), spelled(n, ' '), numbered(n)];
    const fromStart = fc.integer({ min: 1, max: 5 }).chain((n) => fc.constantFrom(...forms(n)).map((text) => ({ n, text })));
    const fromEnd = fc.integer({ min: 2, max: 5 }).chain((n) =>
      fc.constantFrom(...forms(n)).chain((word) =>
        fc.constantFrom(' to last', '-to-last', ' last', '-last', ' from last', ' from the end').map((tail) => ({ n: -n, text: `${word}${tail}` })),
      ),
    );
    const separatorArb = fc.constantFrom(' and ', ' & ', '/', ', ', ', and ', ', & ', ' and the ', ', the ');

    it('a list of weekday ordinals means the same whatever the spelling, the separators and the order', () => {
      const listArb = fc.uniqueArray(fc.oneof(fromStart, fromEnd, fc.constant({ n: -1, text: 'last' })), { minLength: 1, maxLength: 4, selector: (o) => o.n });
      fc.assert(
        fc.property(listArb, fc.infiniteStream(separatorArb), weekdayArb, (items, separators, weekday) => {
          const seps = separators[Symbol.iterator]();
          const text = items.map((o, i) => (i === 0 ? o.text : `${seps.next().value as string}${o.text}`)).join('');
          const name = `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}`;
          expect(parseRecurrence(`the ${text} ${name}`)).toEqual(normalizeRecurrence({ kind: 'nth_weekday', weekday, ordinals: items.map((o) => o.n) }));
        }),
        { numRuns: 200 },
      );
    });

    it('a spelled and a numbered ordinal give the same day of the month, counted from the start or the end', () => {
      fc.assert(
        fc.property(fc.constantFrom(...DAYS), fc.boolean(), (n, end) => {
          const tail = end ? ' to last day' : '';
          expect(parseRecurrence(`the ${spelled(n, '-')}${tail} of the month`)).toEqual(parseRecurrence(`the ${numbered(n)}${tail} of the month`));
        }),
        { numRuns: 100 },
      );
    });
  });
});
