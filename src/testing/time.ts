/** Arbitraries for the plain values every area shares: local dates, wall times, zones, instants. */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { formatDays, MAX_DAYS, MIN_DAYS, parseDays } from '../_lib/civil.js';
import { epochMsToInstant, instantToEpochMs } from '../_lib/instant.js';
import { dateWindowInOrder, dateWindowShape, hhmm, instantWindowInOrder, instantWindowShape, readOptions, ZonePoolSchema } from './_options.js';

/**
 * Time zones with and without daylight saving, on both sides of the date
 * line, with whole-hour, half-hour (Lord Howe, Kolkata) and 45-minute
 * (Chatham) offsets: the default pool of {@link timeZoneArbitrary}.
 *
 * @example
 * ```ts
 * import { TEST_TIME_ZONES } from 'balint-rules/testing';
 *
 * TEST_TIME_ZONES.includes('Pacific/Chatham');
 * //=> true
 * ```
 */
export const TEST_TIME_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Europe/Dublin',
  'UTC',
] as const;

/**
 * A local date `YYYY-MM-DD` between `from` and `until`, both inclusive
 * (defaults: 1900-01-01 to 2100-12-31).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { localDateArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(localDateArbitrary({ from: '2026-03-12', until: '2026-03-12' }), 2);
 * //=> ['2026-03-12', '2026-03-12']
 * ```
 */
export function localDateArbitrary(options: z.input<typeof LocalDateOptionsSchema> = {}): fc.Arbitrary<string> {
  return localDates(readOptions(LocalDateOptionsSchema, options, 'localDateArbitrary'));
}

const LocalDateOptionsSchema = z.strictObject(dateWindowShape).check(dateWindowInOrder('1900-01-01', '2100-12-31'));

/** {@link localDateArbitrary} for options already read. */
export function localDates(options: { readonly from?: string | undefined; readonly until?: string | undefined }): fc.Arbitrary<string> {
  const min = Math.max(parseDays(options.from ?? '1900-01-01'), MIN_DAYS);
  const max = Math.min(parseDays(options.until ?? '2100-12-31'), MAX_DAYS);
  return fc.integer({ min, max }).map(formatDays);
}

/**
 * A wall time `HH:mm`; with `nearDstChanges`, half the times fall in the
 * small hours (00:00-03:45) where daylight-saving changes happen.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { wallTimeArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(wallTimeArbitrary(), 20).every((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t));
 * //=> true
 * ```
 */
export function wallTimeArbitrary(options: z.input<typeof WallTimeOptionsSchema> = {}): fc.Arbitrary<string> {
  return wallTimes(readOptions(WallTimeOptionsSchema, options, 'wallTimeArbitrary'));
}

const WallTimeOptionsSchema = z.strictObject({ nearDstChanges: z.optional(z.boolean()) });

/** {@link wallTimeArbitrary} for options already read. */
export function wallTimes(options: { readonly nearDstChanges?: boolean | undefined }): fc.Arbitrary<string> {
  const any = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => hhmm(h, m));
  if (options.nearDstChanges !== true) return any;
  return fc.oneof(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => hhmm(h, m)), any);
}

/**
 * An IANA zone from `timeZones` (default {@link TEST_TIME_ZONES}).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { timeZoneArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(timeZoneArbitrary({ timeZones: ['America/New_York'] }), 1);
 * //=> ['America/New_York']
 * ```
 */
export function timeZoneArbitrary(options: z.input<typeof TimeZoneOptionsSchema> = {}): fc.Arbitrary<string> {
  return zones(readOptions(TimeZoneOptionsSchema, options, 'timeZoneArbitrary').timeZones ?? TEST_TIME_ZONES);
}

const TimeZoneOptionsSchema = z.strictObject({ timeZones: z.optional(ZonePoolSchema) });

/** {@link timeZoneArbitrary} for a pool already read (canonical names, at least one). */
export const zones = (pool: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...pool);

/**
 * An instant between `from` and `until` (instants; defaults mid-2025 to
 * mid-2027), to the millisecond, written in UTC or with one of a few
 * offsets (`-07:00`, `+05:30`, ...), as clients send them.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { instantArbitrary } from 'balint-rules/testing';
 * import { InstantSchema } from 'balint-rules';
 *
 * fc.sample(instantArbitrary(), 20).every((t) => InstantSchema.safeParse(t).success);
 * //=> true
 * ```
 */
export function instantArbitrary(options: z.input<typeof InstantOptionsSchema> = {}): fc.Arbitrary<string> {
  return instants(readOptions(InstantOptionsSchema, options, 'instantArbitrary'));
}

const InstantOptionsSchema = z.strictObject(instantWindowShape).check(instantWindowInOrder('2025-06-01T00:00:00Z', '2027-06-01T00:00:00Z'));

/** {@link instantArbitrary} for options already read. */
export function instants(options: { readonly from?: string | undefined; readonly until?: string | undefined }): fc.Arbitrary<string> {
  const start = instantToEpochMs(options.from ?? '2025-06-01T00:00:00Z');
  const end = instantToEpochMs(options.until ?? '2027-06-01T00:00:00Z');
  return fc
    .tuple(fc.integer({ min: Math.ceil(start / 60_000), max: Math.floor(end / 60_000) }), fc.integer({ min: 0, max: 59_999 }), fc.constantFrom(0, -420, -240, 60, 330, 540))
    .map(([minutes, ms, offset]) => withOffset(Math.min(minutes * 60_000 + ms, end), offset));
}

/** Writes epoch ms as an ISO instant in UTC (offset 0) or with a numeric offset of `offset` minutes. */
export function withOffset(utcMs: number, offset: number): string {
  if (offset === 0) return epochMsToInstant(utcMs);
  const local = epochMsToInstant(utcMs + offset * 60_000).slice(0, 23);
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${hhmm(Math.floor(abs / 60), abs % 60)}`;
}
