import type { CreditAmount, CreditRoundingMode } from './amount.js';

/**
 * The codes a credit result's reasons carry: a system's credit reasons
 * (`CreditReason`: each session, rounding, caps, the minimum, the maximum,
 * the AMA/AAFP equivalency) and an attendance requirement's reasons
 * (`RequirementReason`: met or not met, and each session that fell short).
 *
 * @example
 * ```ts
 * import { CREDIT_REASON_CODES } from 'balint-rules/credits';
 *
 * CREDIT_REASON_CODES.includes('session_incomplete');
 * //=> true
 * ```
 */
export const CREDIT_REASON_CODES = [
  'session_attended',
  'session_missed',
  'session_incomplete',
  'session_cap_applied',
  'rounded',
  'minimum_sessions_met',
  'minimum_sessions_not_met',
  'designated_maximum_applied',
  'no_designated_maximum',
  'ama_pra_equivalency',
  'requirement_met',
  'requirement_not_met',
  'session_short',
] as const;

/**
 * A credit reason code, see {@link CREDIT_REASON_CODES}.
 *
 * @example
 * ```ts
 * import type { CreditReasonCode } from 'balint-rules/credits';
 *
 * const code: CreditReasonCode = 'minimum_sessions_not_met';
 * ```
 */
export type CreditReasonCode = (typeof CREDIT_REASON_CODES)[number];

/**
 * Fields every credit reason has.
 *
 * @example
 * ```ts
 * import type { CreditReasonBase } from 'balint-rules/credits';
 *
 * const base: CreditReasonBase = { message: 'Session 3 (2026-03-14): absent; no credit.' };
 * ```
 */
export interface CreditReasonBase {
  /** A sentence a participant can read. */
  readonly message: string;
}

/**
 * Why a credit system gave what it gave, one reason per fact, each with a
 * snake_case `code`, structured fields and an English `message`:
 * - `session_attended`: a session with minutes present: how many count
 *   (after excluded welcome/announcement time) and, for per-session systems,
 *   the credit it earned;
 * - `session_missed`: a session not attended (`recorded: false` when the
 *   attendance has no record for it);
 * - `session_incomplete`: a session attended only in part under a rule that
 *   credits only sessions attended in their entirety (APA; a generic rule
 *   with `fullSessionsOnly`): none of its minutes count;
 * - `session_cap_applied`: a session's credit was limited by a cap;
 * - `rounded`: time was rounded to the system's step (`session` is `null`
 *   when the whole activity's time was rounded at once);
 * - `minimum_sessions_met` / `minimum_sessions_not_met`: the system's
 *   minimum attendance; when not met no credit is earned;
 * - `designated_maximum_applied`: credit was capped at the designated maximum;
 * - `no_designated_maximum`: the accreditation states none, so the maximum
 *   shown is what attending every session in full earns;
 * - `ama_pra_equivalency`: AAFP Prescribed credit counts toward the AMA PRA,
 *   reported as Prescribed; the message is the accreditation's wording.
 *
 * @example
 * ```ts
 * import type { CreditReason } from 'balint-rules/credits';
 *
 * const reason: CreditReason = {
 *   code: 'minimum_sessions_not_met', required: 6, attended: 5, attendance: 'full',
 *   message: 'At least 6 of the 8 sessions must be attended in full for any credit; 5 were, so no credit is earned.',
 * };
 * ```
 */
export type CreditReason = CreditReasonBase &
  (
    | {
        readonly code: 'session_attended';
        readonly session: number;
        readonly date: string;
        readonly minutesPresent: number;
        readonly excludedMinutes: number;
        readonly minutesCounted: number;
        readonly credits: CreditAmount | null;
      }
    | { readonly code: 'session_missed'; readonly session: number; readonly date: string; readonly recorded: boolean }
    | {
        readonly code: 'session_incomplete';
        readonly session: number;
        readonly date: string;
        readonly minutesPresent: number;
        readonly durationMinutes: number;
        readonly credits: CreditAmount | null;
      }
    | { readonly code: 'session_cap_applied'; readonly session: number; readonly cap: CreditAmount }
    | {
        readonly code: 'rounded';
        readonly session: number | null;
        readonly minutes: number;
        readonly credits: CreditAmount;
        readonly rounding: CreditRoundingMode;
        readonly step: CreditAmount;
      }
    | { readonly code: 'minimum_sessions_met'; readonly required: number; readonly attended: number; readonly attendance: 'full' | 'any' }
    | { readonly code: 'minimum_sessions_not_met'; readonly required: number; readonly attended: number; readonly attendance: 'full' | 'any' }
    | { readonly code: 'designated_maximum_applied'; readonly designatedMaximum: CreditAmount; readonly uncapped: CreditAmount }
    | { readonly code: 'no_designated_maximum'; readonly maximum: CreditAmount }
    | { readonly code: 'ama_pra_equivalency'; readonly reportAs: 'AAFP Prescribed'; readonly credits: CreditAmount }
  );

/** `1 credit` / `2.50 credits`. */
export function credits(amount: CreditAmount): string {
  return `${amount} ${amount === '1.00' ? 'credit' : 'credits'}`;
}

/** `1 minute` / `90 minutes`. */
export function minutes(n: number): string {
  return `${n} ${n === 1 ? 'minute' : 'minutes'}`;
}

/** `Session 2 (2026-02-14)`. */
export function sessionLabel(index: number, date: string): string {
  return `Session ${index} (${date})`;
}
