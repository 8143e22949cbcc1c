import * as z from 'zod/mini';
import { NonEmptySchema } from '../_lib/codes.js';
import { openObject } from '../_lib/objects.js';
import type { DeepReadonly, KnownKeys } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { LocalDateSchema } from '../common/schemas.js';
import { CreditAmountSchema } from './amount.js';
import { accreditationOf, sessionsOf } from './_prepared.js';
import { countCredits } from './creditsFor.js';
import type { AccreditationInput } from './rules.js';
import { AttendanceSchema, type CreditSession, type CreditSessionInput } from './sessions.js';

/**
 * One participant of a group as a roster reads them: the app's id for them,
 * the name to print, and their attendance. The record is the app's own: its
 * further fields (an email, a licence number) are kept as given, but a near
 * miss of a known key (`participantID`, `attendence`) is refused.
 *
 * @example
 * ```ts
 * import { RosterParticipantSchema } from 'balint-rules/credits';
 *
 * RosterParticipantSchema.parse({ participantId: 'abs-1024', name: 'Jane Roe, MD', attendance: [], email: 'jane@example.org' }).email;
 * //=> 'jane@example.org'
 * ```
 */
export const RosterParticipantSchema = openObject({
  /** The app's id for the participant (a member number, a registration id). */
  participantId: NonEmptySchema,
  /** The name the roster prints. */
  name: NonEmptySchema,
  /** Their attendance, see {@link AttendanceSchema}. */
  attendance: AttendanceSchema,
});

/**
 * The participants of a roster: ids unique, at most 100,000.
 *
 * @example
 * ```ts
 * import { RosterParticipantsSchema } from 'balint-rules/credits';
 *
 * RosterParticipantsSchema.safeParse([
 *   { participantId: 'p1', name: 'Jane Roe', attendance: [] },
 *   { participantId: 'p1', name: 'John Doe', attendance: [] },
 * ]).success;
 * //=> false
 * ```
 */
export const RosterParticipantsSchema = z
  .array(RosterParticipantSchema)
  .check(z.maxLength(100_000), z.refine((list) => new Set(list.map((p) => p.participantId)).size === list.length, 'must not list a participant id twice'));

/**
 * A participant as accepted by {@link creditRoster}: the known keys, plus
 * whatever else the app's record holds.
 *
 * @example
 * ```ts
 * import type { RosterParticipant } from 'balint-rules/credits';
 *
 * const p: RosterParticipant = { participantId: 'abs-1024', name: 'Jane Roe, MD', attendance: [{ session: 1, kind: 'full' }] };
 * ```
 */
export type RosterParticipant = KnownKeys<z.input<typeof RosterParticipantSchema>>;

const Count = z.int().check(z.minimum(0));
const Named = z.strictObject({ id: NonEmptySchema, name: NonEmptySchema });

/**
 * A credit roster: the whole group's credit in one table. `rows` has one
 * row per participant per credit system, participants in the order of
 * their ids (compared code unit by code unit), systems in the
 * accreditation's order. Each row has:
 * - `participantId`, `name`: the participant;
 * - `systemId`, `systemName`: the credit system;
 * - `credits`: the amount earned, exactly as `creditsFor` gives it;
 * - `completionDate`: the local date (the session's `date`, in the
 *   sessions' time zone) of the last session the participant attended
 *   (some minutes present), or `null` when the system gave them no credit;
 * - `requirements`: each attendance requirement of the accreditation, in
 *   its order, met or not, with the sessions attended and required.
 *
 * @example
 * ```ts
 * import { CreditRosterSchema } from 'balint-rules/credits';
 *
 * CreditRosterSchema.safeParse({ title: 'Balint Group', systems: [], requirements: [], rows: [] }).success;
 * //=> true
 * ```
 */
