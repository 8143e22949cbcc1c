import { absAsconaPrize2026, ASCONA_PRIZE, type AbsAsconaPrizeParams } from './asconaPrize2026.js';
import { absDiversityDiscussions2026, DIVERSITY_DISCUSSIONS, type AbsDiversityDiscussionsParams } from './diversityDiscussions2026.js';
import type { AbsDropInParams } from './dropInParams.js';
import { absCredentialedLeadersDropInMondays, DROP_IN_MONDAYS } from './dropInMondays.js';
import { absCredentialedLeadersDropInThursdays, DROP_IN_THURSDAYS } from './dropInThursdays.js';
import { absNewEnglandLeadershipIntensive, NEW_ENGLAND_INTENSIVE, type AbsNewEnglandIntensiveParams } from './newEnglandLeadershipIntensive.js';
import { absNonCredentialedLeadersConversation2026, CONVERSATION, type AbsConversationParams } from './nonCredentialedLeadersConversation2026.js';
import { absOnlineGroupSaturday2026, ONLINE_GROUP_SATURDAY, type AbsOnlineGroupSaturdayParams } from './onlineGroupSaturday2026.js';
import { absOnlineGroupTuesday2026, ONLINE_GROUP_TUESDAY, type AbsOnlineGroupTuesdayParams } from './onlineGroupTuesday2026.js';
import * as z from 'zod/mini';
import { validate } from '../../_lib/validate.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import { unknownIdMessage } from './_ids.js';
import { absRefundPolicy, type AbsRefundPolicyId } from './absRefundPolicy.js';
import type { AbsPresetParameter, Program } from './program.js';
import type { ProgramKind } from './programParts.js';
import { absHealingRetreat2026, RETREAT, type AbsRetreatParams } from './retreat2026.js';
import { absSpokaneLeadershipIntensive, SPOKANE_INTENSIVE, type AbsSpokaneIntensiveParams } from './spokaneLeadershipIntensive.js';
import { buildPart, partInfo, type PresetDefinition } from './_parts.js';
import { AbsPresetPartSchema, type AbsPresetPart, type AbsPresetPartInfo, type AbsPresetParts } from './presetParts.js';

/**
 * One entry of {@link ABS_PRESETS}: what the preset is, the parameters it
 * takes (each the unpublished fact it supplies), the names of the required
 * ones, and `build`, which validates the parameters and returns the program.
 *
 * @example
 * ```ts
 * import { ABS_PRESETS } from 'balint-rules/presets/abs';
 *
 * ABS_PRESETS['abs-online-group-tuesday-2026'].requiredParameters;
 * //=> ['minRegistrants']
 * ```
 */
export interface AbsPreset<P, R extends Program = Program> {
  /** The preset's id, the key it has in {@link ABS_PRESETS} and the id of the program it builds. */
  readonly id: string;
  /** The program's name. */
  readonly name: string;
  /** The program's kind. */
  readonly kind: ProgramKind;
  /** One sentence saying what the preset is and what it needs. */
  readonly describe: string;
  /** Every parameter, each the unpublished fact it supplies. */
  readonly parameters: readonly AbsPresetParameter[];
  /** The names of the parameters `build` requires. */
  readonly requiredParameters: readonly string[];
  /** The refund policy when every number of it is published (as {@link absRefundPolicy} gives it), else `null`. */
  readonly refundPolicy: RefundPolicy | null;
  /** Validates the parameters and builds the program; throws `ValidationError` on invalid parameters. */
  readonly build: (params: P) => R;
  /** The parts the preset has, each with the parameters it takes and requires (see {@link buildAbsPresetPart}). */
  readonly parts: Readonly<Partial<Record<AbsPresetPart, AbsPresetPartInfo>>>;
  /** Builds one part alone from that part's parameters, as {@link buildAbsPresetPart} does. */
  readonly part: <K extends AbsPresetPart>(part: K, params?: unknown) => AbsPresetParts[K];
}

/** Freezes a plain value all the way down, so a shared preset cannot be changed by accident. */
function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object') for (const v of Object.values(value)) freezeDeep(v);
  return Object.freeze(value);
}

