import * as z from 'zod/mini';
import { CapacityPolicySchema } from '../../capacity/policy.js';
import { AccreditationSchema } from '../../credits/rules.js';
import { LanguageTagSchema } from '../../eligibility/profile.js';
import { EligibilityRuleSchema } from '../../eligibility/rule.js';
import { FeeScheduleSchema } from '../../fees/schema.js';
import { RefundPolicySchema } from '../../refunds/schema.js';
import { SubmissionPolicySchema } from '../../submissions/schema.js';
import { TimeZoneSchema } from '../../common/schemas.js';
import { ProgramAwardSchema } from './award.js';
import {
  ProgramAudienceSchema,
  ProgramFacilitatorSchema,
  ProgramIdSchema,
  ProgramKindSchema,
  ProgramMaintenanceSchema,
  ProgramNoteSchema,
  ProgramOrganizerSchema,
  ProgramVenueSchema,
  UnpublishedFactSchema,
} from './programParts.js';
import { ProgramScheduleSchema, type ProgramDaysSchedule, type ProgramEventsSchedule, type ProgramSeriesSchedule } from './programSchedule.js';

const Text = z.string().check(z.minLength(1, 'must not be empty'));

type Withholds = { rules: readonly { outcome: { kind: string; withhold?: { currency: string } | undefined } }[]; otherwise: { kind: string; withhold?: { currency: string } | undefined } };

/** The currencies of the fixed fees a refund policy withholds. */
function withheldCurrencies(refunds: Withholds): string[] {
  return [...refunds.rules.map((r) => r.outcome), refunds.otherwise].flatMap((o) => (o.withhold === undefined ? [] : [o.withhold.currency]));
}

/**
 * A program as published, as one plain-JSON value built from the library's
 * pieces: what it is and who runs it, the page's own words, its leaders,
 * when it meets (`schedule`, with the zones the page shows times in), who may
 * register (`eligibility`), what it costs (`fees`), how many may take part
 * (`capacity`, per program or per session as `registrationPer` says), what a
 * cancellation gets back (`refunds`), the credit it offers
 * (`accreditation`), how it counts toward keeping a credential
 * (`maintenance`), the rules and facts of a prize (`submission`, `award`),
 * the statements no rule can decide (`notes`, quoted), and the facts the
 * pages do not publish (`unpublished`).
 *
 * Each part is validated by its own area's schema, and a refund policy's
 * withheld fees must be in the fee schedule's currency.
 *
 * @example
 * ```ts
 * import { ProgramSchema, absDiversityDiscussions2026 } from 'balint-rules/presets/abs';
 *
 * ProgramSchema.safeParse(absDiversityDiscussions2026()).success;
 * //=> true
 * ```
 */
export const ProgramSchema = z
  .strictObject({
    id: ProgramIdSchema,
    name: Text,
    kind: ProgramKindSchema,
    organizer: ProgramOrganizerSchema,
    /** Where the facts come from. */
    source: Text,
    /** The page's description, quoted. */
    description: Text,
    facilitators: z.array(ProgramFacilitatorSchema),
    audience: z.optional(ProgramAudienceSchema),
    /** The language the program is held in, when the page says. */
    language: z.optional(LanguageTagSchema),
    venue: z.optional(ProgramVenueSchema),
    schedule: z.optional(ProgramScheduleSchema),
    /** The zones the page shows times in ("Eastern/Pacific"). */
    displayTimeZones: z.optional(z.array(TimeZoneSchema).check(z.minLength(1))),
    /** Whether one registers for the whole program or for each session (each with its own capacity). */
    registrationPer: z.optional(z.enum(['program', 'session'])),
    eligibility: z.optional(EligibilityRuleSchema),
    fees: z.optional(FeeScheduleSchema),
    capacity: z.optional(CapacityPolicySchema),
    refunds: z.optional(RefundPolicySchema),
    accreditation: z.optional(AccreditationSchema),
    maintenance: z.optional(ProgramMaintenanceSchema),
    submission: z.optional(SubmissionPolicySchema),
    award: z.optional(ProgramAwardSchema),
    notes: z.array(ProgramNoteSchema),
    unpublished: z.array(UnpublishedFactSchema),
  })
  .check(
    z.refine(
      (p) => p.fees === undefined || p.refunds === undefined || withheldCurrencies(p.refunds).every((c) => c === p.fees?.currency),
      { message: 'must be in the currency of the refund policy’s withheld fees', path: ['fees', 'currency'] },
    ),
  );

