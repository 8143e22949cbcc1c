/**
 * A fast acceptance check for recurrence rules on hot paths. It accepts only
 * rules the zod schema accepts and returns exactly `canonical(schema.parse(x))`
 * for them; anything unusual returns `undefined`, and the caller falls back to
 * the zod schema, which gives the full error report. A property test pins the
 * equivalence.
 */
import { isValidLocalDate } from '../_lib/civil.js';
import { canonical } from './normalize.js';
import { WEEKDAYS, type RecurrenceRule, type Weekday } from './schema.js';

const WEEKDAY_SET = new Set<string>(WEEKDAYS);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function intList(value: unknown, ok: (n: number) => boolean): value is number[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 64) return false;
  for (let i = 0; i < value.length; i++) {
    const n: unknown = value[i];
    if (!isInt(n) || !ok(n)) return false;
    for (let j = 0; j < i; j++) if (value[j] === n) return false;
  }
  return true;
}

const isOrdinal = (n: number): boolean => n !== 0 && n >= -5 && n <= 5;
const isMonth = (n: number): boolean => n >= 1 && n <= 12;
const isMonthDay = (n: number): boolean => n !== 0 && n >= -31 && n <= 31;

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
      if (typeof weekday !== 'string' || !WEEKDAY_SET.has(weekday) || !intList(value['ordinals'], isOrdinal)) return undefined;
      return canonical({ kind: 'nthWeekday', weekday: weekday as Weekday, ordinals: value['ordinals'], ...(months === undefined ? {} : { months }) });
    }
    case 'dayOfMonth':
      if (!intList(value['days'], isMonthDay)) return undefined;
      return canonical({ kind: 'dayOfMonth', days: value['days'], ...(months === undefined ? {} : { months }) });
    case 'weekly': {
      const weekdays = value['weekdays'];
      const interval = value['interval'] === undefined ? 1 : value['interval'];
      if (months !== undefined || !isInt(interval) || interval < 1 || interval > 520) return undefined;
      if (!Array.isArray(weekdays) || weekdays.length === 0 || weekdays.length > 7) return undefined;
      if (!weekdays.every((w: unknown) => typeof w === 'string' && WEEKDAY_SET.has(w)) || new Set(weekdays).size !== weekdays.length) return undefined;
      return canonical({ kind: 'weekly', weekdays: weekdays as Weekday[], interval });
    }
    default:
      return undefined;
  }
}

/** Whether `value` is a plainly valid `YYYY-MM-DD` date (or absent, when `optional`). */
export function fastDate(value: unknown, optional: boolean): boolean {
  return value === undefined ? optional : typeof value === 'string' && isValidLocalDate(value);
}

/**
 * The options of a plain `occurrences` query (from, until and/or count; no
 * exceptions or holidays) when they are plainly valid, else `undefined`.
 */
export function fastPlainOptions(value: unknown): { from: string; until?: string; count?: number } | undefined {
  if (!plainObject(value)) return undefined;
  const { from, until, count, exceptions, holidays } = value;
  if (exceptions !== undefined || holidays !== undefined) return undefined;
  if (!fastDate(from, false) || !fastDate(until, true)) return undefined;
  if (count !== undefined && !(isInt(count) && count >= 1 && count <= 1_000_000)) return undefined;
  if (until === undefined && count === undefined) return undefined;
  return { from: from as string, ...(until === undefined ? {} : { until: until as string }), ...(count === undefined ? {} : { count: count as number }) };
}
