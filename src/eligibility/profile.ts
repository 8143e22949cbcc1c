import * as z from 'zod/mini';
import type { KnownKeys } from '../_lib/types.js';
import { parseDays } from '../_lib/civil.js';
import { openObject } from '../_lib/objects.js';
import { LocalDateSchema } from '../common/schemas.js';

/**
 * The professions a registration form offers, as snake_case codes. `other`
 * means another clinical profession not listed here (educators have their own
 * code).
 *
 * @example
 * ```ts
 * import { PROFESSIONS } from 'balint-rules/eligibility';
 *
 * PROFESSIONS.includes('nurse_practitioner');
 * //=> true
 * ```
 */
export const PROFESSIONS = [
  'physician',
  'nurse_practitioner',
  'psychologist',
  'social_worker',
  'other_mental_health_provider',
  'veterinarian',
  'pastoral_care_provider',
  'medical_student',
  'resident',
  'fellow',
  'educator',
  'other',
] as const;

/**
 * A profession code, see {@link PROFESSIONS}.
 *
 * @example
 * ```ts
 * import type { Profession } from 'balint-rules/eligibility';
 *
 * const profession: Profession = 'nurse_practitioner';
 * ```
 */
export type Profession = (typeof PROFESSIONS)[number];

/**
 * A profession code, one of {@link PROFESSIONS}.
 *
 * @example
 * ```ts
 * import { ProfessionSchema } from 'balint-rules/eligibility';
 *
 * ProfessionSchema.safeParse('social_worker').success;
 * //=> true
 * ```
 */
export const ProfessionSchema = z.enum(PROFESSIONS);

const SNAKE_CODE_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const ORGANIZATION_PATTERN = /^\S(?:.{0,98}\S)?$/;
const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** `from <= until` when both are given (day numbers compare like the dates). */
export function windowInOrder(from: string | undefined, until: string | undefined): boolean {
  return from === undefined || until === undefined || parseDays(from) <= parseDays(until);
}

/**
 * A snake_case code naming a credential, e.g. `abs_credentialed_balint_leader`.
 *
 * @example
 * ```ts
 * import { CredentialCodeSchema } from 'balint-rules/eligibility';
 *
 * CredentialCodeSchema.safeParse('ABS leader').success;
 * //=> false
 * ```
 */
export const CredentialCodeSchema = z
  .string()
  .check(z.regex(SNAKE_CODE_PATTERN, 'must be a snake_case code such as "abs_credentialed_balint_leader"'));

/**
 * The name of an organization, as written on the form (e.g. `ABS`). Names are
 * compared exactly, so use one spelling throughout.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from 'balint-rules/eligibility';
 *
 * OrganizationSchema.safeParse('ABS').success;
 * //=> true
 * ```
 */
export const OrganizationSchema = z
  .string()
  .check(z.regex(ORGANIZATION_PATTERN, 'must be 1 to 100 characters without surrounding spaces, e.g. "ABS"'));

/**
 * A membership of an organization with its validity dates. Both ends are
 * inclusive local dates; a missing `from` means "since before any date asked
 * about", a missing `until` means "no end date".
 *
 * @example
 * ```ts
 * import { ProfileMembershipSchema } from 'balint-rules/eligibility';
 *
 * ProfileMembershipSchema.parse({ organization: 'ABS', until: '2026-12-31' });
 * //=> { organization: 'ABS', until: '2026-12-31' }
 * ```
 */
export const ProfileMembershipSchema = z
  .strictObject({
    organization: OrganizationSchema,
    from: z.optional(LocalDateSchema),
    until: z.optional(LocalDateSchema),
  })
  .check(z.refine((m) => windowInOrder(m.from, m.until), { message: 'must not end before it starts', path: ['until'] }));

/**
 * A credential held, with the date it was issued and, if it lapses, the last
 * day it is valid (both inclusive).
 *
 * @example
 * ```ts
 * import { ProfileCredentialSchema } from 'balint-rules/eligibility';
 *
 * ProfileCredentialSchema.parse({ credential: 'abs_credentialed_balint_leader', issued: '2019-10-05' });
 * //=> { credential: 'abs_credentialed_balint_leader', issued: '2019-10-05' }
 * ```
 */
export const ProfileCredentialSchema = z
  .strictObject({
    credential: CredentialCodeSchema,
    issued: LocalDateSchema,
    expires: z.optional(LocalDateSchema),
  })
  .check(z.refine((c) => windowInOrder(c.issued, c.expires), { message: 'must not expire before it is issued', path: ['expires'] }));

