import type { DeepReadonly } from '../_lib/types.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { ValidationError } from '../errors/ValidationError.js';
import { checkEligibility, type EligibilityRule, type RegistrantProfile } from '../eligibility/index.js';
import { formatMoney } from '../money/index.js';
import { capacityPolicyOf } from './_compiled.js';
import { standing, transfersClosed } from './_transfer.js';
import type { CapacityPolicyInput } from './policy.js';
import { RosterStateSchema, type RosterState } from './roster.js';
import { TransferOptionsSchema, TransferRequestSchema, type TransferOptions, type TransferQuote, type TransferReason, type TransferRequest } from './transferQuote.js';

/**
 * Whether a registrant may hand their place to a named colleague, and for
 * what fee: for an app to ask before it writes a `transfer` event to the
 * log. It checks what the replay checks (the policy's `transfers`, their
 * closing, and with `roster`, who holds a place) and what only the app
 * knows: the colleague's eligibility, with `eligibility` and the colleague's
 * `profile`. Every unmet condition is a reason; a refusal is an answer, never
 * an exception.
 *
 * @param policy - the capacity policy, with its `transfers` settings, see {@link TransferPolicySchema}
 * @param request - who hands their place to whom, when, and the colleague's profile, see {@link TransferRequestSchema}
 * @param options - `{ eligibility?: { rule, asOf }, roster? }`, see {@link TransferOptionsSchema}
 * @returns `{ allowed, fee, reasons, message }`
 * @throws {ValidationError} when the policy, request, options, rule, profile or
 *   roster is not valid, or a profile is given without a rule (or a rule without a profile)
 *
 * @example
 * ```ts
 * import { quoteTransfer } from 'balint-rules/capacity';
 *
 * const policy = { maxSeats: 20, transfers: { allowed: true, fee: { amount: '25.00', currency: 'USD' } } };
 * const physicians = { rule: { type: 'profession', in: ['physician'] }, asOf: '2025-03-01' } as const;
 * quoteTransfer(policy, { registrantId: 'ana', to: 'eve', at: '2025-03-01T12:00:00Z', profile: { professions: ['physician'] } }, { eligibility: physicians });
 * //=> { allowed: true, fee: { amount: '25.00', currency: 'USD' }, reasons: [], message: 'ana may transfer their place to eve, for a fee of $25.00.' }
 * quoteTransfer(policy, { registrantId: 'ana', to: 'eve', at: '2025-03-01T12:00:00Z', profile: { professions: ['psychologist'] } }, { eligibility: physicians }).reasons.map((r) => r.code);
 * //=> ['colleague_not_eligible']
 * ```
 */
export function quoteTransfer(policy: DeepReadonly<CapacityPolicyInput>, request: DeepReadonly<TransferRequest>, options: DeepReadonly<TransferOptions> = {}): TransferQuote {
  const p = capacityPolicyOf(policy);
  const r = validate(TransferRequestSchema, request, 'transfer request');
  const o = validate(TransferOptionsSchema, options, 'transfer options');
  if ((o.eligibility === undefined) !== (r.profile === undefined)) {
    const message = o.eligibility === undefined
      ? 'is checked against a rule: give options.eligibility ({ rule, asOf }) too, or leave the profile out'
      : "is required to check the colleague's eligibility";
    throw new ValidationError('transfer request', [{ path: ['profile'], code: 'custom', message }]);
  }
  const roster = o.roster === undefined ? undefined : (validate(RosterStateSchema, o.roster, 'roster state') as RosterState);
  const reasons: TransferReason[] = [];
  const t = p.transfers;
  if (t === undefined || !t.allowed) reasons.push({ code: 'transfers_not_allowed', message: 'The policy accepts no transfers.' });
  else {
    const closed = transfersClosed(t, instantToEpochMs(r.at));
    if (closed !== undefined) reasons.push({ code: 'transfers_closed', boundaryAt: closed.boundaryAt, message: closed.message });
  }
  if (roster !== undefined) {
    const status = standing(roster, r.registrantId);
    if (status !== 'confirmed' && status !== 'waitlisted') reasons.push({ code: 'registrant_not_registered', status, message: `${r.registrantId} holds no seat or waitlist place (${status}).` });
    const theirs = standing(roster, r.to);
    if (theirs === 'confirmed' || theirs === 'waitlisted' || theirs === 'offered') {
      reasons.push({ code: 'colleague_already_registered', status: theirs, message: `${r.to} is already registered (${theirs}).` });
    }
  } else if (r.to === r.registrantId) {
    reasons.push({ code: 'colleague_already_registered', status: 'confirmed', message: `${r.to} cannot take their own place.` });
  }
  if (o.eligibility !== undefined && r.profile !== undefined) {
    const result = checkEligibility(o.eligibility.rule as EligibilityRule, r.profile as RegistrantProfile, { asOf: o.eligibility.asOf });
    if (!result.eligible) {
      reasons.push({ code: 'colleague_not_eligible', eligibility: result.reasons, message: `${r.to} is not eligible: ${result.reasons.map((e) => e.message).join(' ')}` });
    }
  }
  if (reasons.length > 0) {
    return { allowed: false, fee: null, reasons, message: `${r.registrantId} may not transfer their place to ${r.to}: ${reasons.map((x) => x.message).join(' ')}` };
  }
  const fee = t?.fee ?? null;
  const cost = fee === null ? 'free of charge' : `for a fee of ${formatMoney(fee)}`;
  return { allowed: true, fee, reasons: [], message: `${r.registrantId} may transfer their place to ${r.to}, ${cost}.` };
}
