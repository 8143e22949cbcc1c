/**
 * RFC 5545 DATE-TIME and UTC-OFFSET values (§3.3.5, §3.3.14), written from
 * epoch milliseconds with the library's zone helpers.
 */
import { civilFromDays, pad } from '../_lib/civil.js';
import { instantToWall, wallToInstant } from '../_lib/zone.js';
import { UnsupportedError } from '../errors/UnsupportedError.js';

const DAY_MS = 86_400_000;

/** `YYYYMMDDTHHMMSS` for a day number and milliseconds into that day (seconds truncated). */
export function formatLocalDateTime(days: number, msOfDay: number): string {
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) {
    throw new UnsupportedError(`Year ${year} cannot be written in iCalendar, which has four-digit years (0000-9999)`);
  }
  const seconds = Math.floor(msOfDay / 1000);
  return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}T${pad(Math.floor(seconds / 3600), 2)}${pad(Math.floor(seconds / 60) % 60, 2)}${pad(seconds % 60, 2)}`;
}

/** `YYYYMMDDTHHMMSSZ`: an instant in UTC (RFC 5545 form #2). */
export function formatUtcDateTime(epochMs: number): string {
  const days = Math.floor(epochMs / DAY_MS);
  return `${formatLocalDateTime(days, epochMs - days * DAY_MS)}Z`;
}

/** A DATE-TIME value with its parameters: `TZID` for a zoned wall time, none for UTC. */
export interface DateTimeValue {
  readonly params: readonly (readonly [string, string])[];
  readonly value: string;
  /** The zone the value was written in, or `undefined` for UTC. */
  readonly zone: string | undefined;
}

/**
 * Writes an instant as the wall time in `zone` with `TZID` (RFC 5545 form
 * #3) when that wall time names this instant and no other; otherwise (a
 * wall time repeated by a fall-back change, which readers resolve
 * differently) in UTC, which every reader reads the same way. Without a
 * zone, always UTC.
 */
export function dateTimeValue(epochMs: number, zone: string | undefined): DateTimeValue {
  if (zone !== undefined) {
    const wall = instantToWall(epochMs, zone);
    const conversion = wallToInstant(wall.days, wall.msOfDay / 60_000, zone);
    if (conversion.kind === 'exact' && conversion.earlier === epochMs) {
      return { params: [['TZID', zone]], value: formatLocalDateTime(wall.days, wall.msOfDay), zone };
    }
  }
  return { params: [], value: formatUtcDateTime(epochMs), zone: undefined };
}

/** `+HHMM`, or `+HHMMSS` when the offset has seconds; zero is `+0000` (RFC 5545 forbids `-0000`). */
export function formatUtcOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.round(Math.abs(offsetMs) / 1000);
  const seconds = total % 60;
  return `${sign}${pad(Math.floor(total / 3600), 2)}${pad(Math.floor(total / 60) % 60, 2)}${seconds === 0 ? '' : pad(seconds, 2)}`;
}
