/**
 * Turns the slots of a parsed sentence (days, how often, which months) into
 * one canonical rule, rejecting combinations that make no sense ("weekly on
 * the second Saturday", "every year on the 15th" without a month).
 */
import { assertNever } from '../../_lib/assertNever.js';
import { normalizeRecurrence } from '../normalize.js';
import type { RecurrenceRule, RecurrenceRuleInput, Weekday } from '../schema.js';
import type { Cursor } from './cursor.js';
import { describeDate } from './dates.js';
import { uniqueOrdinals } from './ordinals.js';
import type { Core, DateItem, Item, State } from './state.js';
import { WEEKDAY_NAMES } from './vocabulary.js';

const EVERY_WEEKDAY_OF_THE_MONTH = [1, 2, 3, 4, 5];

/** The months the rule is limited to (undefined: every month), from "of ..." or from a cycle. */
function resolveMonths(c: Cursor, state: State): readonly number[] | undefined {
  const { frequency, months } = state;
  if (frequency?.kind === 'cycle') {
    if (months !== undefined) c.reject(months.token, `the months are already given by "${frequency.token.text}"`);
    const start = frequency.start?.value ?? (frequency.every === 3 ? 3 : undefined);
    if (start === undefined) {
      c.reject(frequency.token, 'say which month it starts in, e.g. "every other month starting in January", or use "odd months" or "even months"');
    }
    const list: number[] = [];
    for (let m = start; list.length < 12 / frequency.every; m = ((m + frequency.every - 1) % 12) + 1) list.push(m);
    return list;
  }
  if (frequency?.kind === 'year' && months?.kind !== 'list') {
    c.reject(months?.token ?? frequency.token, 'a yearly rule needs its month, e.g. "every year on the fourth Thursday of November"');
  }
  return months?.kind === 'list' ? months.months : undefined;
}

function withMonths<R extends object>(rule: R, months: readonly number[] | undefined): R & { months?: number[] } {
  return months === undefined ? rule : { ...rule, months: [...months] };
}

function ordinalsRule(c: Cursor, state: State, core: Extract<Core, { kind: 'ordinals' }>): RecurrenceRuleInput {
  const values = uniqueOrdinals(c, core.ordinals);
  const { frequency } = state;
  if (frequency?.kind === 'week') {
    c.reject(frequency.token, `"${frequency.token.text}" does not go with a day of the month; a monthly pattern repeats monthly`);
  }
  const months = resolveMonths(c, state);
  if (core.weekday !== undefined) {
    return withMonths({ kind: 'nth_weekday' as const, weekday: core.weekday.value, ordinals: values }, months);
  }
  return withMonths({ kind: 'day_of_month' as const, days: values }, months);
}

function weekdaysRule(c: Cursor, state: State, core: Extract<Core, { kind: 'weekdays' }>): RecurrenceRuleInput {
  const { frequency } = state;
  let interval = core.interval;
  if (frequency?.kind === 'week') {
    if (interval !== undefined) c.reject(frequency.token, 'how many weeks apart is already given; say it once');
    interval = frequency.interval;
  }
  // A weekday list is never empty.
  const first = (core.weekdays[0] as Item<Weekday>).value;
  if (frequency?.kind === 'month') {
    c.reject(frequency.token, `say which ${WEEKDAY_NAMES[first]} of the month, e.g. "monthly on the first ${WEEKDAY_NAMES[first]}"`);
  }
  const months = resolveMonths(c, state);
  const weekdays = core.weekdays.map((w) => w.value);
  if (months === undefined) return { kind: 'weekly', weekdays, interval: interval ?? 1 };
  if (weekdays.length !== 1 || (interval ?? 1) !== 1) {
    const where = state.months?.token ?? frequency?.token ?? core.token;
    c.reject(where, `only one weekday, every week, can be limited to some months, e.g. "every ${WEEKDAY_NAMES[first]} in July"`);
  }
  return { kind: 'nth_weekday', weekday: first, ordinals: EVERY_WEEKDAY_OF_THE_MONTH, months: [...months] };
}

function isoDate(item: DateItem): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(item.year as number, 4)}-${pad(item.month, 2)}-${pad(item.day, 2)}`;
}

function datesRule(c: Cursor, state: State, core: Extract<Core, { kind: 'dates' }>): RecurrenceRuleInput {
  const { frequency, months } = state;
  const yearless = core.items.filter((item) => item.year === undefined);
  if (yearless.length < core.items.length || core.allowed !== undefined) {
    const missing = yearless[0];
    if (missing !== undefined) c.reject(missing.dayToken, `${describeDate(missing)} needs a year, e.g. "${describeDate({ ...missing, year: 2026 })}"`);
    if (frequency !== undefined) c.reject(frequency.token, `a list of dates does not repeat; "${frequency.token.text}" does not go with it`);
    if (months !== undefined) c.reject(months.token, 'a list of dates cannot be limited to months');
    const seen = new Set<string>();
    for (const item of core.items) {
      const date = isoDate(item);
      if (seen.has(date)) c.reject(item.token, `${describeDate(item)} is named twice`);
      seen.add(date);
    }
    return { kind: 'dates', dates: [...seen] };
  }
  // Dates without a year repeat every year: "July 4", "January 1 and July 1".
  if (frequency !== undefined && frequency.kind !== 'year') {
    c.reject(frequency.token, `a date without a year repeats yearly; "${frequency.token.text}" does not go with it`);
  }
  if (months !== undefined) c.reject(months.token, 'a date already names its month');
  const days = new Set<number>();
  const monthsOf = new Set<number>();
  const pairs = new Set<number>();
  for (const item of core.items) {
    if (item.weekday !== undefined) {
      c.reject(item.weekday.token, `${describeDate(item)} falls on a different weekday each year; give the year or leave out the weekday`);
    }
    if (pairs.has(item.month * 100 + item.day)) c.reject(item.token, `${describeDate(item)} is named twice`);
    pairs.add(item.month * 100 + item.day);
    days.add(item.day);
    monthsOf.add(item.month);
  }
  if (pairs.size !== days.size * monthsOf.size) {
    c.reject(core.token, 'dates without a year must share their days or their month, e.g. "January 1 and July 1"; otherwise give the year');
  }
  return { kind: 'day_of_month', days: [...days], months: [...monthsOf] };
}

/** The canonical rule a complete sentence describes. */
export function assemble(c: Cursor, state: State): RecurrenceRule {
  const { core } = state;
  if (core === undefined) c.reject(c.peek(), 'say which days, e.g. "on the second Saturday" or "every Tuesday"');
  switch (core.kind) {
    case 'ordinals':
      return normalizeRecurrence(ordinalsRule(c, state, core));
    case 'weekdays':
      return normalizeRecurrence(weekdaysRule(c, state, core));
    case 'dates':
      return normalizeRecurrence(datesRule(c, state, core));
    default:
      return assertNever(core);
  }
}
