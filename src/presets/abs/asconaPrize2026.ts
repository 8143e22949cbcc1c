import * as z from 'zod/mini';
import { validate } from '../../_lib/validate.js';
import { TimeZoneSchema } from '../../common/schemas.js';
import type { EligibilityRule } from '../../eligibility/rule.js';
import { finishProgram, unpublishedFacts } from './_build.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import { programParts, type PresetDefinition } from './_parts.js';
import type { AbsPresetParameter, ProgramWith } from './program.js';

/**
 * Parameters of {@link absAsconaPrize2026}: the zone "received before 31st
 * January 2026" is read in, which the page does not state.
 *
 * @example
 * ```ts
 * import { AbsAsconaPrizeParamsSchema } from 'balint-rules/presets/abs';
 *
 * AbsAsconaPrizeParamsSchema.safeParse({ timeZone: 'Europe/Zurich' }).success;
 * //=> true
 * ```
 */
export const AbsAsconaPrizeParamsSchema = z.strictObject({ timeZone: TimeZoneSchema });

/**
 * Parameters of {@link absAsconaPrize2026}, see {@link AbsAsconaPrizeParamsSchema}.
 *
 * @example
 * ```ts
 * import type { AbsAsconaPrizeParams } from 'balint-rules/presets/abs';
 *
 * const params: AbsAsconaPrizeParams = { timeZone: 'America/Denver' };
 * ```
 */
export type AbsAsconaPrizeParams = z.input<typeof AbsAsconaPrizeParamsSchema>;

/** The parameters of {@link absAsconaPrize2026}, described. */
export const ASCONA_PRIZE_PARAMETERS: readonly AbsPresetParameter[] = [
  {
    name: 'timeZone',
    fact: 'submission.timeZone',
    required: true,
    description:
      'The zone "received before 31st January 2026" is read in: not published. The prize is Swiss and the essays go by email to a University of Colorado address; from 4:00pm on January 30 in Denver it is already January 31 in Zurich, so the zone decides which late essays count.',
  },
];

const NAME = 'The International Balint Award 2026 – "Ascona Prize"';
const medicalStudent: EligibilityRule = { kind: 'student', field: 'medicine', label: 'a medical student' };

/** The prize, part by part: who may enter, and the submission rules (the zone is a parameter). */
export const ASCONA_PRIZE: PresetDefinition = {
  subject: 'Ascona Prize parameters',
  shape: AbsAsconaPrizeParamsSchema.shape,
  checks: [],
  parameters: ASCONA_PRIZE_PARAMETERS,
  sessions: false,
  builders: {
    eligibility: () => medicalStudent,
    submission: (p: { timeZone: string }) => ({
      name: NAME,
      eligibility: medicalStudent,
      languages: ['en'],
      wordCount: { min: 5000, max: 12_000 },
      fileFormats: ['docx', 'doc'],
      deadline: { kind: 'date', date: '2026-01-31', inclusive: false },
      timeZone: p.timeZone,
      prizes: {
        total: { amount: '5000.00', currency: 'EUR' },
        awards: 3,
        note: 'Prize monies of € 5,000 are available for the authors of the best three essays.',
      },
    }),
  },
};

/**
 * The International Balint Award 2026, the "Ascona Prize" of the Foundation
 * Psychosomatic and Social Medicine, as the ABS publishes it: for medical
 * students; an essay on a student-patient relationship, in English, of
 * 5,000 to 12,000 words, sent by email as a Word attachment (`.doc` or
 * `.docx`) to Prof Don Nease, received before January 31, 2026 (the
 * deadline is exclusive); prize monies of EUR 5,000 for the authors of the
 * best three essays, given at the International Balint Congress in Aarhus,
 * Denmark, 30 September - 3 October 2026. `submission` holds the rules
 * `checkSubmission` decides; `award` the other facts (criteria, jury,
 * ceremony, what winners receive and do).
 *
 * Not published, so a parameter: the zone the deadline is read in
 * (`timeZone`, required). It matters: the prize is Swiss and the essays
 * go by email to a University of Colorado address, and from 4:00pm on
 * January 30 in Denver it is already January 31 in Zurich.
 *
 * @param params - see {@link AbsAsconaPrizeParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when the zone is missing or unknown
 *
 * @example
 * ```ts
 * import { checkSubmission, type Submission } from 'balint-rules/submissions';
 * import { absAsconaPrize2026 } from 'balint-rules/presets/abs';
 *
 * const { submission } = absAsconaPrize2026({ timeZone: 'Europe/Zurich' });
 * const essay: Submission = { profile: { professions: ['medical_student'] }, language: 'en', wordCount: 5000, fileFormat: 'docx', at: '2026-01-30T22:59:00Z' };
 * checkSubmission(submission, essay).verdict;
 * //=> 'accepted'
 * checkSubmission(submission, { ...essay, wordCount: 4999 }).reasons.map((r) => r.code);
 * //=> ['too_few_words']
 * checkSubmission(submission, { ...essay, at: '2026-01-30T23:00:00Z' }).reasons.map((r) => r.code); // midnight in Zurich
 * //=> ['received_late']
 * ```
 */
