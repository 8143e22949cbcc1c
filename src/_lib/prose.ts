import { civilFromDays } from './civil.js';
import { MONTH_NAMES } from './names.js';

/** `March 12, 2026` for a day number. */
export function formatLongDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${MONTH_NAMES[month - 1] as string} ${day}, ${year}`;
}

/** Joins phrases as English prose: `a`, `a and b`, `a, b and c`. */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] as string}`;
}

/** `1 day`, `30 days`. */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
