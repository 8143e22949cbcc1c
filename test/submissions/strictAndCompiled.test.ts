import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import {
  checkSubmission,
  compileSubmissionPolicy,
  SubmissionPolicySchema,
  type Submission,
  type SubmissionPolicyInput,
} from '../../src/submissions/index.js';
import { rejection } from '../_helpers/rejection.js';
import { ascona } from './_ascona.js';

const essayPrize: SubmissionPolicyInput = {
  name: 'Essay prize',
  wordCount: { max: 3000 },
  deadline: { kind: 'date_time', date: '2026-03-01', time: '17:00' },
  timeZone: 'America/New_York',
};
const student = { professions: ['medical_student' as const], study: { field: 'medicine' } };
const essay: Submission = { profile: student, language: 'en', wordCount: 7200, fileFormat: 'docx', at: '2026-01-20T12:00:00Z' };

const NEWER = 'not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)';
/** Lets a test hand over what a caller might write by mistake. */
const loose = <T>(value: unknown): T => value as T;

/** The result, or the class and message of what it threw. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
}

describe('submission policies and submissions', () => {
  describe('a policy refuses unknown keys, with a hint for a near miss', () => {
    it('wordcount for wordCount is refused, not read as "no limit"', () => {
      const { wordCount, ...rest } = ascona;
      expect(rejection(() => checkSubmission(loose({ ...rest, wordcount: wordCount }), essay))).toMatchObject({
        subject: 'submission policy',
        issues: [{ path: ['wordcount'], message: 'unknown key "wordcount"; did you mean "wordCount"?' }],
      });
    });

    it('fileFormat (singular) for fileFormats, and a misspelt bound inside wordCount', () => {
      const { fileFormats, ...rest } = ascona;
      expect(rejection(() => checkSubmission(loose({ ...rest, fileFormat: fileFormats }), essay)).issues[0]?.message).toBe(
        'unknown key "fileFormat"; did you mean "fileFormats"?',
      );
      expect(rejection(() => checkSubmission(loose({ ...ascona, wordCount: { min: 5000, maximum: 12000 } }), essay)).issues).toEqual([
        { path: ['wordCount', 'maximum'], code: 'unrecognized_keys', message: 'unknown key "maximum": ' + NEWER },
      ]);
    });

    it('a key this version does not know is refused rather than the policy applied in part', () => {
      expect(rejection(() => compileSubmissionPolicy(loose({ ...ascona, anonymousReview: true }))).issues).toEqual([
        { path: ['anonymousReview'], code: 'unrecognized_keys', message: `unknown key "anonymousReview": ${NEWER}` },
      ]);
    });
  });

  describe("a submission is the app's record: its own data is kept, near misses of the keys read are refused", () => {
    it("a title and the file's address are the app's business", () => {
      const record = { ...essay, title: 'The third chair', url: 'https://example.org/essay.docx' };
      expect(checkSubmission(ascona, record)).toEqual(checkSubmission(ascona, essay));
    });

    it('wordcount and fileformat are refused at their own path, with the key meant', () => {
      const { wordCount, fileFormat, ...rest } = essay;
      const issues = rejection(() => checkSubmission(ascona, loose({ ...rest, wordcount: wordCount, fileformat: fileFormat }))).issues;
      expect(issues).toContainEqual({ path: ['wordcount'], code: 'custom', message: 'unknown key "wordcount"; did you mean "wordCount"?' });
      expect(issues).toContainEqual({ path: ['fileformat'], code: 'custom', message: 'unknown key "fileformat"; did you mean "fileFormat"?' });
    });

    it('a file format that is not accepted is an answer, not a typo: doc and docx are two formats', () => {
      const policy = { ...ascona, fileFormats: ['docx'] };
      expect(checkSubmission(policy, { ...essay, fileFormat: 'doc' }).reasons.map((r) => r.code)).toEqual(['format_not_accepted']);
    });
  });

  describe('compileSubmissionPolicy', () => {
    it('a compiled policy decides exactly as the raw one', () => {
      const submissionArb = fc.record(
        {
          profile: fc.constantFrom(student, { professions: ['physician' as const] }),
          language: fc.constantFrom('en', 'en-GB', 'de', 'fr'),
          wordCount: fc.integer({ min: 0, max: 20_000 }),
          fileFormat: fc.constantFrom('docx', 'DOC', '.pdf', 'odt'),
          at: fc
            .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-03-31T00:00:00Z') })
            .map((ms) => new Date(ms).toISOString()),
        },
        { requiredKeys: ['language', 'wordCount', 'at'] },
      );
      fc.assert(
        fc.property(fc.constantFrom(ascona, essayPrize), fc.array(submissionArb, { minLength: 1, maxLength: 5 }), (policy, submissions) => {
          const compiled = compileSubmissionPolicy(policy);
          for (const submission of submissions) {
            expect(outcome(() => checkSubmission(compiled, submission))).toStrictEqual(outcome(() => checkSubmission(policy, submission)));
          }
        }),
        { numRuns: 200 },
      );
    });

    it('is the validated policy, frozen, plain JSON', () => {
      const compiled = compileSubmissionPolicy(essayPrize);
      expect(compiled).toEqual(SubmissionPolicySchema.parse(essayPrize));
      expect(Object.isFrozen(compiled)).toBe(true);
      expect(Object.isFrozen(compiled.deadline)).toBe(true);
      expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    });

    it('refuses an invalid policy; a compiled policy still validates each submission', () => {
      expect(() => compileSubmissionPolicy({ ...essayPrize, timeZone: 'Mars/Base' })).toThrow(ValidationError);
      expect(rejection(() => checkSubmission(compileSubmissionPolicy(essayPrize), loose({ ...essay, at: 'yesterday' }))).subject).toBe('submission');
    });
  });
});
