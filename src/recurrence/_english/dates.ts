/**
 * Explicit dates: "2026-03-12", "March 12, 2026", "Thursday, March 12, 2026",
 * "March 12, June 11 and September 10, 2026" (a year applies to the dates
 * before it that have none), "March 12 and 26, 2026", and dates without a
 * year ("July 4"), which become yearly days of the month.
 */
import { daysFromCivil, isoWeekday, isValidLocalDate } from '../../_lib/civil.js';
import type { Weekday } from '../schema.js';
import { WEEKDAYS } from '../weekdays.js';
import type { Cursor, Expectation } from './cursor.js';
import { MONTH_EXPECTED, monthAhead, monthName } from './months.js';
import { ordinalTokenValue, separator } from './ordinals.js';
import type { DateItem, Item } from './state.js';
import type { Token } from './tokenize.js';
import { MONTH_NAMES, WEEKDAY_NAMES, WEEKDAY_WORDS } from './vocabulary.js';

const ISO_EXPECTED: Expectation = { label: 'a date such as "2026-03-12"', words: [], rank: 0 };
const DAY_EXPECTED: Expectation = { label: 'a day of the month such as "12"', words: [], rank: 0 };
const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether a day of the month ("12", "12th") is `k` tokens ahead. */
function dayAhead(c: Cursor, k: number): boolean {
  const token = c.peek(k);
  return token.kind === 'ordinal' || (token.kind === 'number' && token.text.length <= 2);
}

/** Whether a year (four digits) is `k` tokens ahead. */
function yearAhead(c: Cursor, k: number): boolean {
  const token = c.peek(k);
  return token.kind === 'number' && token.text.length === 4;
}

function singleWeekdayAhead(c: Cursor, k: number): boolean {
  const token = c.peek(k);
  return token.kind === 'word' && WEEKDAY_WORDS.has(token.text);
}

/** Whether a date starts `k` tokens ahead: an ISO date, a month, or a weekday then (a comma and) one of those. */
export function dateAhead(c: Cursor, k: number): boolean {
  if (c.peek(k).kind === 'date' || monthAhead(c, k)) return true;
  if (!singleWeekdayAhead(c, k)) return false;
  const next = c.isPunct(',', k + 1) ? k + 2 : k + 1;
  return c.peek(next).kind === 'date' || monthAhead(c, next);
}

/** Human form of a date item, "March 12, 2026" or "July 4". */
export function describeDate(item: Pick<DateItem, 'month' | 'day' | 'year'>): string {
  const name = `${MONTH_NAMES[item.month - 1] as string} ${item.day}`;
  return item.year === undefined ? name : `${name}, ${item.year}`;
}

/** Checks a date whose year is known: a real calendar date, on its weekday, on one of the `allowed` weekdays. */
function checkDated(c: Cursor, item: DateItem, allowed: readonly Item<Weekday>[] | undefined): void {
  const year = item.year as number;
  const iso = `${String(year).padStart(4, '0')}-${String(item.month).padStart(2, '0')}-${String(item.day).padStart(2, '0')}`;
  // A year has four digits here, so isValidLocalDate's own check refuses year 0.
  if (!isValidLocalDate(iso)) c.reject(item.dayToken, `${describeDate(item)} is not a calendar date`);
  const actual = WEEKDAYS[isoWeekday(daysFromCivil(year, item.month, item.day)) - 1] as Weekday;
  const wanted = item.weekday === undefined ? allowed : [item.weekday];
  if (wanted !== undefined && !wanted.some((w) => w.value === actual)) {
    const names = wanted.map((w) => WEEKDAY_NAMES[w.value]).join(' or ');
    c.reject(item.weekday?.token ?? item.token, `${describeDate(item)} is a ${WEEKDAY_NAMES[actual]}, not a ${names}`);
  }
}

/** Reads a day of the month for `month` ("12", "12th"). */
function dayOfMonth(c: Cursor, month: Item<number>): { day: number; token: Token } {
  const token = c.peek();
  if (!dayAhead(c, 0)) {
    c.expect(DAY_EXPECTED);
    c.fail();
  }
  c.take();
  // A number's suffix is always right, so its value passes through unchanged.
  const day = ordinalTokenValue(c, token);
  const longest = LONGEST_MONTH[month.value - 1] as number;
  if (day < 1 || day > longest) {
    c.reject(token, `${MONTH_NAMES[month.value - 1] as string} has no day ${day}; it has at most ${longest} days`);
  }
  return { day, token };
}

/** Reads a weekday before a date ("Thursday, March 12, 2026"), if one is there. */
function weekdayPrefix(c: Cursor): Item<Weekday> | undefined {
  if (!singleWeekdayAhead(c, 0)) return undefined;
  const token = c.take();
  if (c.isPunct(',')) c.take();
  return { value: WEEKDAY_WORDS.get(token.text) as Weekday, token };
}

/**
 * Reads a list of dates. `first` is a month already read; `allowed` the
 * weekdays every date must fall on ("the following Tuesdays: ...").
 */
export function dateList(c: Cursor, first?: Item<number>, allowed?: readonly Item<Weekday>[]): DateItem[] {
  const items: DateItem[] = [];
  let pending = 0;
  let month: Item<number> | undefined = first;
  let itemStart = first?.token;
  let weekday: Item<Weekday> | undefined;
  for (;;) {
    if (month === undefined) {
      weekday = weekdayPrefix(c);
      const token = c.peek();
      itemStart = weekday?.token ?? token;
      if (token.kind === 'date') {
        c.take();
        const [year, m, d] = token.text.split('-').map(Number) as [number, number, number];
        const item: DateItem = { month: m, day: d, year, weekday, token: itemStart, dayToken: token };
        checkDated(c, item, allowed);
        items.push(item);
      } else {
        c.expect(ISO_EXPECTED);
        month = monthName(c) ?? c.fail();
      }
    }
    if (month !== undefined) {
      const { day, token } = dayOfMonth(c, month);
      items.push({ month: month.value, day, year: undefined, weekday, token: itemStart ?? token, dayToken: token });
      weekday = undefined;
      itemStart = undefined;
      const yearToken = yearAhead(c, 0) ? c.take() : c.isPunct(',') && yearAhead(c, 1) ? (c.take(), c.take()) : undefined;
      if (yearToken !== undefined) {
        for (; pending < items.length; pending++) {
          const item = items[pending] as DateItem;
          if (item.year === undefined) {
            item.year = yearToken.value;
            checkDated(c, item, allowed);
          }
        }
        month = undefined;
      }
    }
    const sameMonth = month;
    if (!separator(c, (k) => dateAhead(c, k) || (sameMonth !== undefined && dayAhead(c, k)), MONTH_EXPECTED)) return items;
    if (!dayAhead(c, 0)) month = undefined;
  }
}
