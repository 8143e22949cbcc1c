import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, compileEligibilityRule, EligibilityRuleSchema, ValidationError } from '../../src/_all.js';
import { deepFreeze, eligibilityDateArb, eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';

describe('compileEligibilityRule', () => {
  describe('properties', () => {
    it('a compiled rule decides exactly as the rule itself', () => {
      fc.assert(
        fc.property(eligibilityRuleArb(), fc.array(registrantProfileArb, { minLength: 1, maxLength: 4 }), eligibilityDateArb, (rule, profiles, asOf) => {
          const compiled = compileEligibilityRule(rule);
          for (const profile of profiles) expect(checkEligibility(compiled, profile, { at: asOf })).toStrictEqual(checkEligibility(rule, profile, { at: asOf }));
        }),
        { numRuns: 300 },
      );
    });

    it('a compiled rule is the validated rule, frozen, plain JSON, and leaves its input alone', () => {
      fc.assert(
        fc.property(eligibilityRuleArb(), (rule) => {
          const input = deepFreeze(structuredClone(rule));
          const compiled = compileEligibilityRule(input);
          expect(compiled).toEqual(EligibilityRuleSchema.parse(rule));
          expect(Object.isFrozen(compiled)).toBe(true);
          expect(JSON.parse(JSON.stringify(compiled))).toStrictEqual(compiled);
          expect(input).toEqual(rule);
        }),
        { numRuns: 200 },
      );
    });
  });

  it('throws a ValidationError for an invalid rule', () => {
    expect(() => compileEligibilityRule({ kind: 'member' } as never)).toThrow(ValidationError);
  });

  it('a copy of a compiled rule is ordinary data again, validated on every call', () => {
    const compiled = compileEligibilityRule({ kind: 'clinically_active' });
    const copy = JSON.parse(JSON.stringify(compiled)) as { kind: string };
    expect(checkEligibility(copy as never, { clinicallyActive: true }, { at: '2026-01-01' }).verdict).toBe('eligible');
    copy.kind = 'unheard_of';
    expect(() => checkEligibility(copy as never, {}, { at: '2026-01-01' })).toThrow(ValidationError);
  });
});
