import * as z from 'zod/mini';
import { parseDays } from '../../_lib/civil.js';
import { LocalDateSchema } from '../../common/schemas.js';
import { ProgramNoteSchema } from './programParts.js';

const Text = z.string().check(z.minLength(1, 'must not be empty'));

/**
 * The facts of a prize beyond its submission rules (which `checkSubmission`
 * decides): who awards it and how winners are chosen, the judging criteria,
 * where to send entries, where the prizes are given, and what winners
 * receive and must do, each quoted as published.
 *
 * @example
 * ```ts
 * import { ProgramAwardSchema } from 'balint-rules/presets/abs';
 *
 * ProgramAwardSchema.safeParse({
 *   name: 'Essay prize',
 *   awardedBy: 'A foundation',
 *   selection: 'Each essay will be reviewed by a jury.',
 *   criteria: [{ name: 'Reflection', text: 'A description of how the student experienced this relationship.' }],
 *   submitTo: { method: 'email', recipient: 'The secretary', address: 'prize@example.org', attachment: 'Word' },
 *   winners: { benefits: [], obligations: [] },
 * }).success;
 * //=> true
 * ```
 */
export const ProgramAwardSchema = z.strictObject({
  /** The prize's name as published. */
  name: Text,
  /** Who gives it. */
  awardedBy: Text,
  /** How entries are reviewed and winners chosen, quoted. */
  selection: Text,
  /** The criteria entries are judged by, each quoted. */
  criteria: z.array(z.strictObject({ name: Text, text: Text })),
  /** Where and how to send an entry. */
  submitTo: z.strictObject({
    method: z.literal('email'),
    recipient: Text,
    address: z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address')),
    /** The file the entry must be attached as, e.g. "Word". */
    attachment: Text,
  }),
  /** Where and when the prizes are given. */
  ceremony: z.optional(
    z
      .strictObject({ event: Text, place: Text, from: LocalDateSchema, until: LocalDateSchema })
      .check(z.refine((c) => parseDays(c.from) <= parseDays(c.until), { message: 'must not be before from', path: ['until'] })),
  ),
  /** What winners receive and what they are expected to do. */
  winners: z.strictObject({
    /** The longest presentation a winner gives, in minutes. */
    presentationMaxMinutes: z.optional(z.int().check(z.minimum(1), z.maximum(1440))),
    benefits: z.array(ProgramNoteSchema),
    obligations: z.array(ProgramNoteSchema),
  }),
});

/**
 * A prize's facts, see {@link ProgramAwardSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramAward } from 'balint-rules/presets/abs';
 *
 * const criteria: ProgramAward['criteria'] = [{ name: 'Action', text: "The student's own perception of the demands ..." }];
 * ```
 */
export type ProgramAward = z.output<typeof ProgramAwardSchema>;