/* @__NO_SIDE_EFFECTS__ */
function preset<P, R extends Program>(
  entry: Omit<AbsPreset<P, R>, 'parameters' | 'requiredParameters' | 'refundPolicy' | 'parts' | 'part'> & {
    readonly refundPolicyId?: AbsRefundPolicyId;
    readonly definition: PresetDefinition;
  },
): AbsPreset<P, R> {
  const { refundPolicyId, definition, ...rest } = entry;
  return Object.freeze({
    ...rest,
    parameters: freezeDeep(definition.parameters.map((p) => ({ ...p }))),
    requiredParameters: Object.freeze(definition.parameters.filter((p) => p.required).map((p) => p.name)),
    refundPolicy: refundPolicyId === undefined ? null : freezeDeep(absRefundPolicy(refundPolicyId)),
    parts: freezeDeep(partInfo(definition)),
    part: <K extends AbsPresetPart>(part: K, params: unknown = {}) =>
      buildPart(entry.id, definition, validate(AbsPresetPartSchema, part, 'ABS preset part'), params) as AbsPresetParts[K],
  });
}

const DROP_IN = 'For ABS Credentialed Leaders; attendance qualifies as a Maintenance of Credentialing activity. Needs the dates to plan, the start time, zone and length (not published).';

/**
 * Every ABS preset by id, for a CLI or a docs playground to list and build:
 * `ABS_PRESETS[id].build(params)` validates the parameters (the facts the
 * pages do not publish) and returns the program. The factories
 * (`absOnlineGroupSaturday2026`, ...) are the same functions, typed.
 * `refundPolicy` is set on the presets whose refund policy is published in
 * full (the online groups, the New England intensive, the retreat), so a
 * playground can quote refunds without building a program. `parts` lists
 * the parts each preset has with the parameters each takes, and
 * `part(part, params)` builds one alone (see {@link buildAbsPresetPart}).
 *
 * @example
 * ```ts
 * import { ABS_PRESETS } from 'balint-rules/presets/abs';
 *
 * Object.keys(ABS_PRESETS).length;
 * //=> 10
 * ABS_PRESETS['abs-diversity-discussions-2026'].build({}).capacity;
 * //=> { maxSeats: 12, waitlist: true }
 * ABS_PRESETS['abs-online-group-saturday-2026'].part('capacity', { minRegistrants: 6 });
 * //=> { minRegistrants: 6, waitlist: true }
 * Object.keys(ABS_PRESETS['ascona-prize-2026'].parts);
 * //=> ['eligibility', 'submission']
 * ```
 */
