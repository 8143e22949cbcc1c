/** Counterexamples in words: money, instants in a zone, cancellations. */
import { formatDays, formatWallMinutes } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { instantToWall } from '../_lib/zone.js';
import { unsafeFormatMoney } from '../money/formatMoney.js';
import type { Money } from '../money/schema.js';
import type { Cancellation } from '../refunds/cancellation.js';

/** `$250.00`, `¥1,500`, and so on. */
export const money = (m: Money): string => unsafeFormatMoney(m);

/** `2026-03-12 23:30 America/Los_Angeles (2026-03-13T07:30:00.000Z)`. */
export function when(instant: string, zone: string): string {
  const ms = instantToEpochMs(instant);
  const wall = instantToWall(ms, zone);
  return `${formatDays(wall.days)} ${formatWallMinutes(Math.floor(wall.msOfDay / 60_000))} ${zone} (${instant})`;
}

/** "the registrant cancelled in writing (reason: illness), received 2026-03-12 23:30 America/Los_Angeles (...)". */
export function cancellationText(c: Cancellation, zone: string): string {
  const asked = c.request === 'transfer' ? 'asked to transfer the place' : 'cancelled';
  const writing = c.inWriting === true ? ' in writing' : ' not in writing';
  const reason = c.reason === undefined ? '' : ` (reason: ${c.reason.replace(/_/g, ' ')})`;
  return `the ${c.by} ${asked}${writing}${reason}, received ${when(c.at, zone)}`;
}

/** Joins sentences, each ending with a period. */
export const sentences = (...parts: string[]): string => parts.map((p) => (p.endsWith('.') ? p : `${p}.`)).join(' ');

/** Capitalises the first letter. */
export const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
