import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, ELIGIBILITY_REASON_CODES, type EligibilityReason, type EligibilityRule, type ProfileMembership, type RegistrantProfile } from '../../src/eligibility/index.js';
import { deepFreeze, eligibilityConditionArb, eligibilityDateArb, eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';

const check = (rule: EligibilityRule, profile: RegistrantProfile, asOf: string) => checkEligibility(rule, profile, { at: asOf });

describe('checkEligibility', () => {
  describe('properties', () => {
    const rulesArb = fc.array(eligibilityRuleArb(2), { maxLength: 4 });
    const eligible = (rule: EligibilityRule, profile: RegistrantProfile, asOf: string) => check(rule, profile, asOf).verdict === 'eligible';

    it('all of rules is eligible exactly when each rule is', () => {
      fc.assert(
        fc.property(rulesArb, registrantProfileArb, eligibilityDateArb, (rules, profile, asOf) => {
          expect(eligible({ kind: 'all', rules }, profile, asOf)).toBe(rules.every((r) => eligible(r, profile, asOf)));
        }),
        { numRuns: 200 },
      );
    });

    it('any of rules is eligible exactly when at least one rule is', () => {
      fc.assert(
        fc.property(rulesArb, registrantProfileArb, eligibilityDateArb, (rules, profile, asOf) => {
          expect(eligible({ kind: 'any', rules }, profile, asOf)).toBe(rules.some((r) => eligible(r, profile, asOf)));
        }),
        { numRuns: 200 },
      );
    });

    it('not inverts eligibility', () => {
      fc.assert(
        fc.property(eligibilityRuleArb(3), registrantProfileArb, eligibilityDateArb, (rule, profile, asOf) => {
          expect(eligible({ kind: 'not', rule }, profile, asOf)).toBe(!eligible(rule, profile, asOf));
        }),
        { numRuns: 200 },
      );
    });

    it('adding a condition to all never makes someone newly eligible', () => {
      fc.assert(
        fc.property(rulesArb, eligibilityRuleArb(2), fc.nat(), registrantProfileArb, eligibilityDateArb, (rules, extra, at, profile, asOf) => {
          const more = [...rules];
          more.splice(at % (rules.length + 1), 0, extra);
          if (eligible({ kind: 'all', rules: more }, profile, asOf)) expect(eligible({ kind: 'all', rules }, profile, asOf)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it('reasons are empty exactly when eligible, and every reason has a known code, a path into the rule and a sentence', () => {
      const walk = (reasons: readonly EligibilityReason[], rule: EligibilityRule): void => {
        for (const reason of reasons) {
          expect(ELIGIBILITY_REASON_CODES).toContain(reason.code);
          expect(reason.message).toMatch(/^You must (not )?be .+; .+\.$/);
          let node: unknown = rule;
          for (const key of reason.path) node = (node as Record<string | number, unknown>)[key];
          expect(node).toHaveProperty('kind');
          if (reason.code === 'none_of_any' || reason.code === 'all_held') {
            expect((node as EligibilityRule).kind).toBe(reason.code === 'none_of_any' ? 'any' : 'all');
            walk(reason.reasons, rule);
          }
        }
      };
      fc.assert(
        fc.property(eligibilityRuleArb(3), registrantProfileArb, eligibilityDateArb, (rule, profile, asOf) => {
          const result = check(rule, profile, asOf);
          expect(result.reasons.length === 0).toBe(result.verdict === 'eligible');
          walk(result.reasons, rule);
        }),
        { numRuns: 300 },
      );
    });

    it('an all of conditions gives one reason for each unmet condition, in order', () => {
      fc.assert(
        fc.property(fc.array(eligibilityConditionArb, { maxLength: 6 }), registrantProfileArb, eligibilityDateArb, (rules, profile, asOf) => {
          const unmet = rules.flatMap((r, i) => (eligible(r, profile, asOf) ? [] : [['rules', i]]));
          expect(check({ kind: 'all', rules }, profile, asOf).reasons.map((r) => r.path)).toEqual(unmet);
        }),
        { numRuns: 200 },
      );
    });

    it('the result depends only on the inputs, which it does not mutate', () => {
      fc.assert(
        fc.property(eligibilityRuleArb(3), registrantProfileArb, eligibilityDateArb, (rule, profile, asOf) => {
          const copy = structuredClone({ rule, profile });
          const first = checkEligibility(deepFreeze(rule), deepFreeze(profile), deepFreeze({ at: asOf }));
          expect(checkEligibility(rule, profile, { at: asOf })).toEqual(first);
          expect(checkEligibility(copy.rule, copy.profile, { at: asOf })).toEqual(first);
          expect({ rule, profile }).toEqual(copy);
        }),
        { numRuns: 200 },
      );
    });

    it('membership checks are monotone in the validity window: widening a window never loses eligibility under a rule without `not`', () => {
      const widen = (m: ProfileMembership, from: boolean, until: boolean, earlier: string, later: string): ProfileMembership => {
        const out: ProfileMembership = { organization: m.organization };
        if (!from && m.from !== undefined) out.from = m.from < earlier ? m.from : earlier;
        if (!until && m.until !== undefined) out.until = m.until > later ? m.until : later;
        return out;
      };
      fc.assert(
        fc.property(
          eligibilityRuleArb(3, true),
          registrantProfileArb,
          eligibilityDateArb,
          fc.nat(),
          fc.boolean(),
          fc.boolean(),
          eligibilityDateArb,
          eligibilityDateArb,
          (rule, profile, asOf, which, dropFrom, dropUntil, earlier, later) => {
            const memberships = profile.memberships ?? [];
            fc.pre(memberships.length > 0);
            const i = which % memberships.length;
            const wider = memberships.map((m, j) => (j === i ? widen(m, dropFrom, dropUntil, earlier, later) : m));
            if (eligible(rule, profile, asOf)) expect(eligible(rule, { ...profile, memberships: wider }, asOf)).toBe(true);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('a membership valid on a date is valid on every date between its ends', () => {
      fc.assert(
        fc.property(eligibilityDateArb, eligibilityDateArb, eligibilityDateArb, (a, b, asOf) => {
          const [from, until] = a <= b ? [a, b] : [b, a];
          const inside = from <= asOf && asOf <= until;
          expect(eligible({ kind: 'member', organization: 'ABS' }, { memberships: [{ organization: 'ABS', from, until }] }, asOf)).toBe(inside);
        }),
        { numRuns: 200 },
      );
    });
  });
});