export function absAsconaPrize2026(params: AbsAsconaPrizeParams): ProgramWith<'eligibility' | 'submission' | 'award'> {
  const p = validate(AbsAsconaPrizeParamsSchema, params, ASCONA_PRIZE.subject);
  return finishProgram({
    id: 'ascona-prize-2026',
    name: NAME,
    kind: 'award',
    organizer: { name: 'Foundation Psychosomatic and Social Medicine' },
    source: ABS_PRESETS_SOURCE,
    description: 'The Foundation Psychosomatic and Social Medicine invites medical students to consider applying for The International Balint Award 2026 – "Ascona Prize"',
    facilitators: [],
    language: 'en',
    ...programParts(ASCONA_PRIZE, p),
    award: {
      name: NAME,
      awardedBy: 'Foundation Psychosomatic and Social Medicine',
      selection:
        'Each essay will be reviewed by an international jury with final prize winners being selected by a committee named by the Foundation and the International Balint Federation.',
      criteria: [
        {
          name: 'Exposition',
          text: 'The paper should include a presentation of a truly personal experience of a student-patient relationship. (Manuscripts of former medical theses or diplomas cannot be accepted.)',
        },
        { name: 'Reflection', text: 'A description of how the student experienced this relationship, either individually or as part of the medical team.' },
        { name: 'Action', text: "The student's own perception of the demands to which s/he felt exposed and an illustration of how s/he responded." },
        {
          name: 'Progression',
          text: "A discussion of both ways in which the student's own approach might change in the future, and also possible ways in which future medical training might enhance the state of awareness for individual students.",
        },
      ],
      submitTo: { method: 'email', recipient: 'Prof Don Nease', address: 'DONALD.NEASE@CUANSCHUTZ.EDU', attachment: 'Word' },
      ceremony: { event: 'International Balint Congress', place: 'Aarhus, Denmark', from: '2026-09-30', until: '2026-10-03' },
      winners: {
        presentationMaxMinutes: 15,
        benefits: [
          {
            code: 'congress_fee_waived_and_accommodation',
            kind: 'information',
            text: 'The Congress fee will be waived for prize-winners and they will be provided with free accommodation.',
          },
          {
            code: 'travel_expenses',
            kind: 'information',
            text: 'In addition, each prizewinner may claim reasonable travel expenses (the lowest available air fare) on the production of appropriate receipts.',
          },
        ],
        obligations: [
          {
            code: 'presentation_and_publication',
            kind: 'information',
            text: 'The prize winners will be expected to give a short presentation of their essay (not more than 15 minutes) at the Congress and the full text of the papers will be published in the Proceedings of the Congress and other Balint journals.',
          },
        ],
      },
    },
    notes: [
      {
        code: 'student_patient_relationship',
        kind: 'attestation',
        text: 'They should describe a student-patient relationship, an experience, or experiences, from the student’s medical studies and include critical reflection on personal meetings with patients.',
      },
      { code: 'no_former_theses', kind: 'attestation', text: 'Manuscripts of former medical theses or diplomas cannot be accepted.' },
      {
        code: 'how_to_submit',
        kind: 'information',
        text: 'Submissions of 5.000-12.000 words should be sent by email, as a Word attachment to Prof Don Nease: DONALD.NEASE@CUANSCHUTZ.EDU',
      },
      { code: 'deadline', kind: 'policy', text: 'They must be received before 31st January 2026.' },
      { code: 'ceremony', kind: 'information', text: 'Prizes will be given at the International Balint Congress in Aarhus, Denmark, 30 Sept – 3 October 2026.' },
    ],
    unpublished: unpublishedFacts(ASCONA_PRIZE_PARAMETERS, p),
  });
}
