/**
 * The words the English recurrence grammar knows, shared by the parser and
 * the formatter so the two cannot drift apart. Every map is keyed by the
 * lower-case word.
 */
import type { Weekday } from '../schema.js';
import { WEEKDAYS } from '../weekdays.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../_lib/names.js';

export { WEEKDAY_NAMES };


export { MONTH_NAMES };

const WEEKDAY_ABBREVIATIONS: Readonly<Record<Weekday, readonly string[]>> = {
  monday: ['mon'],
  tuesday: ['tue', 'tues'],
  wednesday: ['wed', 'weds'],
  thursday: ['thu', 'thur', 'thurs'],
  friday: ['fri'],
  saturday: ['sat'],
  sunday: ['sun'],
};

const MONTH_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['jan'],
  ['feb'],
  ['mar'],
  ['apr'],
  [],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sep', 'sept'],
  ['oct'],
  ['nov'],
  ['dec'],
];

function weekdayWords(): Map<string, Weekday> {
  const words = new Map<string, Weekday>();
  for (const day of WEEKDAYS) {
    words.set(day, day);
    words.set(`${day}s`, day);
    for (const short of WEEKDAY_ABBREVIATIONS[day]) words.set(short, day);
  }
  return words;
}

function monthWords(): Map<string, number> {
  const words = new Map<string, number>();
  MONTH_NAMES.forEach((name, index) => {
    words.set(name.toLowerCase(), index + 1);
    for (const short of MONTH_ABBREVIATIONS[index] ?? []) words.set(short, index + 1);
  });
  return words;
}

/** Weekday words: full names, plurals ("Saturdays") and abbreviations ("Thu", "Thurs", "Weds"). */
export const WEEKDAY_WORDS: ReadonlyMap<string, Weekday> = weekdayWords();

/** Month words: full names and abbreviations ("Jan", "Sept"). */
export const MONTH_WORDS: ReadonlyMap<string, number> = monthWords();

/** Ordinal words written as one word, "first" to "twentieth" and "thirtieth". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
  ]
    .map((word, index): [string, number] => [word, index + 1])
    .concat([['thirtieth', 30]]),
);

/** Tens that start a compound ordinal: "twenty-first", "thirty first". */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
]);

/** Cardinal words for intervals: "every three weeks". */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (word, index): [string, number] => [word, index + 1],
  ),
);

/**
 * Whether `word` (lower case) names a weekday, a month, an ordinal or a
 * number: a word the parser knows, so not a misspelling of another.
 */
export function isVocabularyWord(word: string): boolean {
  return WEEKDAY_WORDS.has(word) || MONTH_WORDS.has(word) || ORDINAL_WORDS.has(word) || TENS_WORDS.has(word) || CARDINAL_WORDS.has(word);
}

/** The display form of a vocabulary word: weekdays and months capitalised. */
export function displayWord(word: string): string {
  return WEEKDAY_WORDS.has(word) || MONTH_WORDS.has(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The English suffix of a positive ordinal number: 1 -> "st", 12 -> "th", 22 -> "nd". */
export function ordinalSuffix(n: number): 'st' | 'nd' | 'rd' | 'th' {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  switch (n % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}

/** `12` -> `"12th"`. */
export function numberedOrdinal(n: number): string {
  return `${n}${ordinalSuffix(n)}`;
}

const FIRST_FIVE = ['first', 'second', 'third', 'fourth', 'fifth'] as const;

/**
 * The canonical English for a weekday ordinal: 1 -> "first", -1 -> "last",
 * -2 -> "second to last".
 */
export function weekdayOrdinalWords(n: number): string {
  if (n === -1) return 'last';
  const word = FIRST_FIVE[Math.abs(n) - 1] ?? numberedOrdinal(Math.abs(n));
  return n > 0 ? word : `${word} to last`;
}

/** The canonical English for a day of the month: 15 -> "15th", -1 -> "last", -2 -> "2nd to last". */
export function dayOrdinalWords(n: number): string {
  if (n === -1) return 'last';
  return n > 0 ? numberedOrdinal(n) : `${numberedOrdinal(-n)} to last`;
}

/** Joins items as English: "A", "A and B", "A, B and C". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}
