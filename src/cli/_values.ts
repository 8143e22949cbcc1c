/** Option values: whole numbers, values checked by the library's schemas, `now` and `today`, and library issues named by option. Internal. */
import type * as z from 'zod/mini';
import { formatDays } from '../_lib/civil.js';
import { epochMsToInstant } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { instantToWall, isValidTimeZone } from '../_lib/zone.js';
import { InstantSchema, LocalDateSchema } from '../common/schemas.js';
import { ValidationError, formatPath } from '../errors/ValidationError.js';
import { CliUsageError } from './CliUsageError.js';
import type { Args } from './_args.js';
import type { CliIo } from './io.js';

/** A whole number written in decimal digits, e.g. `--count 8`. */
export function integerValue(option: string, raw: string): number {
  const n = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) {
    throw new CliUsageError(`--${option} "${raw}": must be a whole number, e.g. 8`);
  }
  return n;
}

/** `raw` checked by a library schema, the issue named by the option. */
export function checkedValue<S extends z.ZodMiniType>(schema: S, option: string, raw: string): z.output<S> {
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
    const lines = error.issues.map((issue) => {
      for (let n = issue.path.length; n >= 0; n--) {
        const key = n === 0 ? '' : formatPath(issue.path.slice(0, n));
        const name = names[key];
        if (name !== undefined) return `${name}: ${issue.message}`;
      }
      return `${formatPath(issue.path)}: ${issue.message}`;
    });
    throw new CliUsageError(lines.join('; '));
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

/** An ISO-8601 instant, or `now` (the clock is read only then). */
export function instantValue(option: string, raw: string, io: CliIo): string {
  if (raw === 'now') return epochMsToInstant(io.clock().epochMs);
  return checkedValue(InstantSchema, option, raw);
}

/** A local date `YYYY-MM-DD`, or `today` in the machine's zone (the clock is read only then). */
export function dateValue(option: string, raw: string, io: CliIo): string {
  if (raw !== 'today') return checkedValue(LocalDateSchema, option, raw);
  const { epochMs, timeZone } = io.clock();
  return formatDays(instantToWall(epochMs, isValidTimeZone(timeZone) ? timeZone : 'UTC').days);
}
