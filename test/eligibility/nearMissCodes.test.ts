/**
 * A profile's organization or credential that the rule does not mention but
 * is a near miss of one it does is refused with the code meant; one that is
 * simply not mentioned is an ordinary "not eligible".
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, parseRegistrantProfile, type EligibilityRule } from '../../src/_all.js';
import { rejection } from '../_helpers/rejection.js';

// "Who: Any ABS Member leading a Balint Group" / "All non-credentialed leaders of Balint groups"
const absMembers: EligibilityRule = { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] };
const nonCredentialed: EligibilityRule = { kind: 'all', rules: [{ kind: 'leads_group' }, { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } }] };
const at = { at: '2026-03-12' };

describe('codes in a profile that are near misses of those a rule mentions', () => {
  it('refuses a membership of "AB S", "abs", "A.B.S" or "ABS." under a rule about ABS, at the organization', () => {
    for (const organization of ['AB S', 'abs', 'A.B.S', 'ABS.']) {
      const error = rejection(() => checkEligibility(absMembers, { memberships: [{ organization: 'IBF' }, { organization }], leadsGroup: true }, at));
      expect(error.issues).toStrictEqual([
        { path: ['memberships', 1, 'organization'], code: 'custom', message: `organization "${organization}" is not one this rule mentions; did you mean "ABS"?` },
      ]);
    }
  });

  it('refuses a misspelt credential, even under `not`, where it would otherwise make the registrant eligible', () => {
    const profile = { leadsGroup: true, credentials: [{ credential: 'abs_credentialed_balint_leadr', issued: '2019-10-05' }] };
    const error = rejection(() => checkEligibility(nonCredentialed, profile, at));
    expect(error.issues).toStrictEqual([
      {
        path: ['credentials', 0, 'credential'],
        code: 'custom',
        message: 'credential "abs_credentialed_balint_leadr" is not one this rule mentions; did you mean "abs_credentialed_balint_leader"?',
      },
    ]);
    expect(() => checkEligibility(nonCredentialed, parseRegistrantProfile(profile), at)).toThrow('did you mean "abs_credentialed_balint_leader"');
  });

  it('answers "not eligible" for a code the rule simply does not mention', () => {
    const result = checkEligibility(absMembers, { memberships: [{ organization: 'IBF' }, { organization: 'American Academy of Family Physicians' }], leadsGroup: true }, at);
    expect(result.verdict).toBe('not_eligible');
    expect(result.reasons.map((r) => r.code)).toStrictEqual(['membership_missing']);
    expect(checkEligibility(nonCredentialed, { leadsGroup: true, credentials: [{ credential: 'board_certified', issued: '2019-10-05' }] }, at)).toStrictEqual({
      verdict: 'eligible',
      reasons: [],
    });
  });

  it('takes a short code one letter from a mentioned one as another organization, not a typo (APS is not the ABS)', () => {
    expect(checkEligibility(absMembers, { memberships: [{ organization: 'APS' }, { organization: 'ABS' }], leadsGroup: true }, at)).toStrictEqual({ verdict: 'eligible', reasons: [] });
    expect(checkEligibility(absMembers, { memberships: [{ organization: 'APS' }], leadsGroup: true }, at).verdict).toBe('not_eligible');
    expect(() => checkEligibility(absMembers, { memberships: [{ organization: 'ASB' }], leadsGroup: true }, at)).toThrow('did you mean "ABS"?');
    expect(() => checkEligibility(absMembers, { memberships: [{ organization: 'a.b.s.' }], leadsGroup: true }, at)).toThrow('did you mean "ABS"?');
  });

  it('accepts a near miss of a code when the rule mentions the code itself', () => {
    const both: EligibilityRule = { kind: 'any', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'member', organization: 'ABSA' }] };
    expect(checkEligibility(both, { memberships: [{ organization: 'ABSA' }] }, at).verdict).toBe('eligible');
  });
});