/**
 * A validated program, see {@link ProgramSchema}.
 *
 * @example
 * ```ts
 * import { absOnlineGroupTuesday2026, type Program } from 'balint-rules/presets/abs';
 *
 * const group: Program = absOnlineGroupTuesday2026({ minRegistrants: 6 });
 * group.facilitators.map((f) => f.name);
 * //=> ['Lisa Buck, MD', 'Albert Lichtenstein, PhD']
 * ```
 */
export type Program = z.output<typeof ProgramSchema>;

/**
 * One parameter of a preset: the unpublished fact it supplies (a dotted path
 * in the program; its first segment names the part it bears on, see
 * `buildAbsPresetPart`), what it is, and whether it is required.
 *
 * @example
 * ```ts
 * import type { AbsPresetParameter } from 'balint-rules/presets/abs';
 *
 * const p: AbsPresetParameter = { name: 'minRegistrants', fact: 'capacity.minRegistrants', required: true,
 *   description: 'The minimum number of participants needed to hold a session.' };
 * ```
 */
export interface AbsPresetParameter {
  /** The parameter's name in the preset's parameters object. */
  readonly name: string;
  /** Where its value goes in the program, a dotted path such as `capacity.minRegistrants`. */
  readonly fact: string;
  /** Other places its value goes, when it supplies more than one fact (a registration deadline closes both the fee schedule's and the capacity policy's window). */
  readonly alsoSupplies?: readonly string[];
  /** What it is and why it is a parameter (what the pages leave out). */
  readonly description: string;
  /** Whether the preset cannot be built without it. */
  readonly required: boolean;
}

/**
 * A program whose parts `K` are present (the presets' return types say
 * which parts each program has).
 *
 * @example
 * ```ts
 * import type { ProgramWith } from 'balint-rules/presets/abs';
 *
 * type Priced = ProgramWith<'fees' | 'refunds'>;
 * ```
 */
export type ProgramWith<K extends keyof Program> = Program & { [P in K]-?: NonNullable<Program[P]> };

/**
 * A program meeting as series of sessions, with parts `K` present.
 *
 * @example
 * ```ts
 * import { planSeries } from 'balint-rules/schedule';
 * import { absOnlineGroupTuesday2026 } from 'balint-rules/presets/abs';
 *
 * const group = absOnlineGroupTuesday2026({ minRegistrants: 6 }); // a SeriesProgram
 * planSeries(group.schedule.series[0]).sessions.length;
 * //=> 10
 * ```
 */
export type SeriesProgram<K extends keyof Program> = ProgramWith<K> & { readonly schedule: ProgramSeriesSchedule };
/**
 * A program of single events, with parts `K` present.
 *
 * @example
 * ```ts
 * import { absNonCredentialedLeadersConversation2026 } from 'balint-rules/presets/abs';
 *
 * absNonCredentialedLeadersConversation2026({ durationMinutes: 60 }).schedule.events[0].start;
 * //=> '2026-01-22T21:00:00.000Z'
 * ```
 */
export type EventsProgram<K extends keyof Program> = ProgramWith<K> & { readonly schedule: ProgramEventsSchedule };
/**
 * A program running on days whose times are not published, with parts `K` present.
 *
 * @example
 * ```ts
 * import { absNewEnglandLeadershipIntensive } from 'balint-rules/presets/abs';
 *
 * absNewEnglandLeadershipIntensive({ firstDay: '2026-10-08' }).schedule.until;
 * //=> '2026-10-11'
 * ```
 */
export type DaysProgram<K extends keyof Program> = ProgramWith<K> & { readonly schedule: ProgramDaysSchedule };
