import * as z from 'zod/mini';
import { civilFromDays, formatDays, formatWallMinutes, isoWeekday } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { instantToWall } from '../_lib/zone.js';
import { InstantSchema, TimeZoneSchema } from '../common/schemas.js';

const ZoneEntry = z.union([TimeZoneSchema, z.strictObject({ timeZone: TimeZoneSchema, label: z.string().check(z.minLength(1)) })]);

const Input = z.strictObject({
  session: z.object({ start: InstantSchema, end: InstantSchema }),
  zones: z.array(ZoneEntry).check(z.minLength(1)),
});

/**
 * A session's times as read in one zone.
 *
 * @example
 * ```ts
 * import type { ZoneTimes } from 'balint-rules/schedule';
 *
 * const pacific: ZoneTimes = { timeZone: 'America/Los_Angeles', label: 'Pacific', date: '2026-01-10', startTime: '08:00',
 *   endTime: '09:00', endDate: '2026-01-10', dayOffset: 0, text: '8:00am - 9:00am Pacific' };
 * ```
 */
export interface ZoneTimes {
  readonly timeZone: string;
  /** The zone's label, e.g. `Eastern` (from `Intl`'s generic name unless given). */
  readonly label: string;
  /** Local start date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Local start and end, `HH:mm`. */
  readonly startTime: string;
  readonly endTime: string;
  /** Local end date (differs from `date` when the session crosses midnight there). */
  readonly endDate: string;
  /** Days between this zone's start date and the first zone's (0, or ±1; ±2 only between zones more than a day apart). */
  readonly dayOffset: number;
  /** This zone's part of the text, e.g. `8:00am - 9:00am Pacific`. */
  readonly text: string;
}

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const labels = new Map<string, string>();

function defaultLabel(timeZone: string): string {
  let label = labels.get(timeZone);
  if (label === undefined) {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(0)
      .find((p) => p.type === 'timeZoneName')?.value;
    label = part === undefined || part.startsWith('GMT') ? timeZone : part.replace(/ (Standard )?Time$/, '');
    labels.set(timeZone, label);
  }
  return label;
}

/** `11:00am`, `12:00pm`, `12:30am`. */
function clock(msOfDay: number): string {
  const minutes = Math.floor(msOfDay / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
}

function shortDate(days: number): string {
  const { month, day } = civilFromDays(days);
  return `${WEEKDAY_SHORT[isoWeekday(days) - 1] as string}, ${MONTH_SHORT[month - 1] as string} ${day}`;
}

/**
 * Shows a session in several zones, as the ABS's pages do: "11:00am - 12:00pm
 * Eastern / 8:00am - 9:00am Pacific". Where a zone's date differs from the
 * first zone's, its date is shown ("(Sun, Jan 11)"); where the session crosses
 * midnight in a zone, its end says so ("(+1 day)"). Give `{ timeZone, label }`
 * to choose a label; otherwise the zone's generic English name is used.
 *
 * @example
 * ```ts
 * import { describeSessionTimes } from 'balint-rules/schedule';
 *
 * describeSessionTimes({ start: '2026-01-10T16:00:00.000Z', end: '2026-01-10T17:00:00.000Z' },
 *   ['America/New_York', 'America/Los_Angeles']).text;
 * //=> '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'
 * ```
 */
export function describeSessionTimes(
  session: { readonly start: string; readonly end: string },
  zones: readonly (string | { readonly timeZone: string; readonly label: string })[],
): { text: string; zones: ZoneTimes[] } {
  const input = validate(Input, { session, zones }, 'session times');
  const startMs = instantToEpochMs(input.session.start);
  const endMs = instantToEpochMs(input.session.end);
  let firstDays: number | undefined;
  const parts = input.zones.map((entry): ZoneTimes => {
    const timeZone = typeof entry === 'string' ? entry : entry.timeZone;
    const label = typeof entry === 'string' ? defaultLabel(entry) : entry.label;
    const start = instantToWall(startMs, timeZone);
    const end = instantToWall(endMs, timeZone);
    firstDays ??= start.days;
    const dayOffset = start.days - firstDays;
    const endNote = end.days === start.days ? '' : ` (${end.days - start.days > 0 ? '+' : ''}${end.days - start.days} day)`;
    const dateNote = dayOffset === 0 ? '' : ` (${shortDate(start.days)})`;
    return {
      timeZone,
      label,
      date: formatDays(start.days),
      startTime: formatWallMinutes(Math.floor(start.msOfDay / 60_000)),
      endTime: formatWallMinutes(Math.floor(end.msOfDay / 60_000)),
      endDate: formatDays(end.days),
      dayOffset,
      text: `${clock(start.msOfDay)} - ${clock(end.msOfDay)}${endNote} ${label}${dateNote}`,
    };
  });
  return { text: parts.map((p) => p.text).join(' / '), zones: parts };
}

