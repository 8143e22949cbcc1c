import * as z from 'zod/mini';
import { LocalDateSchema, WallTimeSchema } from '../common/schemas.js';
import { HolidayCalendarSchema } from './holidays.js';

/**
 * Changes to a series' dates: dates to skip (RFC 5545 EXDATE), extra dates
 * (RDATE), and single occurrences moved to another date (and optionally
 * another start time).
 *
 * @example
 * ```ts
 * import { ExceptionsSchema } from 'balint-rules/recurrence';
 *
 * ExceptionsSchema.parse({ skip: ['2026-11-26'], move: [{ from: '2026-05-28', to: '2026-05-21' }] });
 * ```
 */
export const ExceptionsSchema = z.strictObject({
  /** Occurrences that do not take place. */
  skip: z.optional(z.array(LocalDateSchema)),
  /** Extra dates outside the rule. */
  add: z.optional(z.array(LocalDateSchema)),
  /** Occurrences moved to another date; `startTime` overrides the series' time for that session. */
  move: z.optional(
    z.array(z.strictObject({ from: LocalDateSchema, to: LocalDateSchema, startTime: z.optional(WallTimeSchema) })),
  ),
});

/**
 * What to do with occurrences that fall on a holiday: `skip` them, or
 * `shift` them `shiftDays` later (default 7: the same weekday a week later),
 * again if that day is a holiday too. `match` chooses which holiday dates
 * count: the actual date, the observed weekday, or both (default).
 *
 * @example
 * ```ts
 * import { HolidayPolicySchema, US_FEDERAL_HOLIDAYS } from 'balint-rules/recurrence';
 *
 * HolidayPolicySchema.parse({ calendar: US_FEDERAL_HOLIDAYS, action: 'skip' });
 * ```
 */
export const HolidayPolicySchema = z.strictObject({
  calendar: HolidayCalendarSchema,
  action: z.enum(['skip', 'shift']),
  shiftDays: z.optional(z.int().check(z.minimum(1), z.maximum(366))),
  match: z.optional(z.enum(['actual', 'observed', 'both'])),
});

/**
 * Exceptions to a series, see {@link ExceptionsSchema}.
 *
 * @example
 * ```ts
 * import type { Exceptions } from 'balint-rules/recurrence';
 *
 * const exceptions: Exceptions = { skip: ['2026-11-26'], move: [{ from: '2026-05-28', to: '2026-05-21', startTime: '18:00' }] };
 * ```
 */
export type Exceptions = z.output<typeof ExceptionsSchema>;
/**
 * Holiday handling, see {@link HolidayPolicySchema}.
 *
 * @example
 * ```ts
 * import { US_FEDERAL_HOLIDAYS, type HolidayPolicy } from 'balint-rules/recurrence';
 *
 * const policy: HolidayPolicy = { calendar: US_FEDERAL_HOLIDAYS, action: 'shift', shiftDays: 7 };
 * ```
 */
export type HolidayPolicy = z.output<typeof HolidayPolicySchema>;