export const ABS_PRESETS = /* @__PURE__ */ Object.freeze({
  'abs-online-group-saturday-2026': preset<AbsOnlineGroupSaturdayParams, ReturnType<typeof absOnlineGroupSaturday2026>>({
    id: 'abs-online-group-saturday-2026',
    refundPolicyId: 'abs-online-group-saturday-2026',
    name: 'Online Balint Group, second Saturdays, January-August 2026',
    kind: 'online_group',
    describe: 'Eight monthly online meetings with Eddo de Lang, MD and Darlene Lawrence, MD, for clinically active clinicians. Needs the fee and the minimum number of participants (not published).',
    definition: ONLINE_GROUP_SATURDAY,
    build: absOnlineGroupSaturday2026,
  }),
  'abs-online-group-tuesday-2026': preset<AbsOnlineGroupTuesdayParams, ReturnType<typeof absOnlineGroupTuesday2026>>({
    id: 'abs-online-group-tuesday-2026',
    refundPolicyId: 'abs-online-group-tuesday-2026',
    name: 'Online Balint Group, second Tuesdays, February-November 2026',
    kind: 'online_group',
    describe: 'Ten monthly online meetings with Lisa Buck, MD and Albert Lichtenstein, PhD, for clinically active clinicians; $250 for ABS Members, $400 for non-members. Needs the minimum number of participants (not published).',
    definition: ONLINE_GROUP_TUESDAY,
    build: absOnlineGroupTuesday2026,
  }),
  'abs-credentialed-leaders-drop-in-thursdays': preset<AbsDropInParams, ReturnType<typeof absCredentialedLeadersDropInThursdays>>({
    id: 'abs-credentialed-leaders-drop-in-thursdays',
    name: 'Credentialed Leaders Drop-In Series with Arnold Goldberg',
    kind: 'drop_in_series',
    describe: `Meets generally on the 4th Thursday of odd months. ${DROP_IN}`,
    definition: DROP_IN_THURSDAYS,
    build: absCredentialedLeadersDropInThursdays,
  }),
  'abs-credentialed-leaders-drop-in-mondays': preset<AbsDropInParams, ReturnType<typeof absCredentialedLeadersDropInMondays>>({
    id: 'abs-credentialed-leaders-drop-in-mondays',
    name: 'Credentialed Leaders Drop-In Series with Paul Scott',
    kind: 'drop_in_series',
    describe: `Meets generally on the 4th Monday of even months. ${DROP_IN}`,
    definition: DROP_IN_MONDAYS,
    build: absCredentialedLeadersDropInMondays,
  }),
  'abs-non-credentialed-leaders-conversation-2026': preset<AbsConversationParams, ReturnType<typeof absNonCredentialedLeadersConversation2026>>({
    id: 'abs-non-credentialed-leaders-conversation-2026',
    name: 'Conversation for Non-Credentialed Balint Group Leaders, January 22, 2026',
    kind: 'conversation',
    describe: 'January 22, 2026 at 4:00pm Eastern, with Terri Wall and Phil Phelps, for leaders of Balint groups who are not ABS Credentialed Leaders. Needs its length (not published).',
    definition: CONVERSATION,
    build: absNonCredentialedLeadersConversation2026,
  }),
  'abs-diversity-discussions-2026': preset<AbsDiversityDiscussionsParams, ReturnType<typeof absDiversityDiscussions2026>>({
    id: 'abs-diversity-discussions-2026',
    name: 'ABS Diversity Committee Discussions, 2026',
    kind: 'discussion_series',
    describe: 'Four free discussions (March 12, June 11, September 10, December 10, 2026, 8:00-9:00pm Eastern) for ABS Members leading a Balint group, 12 seats each with a waitlist. Needs nothing (a registration deadline, not published, is optional).',
    definition: DIVERSITY_DISCUSSIONS,
    build: absDiversityDiscussions2026,
  }),
  'abs-spokane-leadership-intensive': preset<AbsSpokaneIntensiveParams, ReturnType<typeof absSpokaneLeadershipIntensive>>({
    id: 'abs-spokane-leadership-intensive',
    name: 'Spokane Balint Leadership Intensive',
    kind: 'leadership_intensive',
    describe: 'A four-day leadership course at the Ruby River Hotel, Spokane. Needs its first day and its cancellation deadline (not published).',
    definition: SPOKANE_INTENSIVE,
    build: absSpokaneLeadershipIntensive,
  }),
  'abs-new-england-leadership-intensive-2026': preset<AbsNewEnglandIntensiveParams, ReturnType<typeof absNewEnglandLeadershipIntensive>>({
    id: 'abs-new-england-leadership-intensive-2026',
    refundPolicyId: 'abs-new-england-leadership-intensive-2026',
    name: 'New England Balint Leadership Intensive',
    kind: 'leadership_intensive',
    describe: 'A four-day leadership course at the Babson Executive Conference Center; cancel in writing by September 15, 2026 for the fee less $100. Needs its first day (not published).',
    definition: NEW_ENGLAND_INTENSIVE,
    build: absNewEnglandLeadershipIntensive,
  }),
  'abs-healing-mindfulness-compassion-retreat-2026': preset<AbsRetreatParams, ReturnType<typeof absHealingRetreat2026>>({
    id: 'abs-healing-mindfulness-compassion-retreat-2026',
    refundPolicyId: 'abs-healing-mindfulness-compassion-retreat-2026',
    name: 'Healing, Mindfulness and Compassion Retreat',
    kind: 'retreat',
    describe: 'A weekend retreat at Ratna Ling, Sonoma County; cancel in writing by March 12, 2026 for the fee less $100. Needs its fee and dates (not published).',
    definition: RETREAT,
    build: absHealingRetreat2026,
  }),
  'ascona-prize-2026': preset<AbsAsconaPrizeParams, ReturnType<typeof absAsconaPrize2026>>({
    id: 'ascona-prize-2026',
    name: 'The International Balint Award 2026 – "Ascona Prize"',
    kind: 'award',
    describe: 'An essay prize for medical students: English, 5,000-12,000 words, received before January 31, 2026; EUR 5,000 for the best three essays. Needs the zone the deadline is read in (not published).',
    definition: ASCONA_PRIZE,
    build: absAsconaPrize2026,
  }),
});

/**
 * The id of a preset in {@link ABS_PRESETS}.
 *
 * @example
 * ```ts
 * import type { AbsPresetId } from 'balint-rules/presets/abs';
 *
 * const id: AbsPresetId = 'ascona-prize-2026';
 * ```
 */
export type AbsPresetId = keyof typeof ABS_PRESETS;

/**
 * The ids of {@link ABS_PRESETS}, in order.
 *
 * @example
 * ```ts
 * import { ABS_PRESET_IDS } from 'balint-rules/presets/abs';
 *
 * ABS_PRESET_IDS[0];
 * //=> 'abs-online-group-saturday-2026'
 * ```
 */
