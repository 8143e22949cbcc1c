/**
 * Maintenance of credentialing and the path to a credential, as data.
 *
 * A credential is kept by earning qualifying activities in each period (the
 * American Balint Society's pages say attendance at the credentialed
 * leaders' drop-in series "qualifies as a Maintenance of Credentialing
 * activity", but publish no numbers: {@link absMaintenanceRequirement} takes
 * them as parameters, which must come from the ABS). `credentialStatus` says
 * whether a credential is current, due soon, in grace or lapsed, and why.
 * `credentialingProgress` measures a candidate against a path such as
 * {@link absCredentialingPath}, the ABS's published steps.
 *
 * @module credentialing
 */
export {
  ActivityKindSchema,
  CredentialSchema,
  LedgerEntrySchema,
  LedgerSchema,
  MaintenanceComponentSchema,
  MaintenanceRequirementSchema,
  StatusOptionsSchema,
  type Credential,
  type CredentialInput,
  type LedgerEntry,
  type Ledger,
  type LedgerInput,
  type MaintenanceComponent,
  type MaintenanceRequirement,
  type MaintenanceRequirementInput,
  type StatusOptions,
} from './schema.js';
export {
  credentialStatus,
  type CredentialStatus,
  type CredentialStanding,
  type NotCounted,
  type StatusReason,
  type ComponentProgress,
  type PeriodReport,
  type CountedActivity,
} from './credentialStatus.js';
export type { MissingItem } from './missing.js';
export { CREDENTIALING_REASON_CODES, type CredentialingReasonCode } from './reasons.js';
export {
  absMaintenanceRequirement,
  AbsMaintenanceParamsSchema,
  ABS_ACTIVITY_KINDS,
  type AbsMaintenanceParams,
  type AbsActivityKind,
} from './absMaintenanceRequirement.js';
export {
  CredentialingStepSchema,
  CredentialingPathSchema,
  CredentialingRecordSchema,
  ProgressOptionsSchema,
  type CredentialingStep,
  type CredentialingPath,
  type CredentialingRecord,
  type CredentialingRecordInput,
  type ProgressOptions,
} from './pathSchema.js';
export { absCredentialingPath } from './absCredentialingPath.js';
export { credentialingProgress, type CredentialingProgress } from './credentialingProgress.js';
export type { StepProgress, MonthSpan } from './pathSteps.js';
