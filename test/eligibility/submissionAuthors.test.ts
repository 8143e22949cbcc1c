/**
 * A submission policy (an essay prize) checks its author with an eligibility
 * rule: the author is accepted exactly when checkEligibility admits them on
 * the day the essay was received, and one turned away is told the reasons
 * checkEligibility gives, in its words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityRule, type RegistrantProfile } from '../../src/eligibility/index.js';
import { checkSubmission, type SubmissionPolicyInput } from '../../src/submissions/index.js';
import { eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';

const policy = (eligibility: EligibilityRule): SubmissionPolicyInput => ({
  name: 'An essay prize',
  eligibility,
  languages: ['en'],
  wordCount: { min: 1, max: 10_000 },
  fileFormats: ['docx'],
  deadline: { kind: 'date', date: '2026-12-31' },
  timeZone: 'UTC',
});

/** The author check of a submission received at noon UTC on `asOf`. */
function authorCheck(rule: EligibilityRule, profile: RegistrantProfile, asOf: string) {
  const result = checkSubmission(policy(rule), { profile, language: 'en', wordCount: 100, fileFormat: 'docx', at: `${asOf}T12:00:00Z` });
  return result.checks.find((c) => c.code === 'author_eligible' || c.code === 'author_not_eligible');
}

describe('the author of a submission', () => {
  it('a resident is not a medical student, and is told so', () => {
    expect(authorCheck({ kind: 'student', field: 'medicine' }, { professions: ['resident'] }, '2026-01-20')?.message).toBe(
      'The author is not eligible: You must be a student of medicine; your profile does not say you are a student.',
    );
  });

  describe('properties', () => {
    it('is accepted exactly when checkEligibility admits them that day, and otherwise told its reasons', () => {
      fc.assert(
        fc.property(eligibilityRuleArb(3), registrantProfileArb, fc.constantFrom('2025-06-30', '2026-03-01', '2026-11-15'), (rule, profile, asOf) => {
          const expected = checkEligibility(rule, profile, { at: asOf });
          const check = authorCheck(rule, profile, asOf);
          expect(check?.code).toBe(expected.verdict === 'eligible' ? 'author_eligible' : 'author_not_eligible');
          if (expected.verdict !== 'eligible') expect(check?.message).toBe(`The author is not eligible: ${expected.reasons.map((r) => r.message).join(' ')}`);
        }),
        { numRuns: 150 },
      );
    });
  });
});
