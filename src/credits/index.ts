/**
 * Continuing-education credit as data: an activity's accreditation (AAFP
 * Prescribed credit with its AMA PRA equivalency, APA continuing education
 * for psychologists, any other board's rule), a participant's attendance,
 * the credit earned per system with its reasons, attendance requirements met
 * or not, a transcript, and a roster of a whole group (CSV).
 *
 * Amounts are decimal strings with two decimals (`'8.50'`), computed in whole
 * hundredths: no floating point.
 *
 * @module credits
 */
export { CreditAmountSchema, type CreditAmount, type CreditRoundingMode } from './amount.js';
export {
  AMA_AAFP_EQUIVALENCY_STATEMENT,
  ABS_APA_SPONSOR_STATEMENT,
  AAFP_SERIES_SESSION_CAP,
  aafpAcceptanceStatement,
} from './statements.js';
export {
  CreditSessionSchema,
  CreditSessionsSchema,
  SessionAttendanceSchema,
  AttendanceSchema,
  type CreditSession,
  type CreditSessionInput,
  type SessionAttendance,
  type Attendance,
} from './sessions.js';
export {
  MinimumSessionsSchema,
  AafpPrescribedRuleSchema,
  ApaCeRuleSchema,
  GenericCreditRuleSchema,
  CreditRuleSchema,
  AccreditationSchema,
  type AafpPrescribedRule,
  type ApaCeRule,
  type GenericCreditRule,
  type CreditRule,
  type MinimumSessions,
  type Accreditation,
  type AccreditationInput,
} from './rules.js';
export { CREDIT_REASON_CODES, type CreditReason, type CreditReasonBase, type CreditReasonCode } from './reasons.js';
export { AttendanceRequirementSchema, AttendanceRequirementsSchema, type AttendanceRequirement } from './requirements.js';
export type { RequirementResult, RequirementReason } from './requirementResults.js';
export { creditsFor, type CreditsResult, type SystemCredits, type AmaEquivalency } from './creditsFor.js';
export { compileAccreditation, type CompiledAccreditation } from './compileAccreditation.js';
export { compileCreditSessions, type CompiledCreditSessions } from './compileCreditSessions.js';
export {
  ParticipantSchema,
  TranscriptRequestSchema,
  TranscriptSchema,
  transcriptFor,
  type TranscriptRequest,
  type Transcript,
} from './transcript.js';
export { formatTranscript } from './formatTranscript.js';
export {
  RosterParticipantSchema,
  RosterParticipantsSchema,
  CreditRosterSchema,
  creditRoster,
  type RosterParticipant,
  type CreditRoster,
} from './roster.js';
export { creditRosterCsv } from './creditRosterCsv.js';
export { absAccreditation, AbsAccreditationParamsSchema, type AbsAccreditationParams } from './absAccreditation.js';
