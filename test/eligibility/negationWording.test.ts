/**
 * How reasons are worded under `not`: a condition that failed always says
 * "must be", one that held (and so was excluded) "must not be"; a label on a
 * `not` describes the negation, so it reads "must be <label>" when the
 * excluded thing holds, and it keeps its polarity through further `not`s.
 * Combinations that hold under a `not` are reported whole (`all_held`), and
 * paths lead to the condition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityReason, type EligibilityRule, type RegistrantProfile } from '../../src/eligibility/index.js';
import { eligibilityRuleArb, registrantProfileArb as profileArb } from '../_arbitraries/eligibility.js';

const asOf = '2026-03-01';
const leads: EligibilityRule = { kind: 'leads_group' };
const active: EligibilityRule = { kind: 'clinically_active' };
const check = (rule: EligibilityRule, profile: RegistrantProfile) => checkEligibility(rule, profile, { at: asOf });

/** Every reason, nested ones included. */
function flatten(reasons: readonly EligibilityReason[]): EligibilityReason[] {
  return reasons.flatMap((r) => ('reasons' in r ? [r, ...flatten(r.reasons)] : [r]));
}

/** Whether a rule or any rule inside it carries a label. */
function labelled(rule: EligibilityRule): boolean {
  if (rule.label !== undefined) return true;
  if (rule.kind === 'all' || rule.kind === 'any') return rule.rules.some(labelled);
  return rule.kind === 'not' && labelled(rule.rule);
}

describe('reasons under not', () => {
  it('a label on a `not` around a `not`: the label keeps its sense, so a condition that failed reads "must be <label>"', () => {
    expect(check({ kind: 'not', label: 'a group leader', rule: { kind: 'not', rule: leads } }, { leadsGroup: false }).reasons).toEqual([
      { code: 'not_leading_group', stated: true, path: ['rule', 'rule'], message: 'You must be a group leader; your profile says you do not lead one.', label: 'a group leader' },
    ]);
  });

  it('a labelled `not` under a `not`: a condition that held reads "must not be <label>"', () => {
    const rule: EligibilityRule = { kind: 'not', rule: { kind: 'not', label: 'X', rule: { kind: 'not', rule: leads } } };
    expect(check(rule, { leadsGroup: true }).reasons).toEqual([
      { code: 'leads_group_held', path: ['rule', 'rule', 'rule'], message: 'You must not be X; your profile says you lead one.', label: 'X' },
    ]);
  });

  it('an excluded combination that holds is reported whole, each part saying "must not"', () => {
    expect(check({ kind: 'not', rule: { kind: 'all', rules: [leads, active] } }, { leadsGroup: true, clinicallyActive: true }).reasons).toEqual([
      {
        code: 'all_held',
        path: ['rule'],
        message: 'You must not be leading a Balint group, and clinically active; all of these apply.',
        reasons: [
          { code: 'leads_group_held', path: ['rule', 'rules', 0], message: 'You must not be leading a Balint group; your profile says you lead one.' },
          { code: 'clinically_active_held', path: ['rule', 'rules', 1], message: 'You must not be clinically active; your profile says you are.' },
        ],
      },
    ]);
  });

  it('a label on the `not` names the combination; the parts keep their own words and labels', () => {
    const rule: EligibilityRule = { kind: 'not', label: 'a newcomer', rule: { kind: 'all', rules: [leads, { ...active, label: 'in practice' }] } };
    expect(check(rule, { leadsGroup: true, clinicallyActive: true }).reasons).toEqual([
      {
        code: 'all_held',
        path: ['rule'],
        message: 'You must be a newcomer; all of these apply.',
        label: 'a newcomer',
        reasons: [
          { code: 'leads_group_held', path: ['rule', 'rules', 0], message: 'You must not be leading a Balint group; your profile says you lead one.' },
          { code: 'clinically_active_held', path: ['rule', 'rules', 1], message: 'You must not be in practice; your profile says you are.', label: 'in practice' },
        ],
      },
    ]);
  });

  it('an excluded alternative that holds is reported alone, at its path', () => {
    expect(check({ kind: 'not', rule: { kind: 'any', rules: [active, leads] } }, { leadsGroup: true, clinicallyActive: false }).reasons).toEqual([
      { code: 'leads_group_held', path: ['rule', 'rules', 1], message: 'You must not be leading a Balint group; your profile says you lead one.' },
    ]);
  });

  it('alternatives none of which holds are nested under one reason, each saying "must be"', () => {
    expect(check({ kind: 'all', rules: [{ kind: 'any', rules: [active, leads] }] }, {}).reasons).toEqual([
      {
        code: 'none_of_any',
        path: ['rules', 0],
        message: 'You must be clinically active, or leading a Balint group; none of these applies.',
        reasons: [
          { code: 'not_clinically_active', stated: false, path: ['rules', 0, 'rules', 0], message: 'You must be clinically active; your profile does not say whether you are.' },
          { code: 'not_leading_group', stated: false, path: ['rules', 0, 'rules', 1], message: 'You must be leading a Balint group; your profile does not say whether you lead one.' },
        ],
      },
    ]);
  });

  describe('properties', () => {
    it('without labels, a reason says "must not" exactly when what it reports holds', () => {
      const arb = fc.tuple(eligibilityRuleArb(4), profileArb).filter(([rule]) => !labelled(rule));
      fc.assert(
        fc.property(arb, ([rule, profile]) => {
          for (const reason of flatten(check(rule, profile).reasons)) {
            const holds = reason.code.endsWith('_held');
            expect(reason.message.startsWith(holds ? 'You must not be ' : 'You must be ')).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('wrapping a rule in two `not`s changes neither the decision nor the reasons, but for their paths', () => {
      const arb = fc.tuple(eligibilityRuleArb(3), profileArb).filter(([rule]) => !labelled(rule));
      fc.assert(
        fc.property(arb, ([rule, profile]) => {
          const plain = check(rule, profile);
          const twice = check({ kind: 'not', rule: { kind: 'not', rule } }, profile);
          expect(twice.verdict).toBe(plain.verdict);
          const strip = (reasons: readonly EligibilityReason[]): unknown[] =>
            reasons.map(({ path, ...rest }) => ({ ...rest, path: path.slice(2), ...('reasons' in rest ? { reasons: strip(rest.reasons) } : {}) }));
          expect(strip(twice.reasons)).toEqual(plain.reasons.map(function keep(r): unknown {
            return 'reasons' in r ? { ...r, reasons: r.reasons.map(keep) } : r;
          }));
        }),
        { numRuns: 150 },
      );
    });
  });
});
