import * as z from 'zod/mini';
import { ActivityKindSchema } from '../../credentialing/schema.js';
import { ProfessionSchema } from '../../eligibility/profile.js';
import { NonNegativeMoneySchema } from '../../money/schema.js';

const Text = z.string().check(z.minLength(1, 'must not be empty'));
const Code = z.string().check(z.regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'must be a snake_case code such as "attend_all_sessions"'));

/**
 * A program's id: lower-case words joined by hyphens, e.g.
 * `abs-online-group-saturday-2026`.
 *
 * @example
 * ```ts
 * import { ProgramIdSchema } from 'balint-rules/presets/abs';
 *
 * ProgramIdSchema.safeParse('abs-retreat-2026').success;
 * //=> true
 * ```
 */
export const ProgramIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "abs-retreat-2026"'));

/**
 * What kind of program it is: an online Balint group, a drop-in series, a
 * single conversation, a discussion series, a leadership intensive, a
 * retreat, or an award (an essay prize).
 *
 * @example
 * ```ts
 * import { ProgramKindSchema } from 'balint-rules/presets/abs';
 *
 * ProgramKindSchema.safeParse('award').success;
 * //=> true
 * ```
 */
export const ProgramKindSchema = z.enum(['online_group', 'drop_in_series', 'conversation', 'discussion_series', 'leadership_intensive', 'retreat', 'award']);

/**
 * Who runs a program, and the committee that sponsors it when the page names one.
 *
 * @example
 * ```ts
 * import { ProgramOrganizerSchema } from 'balint-rules/presets/abs';
 *
 * ProgramOrganizerSchema.safeParse({ name: 'American Balint Society', committee: 'History and Continuity Committee' }).success;
 * //=> true
 * ```
 */
export const ProgramOrganizerSchema = z.strictObject({ name: Text, committee: z.optional(Text) });

/**
 * A person leading or facilitating a program, named as the page names them.
 *
 * @example
 * ```ts
 * import { ProgramFacilitatorSchema } from 'balint-rules/presets/abs';
 *
 * ProgramFacilitatorSchema.safeParse({ name: 'Eddo de Lang, MD', role: 'leader' }).success;
 * //=> true
 * ```
 */
export const ProgramFacilitatorSchema = z.strictObject({ name: Text, role: z.enum(['leader', 'facilitator']) });

/**
 * Who a program is written for (its target audience), as professions and as
 * the page's own words. An audience is not a condition of registration: the
 * program's eligibility rule is.
 *
 * @example
 * ```ts
 * import { ProgramAudienceSchema } from 'balint-rules/presets/abs';
 *
 * ProgramAudienceSchema.safeParse({ professions: ['physician', 'veterinarian'], text: 'The curriculum is appropriate for ...' }).success;
 * //=> true
 * ```
 */
export const ProgramAudienceSchema = z.strictObject({ professions: z.array(ProfessionSchema).check(z.minLength(1)), text: Text });

/**
 * Where a program takes place: online or at a venue, with a negotiated room
 * rate when the page gives one.
 *
 * @example
 * ```ts
 * import { ProgramVenueSchema } from 'balint-rules/presets/abs';
 *
 * ProgramVenueSchema.safeParse({ online: false, name: 'Babson Executive Conference Center',
 *   roomRate: { price: { amount: '239.00', currency: 'USD' }, per: 'night', text: 'a conference rate of $239 per night' } }).success;
 * //=> true
 * ```
 */
export const ProgramVenueSchema = z.strictObject({
  online: z.boolean(),
  name: z.optional(Text),
  location: z.optional(Text),
  roomRate: z.optional(z.strictObject({ price: NonNegativeMoneySchema, per: z.literal('night'), text: Text })),
  text: z.optional(Text),
});

/**
 * A published statement kept as data, quoted exactly:
 * - `attestation`: a requirement a registrant must attest to, which no rule
 *   can decide ("Registrants must intend to attend all sessions");
 * - `recommendation`: advice to registrants;
 * - `request`: something registrants are asked to do;
 * - `information`: a fact for registrants;
 * - `policy`: the text of a policy the program's data models (cancellation).
 *
 * @example
 * ```ts
 * import { ProgramNoteSchema } from 'balint-rules/presets/abs';
 *
 * ProgramNoteSchema.safeParse({ code: 'attend_all_sessions', kind: 'attestation',
 *   text: 'Registrants must intend to attend all sessions of the group.' }).success;
 * //=> true
 * ```
 */
