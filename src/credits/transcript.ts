import type { DeepReadonly } from '../_lib/types.js';
import * as z from 'zod/mini';
import { NonEmptySchema } from '../_lib/codes.js';
import { LocalDateSchema } from '../common/schemas.js';
import { validate } from '../_lib/validate.js';
import { CreditAmountSchema } from './amount.js';
import { prepareAccreditation, prepareSessions } from './_prepared.js';
import { countCredits } from './creditsFor.js';
import type { RequirementReason } from './requirementResults.js';
import { AccreditationSchema } from './rules.js';
import { AttendanceSchema, CreditSessionsSchema, type CreditSessionInput } from './sessions.js';

const Count = z.int().check(z.minimum(0));

/**
 * A participant as a transcript names them.
 *
 * @example
 * ```ts
 * import { ParticipantSchema } from 'balint-rules/credits';
 *
 * ParticipantSchema.parse({ name: 'Jane Roe, MD', id: 'abs-1024' });
 * //=> { name: 'Jane Roe, MD', id: 'abs-1024' }
 * ```
 */
export const ParticipantSchema = z.strictObject({ name: NonEmptySchema, id: z.optional(NonEmptySchema) });

/**
 * What `transcriptFor` needs: the participant, the activity's accreditation,
 * sessions and the participant's attendance, and optionally the date the
 * transcript is issued on (never taken from a clock).
 *
 * @example
 * ```ts
 * import { TranscriptRequestSchema } from 'balint-rules/credits';
 *
 * TranscriptRequestSchema.safeParse({ participant: { name: 'Jane Roe' },
 *   accreditation: { title: 'Balint Group', systems: [{ kind: 'apa_ce' }] },
 *   sessions: [{ index: 1, date: '2026-01-10', durationMinutes: 90 }],
 *   attendance: [{ session: 1, kind: 'full' }], issuedOn: '2026-01-11' }).success;
 * //=> true
 * ```
 */
export const TranscriptRequestSchema = z.strictObject({
  participant: ParticipantSchema,
  accreditation: AccreditationSchema,
  sessions: CreditSessionsSchema,
  attendance: AttendanceSchema,
  issuedOn: z.optional(LocalDateSchema),
});

/**
 * A certificate/transcript record as data: the participant, the activity and
 * its dates, attendance, the credit by system (AAFP Prescribed with the
 * AMA/AAFP equivalency wording), each attendance requirement met or not, the
 * accreditation statements, and the issue date.
 *
 * @example
 * ```ts
 * import { TranscriptSchema } from 'balint-rules/credits';
 *
 * TranscriptSchema.safeParse({}).success;
 * //=> false
 * ```
 */
export const TranscriptSchema = z.strictObject({
  participant: z.strictObject({ name: NonEmptySchema, id: z.nullable(NonEmptySchema) }),
  activity: z.strictObject({
    title: NonEmptySchema,
    provider: z.nullable(NonEmptySchema),
    firstDate: LocalDateSchema,
    lastDate: LocalDateSchema,
    sessions: Count,
  }),
  attendance: z.strictObject({
    sessionsAttended: Count,
    minutesPresent: Count,
    datesAttended: z.array(LocalDateSchema),
  }),
  credits: z.array(
    z.strictObject({
      id: NonEmptySchema,
      name: NonEmptySchema,
      credits: CreditAmountSchema,
      maximum: CreditAmountSchema,
      /** How to report the credit, when a system says (AAFP: "AAFP Prescribed"). */
      reportAs: z.nullable(NonEmptySchema),
      /** The equivalency wording, exactly, when there is one. */
      equivalency: z.nullable(NonEmptySchema),
    }),
  ),
  /** Each attendance requirement, met or not (a transcript written before requirements existed reads as listing none). */
  requirements: z._default(
    z.array(
      z.strictObject({
        id: NonEmptySchema,
        name: NonEmptySchema,
        met: z.boolean(),
        required: Count,
        attended: Count,
        sessions: Count,
        /** What counted as attending a session: `full` (in its entirety) or `any` (some minutes). */
        attendance: z.enum(['full', 'any']),
        /** Why, in a sentence. */
        message: NonEmptySchema,
      }),
    ),
    [],
  ),
  statements: z.array(NonEmptySchema),
  issuedOn: z.nullable(LocalDateSchema),
});

