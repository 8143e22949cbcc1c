/**
 * The top of the recursive-descent parser. A sentence is one or more phrases,
 * optionally separated by commas, each filling one slot of the state:
 *
 * ```text
 * sentence  := phrase ([","] phrase)* END
 * phrase    := "on" (days | ("every" | "each") every) | ("of" | "in") months | frequency | days
 * frequency := "monthly" | "yearly" | "annually" | "weekly" | "biweekly" | "fortnightly"
 *            | "quarterly" [start] | "once" ["a"] unit | ("every" | "each") every
 * every     := count ("weeks" | "months" [start]) | "week" | "month" | "year" | "quarter" [start]
 *            | "odd"/"even" "month" | "day" | days        ("every other Tuesday", "every 2nd Tuesday")
 * days      := ["the"] ordinals [weekday | "day"]          ("the 1st and 3rd Wednesday", "the 15th")
 *            | "the following" (weekdays | "dates") [":"] dates
 *            | weekdays | "alternate" weekdays | "daily" | dates
 * ```
 *
 * Every token is consumed by the grammar or the parse fails at it: nothing is
 * skipped. Each token is looked at a bounded number of times, so the work is
 * linear in the length of the text.
 */
import { assertNever } from '../../_lib/assertNever.js';
import type { RecurrenceRule, Weekday } from '../schema.js';
import { WEEKDAYS } from '../weekdays.js';
import { MAX_WEEK_INTERVAL } from '../_limits.js';
import { assemble } from './assemble.js';
import { Cursor, type Expectation } from './cursor.js';
import { dateAhead, dateList } from './dates.js';
import { cycle, cycleCount, monthName, monthSpec } from './months.js';
import { ordinal, ordinalList, weekdayAhead, weekdayItem, weekdayList, WEEKDAY_EXPECTED } from './ordinals.js';
import { setCore, setFrequency, type Item, type State } from './state.js';
import { tokenize, type Meter, type Token } from './tokenize.js';
import { WEEKDAY_WORDS } from './vocabulary.js';

type FrequencyWord = 'month' | 'year' | 'quarter' | 'week' | 'fortnight' | 'bi' | 'every' | 'once';

const FREQUENCY_WORDS: ReadonlyMap<string, FrequencyWord> = new Map<string, FrequencyWord>([
  ['monthly', 'month'],
  ['yearly', 'year'],
  ['annually', 'year'],
  ['quarterly', 'quarter'],
  ['weekly', 'week'],
  ['biweekly', 'fortnight'],
  ['fortnightly', 'fortnight'],
  ['bi', 'bi'],
  ['every', 'every'],
  ['each', 'every'],
  ['once', 'once'],
]);
const FREQUENCY_EXPECTED: Expectation = {
  label: 'how often, such as "monthly", "every month" or "every other week"',
  words: [...FREQUENCY_WORDS.keys()].filter((w) => w !== 'bi'),
  rank: 1,
};
const UNITS: ReadonlyMap<string, 'week' | 'month' | 'year' | 'quarter'> = new Map([
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
  ['quarter', 'quarter'],
]);
const UNIT_EXPECTED: Expectation = { label: '"week", "month", "quarter" or "year"', words: [...UNITS.keys()], rank: 1 };

/**
 * Parses recurrence English into a canonical rule, counting the work done
 * in `meter`. Throws `RecurrenceSyntaxError` for anything not understood.
 */
export function parseEnglish(input: string, meter: Meter = { work: 0 }): RecurrenceRule {
  const c = new Cursor(input, tokenize(input, meter), meter);
  const state: State = {};
  phrase(c, state);
  for (;;) {
    if (c.punct(',')) phrase(c, state);
    else if (c.atEnd()) break;
    else phrase(c, state);
  }
  return assemble(c, state);
}

function phrase(c: Cursor, state: State): void {
  const token = c.peek();
  if (state.core === undefined && c.word('on')) {
    const each = c.anyWord('every', 'each');
    if (each !== undefined) every(c, state, each);
    else if (!days(c, state)) c.fail();
    return;
  }
  if (state.months === undefined && c.anyWord('of', 'in')) {
    monthSpec(c, state, token);
    return;
  }
  if (frequency(c, state)) return;
  if (state.core === undefined && days(c, state)) return;
  c.fail();
}

function weekInterval(c: Cursor, state: State, interval: number, token: Token): void {
  if (!(interval >= 1 && interval <= MAX_WEEK_INTERVAL)) c.reject(token, `the interval must be 1 to ${MAX_WEEK_INTERVAL} weeks`);
  setFrequency(c, state, { kind: 'week', interval, token });
}

function unitFrequency(c: Cursor, state: State, unit: 'week' | 'month' | 'year' | 'quarter', token: Token): void {
  switch (unit) {
    case 'week':
      return weekInterval(c, state, 1, token);
    case 'month':
      return setFrequency(c, state, { kind: 'month', token });
    case 'year':
      return setFrequency(c, state, { kind: 'year', token });
    case 'quarter':
      return cycle(c, state, 3, token);
    default:
      return assertNever(unit);
  }
}

