/**
 * One language-tag rule across the API: an eligibility rule that asks for a
 * language and a submission policy that accepts it answer alike for every tag.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkSubmission } from '../../src/_all.js';

const language = fc.constantFrom('en', 'EN', 'de', 'fr', 'eng');
const subtag = fc.constantFrom('US', 'gb', 'CH', 'Latn', '1996');
const tag = fc.tuple(language, fc.array(subtag, { maxLength: 2 })).map(([first, rest]) => [first, ...rest].join('-'));

describe('language tags', () => {
  it('law: an eligibility rule for a language accepts exactly the tags a submission policy for it accepts', () => {
    fc.assert(
      fc.property(tag, tag, (wanted, written) => {
        const eligible = checkEligibility({ kind: 'language', language: wanted }, { languages: [written] }, { at: '2026-03-01' }).verdict === 'eligible';
        const policy = { name: 'Essay', languages: [wanted], deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'UTC' } as const;
        const submission = checkSubmission(policy, { language: written, wordCount: 100, at: '2026-02-01T00:00:00Z' });
        const accepted = submission.checks.find((c) => c.code === 'language_accepted' || c.code === 'language_not_accepted');
        expect(accepted?.met).toBe(eligible);
      }),
    );
  });

  it('a tag is written one way: what an eligibility rule refuses, a submission policy refuses too', () => {
    for (const written of ['english', 'e', 'en_US', 'en-']) {
      expect(() => checkEligibility({ kind: 'language', language: written }, {}, { at: '2026-03-01' })).toThrow('must be a language tag such as "en" or "en-US"');
      const policy = { name: 'Essay', languages: [written], deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'UTC' } as const;
      expect(() => checkSubmission(policy, { language: 'en', wordCount: 100, at: '2026-02-01T00:00:00Z' })).toThrow('must be a language tag such as "en" or "en-US"');
      const open = { name: 'Essay', deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'UTC' } as const;
      expect(() => checkSubmission(open, { language: written, wordCount: 100, at: '2026-02-01T00:00:00Z' })).toThrow('must be a language tag such as "en" or "en-US"');
    }
  });
});
