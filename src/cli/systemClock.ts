import type { ClockReading } from './io.js';

/**
 * The one place the library reads the system clock and the machine's time
 * zone: the command line calls it only when a user writes `now`
 * (`--at now`, `--dtstamp now`) or `today` (`--at today`).
 *
 * @returns the current instant in epoch milliseconds and the machine's IANA zone
 *
 * @example
 * ```ts
 * import { readSystemClock } from 'balint-rules/cli';
 *
 * typeof readSystemClock().epochMs;
 * //=> 'number'
 * ```
 */
export function readSystemClock(): ClockReading {
  return { epochMs: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
