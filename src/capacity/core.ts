/**
 * Everything of the capacity area but `quoteTransfer`, which quotes money
 * (decimal.js): what the root module re-exports. Internal to the package's
 * layout; import from `balint-rules/capacity`.
 */
export {
  CapacityPolicySchema,
  DecisionDateSchema,
  type CapacityPolicy,
  type CapacityPolicyInput,
  type DecisionDate,
} from './policy.js';
export {
  RegistrationWindowSchema,
  WindowDateSchema,
  registrationWindowStatus,
  type RegistrationWindow,
  type RegistrationWindowInput,
  type RegistrationWindowStatus,
} from './registrationWindow.js';
export {
  TransferPolicySchema,
  WaitlistOffersSchema,
  type TransferPolicy,
  type WaitlistOffers,
} from './policySettings.js';
export { compileCapacityPolicy, type CompiledCapacityPolicy } from './compileCapacityPolicy.js';
export {
  REGISTRATION_EVENT_KINDS,
  RegistrantIdSchema,
  RegistrationEventSchema,
  RegistrationEventsSchema,
  type RegistrationEvent,
} from './events.js';
export { ReplayOptionsSchema, type ReplayOptions } from './replayOptions.js';
export {
  ROSTER_DECISION_CODES,
  OfferSchema,
  RosterStateSchema,
  emptyRoster,
  type Offer,
  type Promotion,
  type RosterDecision,
  type RosterDecisionBase,
  type RosterDecisionCode,
  type RosterState,
} from './roster.js';
export { replayRegistrations } from './replayRegistrations.js';
export {
  TRANSFER_REASON_CODES,
  TransferOptionsSchema,
  TransferRequestSchema,
  type TransferOptions,
  type TransferQuote,
  type TransferReason,
  type TransferRequest,
} from './transferQuote.js';
export { applyRegistrationEvent } from './applyRegistrationEvent.js';
export { registrantStatus, type RegistrantStatus } from './registrantStatus.js';
export {
  VIABILITY_REASON_CODES,
  ViabilityOptionsSchema,
  decideViability,
  type RefundsOwed,
  type ViabilityDecision,
  type ViabilityOptions,
  type ViabilityReason,
} from './decideViability.js';
export { CAPACITY_REASON_CODES, type CapacityReasonCode } from './reasonCodes.js';
