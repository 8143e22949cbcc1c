/**
 * A fee quote decides the eligibility of all its categories in one call:
 * each category is explained exactly as checkEligibility explains its rule
 * alone (same codes, fields, paths, messages and labels), even when the same
 * condition sits in several categories, at different places, under `not`,
 * or with a label.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityReason, type EligibilityRule } from '../../src/eligibility/index.js';
import { quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';
import { registrantProfileArb } from '../_arbitraries/eligibility.js';

const member: EligibilityRule = { kind: 'member', organization: 'ABS' };
const trainee: EligibilityRule = { kind: 'profession', in: ['resident', 'fellow'] };

const rules: Record<string, EligibilityRule> = {
  a: member,
  b: { kind: 'not', rule: { ...member, label: 'a member' } },
  c: { kind: 'any', rules: [trainee, member] },
  d: { kind: 'all', rules: [{ kind: 'not', rule: member }, trainee] },
  e: { kind: 'all', rules: [trainee, { kind: 'leads_group' }, member] },
};

const schedule: FeeScheduleInput = {
  currency: 'USD',
  timeZone: 'UTC',
  periods: [{ id: 'regular', label: 'Regular' }],
  categories: Object.entries(rules).map(([id, eligibility]) => ({ id, label: id.toUpperCase(), eligibility, prices: { regular: '100' } })),
};

/** The eligibility reasons the quote gives each category it turns down. */
function explained(profile: never): Map<string, readonly EligibilityReason[]> {
  const quote = quoteFee(schedule, profile, { at: '2026-06-01T12:00:00Z' });
  const out = new Map<string, readonly EligibilityReason[]>();
  for (const r of quote.reasons as readonly { code: string; category?: string; eligibility?: readonly EligibilityReason[] }[]) {
    if (r.code === 'category_not_qualified') out.set(r.category as string, r.eligibility as readonly EligibilityReason[]);
  }
  return out;
}

describe('eligibility findings shared between the categories of a fee quote', () => {
  it('a non-member trainee is turned down by the member categories, each with its own path and words', () => {
    const found = explained({ professions: ['resident'] } as never);
    expect(found.get('a')).toEqual([{ code: 'membership_missing', organization: 'ABS', on: '2026-06-01', path: [], message: 'You must be a member of ABS; no membership of ABS is on record.' }]);
    expect(found.get('e')).toEqual([
      { code: 'not_leading_group', stated: false, path: ['rules', 1], message: 'You must be leading a Balint group; your profile does not say whether you lead one.' },
      { code: 'membership_missing', organization: 'ABS', on: '2026-06-01', path: ['rules', 2], message: 'You must be a member of ABS; no membership of ABS is on record.' },
    ]);
    expect(found.has('b') || found.has('c') || found.has('d')).toBe(false);
  });

  describe('properties', () => {
    it('each category is explained exactly as checkEligibility explains its rule alone', () => {
      fc.assert(
        fc.property(registrantProfileArb, (profile) => {
          const found = explained(profile as never);
          for (const [id, rule] of Object.entries(rules)) {
            const alone = checkEligibility(rule, profile, { at: '2026-06-01' });
            expect(found.get(id)).toStrictEqual(alone.verdict === 'eligible' ? undefined : alone.reasons);
          }
        }),
        { numRuns: 150 },
      );
    });
  });
});
