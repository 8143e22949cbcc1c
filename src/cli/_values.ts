/** Option values: whole numbers, values checked by the library's schemas, `now` and `today`, and library issues named by option. Internal. */
import type * as z from 'zod/mini';
import { formatDays } from '../_lib/civil.js';
import { epochMsToInstant } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { instantToWall, isValidTimeZone } from '../_lib/zone.js';
import { InstantSchema, LocalDateSchema, TimeZoneSchema } from '../common/schemas.js';
import { instantToZoned, zonedToInstant } from '../schedule/index.js';
import { closest } from '../_lib/suggest.js';
import { TimeZoneTransitionError } from '../errors/TimeZoneTransitionError.js';
import { ValidationError, formatPath } from '../errors/ValidationError.js';
import { CliUsageError } from './CliUsageError.js';
import type { Args } from './_args.js';
import { longDate } from './_text.js';
import type { CliIo } from './io.js';

/** A whole number written in decimal digits, e.g. `--count 8`. */
export function integerValue(option: string, raw: string): number {
  const n = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) {
    throw new CliUsageError(`--${option} "${raw}": must be a whole number, e.g. 8`);
  }
  return n;
}

/** `raw` checked by a library schema, the issue named by the option; a near miss of one of an enum's values gets a "did you mean". */
export function checkedValue<S extends z.ZodMiniType>(schema: S, option: string, raw: string): z.output<S> {
  const values = (schema as { options?: unknown }).options;
  if (Array.isArray(values) && values.every((v) => typeof v === 'string') && !values.includes(raw)) {
    const near = closest(raw, values);
    if (near !== undefined) throw new CliUsageError(`--${option} "${raw}": must be one of ${values.map((v) => `"${v}"`).join(', ')}; did you mean "${near}"?`);
  }
  return namingOptions(() => validate(schema, raw, `--${option}`), { '': `--${option} "${raw}"` });
}

/**
 * Runs `run` and turns a `ValidationError` of a value the command line built
 * from its options into a usage error whose issues name the options:
 * `names` maps an issue path (`paid.amount`, or a prefix of it such as
 * `paid`; `''` for the root) to the option's text.
 */
export function namingOptions<T>(run: () => T, names: Readonly<Record<string, string>>): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue) => {
      for (let n = issue.path.length; n >= 0; n--) {
        const key = n === 0 ? '' : formatPath(issue.path.slice(0, n));
        const name = names[key];
        if (name !== undefined) return { ...issue, message: `${name}: ${issue.message}` };
      }
      return { ...issue, message: `${formatPath(issue.path)}: ${issue.message}` };
    });
    throw new CliUsageError(issues.map((i) => i.message).join('; '), issues);
  }
}

/** An option as an issue names it: `--duration "6000"`, or `--skip` for a repeated or absent one. */
function optionText(args: Args, option: string): string {
  const values = args.values(option);
  return values.length === 1 ? `--${option} "${values[0] ?? ''}"` : `--${option}`;
}

/** {@link namingOptions} with `paths` mapping issue paths to option names (`durationMinutes` to `duration`), values quoted. */
export function withOptionNames<T>(args: Args, run: () => T, paths: Readonly<Record<string, string>>): T {
  return namingOptions(run, Object.fromEntries(Object.entries(paths).map(([path, option]) => [path, optionText(args, option)])));
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/;

/**
 * An instant: ISO-8601 with an offset, `now` (the clock is read only then),
 * or a local date and time (`2026-03-12 23:30`) read in `zone` (a time that
 * a daylight-saving change skips or repeats is refused: write the offset).
 * `zone` is `--tz` or the zone of the policy; `zoneFrom` says which, for messages.
 */
export function instantValue(option: string, raw: string, io: CliIo, zone?: { readonly name: string; readonly from: string }): string {
  if (raw === 'now') return epochMsToInstant(io.clock().epochMs);
  const local = LOCAL_DATE_TIME.exec(raw.trim());
  if (local !== null) {
    const [, date = '', time = ''] = local;
    if (zone === undefined) throw new CliUsageError(`--${option} "${raw}" has no offset: write one, e.g. ${date}T${time}:00-05:00, or give --tz <zone>`);
    try {
      return namingOptions(() => zonedToInstant({ date, time, timeZone: zone.name }, { dst: 'reject' }), { '': `--${option} "${raw}"` });
    } catch (error) {
      if (!(error instanceof TimeZoneTransitionError)) throw error;
      throw new CliUsageError(`--${option} "${raw}": ${error.message} (${zone.from}); write the instant with its UTC offset instead, e.g. ${date}T${time}:00-05:00`);
    }
  }
  if (/^\d{1,4}-\d{1,2}-\d{1,2}[ T]\d{1,2}(:\d{1,2})?$/.test(raw.trim())) {
    throw new CliUsageError(`--${option} "${raw}": write the date as YYYY-MM-DD and the time as HH:mm (24-hour), e.g. "2026-03-12 23:30", or an instant with an offset`);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) {
    const where = zone === undefined ? 'with --tz <zone>' : `(read in ${zone.name}, ${zone.from})`;
    throw new CliUsageError(`--${option} "${raw}": give a time as well, e.g. "${raw} 23:30" ${where}, or an instant with an offset`);
  }
  return checkedValue(InstantSchema, option, raw);
}

/** The zone local date-times are read in: `--tz` when given, else `fallback` (the policy's or schedule's zone). */
export function zoneOption(args: Args, fallback: { readonly name: string; readonly from: string }): { readonly name: string; readonly from: string } {
  const raw = args.value('tz');
  return raw === undefined ? fallback : { name: checkedValue(TimeZoneSchema, 'tz', raw), from: '--tz' };
}

/** `March 13, 2026 00:30 America/Los_Angeles`: an instant as the wall clock of a zone shows it. */
export function wallText(instant: string, zone: string): string {
  const at = instantToZoned(instant, zone);
  return `${longDate(at.date)} ${at.time} ${zone}`;
}

/** A local date `YYYY-MM-DD`, or `today` in the machine's zone (the clock is read only then). */
export function dateValue(option: string, raw: string, io: CliIo): string {
  if (raw === 'now') throw new CliUsageError(`--${option} takes a date, YYYY-MM-DD, or today (not now)`);
  if (raw !== 'today') return checkedValue(LocalDateSchema, option, raw);
  const { epochMs, timeZone } = io.clock();
  return formatDays(instantToWall(epochMs, isValidTimeZone(timeZone) ? timeZone : 'UTC').days);
}
