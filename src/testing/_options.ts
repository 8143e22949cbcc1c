/** Small shared pieces of the testing kit's arbitraries. */
import { formatDays, parseDays } from '../_lib/civil.js';

/** `HH:mm` from hours and minutes. */
export const hhmm = (h: number, m: number): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** The date `days` days after `date` (before, when negative). */
export const plusDays = (date: string, days: number): string => formatDays(parseDays(date) + days);

/** Returns `pool` unless it is empty, in which case the options were wrong. */
export function nonEmpty<T>(pool: readonly T[] | undefined, fallback: readonly T[]): readonly T[] {
  return pool === undefined || pool.length === 0 ? fallback : pool;
}
