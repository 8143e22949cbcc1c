import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityRule } from '../../src/eligibility/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { checkEligibilityRule, eligibilityRuleArbitrary, registrantProfileArbitrary } from '../../src/testing/index.js';
import { absMember, nonMember, residentStudentFellow } from '../fees/_seeds.js';

const broken = (rule: EligibilityRule) => checkEligibilityRule(rule).laws.filter((l) => !l.holds).map((l) => l.law);
const counterexample = (rule: EligibilityRule, law: string) => checkEligibilityRule(rule).laws.find((l) => l.law === law)?.counterexample;

describe('checkEligibilityRule', () => {
  it('refuses, at once, a rule of more than 2,000 parts (found by the million-call fuzz run: a rule nested 10,000 deep took minutes)', () => {
    const nested = (depth: number): EligibilityRule => {
      let rule: EligibilityRule = { kind: 'member', organization: 'ABS' };
      for (let i = 0; i < depth; i++) rule = { kind: 'all', rules: [{ kind: 'clinically_active' }, rule] };
      return rule;
    };
    expect(checkEligibilityRule(nested(999)).laws.map((l) => l.law)).toContain('every_part_matters');
    expect(() => checkEligibilityRule(nested(1000))).toThrow(ValidationError);
    expect(() => checkEligibilityRule(nested(1000))).toThrow('has 2001 parts; the law checker looks at rules of at most 2000 parts');
  });

  it('the seeds’ rules obey every law', () => {
    const rules: EligibilityRule[] = [
      { kind: 'clinically_active' },
      absMember,
      nonMember,
      residentStudentFellow,
      { kind: 'all', rules: [absMember, { kind: 'leads_group' }] },
      { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } },
      { kind: 'student', field: 'medicine' },
      { kind: 'language', language: 'en' },
    ];
    for (const rule of rules) expect([rule, broken(rule)]).toEqual([rule, []]);
  });

  it('someone_is_eligible: catches a contradiction and names the part at fault', () => {
    const rule: EligibilityRule = { kind: 'all', rules: [{ kind: 'clinically_active' }, { kind: 'all', rules: [absMember, { kind: 'not', rule: absMember }] }] };
    expect(broken(rule)).toEqual(['someone_is_eligible', 'every_part_matters']);
    expect(counterexample(rule, 'someone_is_eligible')?.description).toMatch(/^No registrant meets the rule ".*" \(tried any of the 4 combinations of the facts it asks about\)\. The part at rules\[1\] \(".*"\) never holds\.$/);
  });

  it('someone_is_not_eligible: catches a rule everybody meets', () => {
    const rule: EligibilityRule = { kind: 'any', rules: [absMember, nonMember] };
    expect(broken(rule)).toEqual(['someone_is_not_eligible']);
    expect(counterexample(rule, 'someone_is_not_eligible')?.description).toMatch(/^Every registrant meets the rule .* so it restricts nothing\.$/);
    expect(broken({ kind: 'all', rules: [] })).toEqual(['someone_is_not_eligible']);
  });

  it('every_part_matters: catches an empty any inside an any', () => {
    const rule: EligibilityRule = { kind: 'any', rules: [{ kind: 'clinically_active' }, { kind: 'any', rules: [] }] };
    expect(broken(rule)).toEqual(['every_part_matters']);
    expect(counterexample(rule, 'every_part_matters')?.value).toEqual({ path: ['rules', 1], part: { kind: 'any', rules: [] } });
  });

  it('takes dates into account: membership on two dates is two facts', () => {
    const rule: EligibilityRule = { kind: 'all', rules: [{ kind: 'member', organization: 'ABS', on: '2026-01-01' }, { kind: 'not', rule: { kind: 'member', organization: 'ABS', on: '2026-06-01' } }] };
    expect(broken(rule)).toEqual([]);
  });

  it('rejects an invalid rule', () => {
    expect(() => checkEligibilityRule({ kind: 'profession', in: [] } as never)).toThrow(ValidationError);
  });

  describe('properties', () => {
    it('a rule said to be met by nobody is met by no profile at all', () => {
      fc.assert(
        fc.property(eligibilityRuleArbitrary({ depth: 3 }), fc.array(registrantProfileArbitrary(), { maxLength: 30 }), (rule, profiles) => {
          const check = checkEligibilityRule(rule, { at: '2026-03-12' });
          const met = profiles.some((p) => checkEligibility(rule, p, { at: '2026-03-12' }).verdict === 'eligible');
          if (!check.laws[0]?.holds) expect(met).toBe(false);
          if (!check.laws[1]?.holds) expect(profiles.every((p) => checkEligibility(rule, p, { at: '2026-03-12' }).verdict === 'eligible')).toBe(true);
        }),
        { numRuns: 150 },
      );
    });
  });
});
