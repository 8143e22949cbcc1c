import * as z from 'zod/mini';
import { validate } from '../../_lib/validate.js';
import { freeFeeSchedule } from '../../fees/constructors.js';
import { ABS, absMemberRule, finishProgram, unpublishedFacts } from './_build.js';
import { programParts, type PresetDefinition } from './_parts.js';
import type { EligibilityRule } from '../../eligibility/rule.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import type { AbsPresetParameter, SeriesProgram } from './program.js';
import { registrationDeadlineParameter, registrationDeadlineShape, registrationWindowOf, withRegistrationDeadline } from './_registrationDeadline.js';

/**
 * Parameters of {@link absDiversityDiscussions2026}: none is required, as
 * every fact it needs is published; `registrationDeadline` (a date,
 * registration closing at the end of that day in America/New_York) is
 * optional, as no deadline is published.
 *
 * @example
 * ```ts
 * import { AbsDiversityDiscussionsParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsDiversityDiscussionsParamsSchema.safeParse({ maxSeats: 20 }).success;
 * //=> false
 * AbsDiversityDiscussionsParamsSchema.safeParse({ registrationDeadline: '2026-03-11' }).success;
 * //=> true
 * ```
 */
export const AbsDiversityDiscussionsParamsSchema = z.strictObject(registrationDeadlineShape);

/**
 * Parameters of {@link absDiversityDiscussions2026}, see {@link AbsDiversityDiscussionsParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsDiversityDiscussionsParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsDiversityDiscussionsParams = {};
 * ```
 */
export type AbsDiversityDiscussionsParams = z.input<typeof AbsDiversityDiscussionsParamsSchema>;

const ZONE = 'America/New_York';

/** The parameters of {@link absDiversityDiscussions2026}, described. */
export const DIVERSITY_DISCUSSIONS_PARAMETERS: readonly AbsPresetParameter[] = [registrationDeadlineParameter(ZONE, true)];

/** The four published dates, each "8:00 - 9:00 pm Eastern". */
const DATES = ['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10'];
const NAME = 'ABS Diversity Committee Discussions, 2026';

type Deadline = { registrationDeadline?: string | undefined };

/** The discussions, part by part. */
export const DIVERSITY_DISCUSSIONS: PresetDefinition = {
  subject: 'ABS diversity discussions parameters',
  shape: registrationDeadlineShape,
  checks: [],
  parameters: DIVERSITY_DISCUSSIONS_PARAMETERS,
  sessions: true,
  builders: {
    schedule: () => ({
      kind: 'series',
      series: [{ name: NAME, recurrence: { kind: 'dates', dates: DATES }, from: '2026-03-12', startTime: '20:00', timeZone: ZONE, durationMinutes: 60 }],
    }),
    eligibility: (): EligibilityRule => ({ kind: 'all', rules: [absMemberRule, { kind: 'leads_group' }] }),
    fees: (p: Deadline) =>
      withRegistrationDeadline(freeFeeSchedule({ id: 'abs-diversity-discussions-2026', label: 'Cost: $ 0.00 (Free)', currency: 'USD', timeZone: ZONE }), p.registrationDeadline, ZONE),
    capacity: (p: Deadline) => ({ maxSeats: 12, waitlist: true, ...registrationWindowOf(p.registrationDeadline, ZONE) }),
  },
};

/**
 * The ABS Diversity Committee's facilitated discussions, as published:
 * Thursdays March 12, June 11, September 10 and December 10, 2026, 8:00-9:00
 * pm Eastern; "Any ABS Member leading a Balint Group"; "$ 0.00 (Free)";
 * "limiting attendance to 12 participants". Each discussion is registered
 * for on its own (`registrationPer: 'session'`), with its own 12 seats and a
 * waitlist: "If you register and you're unable to attend, please let us
 * know so we can give your spot to someone else" (a cancellation promotes
 * the first person waiting).
 *
 * @param params - nothing, or `{}`
 * @returns the program, validated
 *
 * @example
 * ```ts
 * import { replayRegistrations } from 'balint-rules/capacity';
 * import { absDiversityDiscussions2026 } from 'balint-rules/presets/abs';
 *
 * const { capacity } = absDiversityDiscussions2026();
 * capacity;
 * //=> { maxSeats: 12, waitlist: true }
 * const log = Array.from({ length: 13 }, (_, i) => ({ kind: 'register' as const, registrantId: `r${i + 1}`, at: `2026-02-${String(i + 1).padStart(2, '0')}T12:00:00Z` }));
 * replayRegistrations(capacity, log).waitlist;
 * //=> ['r13']
 * ```
 */
export function absDiversityDiscussions2026(params: AbsDiversityDiscussionsParams = {}): SeriesProgram<'eligibility' | 'fees' | 'capacity' | 'displayTimeZones'> {
  const p = validate(AbsDiversityDiscussionsParamsSchema, params, DIVERSITY_DISCUSSIONS.subject);
  return finishProgram({
    id: 'abs-diversity-discussions-2026',
    name: NAME,
    kind: 'discussion_series',
    organizer: { ...ABS, committee: 'Diversity Committee' },
    source: ABS_PRESETS_SOURCE,
    description:
      'The ABS Diversity Committee invites you to a facilitated discussion to explore some of the complicated dynamics that arise in Balint groups when the Balint case raises issues related to the full range of diversity and difference.',
    facilitators: [],
    ...programParts(DIVERSITY_DISCUSSIONS, p),
    displayTimeZones: [ZONE],
    registrationPer: 'session',
    notes: [
      {
        code: 'discussion_questions',
        kind: 'information',
        text: 'Possible questions for discussion are how to:\nHelp the group explore the patient-clinician relationship when issues of diversity and difference arise\nFind opportunities to help the group dig deeper\nFacilitate a group in which the clinician’s identity and personal values seem at odds',
      },
      {
        code: 'attendance_limit',
        kind: 'policy',
        text: 'In order to ensure that we have adequate time for all to participate and benefit from our discussion, we are limiting attendance to 12 participants.',
      },
      { code: 'give_back_spot', kind: 'request', text: "If you register and you're unable to attend, please let us know so we can give your spot to someone else." },
    ],
    unpublished: unpublishedFacts(DIVERSITY_DISCUSSIONS_PARAMETERS, p, [{ fact: 'facilitators', description: 'The page names the Diversity Committee, not its facilitators.' }]),
  });
}
