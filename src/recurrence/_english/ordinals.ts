/**
 * Ordinals and weekday lists: "2nd", "second", "twenty-first", "last",
 * "second to last", "second-to-last", "3rd from the end"; "first, third and
 * fifth"; "Mondays and Thursdays", "Tue/Thu", "weekdays".
 */
import type { Weekday } from '../schema.js';
import { WEEKDAYS } from '../weekdays.js';
import type { Cursor, Expectation } from './cursor.js';
import type { Item } from './state.js';
import type { Token } from './tokenize.js';
import { dayOrdinalWords, numberedOrdinal, ORDINAL_WORDS, TENS_WORDS, WEEKDAY_NAMES, WEEKDAY_WORDS } from './vocabulary.js';

/** Expectation of an ordinal. */
export const ORDINAL_EXPECTED: Expectation = {
  label: 'an ordinal such as "2nd", "second" or "last"',
  words: [...ORDINAL_WORDS.keys(), ...TENS_WORDS.keys(), 'last', 'next', 'penultimate'],
  rank: 0,
};

const UNIT_ORDINALS: ReadonlyMap<string, number> = new Map([...ORDINAL_WORDS].filter(([, n]) => n <= 9));
const UNIT_EXPECTED: Expectation = { label: 'an ordinal from "first" to "ninth"', words: [...UNIT_ORDINALS.keys()], rank: 0 };

/** Weekday words, plus "weekday(s)" (Monday to Friday) and "weekend(s)" (Saturday and Sunday). */
export const WEEKDAY_GROUPS: ReadonlyMap<string, readonly Weekday[]> = new Map<string, readonly Weekday[]>([
  ...[...WEEKDAY_WORDS].map(([word, day]): [string, readonly Weekday[]] => [word, [day]]),
  ['weekday', WEEKDAYS.slice(0, 5)],
  ['weekdays', WEEKDAYS.slice(0, 5)],
  ['weekend', WEEKDAYS.slice(5)],
  ['weekends', WEEKDAYS.slice(5)],
]);

/** Expectation of a weekday. */
export const WEEKDAY_EXPECTED: Expectation = { label: 'a weekday', words: [...WEEKDAY_GROUPS.keys()], rank: 0 };

/** Whether an ordinal starts `k` tokens ahead. */
export function ordinalAhead(c: Cursor, k: number): boolean {
  const token = c.peek(k);
  if (token.kind === 'ordinal') return true;
  if (token.kind !== 'word') return false;
  const word = token.text;
  return ORDINAL_WORDS.has(word) || TENS_WORDS.has(word) || word === 'last' || word === 'next' || word === 'penultimate';
}

/** Whether a weekday word (or "weekdays"/"weekends") is `k` tokens ahead. */
export function weekdayAhead(c: Cursor, k: number): boolean {
  const token = c.peek(k);
  return token.kind === 'word' && WEEKDAY_GROUPS.has(token.text);
}

/** The value of an ordinal token ("2nd" -> 2), rejecting a wrong suffix ("2th"). */
export function ordinalTokenValue(c: Cursor, token: Token): number {
  if (!token.suffixOk) {
    const hint = Number.isFinite(token.value) ? `did you mean "${numberedOrdinal(token.value)}"?` : undefined;
    c.reject(token, `"${token.text}" is not a correctly written ordinal`, hint);
  }
  return token.value;
}

/** Reads "to last", "-to-last", "last", "from the end" after an ordinal: whether it counts from the end. */
function fromEnd(c: Cursor): boolean {
  if (c.isPunct('-')) {
    c.take();
    if (c.word('last')) return true;
    if (!c.word('to')) c.fail();
  } else if (c.isWord('to')) {
    c.take();
  } else if (c.isWord('from')) {
    c.take();
    c.word('the');
    if (c.anyWord('last', 'end')) return true;
    c.fail();
  } else if (!c.isWord('last')) {
    return false;
  }
  // What is left ends in "last": "to last", "-to-last", or "last" alone.
  if (c.isPunct('-')) c.take();
  if (!c.word('last')) c.fail();
  return true;
}

/**
 * Reads one ordinal, or records that one was expected and returns undefined.
 * Values are 1..31 from the start or -1..-31 from the end.
 */
