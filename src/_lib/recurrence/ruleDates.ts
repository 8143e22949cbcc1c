/**
 * The date generator behind `occurrences`: yields the day numbers a rule
 * meets on, ascending, from `fromDays` to `untilDays` inclusive. Monthly
 * rules are computed by calendar arithmetic per month (never day by day);
 * weekly rules jump from one meeting week to the next.
 */
import { civilFromDays, daysFromCivil, daysInMonth, isoWeekday, MAX_DAYS, parseDays } from '../civil.js';
import { assertNever } from '../assertNever.js';
import type { RecurrenceRule, Weekday } from '../../recurrence/schema.js';
import { WEEKDAYS } from '../../recurrence/weekdays.js';

/** The Gregorian calendar repeats every 400 years (4800 months, 20871 weeks). */
const CYCLE_MONTHS = 4800;

/** ISO number (1 = Monday) of a weekday name. */
export function weekdayNumber(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

/**
 * Appends to `out` the day numbers a monthly rule selects from `fromDays` to
 * `untilDays`, ascending, stopping at `limit` entries. Returns the first day
 * not yet examined (for resuming), or -1 when the rule is exhausted.
 */
function collectMonthly(rule: MonthlyRule, fromDays: number, untilDays: number, limit: number, out: number[]): number {
  const inMonth = rule.months === undefined ? null : monthMask(rule.months);
  const start = civilFromDays(fromDays);
  let year = start.year;
  let month = start.month;
  let idle = 0;
  const nth = rule.kind === 'nth_weekday';
  const positions = nth ? rule.ordinals : rule.days;
  const picks = new Array<number>(positions.length).fill(0);
  const weekday = nth ? weekdayNumber(rule.weekday) : 0;
  let base = daysFromCivil(year, month, 1) - 1;
  while (idle <= CYCLE_MONTHS && year <= 9999) {
    const length = daysInMonth(year, month);
    if (base + 1 > untilDays) return -1;
    if (inMonth === null || inMonth[month] === 1) {
      let count = 0;
      const firstDay = nth ? 1 + ((weekday - isoWeekday(base + 1) + 7) % 7) : 0;
      for (const p of positions) {
        const day = nth
          ? p > 0 ? firstDay + 7 * (p - 1) : firstDay + 7 * (Math.floor((length - firstDay) / 7) + p + 1)
          : p > 0 ? p : length + p + 1;
        if (day >= 1 && day <= length) picks[count++] = day;
      }
      if (count > 1) sortPrefix(picks, count);
      let hit = false;
      let previous = 0;
      for (let i = 0; i < count; i++) {
        const day = picks[i] as number;
        if (day === previous) continue;
        previous = day;
        const d = base + day;
        if (d < fromDays) continue;
        if (d > untilDays) return -1;
        hit = true;
        out.push(d);
      }
      idle = hit ? 0 : idle + 1;
      if (out.length >= limit) return base + length + 1;
    } else {
      idle++;
    }
    base += length;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return -1;
}

/** Insertion sort of the first `count` entries (at most a handful). */
function sortPrefix(values: number[], count: number): void {
  for (let i = 1; i < count; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
}

function monthMask(months: readonly number[]): Uint8Array {
  const mask = new Uint8Array(13);
  for (const m of months) mask[m] = 1;
  return mask;
}

function collectWeekly(rule: Extract<RecurrenceRule, { kind: 'weekly' }>, anchorDays: number, fromDays: number, untilDays: number, limit: number, out: number[]): number {
  const offsets = rule.weekdays.map(weekdayNumber).sort((a, b) => a - b).map((n) => n - 1);
  const step = 7 * rule.interval;
  const anchorMonday = anchorDays - (isoWeekday(anchorDays) - 1);
  // The first meeting week on or after the week containing fromDays.
  const weeksAhead = Math.max(0, Math.ceil((fromDays - 6 - anchorMonday) / step));
  for (let monday = anchorMonday + weeksAhead * step; monday <= untilDays; monday += step) {
    for (const offset of offsets) {
      const d = monday + offset;
      if (d < fromDays) continue;
      if (d > untilDays) return -1;
      out.push(d);
    }
    if (out.length >= limit) return monday + 7;
  }
  return -1;
}

type MonthlyRule = Extract<RecurrenceRule, { kind: 'nth_weekday' | 'day_of_month' }>;

/**
 * The day numbers of a rule (in any list order) from `fromDays` to `untilDays`
 * (inclusive), ascending and unique, at most `limit` of them (it may return a
 * few more, up to the end of the month or week it stops in). `anchorDays`
 * anchors weekly intervals (the series start; defaults to `fromDays`).
 */
export function collectDays(rule: RecurrenceRule, fromDays: number, untilDays: number, limit: number, anchorDays: number = fromDays): number[] {
  const out: number[] = [];
  collectInto(rule, fromDays, Math.min(untilDays, MAX_DAYS), limit, anchorDays, out);
  return out;
}

function collectInto(rule: RecurrenceRule, fromDays: number, untilDays: number, limit: number, anchorDays: number, out: number[]): number {
  switch (rule.kind) {
    case 'nth_weekday':
    case 'day_of_month':
      return collectMonthly(rule, fromDays, untilDays, limit, out);
    case 'weekly':
      return collectWeekly(rule, anchorDays, fromDays, untilDays, limit, out);
    case 'dates': {
      for (const d of [...new Set(rule.dates.map(parseDays))].sort((a, b) => a - b)) {
        if (d >= fromDays && d <= untilDays) out.push(d);
      }
      return -1;
    }
    default:
      return assertNever(rule);
  }
}

/**
 * Day numbers of a rule (in any list order) between `fromDays` and `untilDays`
 * (inclusive; pass `MAX_DAYS` for an open end), ascending and unique,
 * produced lazily in batches.
 */
export function* ruleDays(rule: RecurrenceRule, fromDays: number, untilDays: number = MAX_DAYS, anchorDays: number = fromDays): Generator<number> {
  const until = Math.min(untilDays, MAX_DAYS);
  let cursor = fromDays;
  const batch: number[] = [];
  while (cursor !== -1 && cursor <= until) {
    batch.length = 0;
    cursor = collectInto(rule, cursor, until, 64, anchorDays, batch);
    yield* batch;
  }
}
