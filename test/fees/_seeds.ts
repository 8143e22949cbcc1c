/**
 * The fee schedules of the seeds, as data: the ABS online groups ($250 for
 * ABS members, $400 for non-members), a 2026 leadership intensive priced as
 * a table with an early bird until July 31 (America/New_York), and the free
 * diversity discussions (any ABS member leading a Balint group, $0.00).
 */
import type { EligibilityRule } from '../../src/eligibility/index.js';
import type { FeeScheduleInput } from '../../src/fees/index.js';

export const absMember: EligibilityRule = { kind: 'member', organization: 'ABS', label: 'an ABS member' };
export const nonMember: EligibilityRule = { kind: 'not', rule: { kind: 'member', organization: 'ABS' }, label: 'not an ABS member' };
export const residentStudentFellow: EligibilityRule = {
  kind: 'profession',
  in: ['resident', 'medical_student', 'fellow'],
  label: 'a resident, student or fellow',
};

export const onlineGroupFees: FeeScheduleInput = {
  id: 'abs-online-group-2026',
  label: 'ABS online Balint group, February-November 2026',
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [{ id: 'regular', label: 'Regular' }],
  categories: [
    { id: 'member', label: 'ABS members', eligibility: absMember, prices: { regular: '250' } },
    { id: 'non_member', label: 'Non-members', eligibility: nonMember, prices: { regular: '400' } },
  ],
};

export const leadershipIntensiveFees: FeeScheduleInput = {
  id: 'leadership-intensive-2026',
  label: '2026 Balint Leadership Intensive',
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [
    { id: 'early', label: 'Early bird', until: { kind: 'date', date: '2026-07-31' } },
    { id: 'regular', label: 'Regular' },
  ],
  categories: [
    { id: 'member', label: 'ABS members', eligibility: absMember, prices: { early: '800.00', regular: '875.00' } },
    { id: 'non_member', label: 'Non-members', eligibility: nonMember, prices: { early: '900.00', regular: '975.00' } },
    { id: 'rsf', label: 'Residents, students and fellows', eligibility: residentStudentFellow, prices: { early: '640.00', regular: '700.00' } },
    {
      id: 'member_rsf',
      label: 'ABS member residents, students and fellows',
      eligibility: { kind: 'all', rules: [absMember, residentStudentFellow] },
      prices: { early: '560.00', regular: '620.00' },
    },
  ],
};

export const diversityDiscussionFees: FeeScheduleInput = {
  id: 'diversity-discussion-2026-03-12',
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [{ id: 'regular', label: 'Regular' }],
  categories: [
    {
      id: 'free',
      label: 'ABS members leading a Balint group',
      eligibility: { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] },
      prices: { regular: '0.00' },
    },
  ],
};