export const ProgramNoteSchema = z.strictObject({
  code: Code,
  kind: z.enum(['attestation', 'recommendation', 'request', 'information', 'policy']),
  text: Text,
});

/**
 * A fact the pages do not publish: where it would sit in the program
 * (`fact`, a dotted path such as `capacity.minRegistrants`), why, the
 * parameter that supplies it (or `null` when the preset leaves it out), and
 * whether the caller gave it. Docs show these as "not published".
 *
 * @example
 * ```ts
 * import { UnpublishedFactSchema } from 'balint-rules/presets/abs';
 *
 * UnpublishedFactSchema.safeParse({ fact: 'capacity.minRegistrants', parameter: 'minRegistrants', given: true,
 *   description: 'The minimum number of participants needed to hold a session.' }).success;
 * //=> true
 * ```
 */
export const UnpublishedFactSchema = z.strictObject({
  fact: Text,
  description: Text,
  parameter: z.nullable(Text),
  given: z.boolean(),
});

/**
 * How attending a program counts toward keeping a credential: the activity
 * kind to record in a credentialing ledger (see `absMaintenanceRequirement`)
 * and the page's statement.
 *
 * @example
 * ```ts
 * import { ProgramMaintenanceSchema } from 'balint-rules/presets/abs';
 *
 * ProgramMaintenanceSchema.safeParse({ activityKind: 'credentialed_leaders_drop_in',
 *   text: 'Attendance qualifies as a Maintenance of Credentialing activity.' }).success;
 * //=> true
 * ```
 */
export const ProgramMaintenanceSchema = z.strictObject({ activityKind: ActivityKindSchema, text: Text });

/**
 * An organizer, see {@link ProgramOrganizerSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramOrganizer } from 'balint-rules/presets/abs';
 *
 * const abs: ProgramOrganizer = { name: 'American Balint Society', committee: 'Diversity Committee' };
 * ```
 */
export type ProgramOrganizer = z.output<typeof ProgramOrganizerSchema>;

/**
 * A leader or facilitator, see {@link ProgramFacilitatorSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramFacilitator } from 'balint-rules/presets/abs';
 *
 * const leader: ProgramFacilitator = { name: 'Lisa Buck, MD', role: 'leader' };
 * ```
 */
export type ProgramFacilitator = z.output<typeof ProgramFacilitatorSchema>;

/**
 * A target audience, see {@link ProgramAudienceSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramAudience } from 'balint-rules/presets/abs';
 *
 * const audience: ProgramAudience = { professions: ['physician', 'psychologist'], text: 'Suitable for those in active practice ...' };
 * ```
 */
export type ProgramAudience = z.output<typeof ProgramAudienceSchema>;

/**
 * A venue, see {@link ProgramVenueSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramVenue } from 'balint-rules/presets/abs';
 *
 * const online: ProgramVenue = { online: true, name: 'Zoom' };
 * ```
 */
export type ProgramVenue = z.output<typeof ProgramVenueSchema>;

/**
 * A quoted statement, see {@link ProgramNoteSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramNote } from 'balint-rules/presets/abs';
 *
 * const note: ProgramNote = { code: 'meetings_in_english', kind: 'information', text: 'the meetings will be held in English.' };
 * ```
 */
export type ProgramNote = z.output<typeof ProgramNoteSchema>;

/**
 * A fact not published, see {@link UnpublishedFactSchema}.
 *
 * @example
 * ```ts
 * import type { UnpublishedFact } from 'balint-rules/presets/abs';
 *
 * const fee: UnpublishedFact = { fact: 'fees', description: 'No fee is published.', parameter: null, given: false };
 * ```
 */
export type UnpublishedFact = z.output<typeof UnpublishedFactSchema>;

/**
 * A program kind, see {@link ProgramKindSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramKind } from 'balint-rules/presets/abs';
 *
 * const kind: ProgramKind = 'retreat';
 * ```
 */
export type ProgramKind = z.output<typeof ProgramKindSchema>;

/**
 * Maintenance of credentialing, see {@link ProgramMaintenanceSchema}.
 *
 * @example
 * ```ts
 * import type { ProgramMaintenance } from 'balint-rules/presets/abs';
 *
 * const m: ProgramMaintenance = { activityKind: 'credentialed_leaders_drop_in', text: 'Attendance qualifies ...' };
 * ```
 */
export type ProgramMaintenance = z.output<typeof ProgramMaintenanceSchema>;