/**
 * A transcript request, see {@link TranscriptRequestSchema}.
 *
 * @example
 * ```ts
 * import type { TranscriptRequest } from 'balint-rules/credits';
 *
 * const request: TranscriptRequest = { participant: { name: 'Jane Roe' },
 *   accreditation: { title: 'Balint Group', systems: [{ kind: 'apa_ce' }] },
 *   sessions: [{ index: 1, date: '2026-01-10', durationMinutes: 90 }], attendance: [] };
 * ```
 */
export type TranscriptRequest = Omit<z.input<typeof TranscriptRequestSchema>, 'sessions'> & { readonly sessions: readonly CreditSessionInput[] };
/**
 * A transcript record, see {@link TranscriptSchema}.
 *
 * @example
 * ```ts
 * import type { Transcript } from 'balint-rules/credits';
 *
 * const credit: Transcript['credits'][number] = { id: 'apa_ce', name: 'APA continuing education credit for psychologists',
 *   credits: '8.00', maximum: '8.00', reportAs: null, equivalency: null };
 * ```
 */
export type Transcript = z.output<typeof TranscriptSchema>;

/**
 * The transcript record for one participant of one activity, as plain data.
 * Credits come from {@link creditsFor}; AAFP Prescribed credit carries the
 * AMA/AAFP equivalency wording exactly and is to be reported as "AAFP
 * Prescribed". Print it with `formatTranscript`.
 *
 * @example
 * ```ts
 * import { AMA_AAFP_EQUIVALENCY_STATEMENT, transcriptFor } from 'balint-rules/credits';
 *
 * const t = transcriptFor({
 *   participant: { name: 'Jane Roe, MD' },
 *   accreditation: { title: 'Balint Group', systems: [{ kind: 'aafp_prescribed' }] },
 *   sessions: [{ index: 1, date: '2026-01-10', durationMinutes: 90 }, { index: 2, date: '2026-02-14', durationMinutes: 60 }],
 *   attendance: [{ session: 1, kind: 'full' }, { session: 2, kind: 'partial', minutesPresent: 50 }],
 *   issuedOn: '2026-02-15',
 * });
 * [t.credits[0]?.credits, t.credits[0]?.maximum, t.credits[0]?.reportAs];
 * //=> ['2.25', '2.50', 'AAFP Prescribed']
 * t.credits[0]?.equivalency === AMA_AAFP_EQUIVALENCY_STATEMENT;
 * //=> true
 * ```
 */
export function transcriptFor(request: DeepReadonly<TranscriptRequest>): Transcript {
  const req = validate(TranscriptRequestSchema, request, 'transcript request');
  const result = countCredits(prepareAccreditation(req.accreditation), prepareSessions(req.sessions), req.attendance);
  const dates = req.sessions.map((s) => s.date).sort();
  const attended = new Set(result.attendedSessions);
  const systems = Object.values(result.systems);
  return {
    participant: { name: req.participant.name, id: req.participant.id ?? null },
    activity: {
      title: req.accreditation.title,
      provider: req.accreditation.provider ?? null,
      firstDate: dates[0] as string,
      lastDate: dates[dates.length - 1] as string,
      sessions: result.sessions,
    },
    attendance: {
      sessionsAttended: result.sessionsAttended,
      minutesPresent: result.minutesPresent,
      datesAttended: req.sessions.filter((s) => attended.has(s.index)).map((s) => s.date).sort(),
    },
    credits: systems.map((s) => ({
      id: s.id,
      name: s.name,
      credits: s.credits,
      maximum: s.maximum,
      reportAs: s.equivalency === null ? null : s.equivalency.reportAs,
      equivalency: s.equivalency === null ? null : s.equivalency.statement,
    })),
    requirements: result.requirements.map((r) => ({
      id: r.id,
      name: r.name,
      met: r.met,
      required: r.required,
      attended: r.attended,
      sessions: r.sessions,
      attendance: r.attendance,
      message: (r.reasons[0] as RequirementReason).message,
    })),
    statements: systems.flatMap((s) => (s.statement === null ? [] : [s.statement])),
    issuedOn: req.issuedOn ?? null,
  };
}
