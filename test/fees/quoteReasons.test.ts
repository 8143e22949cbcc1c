/**
 * A fee quote explains itself: which price period applies and why (its
 * deadline, its count of first registrants), which categories the registrant
 * qualifies for and, for the others, every eligibility reason why not. Seeds:
 * the 2026 leadership intensive (early bird until July 31 in New York) and
 * the online groups.
 */
import { describe, expect, it } from 'vitest';
import { earlyBirdFeeSchedule, flatFeeSchedule, quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';
import { leadershipIntensiveFees, onlineGroupFees } from './_seeds.js';

const deadline = {
  endsAt: '2026-08-01T04:00:00.000Z',
  by: 'by the end of July 31, 2026 (America/New_York)',
  after: 'after the end of July 31, 2026 (America/New_York)',
};

describe('a fee quote explains itself', () => {
  it('on the last evening of the early bird, an ABS member pays the member early-bird price, with the deadline', () => {
    const q = quoteFee(leadershipIntensiveFees, { memberships: [{ organization: 'ABS' }] }, { at: '2026-07-31T20:00:00Z' });
    expect(q.reasons[0]).toEqual({ code: 'period_applies', period: 'early', deadline, message: 'Early bird pricing applies to registrations by the end of July 31, 2026 (America/New_York).' });
    expect(q.reasons[1]).toEqual({ code: 'category_qualified', category: 'member', price: { amount: '800.00', currency: 'USD' }, message: 'You qualify for the ABS members price ($800.00).' });
    expect(q.reasons.at(-1)).toEqual({ code: 'lowest_price', category: 'member', period: 'early', price: { amount: '800.00', currency: 'USD' }, message: 'You pay $800.00 (ABS members, Early bird).' });
  });

  it('after the early bird, a non-member is told it ended, and every reason each other category is closed to them', () => {
    const q = quoteFee(leadershipIntensiveFees, {}, { at: '2026-08-01T05:00:00Z' });
    expect(q.reasons.slice(0, 2)).toEqual([
      { code: 'period_ended', period: 'early', deadline, message: 'Early bird pricing ended: it applied to registrations by the end of July 31, 2026 (America/New_York).' },
      { code: 'period_applies', period: 'regular', message: 'Regular pricing applies.' },
    ]);
    expect(q.reasons.find((r) => r.code === 'category_not_qualified' && r.category === 'member_rsf')?.message).toBe(
      'You do not qualify for the ABS member residents, students and fellows price: You must be an ABS member; no membership of ABS is on record. You must be a resident, student or fellow; your profile does not state a profession.',
    );
    expect(q).toMatchObject({ verdict: 'priced', price: { amount: '975.00' }, category: { id: 'non_member' } });
  });

  it('a category without an eligibility rule is open to everyone, with no eligibility reasons', () => {
    const q = quoteFee(flatFeeSchedule({ currency: 'USD', timeZone: 'UTC', categories: [{ id: 'all', label: 'All', price: '5' }] }), {}, { at: '2026-01-01T00:00:00Z' });
    expect(q.reasons).toEqual([
      { code: 'period_applies', period: 'regular', message: 'Regular pricing applies.' },
      { code: 'category_qualified', category: 'all', price: { amount: '5.00', currency: 'USD' }, message: 'You qualify for the All price ($5.00).' },
      { code: 'lowest_price', category: 'all', period: 'regular', price: { amount: '5.00', currency: 'USD' }, message: 'You pay $5.00 (All, Regular).' },
    ]);
  });

  it('qualifying for no category is an answer, with its own reason', () => {
    const membersOnly = { ...onlineGroupFees, categories: [onlineGroupFees.categories[0]!] };
    const q = quoteFee(membersOnly, {}, { at: '2026-08-01T05:00:00Z' });
    expect(q).toMatchObject({ verdict: 'not_qualified', price: null, category: null, qualifiedFor: [], message: 'You do not qualify for any fee category of this event (Regular pricing).' });
    expect(q.reasons.at(-1)).toEqual({ code: 'no_category_qualified', period: 'regular', message: 'You do not qualify for any fee category of this event (Regular pricing).' });
  });

  it('a period for the first registrants says how many there were, along with its deadline', () => {
    const schedule: FeeScheduleInput = {
      currency: 'USD',
      timeZone: 'UTC',
      periods: [{ id: 'first', label: 'First ten', firstRegistrants: 10, until: { kind: 'date', date: '2026-05-01' } }, { id: 'regular', label: 'Regular' }],
      categories: [{ id: 'all', label: 'All', prices: { first: '10', regular: '20' } }],
    };
    expect(quoteFee(schedule, {}, { at: '2026-04-01T00:00:00Z', position: 4 }).reasons[0]).toEqual({
      code: 'period_applies',
      period: 'first',
      deadline: { endsAt: '2026-05-02T00:00:00.000Z', by: 'by the end of May 1, 2026 (UTC)', after: 'after the end of May 1, 2026 (UTC)' },
      firstRegistrants: 10,
      position: 4,
      message: 'First ten pricing applies to registrations by the end of May 1, 2026 (UTC) among the first 10 registrants; you are registrant #4.',
    });
  });
});

describe('the fee constructors write the table they are asked for', () => {
  it('a flat fee without an id, label or eligibility writes none', () => {
    expect(flatFeeSchedule({ currency: 'USD', timeZone: 'UTC', categories: [{ id: 'all', label: 'All', price: '5' }] })).toEqual({
      currency: 'USD',
      timeZone: 'UTC',
      periods: [{ id: 'regular', label: 'Regular' }],
      categories: [{ id: 'all', label: 'All', prices: { regular: '5' } }],
    });
  });

  it('an early bird until a date or a deadline object, or for the first registrants', () => {
    const categories = [{ id: 'all', label: 'All', early: '1', regular: '2' }];
    const common = { currency: 'USD', timeZone: 'UTC', categories } as const;
    expect(earlyBirdFeeSchedule({ ...common, early: { until: '2026-07-31' } }).periods[0]).toMatchObject({ id: 'early', label: 'Early bird', until: { kind: 'date', date: '2026-07-31' } });
    expect(earlyBirdFeeSchedule({ ...common, early: { until: { kind: 'date', date: '2026-07-31', inclusive: false } } }).periods[0]).toMatchObject({ until: { kind: 'date', date: '2026-07-31', inclusive: false } });
    expect(earlyBirdFeeSchedule({ ...common, id: 'x', label: 'X', early: { firstRegistrants: 3 } })).toMatchObject({ id: 'x', label: 'X', periods: [{ id: 'early', firstRegistrants: 3 }, { id: 'regular' }] });
  });
});
