import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEligibilityRule, PROFESSION_NAMES, PROFESSIONS, type EligibilityRule } from '../../src/eligibility/index.js';
import { eligibilityRuleArb } from '../_arbitraries/eligibility.js';

describe('describeEligibilityRule', () => {
  it('describes the online groups\' audience', () => {
    expect(
      describeEligibilityRule({
        kind: 'all',
        rules: [{ kind: 'clinically_active' }, { kind: 'profession', in: ['physician', 'nurse_practitioner', 'psychologist', 'social_worker', 'other'] }],
      }),
    ).toBe('clinically active, and a physician, nurse practitioner, psychologist, social worker or other clinician');
  });

  it('describes the leadership intensive\'s curriculum audience', () => {
    const rule: EligibilityRule = {
      kind: 'profession',
      in: ['physician', 'psychologist', 'social_worker', 'other_mental_health_provider', 'veterinarian', 'pastoral_care_provider'],
    };
    expect(describeEligibilityRule(rule)).toBe(
      'a physician, psychologist, social worker, other mental health provider, veterinarian or pastoral care provider',
    );
  });

  it('describes the conversation for non-credentialed leaders and the diversity discussion', () => {
    expect(
      describeEligibilityRule({
        kind: 'all',
        rules: [{ kind: 'leads_group' }, { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } }],
      }),
    ).toBe('leading a Balint group, and not holding the ABS credentialed Balint leader credential');
    expect(describeEligibilityRule({ kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] })).toBe(
      'a member of ABS, and leading a Balint group',
    );
  });

  it('uses labels, articles, dates, languages and parentheses for nested combinations', () => {
    expect(describeEligibilityRule({ kind: 'student', field: 'medicine', label: 'a medical student' })).toBe('a medical student');
    expect(describeEligibilityRule({ kind: 'profession', in: ['educator', 'resident'] })).toBe('an educator or resident');
    expect(describeEligibilityRule({ kind: 'profession', in: ['other'] })).toBe('another clinician');
    expect(describeEligibilityRule({ kind: 'member', organization: 'ABS', on: '2026-01-01' })).toBe('a member of ABS on 2026-01-01');
    expect(describeEligibilityRule({ kind: 'language', language: 'de' })).toBe('able to take part in German');
    expect(
      describeEligibilityRule({
        kind: 'any',
        rules: [{ kind: 'all', rules: [{ kind: 'leads_group' }, { kind: 'clinically_active' }] }, { kind: 'student', field: 'social_work' }],
      }),
    ).toBe('(leading a Balint group, and clinically active), or a student of social work');
    expect(describeEligibilityRule({ kind: 'all', rules: [] })).toBe('anyone');
    expect(describeEligibilityRule({ kind: 'any', rules: [] })).toBe('no one');
  });

  it('names every profession', () => {
    expect(PROFESSIONS.map((p) => PROFESSION_NAMES[p])).toEqual([
      'physician',
      'nurse practitioner',
      'psychologist',
      'social worker',
      'other mental health provider',
      'veterinarian',
      'pastoral care provider',
      'medical student',
      'resident',
      'fellow',
      'educator',
      'other clinician',
    ]);
  });

  it('throws a ValidationError for an invalid rule', () => {
    expect(() => describeEligibilityRule({ kind: 'profession', in: [] })).toThrowError(/Invalid eligibility rule: in: must have at least 1 item/);
  });

  describe('properties', () => {
    it('every rule has a non-empty one-line description that contains the labels of its top level', () => {
      fc.assert(
        fc.property(eligibilityRuleArb(3), (rule) => {
          const text = describeEligibilityRule(rule);
          expect(text).toMatch(/^\S.*\S$/);
          expect(text).not.toContain('\n');
          if (rule.label !== undefined) expect(text).toBe(rule.label);
        }),
        { numRuns: 200 },
      );
    });
  });
});
