/**
 * A fast acceptance check for plain series (rule as data, no exceptions or
 * holidays) on hot paths. It accepts only what `SeriesSchema` accepts and
 * returns the same output; anything else returns `undefined` and the caller
 * validates with zod, which reports every issue. A property test pins the
 * equivalence.
 */
import { isValidLocalDate } from '../_lib/civil.js';
import { fastRule } from '../recurrence/_fastRule.js';
import { isValidTimeZone } from '../_lib/zone.js';
import type { Series } from './schema.js';

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DST = new Set(['compatible', 'rfc5545', 'reject']);
/** Whether `value` is a plainly valid `YYYY-MM-DD` date (or absent, when `optional`). */
const fastDate = (value: unknown, optional: boolean): boolean => (value === undefined ? optional : typeof value === 'string' && isValidLocalDate(value));
const minutes = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1440;

/** The validated series when `value` is a plainly valid series, else `undefined`. */
export function fastSeries(value: unknown): Series | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const v = value as Record<string, unknown>;
  // A key present with the value undefined is kept as such by zod: leave those to it.
  for (const key of Object.keys(v)) if (v[key] === undefined) return undefined;
  if (v['exceptions'] !== undefined || v['holidays'] !== undefined) return undefined;
  const rule = fastRule(v['recurrence']);
  if (rule === undefined) return undefined;
  const { from, until, count, startTime, timeZone, durationMinutes, firstSessionMinutes, dst, name } = v;
  if (!fastDate(from, false) || !fastDate(until, true)) return undefined;
  if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 1 && (count as number) <= 100_000)) return undefined;
  if (typeof startTime !== 'string' || !WALL_TIME.test(startTime)) return undefined;
  if (typeof timeZone !== 'string' || !isValidTimeZone(timeZone)) return undefined;
  if (!minutes(durationMinutes) || (firstSessionMinutes !== undefined && !minutes(firstSessionMinutes))) return undefined;
  if (dst !== undefined && !(typeof dst === 'string' && DST.has(dst))) return undefined;
  if (name !== undefined && typeof name !== 'string') return undefined;
  // Keys in the schema's order, as zod returns them.
  const series = {} as Series;
  if (name !== undefined) series.name = name;
  series.recurrence = rule;
  series.from = from as string;
  if (until !== undefined) series.until = until as string;
  if (count !== undefined) series.count = count as number;
  series.startTime = startTime;
  series.timeZone = timeZone;
  series.durationMinutes = durationMinutes as number;
  if (firstSessionMinutes !== undefined) series.firstSessionMinutes = firstSessionMinutes as number;
  if (dst !== undefined) series.dst = dst as NonNullable<Series['dst']>;
  return series;
}
