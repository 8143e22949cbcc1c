import * as z from 'zod/mini';
import type { KnownKeys } from '../_lib/types.js';
import { InstantSchema, LocalDateSchema } from '../common/schemas.js';
import { openObject } from '../_lib/objects.js';
import { CreditAmountSchema } from './amount.js';

const SessionIndexSchema = z.int().check(z.minimum(1, 'must be a session index, 1 or more'));
const MinutesSchema = z.int().check(z.minimum(0), z.maximum(1440));

/**
 * A session as credit sees it. It accepts what `planSessions` returns
 * (`index`, `date`, `start`, `end`, `durationMinutes`, and its further
 * fields, which are kept as given), plus two optional facts the
 * accreditation needs:
 * - `excludedMinutes`: minutes of the session that are not formal
 *   interaction (welcome, introductions, announcements); systems that exclude
 *   such time (AAFP always does) do not count them;
 * - `creditCap`: the most credit this one session may earn in any system.
 *
 * @example
 * ```ts
 * import { CreditSessionSchema } from 'balint-rules/credits';
 *
 * CreditSessionSchema.parse({ index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00.000Z',
 *   end: '2026-01-10T17:30:00.000Z', durationMinutes: 90, excludedMinutes: 15 });
 * //=> { index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00.000Z', end: '2026-01-10T17:30:00.000Z', durationMinutes: 90, excludedMinutes: 15 }
 * ```
 */
export const CreditSessionSchema = openObject({
  /** The session's number in its series, 1 for the first. */
  index: SessionIndexSchema,
  /** The local date the session meets on. */
  date: LocalDateSchema,
  /** When it starts (informational). */
  start: z.optional(InstantSchema),
  /** When it ends (informational). */
  end: z.optional(InstantSchema),
  /** Its scheduled length in minutes. */
  durationMinutes: z.int().check(z.minimum(1), z.maximum(1440)),
  /** Minutes of welcome, introductions or announcements, which are not formal interaction. */
  excludedMinutes: z.optional(MinutesSchema),
  /** The most credit this session may earn in any system. */
  creditCap: z.optional(CreditAmountSchema),
}, z.refine((s) => (s.excludedMinutes ?? 0) <= s.durationMinutes, { message: 'must not exceed the session length', path: ['excludedMinutes'] }));

/**
 * The sessions of an activity: at least one, indexes unique.
 *
 * @example
 * ```ts
 * import { CreditSessionsSchema } from 'balint-rules/credits';
 *
 * CreditSessionsSchema.safeParse([
 *   { index: 1, date: '2026-01-10', durationMinutes: 90 },
 *   { index: 1, date: '2026-02-14', durationMinutes: 60 },
 * ]).success;
 * //=> false
 * ```
 */
export const CreditSessionsSchema = z
  .array(CreditSessionSchema)
  .check(
    z.minLength(1, 'must list at least one session'),
    z.maxLength(10_000),
    z.refine((sessions) => new Set(sessions.map((s) => s.index)).size === sessions.length, 'must not repeat a session index'),
  );

/**
 * One participant's attendance at one session, by the session's `index`,
 * its `kind` one of:
 * - `full`: present for the whole session;
 * - `partial`: present for `minutesPresent` minutes;
 * - `absent`: not present. A session with no record counts as absent.
 *
 * @example
 * ```ts
 * import { SessionAttendanceSchema } from 'balint-rules/credits';
 *
 * SessionAttendanceSchema.parse({ session: 3, kind: 'partial', minutesPresent: 40 });
 * //=> { session: 3, kind: 'partial', minutesPresent: 40 }
 * ```
 */
export const SessionAttendanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ session: SessionIndexSchema, kind: z.literal('full') }),
  z.strictObject({ session: SessionIndexSchema, kind: z.literal('partial'), minutesPresent: MinutesSchema }),
  z.strictObject({ session: SessionIndexSchema, kind: z.literal('absent') }),
]);

/**
 * A participant's attendance: at most one record per session.
 *
 * @example
 * ```ts
 * import { AttendanceSchema } from 'balint-rules/credits';
 *
 * AttendanceSchema.parse([{ session: 1, kind: 'full' }, { session: 2, kind: 'absent' }]).length;
 * //=> 2
 * ```
 */
export const AttendanceSchema = z
  .array(SessionAttendanceSchema)
  .check(
    z.maxLength(10_000),
    z.refine((records) => new Set(records.map((r) => r.session)).size === records.length, 'must not list a session twice'),
  );

/**
 * A session as credit sees it, see {@link CreditSessionSchema}.
 *
 * @example
 * ```ts
 * import { CreditSessionSchema, type CreditSession } from 'balint-rules/credits';
 *
 * const s: CreditSession = CreditSessionSchema.parse({ index: 2, date: '2026-02-14', durationMinutes: 60 });
 * ```
 */
export type CreditSession = z.output<typeof CreditSessionSchema>;
/**
 * A session as accepted on input: what `planSessions` returns (its further
 * fields are kept as given) plus the optional credit facts.
 *
 * @example
 * ```ts
 * import type { CreditSessionInput } from 'balint-rules/credits';
 *
 * const first: CreditSessionInput = { index: 1, date: '2026-01-10', durationMinutes: 90, excludedMinutes: 15 };
 * ```
 */
export type CreditSessionInput = KnownKeys<z.input<typeof CreditSessionSchema>>;

/**
 * One attendance record, see {@link SessionAttendanceSchema}.
 *
 * @example
 * ```ts
 * import type { SessionAttendance } from 'balint-rules/credits';
 *
 * const late: SessionAttendance = { session: 2, kind: 'partial', minutesPresent: 45 };
 * ```
 */
export type SessionAttendance = z.output<typeof SessionAttendanceSchema>;
/**
 * A participant's attendance, see {@link AttendanceSchema}.
 *
 * @example
 * ```ts
 * import type { Attendance } from 'balint-rules/credits';
 *
 * const all: Attendance = [{ session: 1, kind: 'full' }, { session: 2, kind: 'absent' }];
 * ```
 */
export type Attendance = z.output<typeof AttendanceSchema>;
