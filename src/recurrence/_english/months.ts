/**
 * Which months: "of the month", "of every month", "in odd months",
 * "of even-numbered months", "of March, June, September and December",
 * "of January through June", and cycles: "every other month starting in
 * February", "quarterly from January".
 */
import type { Cursor, Expectation } from './cursor.js';
import { ordinalTokenValue, separator } from './ordinals.js';
import { setFrequency, setMonths, type Item, type State } from './state.js';
import type { Token } from './tokenize.js';
import { CARDINAL_WORDS, MONTH_NAMES, MONTH_WORDS, ORDINAL_WORDS } from './vocabulary.js';

/** Expectation of a month name. */
export const MONTH_EXPECTED: Expectation = { label: 'a month', words: [...MONTH_WORDS.keys()], rank: 0 };

const PARITY: ReadonlyMap<string, readonly number[]> = new Map([
  ['odd', [1, 3, 5, 7, 9, 11]],
  ['even', [2, 4, 6, 8, 10, 12]],
]);
const PARITY_EXPECTED: Expectation = { label: '"odd" or "even"', words: ['odd', 'even'], rank: 1 };
const RANGE_WORDS: ReadonlyMap<string, true> = new Map([
  ['through', true],
  ['thru', true],
  ['to', true],
  ['until', true],
  ['till', true],
]);
const RANGE_EXPECTED: Expectation = { label: '"through"', words: ['through'], rank: 1 };

const COUNT_EXPECTED: Expectation = {
  label: 'a number of weeks or months such as "2", "three" or "other"',
  words: ['other', 'alternate', ...CARDINAL_WORDS.keys()],
  rank: 0,
};

/** Whether a month name is `k` tokens ahead. */
export function monthAhead(c: Cursor, k: number): boolean {
  const token = c.peek(k);
  return token.kind === 'word' && MONTH_WORDS.has(token.text);
}

/** Reads a month name, or records that one was expected. */
export function monthName(c: Cursor): Item<number> | undefined {
  return c.lookup(MONTH_WORDS, MONTH_EXPECTED);
}

/** Reads "through June" (or "to", "until", "-") after a month: the months of the range, wrapping past December. */
function range(c: Cursor, from: Item<number>): number[] {
  const dash = c.isPunct('-') ? c.take() : undefined;
  if (dash === undefined && c.lookup(RANGE_WORDS, RANGE_EXPECTED) === undefined) return [from.value];
  const to = monthName(c) ?? c.fail();
  if (to.value === from.value) c.reject(to.token, 'a range of months needs two different months');
  const months: number[] = [];
  for (let m = from.value; ; m = (m % 12) + 1) {
    months.push(m);
    if (m === to.value) return months;
  }
}

/** Reads a list of months and ranges after `first`: "March, June and September", "January through June". */
export function monthList(c: Cursor, first: Item<number>): number[] {
  const months: number[] = [];
  const seen = new Set<number>();
  let item = first;
  for (;;) {
    for (const m of range(c, item)) {
      if (seen.has(m)) c.reject(item.token, `${MONTH_NAMES[m - 1] as string} is named twice`);
      seen.add(m);
      months.push(m);
    }
    if (!separator(c, (k) => monthAhead(c, k), MONTH_EXPECTED)) return months;
    item = monthName(c) ?? c.fail();
  }
}

/** Reads "odd months", "even-numbered months" (after "odd"/"even" was seen), or records the expectation. */
function parityMonths(c: Cursor): readonly number[] | undefined {
  const parity = c.lookup(PARITY, PARITY_EXPECTED);
  if (parity === undefined) return undefined;
  if (c.isPunct('-')) {
    c.take();
    if (!c.word('numbered')) c.fail();
  } else {
    c.word('numbered');
  }
  if (!c.anyWord('months', 'month')) c.fail();
  return parity.value;
}

/** Reads "starting in January" (or "beginning", "from"; "in"/"with" optional), if present. */
export function startMonth(c: Cursor): Item<number> | undefined {
  if (!c.anyWord('starting', 'beginning', 'from')) return undefined;
  c.anyWord('in', 'with');
  return monthName(c) ?? c.fail();
}

/**
 * Every `every` months, optionally from a start month: "quarterly" (3),
 * "every other month starting in February" (2). Only divisors of 12 repeat
 * the same months each year.
 */
export function cycle(c: Cursor, state: State, every: number, token: Token): void {
  if (!(every >= 1 && 12 % every === 0)) {
    // A number too long to read is Infinity: name it as written.
    c.reject(token, `every ${Number.isFinite(every) ? every : token.text} months would not meet in the same months each year; use 2, 3, 4, 6 or 12`);
  }
  if (every === 1) {
    setFrequency(c, state, { kind: 'month', token });
    return;
  }
  setFrequency(c, state, { kind: 'cycle', every, start: startMonth(c), token });
}

/**
 * Reads what follows "of" or "in": "the month", "every month", "odd months",
 * "every odd month", "March and June", or a cycle ("every other month
 * starting in January"), filling the months (or frequency) slot.
 */
export function monthSpec(c: Cursor, state: State, intro: Token): void {
  const determiner = c.anyWord('the', 'every', 'each');
  if (determiner !== undefined && determiner.text !== 'the') {
    const count = cycleCount(c);
    if (count !== undefined) {
      if (!c.anyWord('months', 'month')) c.fail();
      cycle(c, state, count.value, count.token);
      return;
    }
    if (c.word('quarter')) {
      cycle(c, state, 3, determiner);
      return;
    }
  }
  if (determiner !== undefined && c.word('month')) {
    setMonths(c, state, { kind: 'every', token: intro });
    return;
  }
  const parity = parityMonths(c);
  if (parity !== undefined) {
    setMonths(c, state, { kind: 'list', months: parity, token: intro });
    return;
  }
  const first = determiner?.text === 'the' ? undefined : monthName(c);
  if (first === undefined) c.fail();
  setMonths(c, state, { kind: 'list', months: monthList(c, first), token: intro });
}

/**
 * Reads the count after "every": "other", "alternate", "3", "three", and
 * "second" or "2nd" when a unit ("weeks", "months") follows. Records the
 * expectation otherwise.
 */
export function cycleCount(c: Cursor): Item<number> | undefined {
  const token = c.peek();
  if (token.kind === 'word' && (token.text === 'other' || token.text === 'alternate')) {
    c.take();
    return { value: 2, token };
  }
  if (token.kind === 'number') {
    c.take();
    return { value: token.value, token };
  }
  if (token.kind === 'word' && CARDINAL_WORDS.has(token.text)) {
    c.take();
    return { value: CARDINAL_WORDS.get(token.text) as number, token };
  }
  // "every second week" is a count, but "every second Tuesday" is an ordinal: look at the next word.
  const unitNext = c.isWord('week', 1) || c.isWord('weeks', 1) || c.isWord('month', 1) || c.isWord('months', 1);
  if (unitNext && token.kind === 'word' && ORDINAL_WORDS.has(token.text)) {
    c.take();
    return { value: ORDINAL_WORDS.get(token.text) as number, token };
  }
  if (unitNext && token.kind === 'ordinal') {
    c.take();
    return { value: ordinalTokenValue(c, token), token };
  }
  c.expect(COUNT_EXPECTED);
  return undefined;
}

