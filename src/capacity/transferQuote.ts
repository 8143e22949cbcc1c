import * as z from 'zod/mini';
import { InstantSchema, LocalDateSchema } from '../common/schemas.js';
import type { DeepReadonly } from '../_lib/types.js';
import type { EligibilityReason, EligibilityRule, RegistrantProfile } from '../eligibility/index.js';
import type { Money } from '../money/schema.js';
import { RegistrantIdSchema } from './events.js';

/** An object passed on as it is to the function that validates it (`checkEligibility` for a rule and a profile, the roster schema for a roster). */
const anObject = <T extends object = object>(what: string) => z.custom<T>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), `must be ${what}`);

/**
 * What an app asks before accepting a transfer: `registrantId` hands their
 * place to the colleague `to` at the instant `at`; `profile` is the
 * colleague's registrant profile (see `RegistrantProfileSchema`), needed
 * when the quote checks eligibility. Strict: an unknown key is refused.
 *
 * @example
 * ```ts
 * import { TransferRequestSchema } from 'balint-rules/capacity';
 *
 * TransferRequestSchema.safeParse({ registrantId: 'ana', to: 'eve', at: '2025-03-01T12:00:00Z' }).success;
 * //=> true
 * TransferRequestSchema.safeParse({ registrantId: 'ana', colleague: 'eve', at: '2025-03-01T12:00:00Z' }).success;
 * //=> false
 * ```
 */
export const TransferRequestSchema = z.strictObject({
  registrantId: RegistrantIdSchema,
  to: RegistrantIdSchema,
  at: InstantSchema,
  profile: z.optional(anObject<DeepReadonly<RegistrantProfile>>("the colleague's registrant profile")),
});

/**
 * A transfer request, see {@link TransferRequestSchema}.
 *
 * @example
 * ```ts
 * import type { TransferRequest } from 'balint-rules/capacity';
 *
 * const request: TransferRequest = { registrantId: 'ana', to: 'eve', at: '2025-03-01T12:00:00Z', profile: { professions: ['physician'] } };
 * ```
 */
export type TransferRequest = z.input<typeof TransferRequestSchema>;

/**
 * Options of {@link quoteTransfer}:
 *
 * - `eligibility`: `{ rule, at }`, the group's eligibility rule (see
 *   `EligibilityRuleSchema`, or a compiled rule) and the local date the
 *   colleague must meet it on, as `checkEligibility` takes them (absent:
 *   eligibility is not checked);
 * - `roster`: the roster now (from `replayRegistrations`), to check that the
 *   registrant holds a seat or waitlist place and the colleague is not
 *   registered (absent: not checked).
 *
 * @example
 * ```ts
 * import { TransferOptionsSchema } from 'balint-rules/capacity';
 *
 * TransferOptionsSchema.safeParse({ eligibility: { rule: { kind: 'profession', in: ['physician'] }, at: '2025-03-01' } }).success;
 * //=> true
 * ```
 */
export const TransferOptionsSchema = z.strictObject({
  eligibility: z.optional(z.strictObject({ rule: anObject<DeepReadonly<EligibilityRule>>('an eligibility rule'), at: LocalDateSchema })),
  roster: z.optional(anObject('a roster')),
});

/**
 * Options of {@link quoteTransfer}, see {@link TransferOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { TransferOptions } from 'balint-rules/capacity';
 *
 * const options: TransferOptions = { eligibility: { rule: { kind: 'leads_group' }, at: '2025-03-01' } };
 * ```
 */
export type TransferOptions = z.input<typeof TransferOptionsSchema>;

/**
 * Why a transfer is refused:
 *
 * - `transfers_not_allowed`: the capacity policy takes no transfers;
 * - `transfers_closed`: the request comes after `transfers.until` (`boundaryAt`);
 * - `registrant_not_registered`: the roster gives the registrant no seat or waitlist place (`status`);
 * - `colleague_already_registered`: the roster already has the colleague (`status`), or it is the registrant themself;
 * - `colleague_not_eligible`: the colleague does not meet the eligibility rule (`eligibility`: its reasons).
 *
 * @example
 * ```ts
 * import { TRANSFER_REASON_CODES } from 'balint-rules/capacity';
 *
 * TRANSFER_REASON_CODES.includes('colleague_not_eligible');
 * //=> true
 * ```
 */
export const TRANSFER_REASON_CODES = ['transfers_not_allowed', 'transfers_closed', 'registrant_not_registered', 'colleague_already_registered', 'colleague_not_eligible'] as const;

/**
 * One reason a transfer is refused, see {@link TRANSFER_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { TransferReason } from 'balint-rules/capacity';
 *
 * const reason: TransferReason = { code: 'transfers_not_allowed', message: 'The policy accepts no transfers.' };
 * ```
 */
export type TransferReason = { readonly message: string } & (
  | { readonly code: 'transfers_not_allowed' }
  | { readonly code: 'transfers_closed'; readonly boundaryAt: string }
  | { readonly code: 'registrant_not_registered'; readonly status: 'offered' | 'cancelled' | 'declined' | 'unknown' }
  | { readonly code: 'colleague_already_registered'; readonly status: 'confirmed' | 'waitlisted' | 'offered' }
  | { readonly code: 'colleague_not_eligible'; readonly eligibility: readonly EligibilityReason[] }
);

/**
 * The answer of {@link quoteTransfer}: the `verdict`, `allowed` or
 * `refused`; the `fee` the registrant pays (exact money; `null` when free or
 * refused); every reason it is refused (empty exactly when allowed) and a
 * sentence. The type narrows on `verdict`.
 *
 * @example
 * ```ts
 * import type { TransferQuote } from 'balint-rules/capacity';
 *
 * const quote: TransferQuote = { verdict: 'allowed', fee: null, reasons: [], message: 'ana may transfer their place to eve, free of charge.' };
 * ```
 */
export type TransferQuote =
  | { readonly verdict: 'allowed'; readonly fee: Money | null; readonly reasons: readonly []; readonly message: string }
  | { readonly verdict: 'refused'; readonly fee: null; readonly reasons: readonly TransferReason[]; readonly message: string };
