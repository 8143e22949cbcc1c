/**
 * Proleptic Gregorian calendar arithmetic on plain numbers. No `Date`, no
 * time zones: a local date is a day number (days since 1970-01-01).
 * Algorithms after Howard Hinnant's "chrono-compatible low-level date
 * algorithms".
 */

/** Days since 1970-01-01 for a civil date (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] as number);
}

/** `'00'` .. `'99'`: two-digit strings by number, so formatting never pads on a hot path. */
export const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** The four-digit year (years below 1000 zero-padded). */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** Formats a civil date as `YYYY-MM-DD`. */
export function formatCivil(year: number, month: number, day: number): string {
  return `${formatYear(year)}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDays(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return formatCivil(year, month, day);
}

/** Parses a `YYYY-MM-DD` string already known to be valid into a day number. */
export function parseDays(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Whether `YYYY-MM-DD` names a real calendar date in years 0001-9999. */
export function isValidLocalDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses `HH:mm` (already validated) into minutes after midnight. */
export function parseWallMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Formats minutes after midnight as `HH:mm`. */
export function formatWallMinutes(minutes: number): string {
  return `${TWO_DIGITS[Math.floor(minutes / 60)] as string}:${TWO_DIGITS[minutes % 60] as string}`;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The first and last day numbers that `YYYY-MM-DD` can express (0001-01-01 .. 9999-12-31). */
export const MIN_DAYS = daysFromCivil(1, 1, 1);
export const MAX_DAYS = daysFromCivil(9999, 12, 31);
