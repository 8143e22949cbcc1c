import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { checkSubmission } from '../../src/submissions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { ascona } from './_ascona.js';

const student = { professions: ['medical_student' as const], study: { field: 'medicine' } };
const essay = { profile: student, language: 'en', wordCount: 7200, fileFormat: 'docx', at: '2026-01-20T12:00:00Z' };

describe('checkSubmission', () => {
  it('accepts an essay that meets every rule, and lists the checks it passed', () => {
    const result = checkSubmission(ascona, essay);
    expect(result.verdict).toBe('accepted');
    expect(result.reasons).toEqual([]);
    expect(result.checks.map((c) => c.code)).toEqual(['received_in_time', 'language_accepted', 'word_count_within', 'format_accepted', 'author_eligible']);
  });

  it('reads "received before 31st January 2026" as ending when January 31 begins in the policy zone', () => {
    expect(checkSubmission(ascona, { ...essay, at: '2026-01-30T22:59:59Z' }).verdict).toBe('accepted'); // 23:59:59 in Zurich
    const late = checkSubmission(ascona, { ...essay, at: '2026-01-30T23:00:00Z' }); // midnight in Zurich
    expect(late.verdict).toBe('rejected');
    expect(late.reasons.map((r) => r.code)).toEqual(['received_late']);
    expect(late.deadlineEndsAt).toBe('2026-01-30T23:00:00.000Z');
  });

  it('reports every unmet rule, not just the first', () => {
    const result = checkSubmission(ascona, { profile: { professions: ['resident' as const] }, language: 'de', wordCount: 12001, fileFormat: 'pdf', at: '2026-02-02T09:00:00Z' });
    expect(result.reasons.map((r) => r.code)).toEqual(['received_late', 'language_not_accepted', 'too_many_words', 'format_not_accepted', 'author_not_eligible']);
    expect(checkSubmission(ascona, { ...essay, wordCount: 4999 }).reasons.map((r) => r.code)).toEqual(['too_few_words']);
    expect(checkSubmission(ascona, { ...essay, profile: undefined } as never).reasons.map((r) => r.code)).toEqual(['author_unknown']);
  });

  it('accepts the word-count limits themselves and language subtags', () => {
    expect(checkSubmission(ascona, { ...essay, wordCount: 5000 }).verdict).toBe('accepted');
    expect(checkSubmission(ascona, { ...essay, wordCount: 12000, language: 'en-GB' }).verdict).toBe('accepted');
  });

  it('rejects malformed input with a validation error', () => {
    expect(() => checkSubmission(ascona, { ...essay, at: 'yesterday' })).toThrow(ValidationError);
    expect(() => checkSubmission({ ...ascona, timeZone: 'Mars/Base' }, essay)).toThrow(ValidationError);
  });

  describe('properties', () => {
    const submissionArb = fc.record({
      profile: fc.constant(student),
      language: fc.constantFrom('en', 'de', 'en-US', 'fr'),
      wordCount: fc.integer({ min: 0, max: 20_000 }),
      fileFormat: fc.constantFrom('docx', 'doc', 'pdf'),
      at: fc.integer({ min: Date.UTC(2025, 10, 1), max: Date.UTC(2026, 2, 1) }).map((ms) => new Date(ms).toISOString()),
    });

    it('is accepted exactly when no check fails', () => {
      fc.assert(
        fc.property(submissionArb, (s) => {
          const result = checkSubmission(ascona, s);
          expect(result.verdict).toBe(result.reasons.length === 0 ? 'accepted' : 'rejected');
          expect(result.reasons).toEqual(result.checks.filter((c) => !c.met));
        }),
      );
    });

    it('receiving a submission later never turns a rejection into an acceptance', () => {
      fc.assert(
        fc.property(submissionArb, fc.integer({ min: 0, max: 30 * 86_400_000 }), (s, delay) => {
          const later = { ...s, at: new Date(Date.parse(s.at) + delay).toISOString() };
          if (checkSubmission(ascona, s).verdict !== 'accepted') expect(checkSubmission(ascona, later).verdict).toBe('rejected');
        }),
      );
    });

    it('never mutates its inputs', () => {
      fc.assert(
        fc.property(submissionArb, (s) => {
          const frozen = deepFreeze(structuredClone(s));
          const policy = deepFreeze(structuredClone(ascona));
          expect(checkSubmission(policy, frozen)).toEqual(checkSubmission(ascona, s));
        }),
        { numRuns: 50 },
      );
    });
  });
});
