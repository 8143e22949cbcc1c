import * as z from 'zod/mini';
import { InstantSchema, TimeZoneSchema } from '../common/schemas.js';
import { EligibilityRuleSchema } from '../eligibility/rule.js';
import { LanguageTagSchema, RegistrantProfileSchema } from '../eligibility/profile.js';
import { NonNegativeMoneySchema } from '../money/schema.js';
import { LocalDeadlineSchema } from '../_lib/deadlineSchema.js';
import { openObject } from '../_lib/objects.js';

const WordLimit = z.int().check(z.minimum(0), z.maximum(10_000_000));

/**
 * The rules of a call for submissions (an essay contest, a call for
 * papers): who may submit, in which languages, how long, in which file
 * formats, and by when submissions must be received (a deadline read in
 * `timeZone`; `inclusive: false` means "received before" that date), with the
 * prizes on offer as data. Strict: an unknown key is refused (with "did you
 * mean" for a near miss such as `fileFormat` for `fileFormats`), never
 * ignored: a misspelt limit would otherwise accept every submission.
 *
 * @example
 * ```ts
 * import { SubmissionPolicySchema } from 'balint-rules/submissions';
 *
 * SubmissionPolicySchema.parse({ name: 'Essay prize', languages: ['en'], wordCount: { min: 5000, max: 12000 },
 *   deadline: { kind: 'date', date: '2026-01-31', inclusive: false }, timeZone: 'Europe/Zurich' });
 * ```
 */
export const SubmissionPolicySchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  eligibility: z.optional(EligibilityRuleSchema),
  /** Accepted languages as BCP 47 tags (`en` accepts `en`, `EN` and `en-GB`; `en-GB` does not accept `en`); absent: any. */
  languages: z.optional(z.array(LanguageTagSchema).check(z.minLength(1))),
  /** Inclusive word-count bounds. */
  wordCount: z.optional(z.strictObject({ min: z.optional(WordLimit), max: z.optional(WordLimit) })),
  /** Accepted file formats by extension (`docx`); absent: any. */
  fileFormats: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  /** When submissions must be received by. */
  deadline: LocalDeadlineSchema,
  /** The zone the deadline's date is read in. */
  timeZone: TimeZoneSchema,
  /** Prize money: the total available and how many submissions share it. */
  prizes: z.optional(z.strictObject({ total: NonNegativeMoneySchema, awards: z.int().check(z.minimum(1)), note: z.optional(z.string()) })),
});

/** The keys of a submission the library reads. */
const submissionKeys = {
  profile: z.optional(RegistrantProfileSchema),
  language: LanguageTagSchema,
  wordCount: WordLimit,
  fileFormat: z.optional(z.string().check(z.minLength(1))),
  /** When it was received: the moment of decision (ISO-8601 instant). */
  at: InstantSchema,
};

/**
 * One submission: its author's profile (for eligibility), language, length,
 * file format, and when it was received (`at`). A submission is the app's own
 * record, so it may carry the app's data too (a title, the file's address):
 * those keys are kept and not read. A key that is a near miss of one the
 * library reads (`wordcount`, `fileformat`) is refused with a hint.
 *
 * @example
 * ```ts
 * import { SubmissionSchema } from 'balint-rules/submissions';
 *
 * SubmissionSchema.parse({ language: 'en', wordCount: 7200, at: '2026-01-20T12:00:00Z', fileFormat: 'docx', title: 'The third chair' });
 * //=> { language: 'en', wordCount: 7200, at: '2026-01-20T12:00:00Z', fileFormat: 'docx', title: 'The third chair' }
 * SubmissionSchema.safeParse({ language: 'en', wordcount: 7200, at: '2026-01-20T12:00:00Z' }).success;
 * //=> false
 * ```
 */
export const SubmissionSchema = openObject(submissionKeys);

/**
 * A submission policy as accepted on input, see {@link SubmissionPolicySchema}.
 *
 * @example
 * ```ts
 * import type { SubmissionPolicyInput } from 'balint-rules/submissions';
 *
 * const essayPrize: SubmissionPolicyInput = { name: 'Essay prize', languages: ['en'], wordCount: { max: 3000 },
 *   fileFormats: ['docx', 'pdf'], deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'America/New_York' };
 * ```
 */
export type SubmissionPolicyInput = z.input<typeof SubmissionPolicySchema>;
/**
 * A validated submission policy.
 *
 * @example
 * ```ts
 * import type { SubmissionPolicy } from 'balint-rules/submissions';
 *
 * const essayPrize: SubmissionPolicy = { name: 'Essay prize', deadline: { kind: 'date', date: '2026-03-01', inclusive: true },
 *   timeZone: 'America/New_York' };
 * ```
 */
export type SubmissionPolicy = z.output<typeof SubmissionPolicySchema>;
/**
 * A submission, see {@link SubmissionSchema}: the keys the library reads
 * (the app's record may have more; it is typed without an index signature
 * so that an app's own interface fits).
 *
 * @example
 * ```ts
 * import type { Submission } from 'balint-rules/submissions';
 *
 * const essay: Submission = { language: 'en', wordCount: 2400, fileFormat: 'docx', at: '2026-02-27T18:00:00Z' };
 * ```
 */
export type Submission = z.input<z.ZodMiniObject<typeof submissionKeys>>;
