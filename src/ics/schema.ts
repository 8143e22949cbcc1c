import * as z from 'zod/mini';
import { daysFromCivil } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { openObject } from '../_lib/objects.js';
import type { DeepReadonly, KnownKeys } from '../_lib/types.js';
import { InstantSchema, TimeZoneSchema } from '../common/schemas.js';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const DAY_MS = 86_400_000;
/** The UTC instants iCalendar can write (four-digit years 0000-9999). */
const FIRST_WRITABLE_MS = daysFromCivil(0, 1, 1) * DAY_MS;
const END_WRITABLE_MS = daysFromCivil(10000, 1, 1) * DAY_MS;
const writableYear = (value: string): boolean => {
  const ms = instantToEpochMs(value);
  // An invalid instant is reported by InstantSchema; do not add a second issue for it.
  return Number.isNaN(ms) || (ms >= FIRST_WRITABLE_MS && ms < END_WRITABLE_MS);
};

/**
 * Text for a calendar property (SUMMARY, DESCRIPTION, LOCATION, PRODID): any
 * Unicode text with tabs and line breaks, but no other control characters
 * (RFC 5545 TEXT has none) and no unpaired UTF-16 surrogates. Escaping and
 * folding happen on output.
 *
 * @example
 * ```ts
 * import { CalendarTextSchema } from 'balint-rules/ics';
 *
 * CalendarTextSchema.safeParse('Balint group; online, via Zoom\nBring a case').success;
 * //=> true
 * CalendarTextSchema.safeParse('bell\u0007').success;
 * //=> false
 * ```
 */
export const CalendarTextSchema = z
  .string()
  .check(
    z.refine((text) => !CONTROL.test(text), 'must not contain control characters other than tab and line breaks'),
    z.refine((text) => !LONE_SURROGATE.test(text), 'must be well-formed Unicode (no unpaired surrogates)'),
  );

/**
 * The domain part of generated UIDs (`<hash>@<domain>`): letters, digits,
 * dots and hyphens, starting and ending with a letter or digit.
 *
 * @example
 * ```ts
 * import { UidDomainSchema } from 'balint-rules/ics';
 *
 * UidDomainSchema.safeParse('americanbalintsociety.org').success;
 * //=> true
 * ```
 */
export const UidDomainSchema = z
  .string()
  .check(
    z.maxLength(253),
    z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/, 'must be a domain such as "example.org" (letters, digits, dots and hyphens)'),
  );

/**
 * An absolute URI for the URL property: a scheme, a colon and printable
 * ASCII without spaces.
 *
 * @example
 * ```ts
 * import { CalendarUriSchema } from 'balint-rules/ics';
 *
 * CalendarUriSchema.safeParse('https://www.americanbalintsociety.org/').success;
 * //=> true
 * ```
 */
export const CalendarUriSchema = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7E]+$/, 'must be an absolute URI such as "https://example.org/group" (no spaces)'));

/**
 * An instant iCalendar can write: a valid ISO-8601 instant whose UTC year is
 * 0000-9999.
 */
const WritableInstantSchema = InstantSchema.check(z.refine(writableYear, 'must fall in the UTC years 0000-9999 that iCalendar can write'));

/**
 * Options for an iCalendar export: `dtstamp` (required: the library has no
 * clock) is written as every event's DTSTAMP; `uidDomain` ends the UIDs
 * (default `balint-rules`); `summary`, `description`, `location` and `url`
 * go on every event; `prodId` is the calendar's PRODID (default
 * `-//balint-rules//balint-rules//EN`).
 *
 * @example
 * ```ts
 * import { ICalendarOptionsSchema } from 'balint-rules/ics';
 *
 * ICalendarOptionsSchema.parse({ dtstamp: '2025-12-01T12:00:00Z', summary: 'Online Balint group' }).uidDomain;
 * //=> 'balint-rules'
 * ```
 */
