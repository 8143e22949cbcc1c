import { describe, expect, it } from 'vitest';
import type { RegistrantProfile } from '../../src/eligibility/index.js';
import { earlyBirdFeeSchedule, flatFeeSchedule, freeFeeSchedule, quoteFee, FeeScheduleSchema } from '../../src/fees/index.js';
import { absMember, diversityDiscussionFees, leadershipIntensiveFees, nonMember, onlineGroupFees, residentStudentFellow } from './_seeds.js';

const usd = (amount: string) => ({ amount, currency: 'USD' });
const member: RegistrantProfile = { professions: ['physician'], memberships: [{ organization: 'ABS', from: '2020-01-01' }] };
const nonMemberPhysician: RegistrantProfile = { professions: ['physician'] };
const memberResident: RegistrantProfile = { professions: ['resident'], memberships: [{ organization: 'ABS' }] };
const resident: RegistrantProfile = { professions: ['resident'] };

describe('online groups: $250 for ABS members, $400 for non-members', () => {
  it('charges members $250 and non-members $400', () => {
    const m = quoteFee(onlineGroupFees, member, { at: '2026-01-15T15:00:00Z' });
    expect(m).toMatchObject({ verdict: 'priced', price: usd('250.00'), category: { id: 'member' }, period: { id: 'regular' } });
    expect(m.message).toBe('You pay $250.00 (ABS members, Regular).');
    const n = quoteFee(onlineGroupFees, nonMemberPhysician, { at: '2026-01-15T15:00:00Z' });
    expect(n).toMatchObject({ verdict: 'priced', price: usd('400.00'), category: { id: 'non_member', label: 'Non-members' } });
    expect(n.reasons.map((r) => r.code)).toEqual(['period_applies', 'category_not_qualified', 'category_qualified', 'lowest_price']);
  });

  it('checks membership on the local date of registration in the schedule zone', () => {
    const lapsing: RegistrantProfile = { memberships: [{ organization: 'ABS', until: '2026-01-31' }] };
    // 23:30 on January 31 in New York, already February 1 in UTC.
    expect(quoteFee(onlineGroupFees, lapsing, { at: '2026-02-01T04:30:00Z' }).price).toEqual(usd('250.00'));
    expect(quoteFee(onlineGroupFees, lapsing, { at: '2026-02-01T05:00:00Z' }).price).toEqual(usd('400.00'));
  });

  it('is what flatFeeSchedule builds', () => {
    const built = flatFeeSchedule({
      id: 'abs-online-group-2026',
      label: 'ABS online Balint group, February-November 2026',
      currency: 'USD',
      timeZone: 'America/New_York',
      categories: [
        { id: 'member', label: 'ABS members', eligibility: absMember, price: '250' },
        { id: 'non_member', label: 'Non-members', eligibility: nonMember, price: '400' },
      ],
    });
    expect(built).toEqual(FeeScheduleSchema.parse(onlineGroupFees));
  });
});

