/**
 * The library side of the registration benchmark: each registration goes
 * through `checkEligibility`, `quoteFee`, `quoteRefund` (on the fee quoted)
 * and `creditsFor`, each validating the registration's input and giving its
 * reasons, as an app calling the public API would. An app compiles its
 * policies once (`compilePolicies`) and decides every registration under
 * them, and parses each registrant's profile once for the decisions that
 * read it (`parseRegistrantProfile`); the same calls also take the policies
 * and the profile as plain data, validated on every call.
 */
import { checkEligibility, compileEligibilityRule, parseRegistrantProfile, type EligibilityResult, type ParsedRegistrantProfile } from '../../src/eligibility/index.js';
import { compileAccreditation, compileCreditSessions, creditsFor, type CreditsResult } from '../../src/credits/index.js';
import { compileFeeSchedule, quoteFee, type FeeQuote } from '../../src/fees/index.js';
import { compileRefundPolicy, quoteRefund, type RefundQuote } from '../../src/refunds/index.js';
import { instantToZoned } from '../../src/schedule/index.js';
import type { Registration } from './generate.js';
import type { Policies } from './policies.js';

/** The four answers of the library for one registration. */
export interface LibraryDecision {
  readonly eligibility: EligibilityResult;
  readonly fee: FeeQuote;
  readonly refund: RefundQuote;
  readonly credits: CreditsResult;
}

/** The policies compiled once: validated, frozen and precomputed, so the decisions skip that work. */
export function compilePolicies(p: Policies): Policies {
  return {
    eligibility: compileEligibilityRule(p.eligibility),
    timeZone: p.timeZone,
    fees: compileFeeSchedule(p.fees),
    refunds: compileRefundPolicy(p.refunds),
    accreditation: compileAccreditation(p.accreditation),
    sessions: compileCreditSessions(p.sessions),
  };
}

/** What was paid: the quoted price (every registrant qualifies for some category of the intensive's table). */
export function paidFor(fee: FeeQuote): { amount: string; currency: string } {
  if (fee.verdict !== 'priced') throw new Error(`no category qualified: ${fee.message}`);
  return fee.price;
}

/** The eligibility decision alone: on the registration's local date in the policies' zone (`profile`: the registration's, parsed or as given). */
export function eligibilityOf(p: Policies, r: Registration, profile: Registration['profile'] | ParsedRegistrantProfile = r.profile): EligibilityResult {
  return checkEligibility(p.eligibility, profile, { at: instantToZoned(r.registeredAt, p.timeZone).date });
}

/** The fee quote alone (`profile`: the registration's, parsed or as given). */
export function feeOf(p: Policies, r: Registration, profile: Registration['profile'] | ParsedRegistrantProfile = r.profile): FeeQuote {
  return quoteFee(p.fees, profile, { at: r.registeredAt });
}

/** The refund quote alone, for what was paid. */
export function refundOf(p: Policies, r: Registration, paid: { amount: string; currency: string }): RefundQuote {
  return quoteRefund(p.refunds, { paid }, r.cancellation);
}

/** The credits alone. */
export function creditsOf(p: Policies, r: Registration): CreditsResult {
  return creditsFor(p.accreditation, p.sessions, r.attendance);
}

/** The four decisions for one registration, its profile parsed once for the two that read it. */
export function decideWithLibrary(p: Policies, r: Registration): LibraryDecision {
  const profile = parseRegistrantProfile(r.profile);
  const eligibility = eligibilityOf(p, r, profile);
  const fee = feeOf(p, r, profile);
  return { eligibility, fee, refund: refundOf(p, r, paidFor(fee)), credits: creditsOf(p, r) };
}
