/** What the ABS's leadership intensives share. Internal. */
import * as z from 'zod/mini';
import { formatDays, parseDays } from '../../_lib/civil.js';
import { LocalDateSchema } from '../../common/schemas.js';
import type { Profession } from '../../eligibility/profile.js';
import { FeeScheduleSchema, type FeeSchedule } from '../../fees/schema.js';
import { ABS } from './_build.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import { absLeadershipIntensiveFees2026 } from './intensiveFees2026.js';
import type { AbsPresetParameter } from './program.js';
import type { ProgramNote } from './programParts.js';
import { registrationDeadlineShape, withRegistrationDeadline } from './_registrationDeadline.js';

/** The parameters both intensives take. */
export const intensiveParamsShape = {
  /** The first of the course's four days (not published). */
  firstDay: LocalDateSchema,
  /** The fee schedule (default: {@link absLeadershipIntensiveFees2026}). */
  fees: z.optional(FeeScheduleSchema),
  ...registrationDeadlineShape,
};

/** The parameters of {@link intensiveParamsShape} but the registration deadline, described. */
export const INTENSIVE_PARAMETERS: readonly AbsPresetParameter[] = [
  { name: 'firstDay', fact: 'schedule.from', required: true, description: 'The first day of the four-day course: not published (nor is the daily schedule).' },
  {
    name: 'fees',
    fact: 'fees',
    required: false,
    description: 'The fee schedule: not on the event page. Default: the table the ABS gives for a 2026 leadership intensive (early bird until July 31, America/New_York).',
  },
];

const AUDIENCE: readonly Profession[] = [
  'physician',
  'psychologist',
  'social_worker',
  'other_mental_health_provider',
  'veterinarian',
  'pastoral_care_provider',
];

const NOTES: readonly ProgramNote[] = [
  {
    code: 'attend_all_sessions',
    kind: 'attestation',
    text: 'Because group cohesiveness affects participants’ experience of the course, registrants are required to commit to attending all sessions and to attending each session in its entirety. Please do not plan to arrive late, leave early or miss sessions.',
  },
  {
    code: 'not_therapy',
    kind: 'recommendation',
    text: 'The Balint Leadership Intensive is a training course and is not intended as therapy. Nevertheless, Balint Group work can sometimes stir up strong feelings. Prospective registrants who are experiencing a particularly vulnerable period in their lives may want to consider participating in this training at a later date.',
  },
];

type IntensiveParams = { firstDay: string; fees?: FeeSchedule | undefined; registrationDeadline?: string | undefined };

/** The parts both intensives share, read in `timeZone`: four days from the first, and the fee table unless another is given. */
export function intensiveBuilders(timeZone: string) {
  return {
    schedule: (p: Pick<IntensiveParams, 'firstDay'>) => ({ kind: 'days' as const, from: p.firstDay, until: formatDays(parseDays(p.firstDay) + 3), timeZone }),
    fees: (p: Pick<IntensiveParams, 'fees' | 'registrationDeadline'>) => withRegistrationDeadline(p.fees ?? absLeadershipIntensiveFees2026(), p.registrationDeadline, timeZone),
  };
}

/** The rest both intensives share (not a part): `place` is "Spokane" or "New England". */
export function intensiveProgram(place: string) {
  return {
    kind: 'leadership_intensive' as const,
    organizer: ABS,
    source: ABS_PRESETS_SOURCE,
    description:
      'The four-day Intensive course is designed to teach Balint group leadership technique primarily through experiential groups, supplemented by topic-focused small discussion groups and faculty panel discussions. Attendees will have ample time to present cases, practice leading a Balint group, and engage informally with other participants.',
    facilitators: [],
    audience: {
      professions: [...AUDIENCE],
      text: `The ${place} Leadership Intensive course is appropriate for clinicians new to the Balint Group method as well as experienced Balint Group leaders. The course is well-suited to those who are currently leading, expect to lead in the future, or are seeking a better understanding of Balint groups. The curriculum is appropriate for physicians (primary care, psychiatry, other specialists), psychologists, social workers, other mental health care providers, veterinarians, and pastoral care providers.`,
    },
    registrationPer: 'program' as const,
    notes: [...NOTES],
  };
}