export const ICalendarOptionsSchema = z.strictObject({
  dtstamp: WritableInstantSchema,
  uidDomain: z._default(UidDomainSchema, 'balint-rules'),
  summary: z.optional(CalendarTextSchema),
  description: z.optional(CalendarTextSchema),
  location: z.optional(CalendarTextSchema),
  url: z.optional(CalendarUriSchema),
  prodId: z._default(CalendarTextSchema.check(z.minLength(1, 'must not be empty')), '-//balint-rules//balint-rules//EN'),
});

const wholeSeconds = (value: string): boolean => {
  const ms = instantToEpochMs(value);
  return Number.isNaN(ms) || ms % 1000 === 0;
};

/**
 * One session to export: start and end instants (whole seconds, as
 * iCalendar has no fractions), and optionally its IANA zone (then DTSTART
 * and DTEND are written as wall times with TZID; otherwise in UTC). The
 * sessions `planSessions` returns fit as they are; their other fields are
 * ignored, but a near miss of a known key (`strat`) is refused.
 *
 * @example
 * ```ts
 * import { CalendarSessionSchema } from 'balint-rules/ics';
 *
 * CalendarSessionSchema.safeParse({ start: '2026-03-13T00:00:00Z', end: '2026-03-13T01:00:00Z',
 *   timeZone: 'America/New_York' }).success;
 * //=> true
 * ```
 */
export const CalendarSessionSchema = openObject(
  {
    start: WritableInstantSchema.check(z.refine(wholeSeconds, 'must be a whole second (iCalendar has no fractions of a second)')),
    end: WritableInstantSchema.check(z.refine(wholeSeconds, 'must be a whole second (iCalendar has no fractions of a second)')),
    timeZone: z.optional(TimeZoneSchema),
  },
  z.refine((s) => !(instantToEpochMs(s.end) <= instantToEpochMs(s.start)), { message: 'must be after the start', path: ['end'] }),
);
/**
 * A list of sessions to export, in any order, from any number of series and
 * zones.
 *
 * @example
 * ```ts
 * import { CalendarSessionsSchema } from 'balint-rules/ics';
 *
 * CalendarSessionsSchema.safeParse([{ start: '2026-03-13T00:00:00Z', end: '2026-03-12T23:00:00Z' }]).success;
 * //=> false
 * ```
 */
export const CalendarSessionsSchema = z.array(CalendarSessionSchema);

/**
 * Export options as accepted on input, see {@link ICalendarOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { ICalendarOptions } from 'balint-rules/ics';
 *
 * const options: ICalendarOptions = { dtstamp: '2025-12-01T12:00:00Z', summary: 'Online Balint group', uidDomain: 'example.org' };
 * ```
 */
export type ICalendarOptions = DeepReadonly<z.input<typeof ICalendarOptionsSchema>>;
/**
 * Validated export options with defaults filled in.
 *
 * @example
 * ```ts
 * import type { ICalendarSettings } from 'balint-rules/ics';
 *
 * const settings: ICalendarSettings = { dtstamp: '2025-12-01T12:00:00Z', uidDomain: 'balint-rules', prodId: '-//balint-rules//balint-rules//EN' };
 * ```
 */
export type ICalendarSettings = z.output<typeof ICalendarOptionsSchema>;
/**
 * A session to export, as accepted on input, see {@link CalendarSessionSchema}.
 *
 * @example
 * ```ts
 * import type { CalendarSessionInput } from 'balint-rules/ics';
 *
 * const session: CalendarSessionInput = { start: '2026-03-13T00:00:00Z', end: '2026-03-13T01:00:00Z', timeZone: 'America/New_York' };
 * ```
 */
export type CalendarSessionInput = DeepReadonly<KnownKeys<z.input<typeof CalendarSessionSchema>>>;
/**
 * A validated session to export.
 *
 * @example
 * ```ts
 * import type { CalendarSession } from 'balint-rules/ics';
 *
 * const session: CalendarSession = { start: '2026-03-13T00:00:00Z', end: '2026-03-13T01:00:00Z' }; // written in UTC
 * ```
 */
export type CalendarSession = z.output<typeof CalendarSessionSchema>;
