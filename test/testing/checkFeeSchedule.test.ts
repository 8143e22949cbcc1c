import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';
import { checkFeeSchedule, FEE_LAWS, feeScheduleArbitrary, type FeeQuoter } from '../../src/testing/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { absMember, diversityDiscussionFees, leadershipIntensiveFees, onlineGroupFees } from '../fees/_seeds.js';

const broken = (check: ReturnType<typeof checkFeeSchedule>) => check.laws.filter((l) => !l.holds).map((l) => l.law);
const law = (check: ReturnType<typeof checkFeeSchedule>, name: string) => check.laws.find((l) => l.law === name);
const table = (categories: FeeScheduleInput['categories'], extra: Partial<FeeScheduleInput> = {}): FeeScheduleInput => ({
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [{ id: 'regular', label: 'Regular' }],
  categories,
  ...extra,
});

describe('checkFeeSchedule', () => {
  it('the seeds’ fee tables obey every law; the free discussion is only for ABS members leading a group (a finding, not a broken law)', () => {
    for (const schedule of [onlineGroupFees, leadershipIntensiveFees]) {
      const check = checkFeeSchedule(schedule);
      expect(check.laws.map((l) => l.law)).toEqual([...FEE_LAWS]);
      expect([check.ok, check.findings]).toEqual([true, []]);
    }
    const free = checkFeeSchedule(diversityDiscussionFees);
    expect(free.ok).toBe(true);
    expect(free.findings.map((f) => f.code)).toEqual(['some_registrants_have_no_price']);
    expect(free.findings[0]?.message).toMatch(/^Some registrants qualify for no category, for example a registrant (who|with)/);
  });

  it('every_category_can_apply: catches a member price always undercut by the price for everyone', () => {
    const check = checkFeeSchedule(table([
      { id: 'member', label: 'ABS members', eligibility: absMember, prices: { regular: '250' } },
      { id: 'everyone', label: 'Everyone', prices: { regular: '200' } },
    ]));
    expect(broken(check)).toEqual(['every_category_can_apply']);
    expect(law(check, 'every_category_can_apply')?.counterexample).toEqual({
      description: 'No registrant is ever charged the ABS members price: whoever qualifies for it also qualifies for a price no higher (for example a registrant who is member of ABS pays the Everyone price, $200.00).',
      value: { category: 'member' },
    });
  });

  it('every_category_can_apply: catches a category nobody qualifies for', () => {
    const check = checkFeeSchedule(table([
      { id: 'odd', label: 'Members who are not members', eligibility: { kind: 'all', rules: [absMember, { kind: 'not', rule: absMember }] }, prices: { regular: '100' } },
      { id: 'everyone', label: 'Everyone', prices: { regular: '200' } },
    ]));
    expect(law(check, 'every_category_can_apply')?.counterexample?.description).toBe('No registrant is ever charged the Members who are not members price: nobody qualifies for it.');
  });

  it('prices_in_whole_minor_units: catches a price in tenths of a cent', () => {
    const check = checkFeeSchedule(table([{ id: 'everyone', label: 'Everyone', prices: { regular: '250.005' } }], { minorUnits: 3 }));
    expect(broken(check)).toEqual(['prices_in_whole_minor_units']);
    expect(law(check, 'prices_in_whole_minor_units')?.counterexample?.description).toBe("The Everyone price in the Regular period, 250.005 USD, is not a whole number of USD's minor units.");
  });

  it('price_never_falls_later: catches a quote function with a last-minute discount, in words', () => {
    const lastMinute: FeeQuoter = (schedule, profile, options) => {
      const q = quoteFee(schedule, profile, options);
      return options.at >= '2026-07-25' && q.price !== null ? { ...q, price: { ...q.price, amount: '1.00' } } : q;
    };
    const check = checkFeeSchedule(leadershipIntensiveFees, { quoteFee: lastMinute });
    expect(broken(check)).toEqual(['price_never_falls_later']);
    expect(law(check, 'price_never_falls_later')?.counterexample?.description).toMatch(/Registering later, .* they pay less: \$1\.00\.$/);
  });

  it('is deterministic, does not mutate, and rejects invalid input', () => {
    const frozen = deepFreeze(structuredClone(leadershipIntensiveFees));
    expect(checkFeeSchedule(frozen, { numRuns: 30 })).toEqual(checkFeeSchedule(leadershipIntensiveFees, { numRuns: 30 }));
    expect(() => checkFeeSchedule(table([]))).toThrow(ValidationError);
    expect(() => checkFeeSchedule(onlineGroupFees, { seed: 1.5 })).toThrow(ValidationError);
  });

  describe('properties', () => {
    it('a schedule the schema accepts never has a price falling later under quoteFee', () => {
      fc.assert(
        fc.property(feeScheduleArbitrary(), (schedule) => {
          const check = checkFeeSchedule(schedule, { numRuns: 20 });
          expect(law(check, 'price_never_falls_later')?.holds).toBe(true);
          expect(law(check, 'prices_in_whole_minor_units')?.holds).toBe(true);
        }),
        { numRuns: 30 },
      );
    });
  });
});
