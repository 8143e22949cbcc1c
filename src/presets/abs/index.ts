/**
 * The American Balint Society's programs as ready values: every program of
 * the ABS's pages (the two online groups, the credentialed leaders' drop-in
 * series, the conversation for non-credentialed leaders, the diversity
 * discussions, the Spokane and New England leadership intensives, the
 * retreat, and the Ascona Prize) built from the library's pieces: schedule,
 * eligibility, fees, capacity, refunds, credit, submissions.
 *
 * What the pages publish is reproduced exactly and quoted; what they do not
 * publish (the online groups' minimum, the drop-ins' times, the intensives'
 * dates, ...) is a parameter, never invented, and each program lists it in
 * `unpublished`. `ABS_PRESETS` lists and builds them by id;
 * `buildAbsPresetPart` builds one part of a program alone (its schedule,
 * sessions, eligibility, fees, capacity, refunds, accreditation or
 * submission policy), asking only for that part's parameters;
 * `absRefundPolicy` gives a preset's refund policy alone. The ABS's
 * credentialing path and maintenance requirement are re-exported from the
 * credentialing area.
 *
 * @module presets/abs
 */
export { ABS_ORGANIZATION, ABS_LEADER_CREDENTIAL, ABS_PRESETS_SOURCE } from './constants.js';
export {
  ProgramIdSchema,
  ProgramKindSchema,
  ProgramOrganizerSchema,
  ProgramFacilitatorSchema,
  ProgramAudienceSchema,
  ProgramVenueSchema,
  ProgramNoteSchema,
  UnpublishedFactSchema,
  ProgramMaintenanceSchema,
  type ProgramKind,
  type ProgramOrganizer,
  type ProgramFacilitator,
  type ProgramAudience,
  type ProgramVenue,
  type ProgramNote,
  type UnpublishedFact,
  type ProgramMaintenance,
} from './programParts.js';
export {
  ProgramScheduleSchema,
  type ProgramSchedule,
  type ProgramSeriesSchedule,
  type ProgramEventsSchedule,
  type ProgramEvent,
  type ProgramDaysSchedule,
} from './programSchedule.js';
export { ProgramAwardSchema, type ProgramAward } from './award.js';
export {
  ProgramSchema,
  type Program,
  type ProgramWith,
  type SeriesProgram,
  type EventsProgram,
  type DaysProgram,
  type AbsPresetParameter,
} from './program.js';
export {
  absOnlineGroupSaturday2026,
  AbsOnlineGroupSaturdayParamsSchema,
  type AbsOnlineGroupSaturdayParams,
} from './onlineGroupSaturday2026.js';
export { absOnlineGroupTuesday2026, AbsOnlineGroupTuesdayParamsSchema, type AbsOnlineGroupTuesdayParams } from './onlineGroupTuesday2026.js';
export { AbsDropInParamsSchema, type AbsDropInParams } from './dropInParams.js';
export { absCredentialedLeadersDropInThursdays } from './dropInThursdays.js';
export { absCredentialedLeadersDropInMondays } from './dropInMondays.js';
export {
  absNonCredentialedLeadersConversation2026,
  AbsConversationParamsSchema,
  type AbsConversationParams,
} from './nonCredentialedLeadersConversation2026.js';
export {
  absDiversityDiscussions2026,
  AbsDiversityDiscussionsParamsSchema,
  type AbsDiversityDiscussionsParams,
} from './diversityDiscussions2026.js';
export { absLeadershipIntensiveFees2026 } from './intensiveFees2026.js';
export {
  absSpokaneLeadershipIntensive,
  AbsSpokaneIntensiveParamsSchema,
  type AbsSpokaneIntensiveParams,
} from './spokaneLeadershipIntensive.js';
export {
  absNewEnglandLeadershipIntensive,
  AbsNewEnglandIntensiveParamsSchema,
  type AbsNewEnglandIntensiveParams,
} from './newEnglandLeadershipIntensive.js';
export { absHealingRetreat2026, AbsRetreatParamsSchema, type AbsRetreatParams } from './retreat2026.js';
export { absAsconaPrize2026, AbsAsconaPrizeParamsSchema, type AbsAsconaPrizeParams } from './asconaPrize2026.js';
export { ABS_PRESETS, ABS_PRESET_IDS, AbsPresetIdSchema, buildAbsPreset, buildAbsPresetPart, type AbsPreset, type AbsPresetId } from './registry.js';
export { AbsPresetPartSchema, type AbsPresetPart, type AbsPresetParts, type AbsPresetPartInfo } from './presetParts.js';
export {
  absRefundPolicy,
  AbsRefundPolicyIdSchema,
  AbsRefundPolicyParamsSchema,
  type AbsRefundPolicyId,
  type AbsRefundPolicyParams,
} from './absRefundPolicy.js';
export { absCredentialingPath, absMaintenanceRequirement, ABS_ACTIVITY_KINDS, type AbsActivityKind } from '../../credentialing/index.js';