export function ordinal(c: Cursor): Item<number> | undefined {
  const token = c.peek();
  let n: number;
  if (token.kind === 'ordinal') {
    c.take();
    n = ordinalTokenValue(c, token);
  } else if (token.kind === 'word' && ORDINAL_WORDS.has(token.text)) {
    c.take();
    n = ORDINAL_WORDS.get(token.text) as number;
  } else if (token.kind === 'word' && TENS_WORDS.has(token.text)) {
    c.take();
    if (c.isPunct('-')) c.take();
    n = (TENS_WORDS.get(token.text) as number) + (c.lookup(UNIT_ORDINALS, UNIT_EXPECTED) ?? c.fail()).value;
  } else if (c.isWord('last')) {
    c.take();
    return { value: -1, token };
  } else if (c.isWord('penultimate')) {
    c.take();
    return { value: -2, token };
  } else if (c.isWord('next')) {
    c.take();
    if (c.isPunct('-')) c.take();
    if (!c.word('to')) c.fail();
    if (c.isPunct('-')) c.take();
    if (!c.word('last')) c.fail();
    return { value: -2, token };
  } else {
    c.expect(ORDINAL_EXPECTED);
    return undefined;
  }
  if (n < 1) c.reject(token, `there is no "${token.text}"; ordinals start at 1st`);
  if (n > 31) c.reject(token, `the ${numberedOrdinal(n)} does not exist: a month has at most 31 days`);
  return { value: fromEnd(c) ? -n : n, token };
}

/**
 * Consumes a list separator when the list goes on: "and", "&", "/", or a
 * comma followed by "and" or by another item (`itemAhead(1)`). A comma that
 * is not followed by an item is left for the sentence, but `item` is recorded
 * as expected after it, so a misspelt item still gets its hint.
 */
export function separator(c: Cursor, itemAhead: (k: number) => boolean, item: Expectation): boolean {
  if (c.isPunct(',')) {
    if (c.isWord('and', 1) || c.isPunct('&', 1)) {
      c.take();
      c.take();
      return true;
    }
    if (itemAhead(1)) {
      c.take();
      return true;
    }
    c.expectAhead(1, item);
    return false;
  }
  if (c.isPunct('&') || c.isPunct('/')) {
    c.take();
    return true;
  }
  return c.word('and') !== undefined;
}

/**
 * Reads more ordinals after `first`: "first, third and fifth", "1st & 3rd",
 * "2nd/4th". Repeats are rejected later, by {@link uniqueOrdinals}: an
 * ordinal's value depends on the words after it ("fifth" vs "fifth to last").
 */
export function ordinalList(c: Cursor, first: Item<number>): Item<number>[] {
  const items = [first];
  while (separator(c, (k) => ordinalAhead(c, k) || (c.isWord('the', k) && ordinalAhead(c, k + 1)), ORDINAL_EXPECTED)) {
    c.word('the');
    items.push(ordinal(c) ?? c.fail());
  }
  return items;
}

/** The values of a complete ordinal list, rejecting the first repeat ("the first and first Monday"). */
export function uniqueOrdinals(c: Cursor, items: readonly Item<number>[]): number[] {
  const seen = new Set<number>();
  for (const item of items) {
    if (seen.has(item.value)) c.reject(item.token, `the ${dayOrdinalWords(item.value)} is named twice`);
    seen.add(item.value);
  }
  return [...seen];
}

/** Reads one weekday (or "weekdays"/"weekends"), or records that one was expected. */
export function weekdayItem(c: Cursor): Item<readonly Weekday[]> | undefined {
  return c.lookup(WEEKDAY_GROUPS, WEEKDAY_EXPECTED);
}

/** Reads more weekdays after `first`: "Monday and Thursday", "Tue/Thu", "Mon, Wed, Fri". Rejects a repeat. */
export function weekdayList(c: Cursor, first: Item<readonly Weekday[]>): Item<Weekday>[] {
  const items: Item<Weekday>[] = [];
  const seen = new Set<Weekday>();
  let group: Item<readonly Weekday[]> = first;
  for (;;) {
    for (const day of group.value) {
      if (seen.has(day)) c.reject(group.token, `${WEEKDAY_NAMES[day]} is named twice`);
      seen.add(day);
      items.push({ value: day, token: group.token });
    }
    if (!separator(c, (k) => weekdayAhead(c, k), WEEKDAY_EXPECTED)) return items;
    group = weekdayItem(c) ?? c.fail();
  }
}
