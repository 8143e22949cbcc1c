/** Month arithmetic on day numbers and month numbers (year x 12 + month - 1). Internal. */
import { civilFromDays, daysFromCivil, daysInMonth, pad } from '../_lib/civil.js';

/** The day number `months` months after `days`, the day of month clamped to the month's length. */
export function addMonths(days: number, months: number): number {
  const { year, month, day } = civilFromDays(days);
  const m = year * 12 + (month - 1) + months;
  const y = Math.floor(m / 12);
  const mo = m - y * 12 + 1;
  return daysFromCivil(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** The month number of a day number. */
export function monthOf(days: number): number {
  const { year, month } = civilFromDays(days);
  return year * 12 + (month - 1);
}

/** `YYYY-MM` of a month number. */
export function formatMonth(month: number): string {
  const y = Math.floor(month / 12);
  return `${pad(y, 4)}-${pad(month - y * 12 + 1, 2)}`;
}