export const ABS_PRESET_IDS = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.keys(ABS_PRESETS) as AbsPresetId[]);

/**
 * An id of {@link ABS_PRESETS}. An unknown id is refused, with the known id
 * it is a near miss of: `unknown preset "abs-online-group-tuesday-2025"; did
 * you mean "abs-online-group-tuesday-2026"?`.
 *
 * @example
 * ```ts
 * import { AbsPresetIdSchema } from 'balint-rules/presets/abs';
 *
 * AbsPresetIdSchema.safeParse('ascona-prize-2026').success;
 * //=> true
 * ```
 */
export const AbsPresetIdSchema = /* @__PURE__ */ z.enum(ABS_PRESET_IDS as [AbsPresetId, ...AbsPresetId[]], { error: (issue) => unknownIdMessage('preset', issue.input, ABS_PRESET_IDS) });

/**
 * Builds the preset with the id `id` from its parameters, for an id read
 * from outside (a command line, a form): `ABS_PRESETS[id].build(params)`,
 * except that an unknown id throws a `ValidationError` naming the known id
 * it is a near miss of (`unknown preset "abs-diversity-discussion-2026"; did
 * you mean "abs-diversity-discussions-2026"?`). A misspelt parameter is
 * refused the same way, at its own path.
 *
 * @param id - a preset id, see {@link AbsPresetIdSchema}
 * @param params - the preset's parameters (default: none)
 * @returns the program, validated
 * @throws {ValidationError} for an unknown id or invalid parameters
 *
 * @example
 * ```ts
 * import { buildAbsPreset } from 'balint-rules/presets/abs';
 *
 * buildAbsPreset('abs-diversity-discussions-2026').capacity;
 * //=> { maxSeats: 12, waitlist: true }
 * buildAbsPreset('abs-non-credentialed-leaders-conversation-2026', { durationMinutes: 60 }).kind;
 * //=> 'conversation'
 * ```
 */
export function buildAbsPreset(id: string, params: unknown = {}): Program {
  // Every build validates its parameters, so any value may be passed.
  const build = ABS_PRESETS[validate(AbsPresetIdSchema, id, 'ABS preset id')].build as (params: unknown) => Program;
  return build(params);
}

/**
 * Builds one part of a preset alone, asking only for the parameters that
 * part needs: the same builder and the same value as the program's part of
 * that name (`sessions`: the schedule's planned sessions, numbered from 1).
 * `ABS_PRESETS[id].parts` lists each preset's parts with the parameters
 * they take and require.
 *
 * A parameter of another part is refused (`minRegistrants: is a parameter
 * of the capacity policy, not of the accreditation`), and a misspelt one
 * with the parameter it is a near miss of, as everywhere. A part the preset
 * does not have (the retreat's sessions: its days publish no times; the
 * drop-ins' fees) is a `ValidationError` at `part`, saying which parts it
 * has.
 *
 * @param id - a preset id, see {@link AbsPresetIdSchema}
 * @param part - see {@link AbsPresetPartSchema}
 * @param params - the parameters of that part (default: none)
 * @returns the part, validated by its own area's schema
 * @throws {ValidationError} for an unknown id or part, a part the preset lacks, or invalid parameters
 *
 * @example
 * ```ts
 * import { buildAbsPresetPart } from 'balint-rules/presets/abs';
 *
 * buildAbsPresetPart('abs-online-group-saturday-2026', 'accreditation').systems.map((s) => s.kind); // no fees or minimum needed
 * //=> ['aafp_prescribed', 'apa_ce']
 * buildAbsPresetPart('abs-online-group-saturday-2026', 'sessions').map((s) => s.durationMinutes).join(' ');
 * //=> '90 60 60 60 60 60 60 60'
 * buildAbsPresetPart('abs-healing-mindfulness-compassion-retreat-2026', 'refunds').timeZone; // no fee or dates needed
 * //=> 'America/Los_Angeles'
 * buildAbsPresetPart('abs-credentialed-leaders-drop-in-mondays', 'eligibility').kind; // no time, zone or length needed
 * //=> 'credential'
 * ```
 */
export function buildAbsPresetPart<K extends AbsPresetPart>(id: string, part: K, params: unknown = {}): AbsPresetParts[K] {
  return ABS_PRESETS[validate(AbsPresetIdSchema, id, 'ABS preset id')].part(part, params);
}