describe('the 2026 leadership intensive: early bird until July 31 (America/New_York)', () => {
  const quote = (profile: RegistrantProfile, at: string) => quoteFee(leadershipIntensiveFees, profile, { at });

  it('prices the table: member $800/$875, non-member $900/$975, resident-student-fellow $640/$700, member RSF $560/$620', () => {
    const early = '2026-06-01T12:00:00Z';
    const regular = '2026-09-01T12:00:00Z';
    expect([member, nonMemberPhysician, resident, memberResident].map((p) => [quote(p, early).price?.amount, quote(p, regular).price?.amount])).toEqual([
      ['800.00', '875.00'],
      ['900.00', '975.00'],
      ['640.00', '700.00'],
      ['560.00', '620.00'],
    ]);
  });

  it('gives the lowest price of every category the registrant qualifies for, and lists them', () => {
    const q = quote(memberResident, '2026-06-01T12:00:00Z');
    expect(q.qualifiedFor.map((c) => [c.id, c.price.amount])).toEqual([
      ['member', '800.00'],
      ['rsf', '640.00'],
      ['member_rsf', '560.00'],
    ]);
    expect(q.category).toEqual({ id: 'member_rsf', label: 'ABS member residents, students and fellows' });
    expect(q.message).toBe('You pay $560.00 (ABS member residents, students and fellows, Early bird): the lowest of the 3 prices you qualify for.');
  });

  it('keeps the early bird through the end of July 31 in New York', () => {
    expect(quote(member, '2026-07-31T23:59:00-04:00').price).toEqual(usd('800.00'));
    expect(quote(member, '2026-08-01T03:59:59.999Z').price).toEqual(usd('800.00'));
    expect(quote(member, '2026-08-01T00:00:00-04:00').price).toEqual(usd('875.00'));
    // Already August 1 in Tokyo, still July 31 in New York.
    expect(quote(member, '2026-08-01T09:00:00+09:00').price).toEqual(usd('800.00'));
    // Still July 31 in California, already August 1 in New York.
    expect(quote(member, '2026-07-31T21:30:00-07:00').price).toEqual(usd('875.00'));
  });

  it('says why the early bird no longer applies', () => {
    const q = quote(nonMemberPhysician, '2026-08-02T12:00:00Z');
    expect(q.reasons[0]).toMatchObject({
      code: 'period_ended',
      period: 'early',
      deadline: { endsAt: '2026-08-01T04:00:00.000Z' },
      message: 'Early bird pricing ended: it applied to registrations by the end of July 31, 2026 (America/New_York).',
    });
    expect(q.reasons[1]).toMatchObject({ code: 'period_applies', period: 'regular', message: 'Regular pricing applies.' });
  });

  it('is what earlyBirdFeeSchedule builds', () => {
    const built = earlyBirdFeeSchedule({
      id: 'leadership-intensive-2026',
      label: '2026 Balint Leadership Intensive',
      currency: 'USD',
      timeZone: 'America/New_York',
      early: { until: '2026-07-31' },
      categories: [
        { id: 'member', label: 'ABS members', eligibility: absMember, early: '800.00', regular: '875.00' },
        { id: 'non_member', label: 'Non-members', eligibility: nonMember, early: '900.00', regular: '975.00' },
        { id: 'rsf', label: 'Residents, students and fellows', eligibility: residentStudentFellow, early: '640.00', regular: '700.00' },
        {
          id: 'member_rsf',
          label: 'ABS member residents, students and fellows',
          eligibility: { kind: 'all', rules: [absMember, residentStudentFellow] },
          early: '560.00',
          regular: '620.00',
        },
      ],
    });
    expect(built).toEqual(FeeScheduleSchema.parse(leadershipIntensiveFees));
  });
});

describe('the diversity discussion: free for ABS members leading a Balint group', () => {
  const leader: RegistrantProfile = { memberships: [{ organization: 'ABS' }], leadsGroup: true };

  it('costs $0.00 for those who qualify', () => {
    expect(quoteFee(diversityDiscussionFees, leader, { at: '2026-03-01T12:00:00Z' })).toMatchObject({ verdict: 'priced', price: usd('0.00') });
  });

  it('says, as data, that someone who qualifies for no category gets no price', () => {
    const q = quoteFee(diversityDiscussionFees, { memberships: [{ organization: 'ABS' }], leadsGroup: false }, { at: '2026-03-01T12:00:00Z' });
    expect(q).toMatchObject({ verdict: 'not_qualified', price: null, category: null, qualifiedFor: [], period: { id: 'regular' } });
    expect(q.message).toBe('You do not qualify for any fee category of this event (Regular pricing).');
    const why = q.reasons.find((r) => r.code === 'category_not_qualified');
    expect(why?.eligibility?.map((r) => r.code)).toEqual(['not_leading_group']);
  });

  it('is what freeFeeSchedule builds', () => {
    const built = freeFeeSchedule({
      id: 'diversity-discussion-2026-03-12',
      currency: 'USD',
      timeZone: 'America/New_York',
      categoryLabel: 'ABS members leading a Balint group',
      eligibility: { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] },
    });
    expect(quoteFee(built, leader, { at: '2026-03-01T12:00:00Z' }).price).toEqual(usd('0.00'));
    expect(built.categories[0]?.eligibility).toEqual(FeeScheduleSchema.parse(diversityDiscussionFees).categories[0]?.eligibility);
  });
});
