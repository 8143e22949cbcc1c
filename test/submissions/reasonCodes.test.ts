/**
 * SUBMISSION_REASON_CODES is exactly the set of codes a submission check can
 * carry: every code a result carries is listed, and every listed code occurs.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkSubmission, SUBMISSION_REASON_CODES, type SubmissionCheck, type SubmissionReasonCode } from '../../src/submissions/index.js';
import { submissionArb, submissionPolicyArb } from '../schemas/_arbitraries.js';
import { ascona } from './_ascona.js';

const student = { professions: ['medical_student' as const], study: { field: 'medicine' } };
const essay = { profile: student, language: 'en', wordCount: 7200, fileFormat: 'docx', at: '2026-01-20T12:00:00Z' };
const codes = (s: Parameters<typeof checkSubmission>[1]): SubmissionReasonCode[] => checkSubmission(ascona, s).checks.map((c) => c.code);

describe('SUBMISSION_REASON_CODES', () => {
  it('is the union SubmissionReasonCode, and the type of a check\'s code', () => {
    expectTypeOf<(typeof SUBMISSION_REASON_CODES)[number]>().toEqualTypeOf<SubmissionReasonCode>();
    expectTypeOf<SubmissionCheck['code']>().toEqualTypeOf<SubmissionReasonCode>();
    expect(new Set(SUBMISSION_REASON_CODES).size).toBe(SUBMISSION_REASON_CODES.length);
  });

  it('has no code that can never occur: an Ascona Prize essay for each', () => {
    const seen = new Set<SubmissionReasonCode>([
      ...codes(essay),
      ...codes({ ...essay, at: '2026-01-31T12:00:00Z', language: 'de', wordCount: 4000, fileFormat: 'pdf', profile: { professions: ['resident'] } }),
      ...codes({ ...essay, wordCount: 12001 }),
      ...codes({ language: 'en', wordCount: 7200, fileFormat: 'docx', at: '2026-01-20T12:00:00Z' }),
    ]);
    expect([...seen].sort()).toEqual([...SUBMISSION_REASON_CODES].sort());
  });

  it('lists every code a result carries, for any policy and submission', () => {
    fc.assert(
      fc.property(submissionPolicyArb, submissionArb, (policy, submission) => {
        const result = checkSubmission(policy, submission);
        for (const check of result.checks) expect(SUBMISSION_REASON_CODES).toContain(check.code);
        expect(result.verdict).toBe(result.reasons.length === 0 ? 'accepted' : 'rejected');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the accepted languages follow the one language-tag rule', () => {
  const only = (languages: string[]) => ({ ...ascona, languages });
  const language = (policy: typeof ascona, tag: string) => checkSubmission(policy, { ...essay, language: tag }).checks.find((c) => c.code.startsWith('language_'))?.code;

  it('a regional variant meets its language, ignoring case', () => {
    expect(language(only(['en']), 'en-GB')).toBe('language_accepted');
    expect(language(only(['en']), 'EN-us')).toBe('language_accepted');
    expect(language(only(['EN']), 'en')).toBe('language_accepted');
  });

  it('a general tag does not meet a regional one, nor does another region', () => {
    expect(language(only(['en-US']), 'en')).toBe('language_not_accepted');
    expect(language(only(['en-US']), 'en-GB')).toBe('language_not_accepted');
    expect(language(only(['en']), 'eng')).toBe('language_not_accepted');
  });
});
