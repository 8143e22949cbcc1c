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

/** Orders dated records by date, then id, so results never depend on input order. */
export function byDateThenId(a: { readonly date: string; readonly id: string }, b: { readonly date: string; readonly id: string }): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