/**
 * A language tag such as `en`, `de` or `en-US` (BCP 47 shape; compared
 * case-insensitively).
 *
 * @example
 * ```ts
 * import { LanguageTagSchema } from 'balint-rules/eligibility';
 *
 * LanguageTagSchema.safeParse('en-US').success;
 * //=> true
 * ```
 */
export const LanguageTagSchema = z
  .string()
  .check(z.regex(LANGUAGE_TAG_PATTERN, 'must be a language tag such as "en" or "en-US"'));

/**
 * A field of study, lower case, e.g. `medicine`, `nursing`, `social_work`.
 *
 * @example
 * ```ts
 * import { StudyFieldSchema } from 'balint-rules/eligibility';
 *
 * StudyFieldSchema.safeParse('medicine').success;
 * //=> true
 * ```
 */
export const StudyFieldSchema = z
  .string()
  .check(z.regex(SNAKE_CODE_PATTERN, 'must be a lower-case field such as "medicine"'));

/**
 * What a registrant told the registration form. Everything but the shape is
 * optional, because a form may not ask; a rule about something the profile
 * does not state is not met (and its reason says the profile did not state
 * it). An app may pass its own registrant record: keys the library does not
 * know (`name`, `email`) are kept as given, but a near miss of a known key
 * (`clinicalyActive`) is refused with the key meant, since a typo would
 * otherwise silently read as "not stated". Memberships, credentials and
 * `study` are the library's own data and refuse any unknown key.
 *
 * - `professions`: every profession that applies (a resident who is also an educator lists both).
 * - `clinicallyActive`: whether the person is in active clinical practice.
 * - `memberships`, `credentials`: with their validity dates (inclusive).
 * - `leadsGroup`: whether the person currently leads a Balint group.
 * - `languages`: languages the person can take part in.
 * - `study`: what the person studies, when a student. A profile listing the
 *   `medical_student` profession counts as studying `medicine` even without it.
 *
 * @example
 * ```ts
 * import { RegistrantProfileSchema } from 'balint-rules/eligibility';
 *
 * RegistrantProfileSchema.parse({
 *   professions: ['physician'],
 *   clinicallyActive: true,
 *   memberships: [{ organization: 'ABS', until: '2026-12-31' }],
 *   languages: ['en'],
 * });
 * //=> { professions: ['physician'], clinicallyActive: true, memberships: [{ organization: 'ABS', until: '2026-12-31' }], languages: ['en'] }
 * ```
 */
export const RegistrantProfileSchema = openObject({
  professions: z.optional(z.array(ProfessionSchema)),
  clinicallyActive: z.optional(z.boolean()),
  memberships: z.optional(z.array(ProfileMembershipSchema)),
  credentials: z.optional(z.array(ProfileCredentialSchema)),
  leadsGroup: z.optional(z.boolean()),
  languages: z.optional(z.array(LanguageTagSchema)),
  study: z.optional(z.strictObject({ field: StudyFieldSchema })),
});

/**
 * A membership with validity dates, see {@link ProfileMembershipSchema}.
 *
 * @example
 * ```ts
 * import type { ProfileMembership } from 'balint-rules/eligibility';
 *
 * const membership: ProfileMembership = { organization: 'ABS', until: '2026-12-31' };
 * ```
 */
export type ProfileMembership = z.output<typeof ProfileMembershipSchema>;
/**
 * A credential held, see {@link ProfileCredentialSchema}.
 *
 * @example
 * ```ts
 * import type { ProfileCredential } from 'balint-rules/eligibility';
 *
 * const credential: ProfileCredential = { credential: 'abs_credentialed_balint_leader', issued: '2019-10-05' };
 * ```
 */
export type ProfileCredential = z.output<typeof ProfileCredentialSchema>;
/**
 * A registrant's answers, see {@link RegistrantProfileSchema}: the keys the
 * library reads (a profile may carry an app's own keys besides).
 *
 * @example
 * ```ts
 * import type { RegistrantProfile } from 'balint-rules/eligibility';
 *
 * const profile: RegistrantProfile = {
 *   professions: ['physician'],
 *   clinicallyActive: true,
 *   memberships: [{ organization: 'ABS', until: '2026-12-31' }],
 *   languages: ['en'],
 * };
 * ```
 */
export type RegistrantProfile = KnownKeys<z.output<typeof RegistrantProfileSchema>>;