export const CreditRosterSchema = z.strictObject({
  title: NonEmptySchema,
  /** The credit systems, in the accreditation's order. */
  systems: z.array(Named),
  /** The attendance requirements, in the accreditation's order. */
  requirements: z.array(Named),
  rows: z.array(
    z.strictObject({
      participantId: NonEmptySchema,
      name: NonEmptySchema,
      systemId: NonEmptySchema,
      systemName: NonEmptySchema,
      credits: CreditAmountSchema,
      completionDate: z.nullable(LocalDateSchema),
      requirements: z.array(z.strictObject({ id: NonEmptySchema, met: z.boolean(), attended: Count, required: Count })),
    }),
  ),
});

/**
 * A credit roster, see {@link CreditRosterSchema}.
 *
 * @example
 * ```ts
 * import type { CreditRoster } from 'balint-rules/credits';
 *
 * const row: CreditRoster['rows'][number] = { participantId: 'abs-1024', name: 'Jane Roe, MD', systemId: 'apa_ce',
 *   systemName: 'APA continuing education credit for psychologists', credits: '7.00', completionDate: '2026-08-08', requirements: [] };
 * ```
 */
export type CreditRoster = z.output<typeof CreditRosterSchema>;

/**
 * The credit roster of a whole group: for each participant, each system's
 * credit (exactly what {@link creditsFor} gives them), the completion date,
 * and whether each attendance requirement was met; see
 * {@link CreditRosterSchema} for the rows and their order. Print it with
 * `creditRosterCsv`. Invalid input throws a `ValidationError` naming the
 * participant's path (`participants[2].attendance[0].session`).
 *
 * @example
 * ```ts
 * import { creditRoster } from 'balint-rules/credits';
 *
 * const sessions = [{ index: 1, date: '2026-01-10', durationMinutes: 90 }, { index: 2, date: '2026-02-14', durationMinutes: 60 }];
 * const roster = creditRoster({ title: 'Balint Group', systems: [{ kind: 'apa_ce' }] }, sessions, [
 *   { participantId: 'p2', name: 'John Doe', attendance: [{ session: 1, kind: 'full' }, { session: 2, kind: 'partial', minutesPresent: 45 }] },
 *   { participantId: 'p1', name: 'Jane Roe', attendance: [] },
 * ]);
 * roster.rows.map((r) => [r.participantId, r.systemId, r.credits, r.completionDate]);
 * //=> [['p1', 'apa_ce', '0.00', null], ['p2', 'apa_ce', '1.00', '2026-02-14']]
 * ```
 */
export function creditRoster(
  accreditation: DeepReadonly<AccreditationInput>,
  sessions: DeepReadonly<CreditSessionInput[]>,
  participants: DeepReadonly<RosterParticipant[]>,
): CreditRoster {
  const a = accreditationOf(accreditation);
  const s = sessionsOf(sessions);
  const list = validate(RosterParticipantsSchema, participants, 'participants');
  const order = list.map((participant, at) => ({ participant, at })).sort((x, y) => compare(x.participant.participantId, y.participant.participantId));
  const dates = new Map(s.list.map((session: CreditSession) => [session.index, session.date]));
  const rows: CreditRoster['rows'] = [];
  for (const { participant, at } of order) {
    const result = countCredits(a, s, participant.attendance, { subject: 'participants', path: [at, 'attendance'] });
    const last = result.attendedSessions.map((index) => dates.get(index) as string).reduce<string | null>((latest, date) => (latest === null || date > latest ? date : latest), null);
    const requirements = result.requirements.map((r) => ({ id: r.id, met: r.met, attended: r.attended, required: r.required }));
    for (const system of Object.values(result.systems)) {
      rows.push({
        participantId: participant.participantId,
        name: participant.name,
        systemId: system.id,
        systemName: system.name,
        credits: system.credits,
        completionDate: system.credits === '0.00' ? null : last,
        requirements,
      });
    }
  }
  return {
    title: a.accreditation.title,
    systems: a.rules.map((rule) => ({ id: rule.id, name: rule.name })),
    requirements: (a.accreditation.requirements ?? []).map((r) => ({ id: r.id, name: r.name })),
    rows,
  };
}

/** Orders strings by their UTF-16 code units, the same on every runtime and locale. */
function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