/** Reads a frequency phrase, or records the expectation and returns false. */
function frequency(c: Cursor, state: State): boolean {
  const found = c.lookup(FREQUENCY_WORDS, FREQUENCY_EXPECTED);
  if (found === undefined) return false;
  const { token, value } = found;
  switch (value) {
    case 'month':
    case 'year':
    case 'quarter':
    case 'week':
      unitFrequency(c, state, value, token);
      return true;
    case 'fortnight':
      weekInterval(c, state, 2, token);
      return true;
    case 'bi':
      if (c.isPunct('-')) c.take();
      if (!c.word('weekly')) c.fail();
      weekInterval(c, state, 2, token);
      return true;
    case 'once':
      c.anyWord('a', 'per', 'every', 'each');
      unitFrequency(c, state, (c.lookup(UNITS, UNIT_EXPECTED) ?? c.fail()).value, token);
      return true;
    case 'every':
      every(c, state, token);
      return true;
    default:
      return assertNever(value);
  }
}

/** What follows "every" or "each". */
function every(c: Cursor, state: State, token: Token): void {
  const count = cycleCount(c);
  if (count !== undefined) {
    if (c.anyWord('weeks', 'week')) return weekInterval(c, state, count.value, count.token);
    if (c.anyWord('months', 'month')) return cycle(c, state, count.value, count.token);
    if (count.value === 2 && state.core === undefined) {
      const first = weekdayItem(c);
      if (first !== undefined) return weekdays(c, state, token, first, 2);
    }
    c.fail();
  }
  const unit = c.lookup(UNITS, UNIT_EXPECTED);
  if (unit !== undefined) return unitFrequency(c, state, unit.value, unit.token);
  // With the months already given, "every odd month" is read and refused as a second list of months.
  if (c.isWord('odd') || c.isWord('even')) return monthSpec(c, state, token);
  c.expect({ label: '"odd" or "even"', words: ['odd', 'even'], rank: 1 });
  if (state.core === undefined) {
    if (c.word('day')) return allWeek(c, state, token, WEEKDAYS);
    const first = ordinal(c);
    if (first !== undefined) return ordinals(c, state, token, first);
    const day = weekdayItem(c);
    if (day !== undefined) return weekdays(c, state, token, day, undefined);
    const month = monthName(c);
    if (month !== undefined) return setCore(c, state, { kind: 'dates', items: dateList(c, month), allowed: undefined, token });
  }
  c.fail();
}

function allWeek(c: Cursor, state: State, token: Token, days: readonly Weekday[]): void {
  setCore(c, state, { kind: 'weekdays', weekdays: days.map((value) => ({ value, token })), interval: undefined, token });
}

function weekdays(c: Cursor, state: State, token: Token, first: Item<readonly Weekday[]>, interval: number | undefined): void {
  setCore(c, state, { kind: 'weekdays', weekdays: weekdayList(c, first), interval, token });
}

/** After an ordinal list: a weekday (nth weekday) or, optionally, "day" (day of the month). */
function ordinals(c: Cursor, state: State, token: Token, first: Item<number>): void {
  const list = ordinalList(c, first);
  const weekday = c.lookup(WEEKDAY_WORDS, WEEKDAY_EXPECTED);
  if (weekday !== undefined) {
    for (const o of list) {
      if (Math.abs(o.value) > 5) {
        c.reject(o.token, 'a month has at most five of each weekday; use "first" to "fifth", "last" or "second to last"');
      }
    }
    if ((c.isWord('and') || c.isPunct('&') || c.isPunct('/')) && weekdayAhead(c, 1)) {
      c.reject(c.peek(1), 'a monthly rule names one weekday; for two, use two rules');
    }
    setCore(c, state, { kind: 'ordinals', ordinals: list, weekday, token });
    return;
  }
  if (c.isWord('weekday') || c.isWord('weekdays')) {
    c.reject(c.peek(), 'the nth weekday of the month (any of Monday to Friday) cannot be expressed; name the day, e.g. "the first Monday"');
  }
  c.anyWord('day', 'days');
  setCore(c, state, { kind: 'ordinals', ordinals: list, weekday: undefined, token });
}

/** Reads the days of a rule, or records what would start them and returns false. */
function days(c: Cursor, state: State): boolean {
  const token = c.peek();
  if (c.word('the')) {
    if (c.word('following')) {
      following(c, state, token);
      return true;
    }
    ordinals(c, state, token, ordinal(c) ?? c.fail());
    return true;
  }
  const first = ordinal(c);
  if (first !== undefined) {
    ordinals(c, state, token, first);
    return true;
  }
  if (c.word('daily')) {
    allWeek(c, state, token, WEEKDAYS);
    return true;
  }
  if (c.word('alternate')) {
    weekdays(c, state, token, weekdayItem(c) ?? c.fail(), 2);
    return true;
  }
  if (token.kind === 'date' || (weekdayAhead(c, 0) && dateAhead(c, 0))) {
    setCore(c, state, { kind: 'dates', items: dateList(c), allowed: undefined, token });
    return true;
  }
  const day = weekdayItem(c);
  if (day !== undefined) {
    weekdays(c, state, token, day, undefined);
    return true;
  }
  const month = monthName(c);
  if (month !== undefined) {
    setCore(c, state, { kind: 'dates', items: dateList(c, month), allowed: undefined, token });
    return true;
  }
  c.expect({ label: 'a date such as "2026-03-12"', words: [], rank: 0 });
  return false;
}

/** "the following Tuesdays: February 10, March 10, ..., 2026" or "the following dates: ...". */
function following(c: Cursor, state: State, token: Token): void {
  let allowed: Item<Weekday>[] | undefined;
  if (!c.anyWord('dates', 'days')) allowed = weekdayList(c, weekdayItem(c) ?? c.fail());
  c.punct(':');
  setCore(c, state, { kind: 'dates', items: dateList(c, undefined, allowed), allowed, token });
}
