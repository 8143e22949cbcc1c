/**
 * The words describeEligibilityRule (and every reason's "You must be …")
 * uses: credential and study codes with their acronyms in capitals, language
 * tags by their English names (or as written when there is none), articles,
 * serial commas, and parentheses only where a `not` or a list needs them.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, describeEligibilityRule, type EligibilityRule } from '../../src/eligibility/index.js';

const leads: EligibilityRule = { kind: 'leads_group' };
const active: EligibilityRule = { kind: 'clinically_active' };

describe('describeEligibilityRule wording', () => {
  it('writes the acronyms of codes in capitals, Balint with its capital, and other words as they are', () => {
    const words = ['abs', 'ibf', 'aafp', 'ama', 'apa', 'cme', 'ce', 'md', 'do', 'np', 'phd', 'us', 'uk', 'balint', 'board'];
    expect(words.map((w) => describeEligibilityRule({ kind: 'credential', credential: `${w}_leader` }))).toEqual(
      ['ABS', 'IBF', 'AAFP', 'AMA', 'APA', 'CME', 'CE', 'MD', 'DO', 'NP', 'PHD', 'US', 'UK', 'Balint', 'board'].map((w) => `holding the ${w} leader credential`),
    );
    expect(describeEligibilityRule({ kind: 'student', field: 'md_phd_program' })).toBe('a student of MD PHD program');
  });

  it('a credential on a given date says so', () => {
    expect(describeEligibilityRule({ kind: 'credential', credential: 'abs_credentialed_balint_leader', on: '2026-01-01' })).toBe(
      'holding the ABS credentialed Balint leader credential on 2026-01-01',
    );
  });

  it('names a language in English, and writes a tag that has no name as it is', () => {
    expect(describeEligibilityRule({ kind: 'language', language: 'es-MX' })).toBe('able to take part in Mexican Spanish');
    // `en-a` fits the tag pattern but is no valid BCP 47 tag: Intl cannot name it.
    expect(describeEligibilityRule({ kind: 'language', language: 'en-a' })).toBe('able to take part in en-a');
    expect(describeEligibilityRule({ kind: 'language', language: 'qq' })).toBe('able to take part in qq');
  });

  it('puts "an" before a vowel and reads "other …" as "another …"', () => {
    expect(describeEligibilityRule({ kind: 'profession', in: ['other_mental_health_provider'] })).toBe('another mental health provider');
    expect(describeEligibilityRule({ kind: 'profession', in: ['educator'] })).toBe('an educator');
    expect(describeEligibilityRule({ kind: 'profession', in: ['physician', 'educator'] })).toBe('a physician or educator');
  });

  it('lists three or more with a serial comma', () => {
    expect(describeEligibilityRule({ kind: 'all', rules: [leads, active, { kind: 'student', field: 'medicine' }] })).toBe(
      'leading a Balint group, clinically active, and a student of medicine',
    );
    expect(describeEligibilityRule({ kind: 'any', rules: [leads, active, { kind: 'member', organization: 'ABS' }] })).toBe(
      'leading a Balint group, clinically active, or a member of ABS',
    );
  });

  it('parenthesises what a `not` excludes only when it is a list', () => {
    expect(describeEligibilityRule({ kind: 'not', rule: { kind: 'any', rules: [leads, active] } })).toBe('not (leading a Balint group, or clinically active)');
    expect(describeEligibilityRule({ kind: 'not', rule: { kind: 'all', rules: [leads] } })).toBe('not leading a Balint group');
    expect(describeEligibilityRule({ kind: 'not', rule: { kind: 'all', rules: [leads, active], label: 'an active leader' } })).toBe('not an active leader');
    expect(describeEligibilityRule({ kind: 'not', rule: { kind: 'all', rules: [] } })).toBe('not anyone');
  });

  it('the reasons use the same words', () => {
    const rule: EligibilityRule = { kind: 'credential', credential: 'ibf_leader' };
    expect(checkEligibility(rule, {}, { at: '2026-03-01' }).reasons[0]?.message).toBe('You must be holding the IBF leader credential; no IBF leader credential is on record.');
  });
});
