/**
 * What a sentence has said so far. A sentence is a few phrases in any order
 * ("monthly", "on the second Saturday", "of odd months"); each kind of phrase
 * may be given once, and `assemble` turns the three slots into a rule.
 */
import type { Weekday } from '../schema.js';
import type { Cursor } from './cursor.js';
import type { Token } from './tokenize.js';

/** A value and the token it was read from (for error positions). */
export interface Item<T> {
  readonly value: T;
  readonly token: Token;
}

/** One date of an explicit list; `year` is filled in when a year follows. */
export interface DateItem {
  readonly month: number;
  readonly day: number;
  year: number | undefined;
  /** A weekday the date must fall on ("Thursday, March 12, 2026"). */
  readonly weekday: Item<Weekday> | undefined;
  /** Where the date starts. */
  readonly token: Token;
  /** The day-of-month (or ISO date) token. */
  readonly dayToken: Token;
}

/** The days named: ordinals (with a weekday: nth weekday; without: days of the month), weekdays, or dates. */
export type Core = { readonly token: Token } & (
  | { readonly kind: 'ordinals'; readonly ordinals: readonly Item<number>[]; readonly weekday: Item<Weekday> | undefined }
  | { readonly kind: 'weekdays'; readonly weekdays: readonly Item<Weekday>[]; readonly interval: number | undefined }
  | {
      readonly kind: 'dates';
      readonly items: readonly DateItem[];
      /** The weekdays every date must fall on ("the following Tuesdays: ..."). */
      readonly allowed: readonly Item<Weekday>[] | undefined;
    }
);

/** How often: every N weeks, monthly, yearly, or every N months from a start month (quarterly: N = 3). */
export type Frequency = { readonly token: Token } & (
  | { readonly kind: 'week'; readonly interval: number }
  | { readonly kind: 'month' }
  | { readonly kind: 'year' }
  | { readonly kind: 'cycle'; readonly every: number; readonly start: Item<number> | undefined }
);

/** Which months: every month ("of the month") or a list ("of odd months", "in March and June"). */
export type MonthSpec = { readonly token: Token } & (
  | { readonly kind: 'every' }
  | { readonly kind: 'list'; readonly months: readonly number[] }
);

/** The three slots of a sentence. */
export interface State {
  core?: Core;
  frequency?: Frequency;
  months?: MonthSpec;
}

/** Fills the core slot (the days). */
export function setCore(c: Cursor, state: State, core: Core): void {
  if (state.core !== undefined) c.reject(core.token, 'the days are already given; name them once');
  state.core = core;
}

/** Fills the frequency slot. */
export function setFrequency(c: Cursor, state: State, frequency: Frequency): void {
  if (state.frequency !== undefined) {
    c.reject(frequency.token, `how often is already given by "${state.frequency.token.text}"; say it once`);
  }
  state.frequency = frequency;
}

/** Fills the months slot. */
export function setMonths(c: Cursor, state: State, months: MonthSpec): void {
  if (state.months !== undefined) c.reject(months.token, 'the months are already given; name them once');
  state.months = months;
}
