/**
 * The date generator behind `occurrences`: yields the day numbers a rule
 * meets on, ascending, from `fromDays` to `untilDays` inclusive. Monthly
 * rules are computed by calendar arithmetic per month (never day by day);
 * weekly rules jump from one meeting week to the next.
 */
import { civilFromDays, daysFromCivil, daysInMonth, isoWeekday, MAX_DAYS, parseDays } from '../_lib/civil.js';
import { assertNever } from '../_lib/assertNever.js';
import { WEEKDAYS, type RecurrenceRule, type Weekday } from './schema.js';

/** The Gregorian calendar repeats every 400 years (4800 months, 20871 weeks). */
const CYCLE_MONTHS = 4800;

/** ISO number (1 = Monday) of a weekday name. */
export function weekdayNumber(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

/** Day of month (1-based) of the nth `weekday` in a month, or 0 when the month has none. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, ordinal: number): number {
  const length = daysInMonth(year, month);
  if (ordinal > 0) {
    const firstWeekday = isoWeekday(daysFromCivil(year, month, 1));
    const day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * (ordinal - 1);
    return day <= length ? day : 0;
  }
  const lastWeekday = isoWeekday(daysFromCivil(year, month, length));
  const day = length - ((lastWeekday - weekday + 7) % 7) + 7 * (ordinal + 1);
  return day >= 1 ? day : 0;
}

/** Day of month for a `dayOfMonth` entry (negative counts from the end), or 0 when the month is too short. */
function dayOfMonth(year: number, month: number, n: number): number {
  const length = daysInMonth(year, month);
  const day = n > 0 ? n : length + n + 1;
  return day >= 1 && day <= length ? day : 0;
}

/** Days of one month that a monthly rule selects, ascending and unique. */
function monthDays(rule: RecurrenceRule, year: number, month: number): number[] {
  const days: number[] = [];
  if (rule.kind === 'nthWeekday') {
    const weekday = weekdayNumber(rule.weekday);
    for (const ordinal of rule.ordinals) {
      const day = nthWeekdayOfMonth(year, month, weekday, ordinal);
      if (day !== 0) days.push(day);
    }
  } else if (rule.kind === 'dayOfMonth') {
    for (const n of rule.days) {
      const day = dayOfMonth(year, month, n);
      if (day !== 0) days.push(day);
    }
  }
  if (days.length > 1) {
    days.sort((a, b) => a - b);
    return days.filter((d, i) => i === 0 || d !== days[i - 1]);
  }
  return days;
}

function* monthly(rule: RecurrenceRule & { months?: number[] | undefined }, fromDays: number, untilDays: number): Generator<number> {
  const monthSet = rule.months === undefined ? null : new Set(rule.months);
  const start = civilFromDays(fromDays);
  let year = start.year;
  let month = start.month;
  let idle = 0;
  while (idle <= CYCLE_MONTHS) {
    if (year > 9999) return;
    if (monthSet === null || monthSet.has(month)) {
      const base = daysFromCivil(year, month, 1) - 1;
      if (base + 1 > untilDays) return;
      let hit = false;
      for (const day of monthDays(rule, year, month)) {
        const d = base + day;
        if (d < fromDays) continue;
        if (d > untilDays) return;
        hit = true;
        yield d;
      }
      idle = hit ? 0 : idle + 1;
    } else {
      idle++;
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

function* weekly(weekdays: readonly Weekday[], interval: number, fromDays: number, untilDays: number): Generator<number> {
  const offsets = weekdays.map(weekdayNumber).sort((a, b) => a - b).map((n) => n - 1);
  const weekStart = fromDays - (isoWeekday(fromDays) - 1);
  for (let monday = weekStart; monday <= untilDays; monday += 7 * interval) {
    for (const offset of offsets) {
      const d = monday + offset;
      if (d < fromDays) continue;
      if (d > untilDays) return;
      yield d;
    }
  }
}

/**
 * Day numbers of a canonical rule between `fromDays` and `untilDays`
 * (inclusive; pass `MAX_DAYS` for an open end), ascending and unique.
 */
export function ruleDays(rule: RecurrenceRule, fromDays: number, untilDays: number = MAX_DAYS): Iterable<number> {
  const until = Math.min(untilDays, MAX_DAYS);
  switch (rule.kind) {
    case 'nthWeekday':
    case 'dayOfMonth':
      return monthly(rule, fromDays, until);
    case 'weekly':
      return weekly(rule.weekdays, rule.interval, fromDays, until);
    case 'dates':
      return [...new Set(rule.dates.map(parseDays))]
        .sort((a, b) => a - b)
        .filter((d) => d >= fromDays && d <= until);
    default:
      return assertNever(rule);
  }
}
