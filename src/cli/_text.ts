/** Text output helpers. Internal. */
import { civilFromDays, isoWeekday, parseDays } from '../_lib/civil.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../_lib/names.js';
import { WEEKDAYS } from '../recurrence/schema.js';

/** `Saturday, January 10, 2026`. */
export function longDate(date: string): string {
  const days = parseDays(date);
  const { year, month, day } = civilFromDays(days);
  const weekday = WEEKDAYS[isoWeekday(days) - 1] ?? 'monday';
  return `${WEEKDAY_NAMES[weekday]}, ${MONTH_NAMES[month - 1] ?? ''} ${day}, ${year}`;
}

/** Lines joined, each ended by a newline. */
export function lines(items: readonly string[]): string {
  return items.map((line) => `${line}\n`).join('');
}

/** The text with its first letter in lower case (a library sentence inside an `error:` line). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Rows of `label: value` with the values aligned, each line starting with `indent`. */
export function table(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${indent}${`${label}:`.padEnd(width + 2)}${value}`);
}
