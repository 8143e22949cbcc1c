/**
 * A fast acceptance check for recurrence rules on hot paths. It accepts only
 * rules the zod schema accepts and returns exactly `canonical(schema.parse(x))`
 * for them; anything unusual returns `undefined`, and the caller falls back to
 * the zod schema, which gives the full error report. A property test pins the
 * equivalence.
 */
import { canonical } from './_canonical.js';
import { isMonthDay, isOrdinal, MAX_WEEK_INTERVAL } from './_limits.js';
import type { RecurrenceRule, Weekday } from './schema.js';
import { WEEKDAYS } from './weekdays.js';

const WEEKDAY_SET = new Set<string>(WEEKDAYS);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isWeekday = (v: unknown): v is Weekday => WEEKDAY_SET.has(v as string);

/**
 * Whether `value` is a non-empty list of distinct integers that pass `ok`.
 * The scan is quadratic, but no range here holds more than 62 values, so a
 * long list stops at its first repeat.
 */
function intList(value: unknown, ok: (n: number) => boolean): value is number[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const n: unknown = value[i];
    if (!isInt(n) || !ok(n)) return false;
    for (let j = 0; j < i; j++) if (value[j] === n) return false;
  }
  return true;
}

const isMonth = (n: number): boolean => n >= 1 && n <= 12;

function plainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The canonical rule when `value` is a plainly valid rule, else `undefined` (validate with zod). */
export function fastRule(value: unknown): RecurrenceRule | undefined {
  if (!plainObject(value)) return undefined;
  const months = value['months'];
  if (months !== undefined && !intList(months, isMonth)) return undefined;
  switch (value['kind']) {
    case 'nthWeekday': {
      const weekday = value['weekday'];
      if (!isWeekday(weekday) || !intList(value['ordinals'], isOrdinal)) return undefined;
      return canonical({ kind: 'nthWeekday', weekday, ordinals: value['ordinals'], ...(months === undefined ? {} : { months }) });
    }
    case 'dayOfMonth':
      if (!intList(value['days'], isMonthDay)) return undefined;
      return canonical({ kind: 'dayOfMonth', days: value['days'], ...(months === undefined ? {} : { months }) });
    case 'weekly': {
      const weekdays = value['weekdays'];
      const interval = value['interval'] === undefined ? 1 : value['interval'];
      if (months !== undefined || !isInt(interval) || interval < 1 || interval > MAX_WEEK_INTERVAL) return undefined;
      if (!Array.isArray(weekdays) || weekdays.length === 0) return undefined;
      // By index, so a hole in a sparse array is refused too (every() skips holes); seven weekdays at most, as a repeat is refused.
      for (let i = 0; i < weekdays.length; i++) if (!isWeekday(weekdays[i])) return undefined;
      if (new Set(weekdays).size !== weekdays.length) return undefined;
      return canonical({ kind: 'weekly', weekdays: weekdays as Weekday[], interval });
    }
    default:
      return undefined;
  }
}
