import * as z from 'zod/mini';
import { NonEmptySchema, snakeId } from '../_lib/codes.js';

const common = {
  /** Names the requirement in results and roster columns (snake_case, unique in the accreditation). */
  id: snakeId('identifier'),
  /** What meeting it grants, as a participant reads it (e.g. "ABFM Performance Improvement (MOC Part IV)"). */
  name: NonEmptySchema,
};

/**
 * An attendance requirement an accreditation lists: a pass/fail condition
 * reported beside the credit, never an amount of credit. Two kinds:
 * - `minimum_sessions`: at least `sessions` of the activity's sessions
 *   attended (e.g. ABFM Performance Improvement credit for attending at least
 *   6 of 8); `attendance` says what counts as attending one: `full`
 *   (default) the session in its entirety, every scheduled minute; `any`
 *   some minutes present;
 * - `every_session`: every session attended in its entirety (the
 *   intensives' "attend every session in its entirety").
 *
 * List both for both. A requirement differs from a credit rule's
 * `minimumSessions`, which is a gate on that system's hourly credit (below
 * it the system gives no credit); a requirement gives no credit and takes
 * none away: it is met or not met. Both count sessions the same way.
 *
 * @example
 * ```ts
 * import { AttendanceRequirementSchema } from 'balint-rules/credits';
 *
 * AttendanceRequirementSchema.parse({ kind: 'minimum_sessions', id: 'abfm_pi', name: 'ABFM Performance Improvement (MOC Part IV)', sessions: 6 });
 * //=> { kind: 'minimum_sessions', id: 'abfm_pi', name: 'ABFM Performance Improvement (MOC Part IV)', sessions: 6, attendance: 'full' }
 * ```
 */
export const AttendanceRequirementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('minimum_sessions'),
    ...common,
    /** Sessions to attend, at most the activity's number of sessions. */
    sessions: z.int().check(z.minimum(1), z.maximum(10_000)),
    /** What counts as attending a session: `full` (default) its entirety, `any` some minutes. */
    attendance: z._default(z.enum(['full', 'any']), 'full'),
  }),
  z.strictObject({ kind: z.literal('every_session'), ...common }),
]);

/**
 * An accreditation's attendance requirements: at most 50, ids unique.
 *
 * @example
 * ```ts
 * import { AttendanceRequirementsSchema } from 'balint-rules/credits';
 *
 * AttendanceRequirementsSchema.safeParse([
 *   { kind: 'every_session', id: 'whole', name: 'Every session' },
 *   { kind: 'every_session', id: 'whole', name: 'Again' },
 * ]).success;
 * //=> false
 * ```
 */
export const AttendanceRequirementsSchema = z
  .array(AttendanceRequirementSchema)
  .check(z.maxLength(50), z.refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'must not list the same requirement id twice'));

/**
 * An attendance requirement, see {@link AttendanceRequirementSchema}.
 *
 * @example
 * ```ts
 * import type { AttendanceRequirement } from 'balint-rules/credits';
 *
 * const intensive: AttendanceRequirement = { kind: 'every_session', id: 'every_session', name: 'Attendance at every session in its entirety' };
 * ```
 */
export type AttendanceRequirement = z.output<typeof AttendanceRequirementSchema>;
