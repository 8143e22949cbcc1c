/**
 * Small shared pieces of the testing kit: the schema parts its options are
 * made of (every options object is a `z.strictObject`, read once through
 * `validate`), and helpers for writing dates and times.
 */
import * as z from 'zod/mini';
import { formatDays, MAX_DAYS, MIN_DAYS, parseDays } from '../_lib/civil.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { NonEmptySchema } from '../_lib/codes.js';
import { validate } from '../_lib/validate.js';
import { InstantSchema, LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';

/** `HH:mm` from hours and minutes. */
export const hhmm = (h: number, m: number): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** The date `days` days after `date` (before, when negative). */
export const plusDays = (date: string, days: number): string => formatDays(parseDays(date) + days);

/** A list an arbitrary draws from: at least one entry. */
export const pool = <T extends z.ZodMiniType>(item: T) => z.readonly(z.array(item).check(z.minLength(1, 'must not be empty (leave the option out for the default)')));

/** A pool of IANA zones, read as `TimeZoneSchema` reads them (canonical names out). */
export const ZonePoolSchema = pool(TimeZoneSchema);

/** A pool of non-empty strings (organizations, codes, ids). */
export const NamePoolSchema = pool(NonEmptySchema);

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) => z.int().check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`));

/** `from` and `until` of a window of local dates, both optional. */
export const dateWindowShape = { from: z.optional(LocalDateSchema), until: z.optional(LocalDateSchema) };

/**
 * A check that `until` is not before `from`, with the defaults where either
 * is left out (no check against a default given as undefined: one computed
 * from the other end); dates outside the library's range are clamped.
 */
export function dateWindowInOrder(defaultFrom: string, defaultUntil: string | undefined) {
  return z.superRefine((o: { from?: string | undefined; until?: string | undefined }, ctx) => {
    const untilText = o.until ?? defaultUntil;
    if (untilText === undefined) return;
    const from = Math.max(parseDays(o.from ?? defaultFrom), MIN_DAYS);
    const until = Math.min(parseDays(untilText), MAX_DAYS);
    if (until >= from) return;
    const key = o.until === undefined ? 'from' : 'until';
    const message =
      o.until === undefined
        ? `must not be after ${untilText}, the default until (or give until too)`
        : o.from === undefined
          ? `must not be before ${defaultFrom}, the default from (or give from too)`
          : `must not be before from (${o.from})`;
    ctx.addIssue({ code: 'custom', path: [key], input: o[key], message });
  });
}

/** `from` and `until` of a window of instants, both optional. */
export const instantWindowShape = { from: z.optional(InstantSchema), until: z.optional(InstantSchema) };

/** The whole minutes from 1970 an instant window may span: fast-check draws them as 32-bit integers. */
const MINUTE_LIMIT = 2_147_483_647;

/** A check that an instant window holds at least one whole minute and stays within ±4,000 years of 1970. */
export function instantWindowInOrder(defaultFrom: string, defaultUntil: string) {
  return z.superRefine((o: { from?: string | undefined; until?: string | undefined }, ctx) => {
    const start = Math.ceil(instantToEpochMs(o.from ?? defaultFrom) / 60_000);
    const end = Math.floor(instantToEpochMs(o.until ?? defaultUntil) / 60_000);
    for (const [key, minutes] of [['from', start], ['until', end]] as const) {
      if (Math.abs(minutes) > MINUTE_LIMIT) ctx.addIssue({ code: 'custom', path: [key], input: o[key], message: 'must be within 4,000 years of 1970' });
    }
    if (end < start) {
      const key = o.until === undefined ? 'from' : 'until';
      ctx.addIssue({ code: 'custom', path: [key], input: o[key], message: key === 'until' ? 'must be at least a whole minute after from' : `must be before ${defaultUntil}, the default until (or give until too)` });
    }
  });
}

/**
 * Reads a testing-kit function's options (or named arguments) through its
 * schema: the library's `ValidationError` for anything else, with the
 * path and "did you mean" for a misspelt key.
 */
export function readOptions<S extends z.ZodMiniType>(schema: S, value: unknown, fn: string): z.output<S> {
  return validate(schema, value, `${fn} options`);
}

/** {@link readOptions} for a function's positional arguments, read as an object of named arguments. */
export function readArguments<S extends z.ZodMiniType>(schema: S, value: unknown, fn: string): z.output<S> {
  return validate(schema, value, `${fn} arguments`);
}
