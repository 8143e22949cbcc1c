import type { DeepReadonly } from '../_lib/types.js';
import { instantToEpochMs } from '../_lib/instant.js';
import { validate } from '../_lib/validate.js';
import { ValidationError } from '../errors/ValidationError.js';
import { checkEligibility, type EligibilityRule, type RegistrantProfile } from '../eligibility/index.js';
import { formatMoney, money } from '../money/index.js';
import { capacityPolicyOf } from './_compiled.js';
import { rosterAt } from './_step.js';
import { transferRefusals, type TransferRefusal } from './_transfer.js';
import type { CapacityPolicy, CapacityPolicyInput } from './policy.js';
import { RosterStateSchema, type RosterState } from './roster.js';
import { TransferOptionsSchema, TransferRequestSchema, type TransferOptions, type TransferQuote, type TransferReason, type TransferRequest } from './transferQuote.js';

/** The roster as it stands at `atMs` (offers ended by then expired); refused when it already has an event after `atMs`. */
function rosterThen(roster: RosterState, policy: CapacityPolicy, atMs: number) {
  if (roster.lastAt !== null && instantToEpochMs(roster.lastAt) > atMs) {
    throw new ValidationError('transfer request', [
      { path: ['at'], code: 'custom', message: `must not be earlier than the roster's last event (${roster.lastAt}): quote a transfer for the roster as it stands then` },
    ]);
  }
  return rosterAt(roster, policy, atMs);
}

/** Where the rule and the profile `checkEligibility` reads sit in a transfer quote: the subject and path their refusals are reported under. */
const PLACES: Readonly<Record<string, readonly [subject: string, path: readonly string[]]>> = {
  'eligibility rule': ['transfer options', ['eligibility', 'rule']],
  'registrant profile': ['transfer request', ['profile']],
};

/** The colleague's eligibility; a rule or profile `checkEligibility` refuses is reported where the quote was given it. */
function colleagueEligibility(eligibility: { readonly rule: DeepReadonly<EligibilityRule>; readonly at: string }, profile: DeepReadonly<RegistrantProfile>) {
  try {
    return checkEligibility(eligibility.rule, profile, { at: eligibility.at });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const place = PLACES[error.subject];
    if (place === undefined) throw error;
    throw new ValidationError(place[0], error.issues.map((issue) => ({ ...issue, path: [...place[1], ...issue.path] })));
  }
}

/** A refusal of the transfer rule, as a reason of the quote. */
function reasonFor(refusal: TransferRefusal, from: string, to: string): TransferReason {
  switch (refusal.code) {
    case 'transfers_not_allowed':
      return { code: 'transfers_not_allowed', message: 'The policy accepts no transfers.' };
    case 'transfers_closed':
      return { code: 'transfers_closed', boundaryAt: refusal.closed.boundaryAt, message: refusal.closed.message };
    case 'registrant_not_registered':
      return { code: 'registrant_not_registered', status: refusal.status, message: `${from} holds no seat or waitlist place (${refusal.status}).` };
    case 'colleague_already_registered':
      return { code: 'colleague_already_registered', status: refusal.status, message: `${to} is already registered (${refusal.status}).` };
  }
}

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
 * @param options - `{ eligibility?: { rule, at }, roster? }`, see {@link TransferOptionsSchema}
 * @returns `{ verdict, fee, reasons, message }` (`verdict`: `allowed` or `refused`), the fee written with the currency's minor units (`'25'` as `'25.00'`)
 * @throws {ValidationError} when the policy, request, options, rule, profile or
 *   roster is not valid, or a profile is given without a rule (or a rule without a profile)
 *
 * @example
 * ```ts
 * import { quoteTransfer } from 'balint-rules/capacity';
 *
 * const policy = { maxSeats: 20, transfers: { allowed: true, fee: { amount: '25.00', currency: 'USD' } } };
 * const physicians = { rule: { kind: 'profession', in: ['physician'] }, at: '2025-03-01' } as const;
 * quoteTransfer(policy, { registrantId: 'ana', to: 'eve', at: '2025-03-01T12:00:00Z', profile: { professions: ['physician'] } }, { eligibility: physicians });
 * //=> { verdict: 'allowed', fee: { amount: '25.00', currency: 'USD' }, reasons: [], message: 'ana may transfer their place to eve, for a fee of $25.00.' }
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
      ? 'is checked against a rule: give options.eligibility ({ rule, at }) too, or leave the profile out'
      : "is required to check the colleague's eligibility";
    throw new ValidationError('transfer request', [{ path: ['profile'], code: 'custom', message }]);
  }
  const atMs = instantToEpochMs(r.at);
  const roster = o.roster === undefined ? undefined : rosterThen(validate(RosterStateSchema, o.roster, 'roster state') as RosterState, p, atMs);
  const reasons: TransferReason[] = transferRefusals(roster, p, r.registrantId, r.to, atMs).map((refusal) => reasonFor(refusal, r.registrantId, r.to));
  if (roster === undefined && r.to === r.registrantId) {
    reasons.push({ code: 'colleague_already_registered', status: 'confirmed', message: `${r.to} cannot take their own place.` });
  }
  if (o.eligibility !== undefined && r.profile !== undefined) {
    const result = colleagueEligibility(o.eligibility, r.profile);
    if (result.verdict !== 'eligible') {
      reasons.push({ code: 'colleague_not_eligible', eligibility: result.reasons, message: `${r.to} is not eligible: ${result.reasons.map((e) => e.message).join(' ')}` });
    }
  }
  if (reasons.length > 0) {
    return { verdict: 'refused', fee: null, reasons, message: `${r.registrantId} may not transfer their place to ${r.to}: ${reasons.map((x) => x.message).join(' ')}` };
  }
  const set = p.transfers?.fee;
  // Written with the currency's minor units, as every amount the library returns ('25' becomes '25.00').
  const fee = set === undefined ? null : money(set.amount, set.currency, set.minorUnits === undefined ? {} : { minorUnits: set.minorUnits });
  const cost = fee === null ? 'free of charge' : `for a fee of ${formatMoney(fee)}`;
  return { verdict: 'allowed', fee, reasons: [], message: `${r.registrantId} may transfer their place to ${r.to}, ${cost}.` };
}
