/**
 * Helpers for fast validation paths: hand-written acceptance checks that
 * return exactly what a zod schema would for plainly valid input and
 * `undefined` for anything else (the caller then validates with zod, which
 * gives the full error report). Each fast path is pinned to its schema by a
 * property test.
 */

/** A plain object (prototype `Object.prototype` or `null`), not an array. */
export function plainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `key` is an own key of `value` holding `undefined` (zod keeps such a key; fast paths leave that case to zod). */
export function undefinedKey(value: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(value, key);
}

/** A safe integer, as `z.int()` accepts. */
export function isSafeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Whether `value` has no enumerable keys but `allowed` (for strict objects; `for...in`, as zod reads them). */
export function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  for (const key in value) if (!allowed.includes(key)) return false;
  return true;
}

/** Runs a fast check, taking anything it throws (a getter, a proxy) as "leave it to zod". */
export function attempt<T>(check: (value: unknown) => T | undefined, value: unknown): T | undefined {
  try {
    return check(value);
  } catch {
    return undefined;
  }
}

/** The value of the ASCII digits of `s` from `at` to `at + n`, or -1 when one is not a digit. */
function digits(s: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1; // NaN past the end too
    value = value * 10 + c;
  }
  return value;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day number of `s` at `at` when it is a real `YYYY-MM-DD` date in years 0001-9999, else NaN (what `isValidLocalDate` accepts). */
function dateAt(s: string, at: number): number {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return Number.NaN;
  const year = digits(s, at, 4);
  const month = digits(s, at + 5, 2);
  const day = digits(s, at + 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number))) return Number.NaN;
  // Days since 1970-01-01 (as `daysFromCivil` computes them).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The day number of a valid local date `YYYY-MM-DD` (years 0001-9999), else NaN: `isValidLocalDate` and `parseDays` in one pass. */
export function localDateDays(s: string): number {
  return s.length === 10 ? dateAt(s, 0) : Number.NaN;
}

/**
 * The epoch milliseconds of a valid instant (what `InstantSchema` accepts:
 * `YYYY-MM-DDTHH:mm[:ss[.fraction]]` and `Z` or `±HH:mm`), else NaN:
 * `isInstant` and `instantToEpochMs` in one pass, with the same result.
 */
export function instantMs(s: string): number {
  const n = s.length;
  if (n < 17 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return Number.NaN;
  const days = dateAt(s, 0);
  const hours = digits(s, 11, 2);
  const minutes = digits(s, 14, 2);
  if (Number.isNaN(days) || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  let at = 16;
  let seconds = 0;
  let fraction = 0;
  if (s.charCodeAt(at) === 58) {
    seconds = digits(s, at + 1, 2);
    if (seconds < 0 || seconds > 59 || at + 3 > n) return Number.NaN;
    at += 3;
    if (s.charCodeAt(at) === 46) {
      let end = at + 1;
      while (end < n && end - at <= 9 && s.charCodeAt(end) >= 48 && s.charCodeAt(end) <= 57) end++;
      if (end === at + 1) return Number.NaN;
      // The first three digits, as milliseconds: what `instantToEpochMs` reads
      // (`Math.floor(Number('0.' + digits) * 1000)`) for every fraction of one
      // to nine digits, without building a number from text. Tests check
      // every fraction of up to three digits and random longer ones.
      const d = end - at - 1;
      fraction = digits(s, at + 1, d < 3 ? d : 3) * (d === 1 ? 100 : d === 2 ? 10 : 1);
      at = end;
    }
  }
  const local = days * 86_400_000 + (hours * 3600 + minutes * 60 + seconds) * 1000 + fraction;
  const sign = s.charCodeAt(at);
  if (sign === 90) return at + 1 === n ? local : Number.NaN;
  if ((sign !== 43 && sign !== 45) || at + 6 !== n || s.charCodeAt(at + 3) !== 58) return Number.NaN;
  const offsetHours = digits(s, at + 1, 2);
  const offsetMinutes = digits(s, at + 4, 2);
  if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
  return local - (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}
