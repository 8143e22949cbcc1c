import { earlyBirdFeeSchedule } from '../../fees/constructors.js';
import type { FeeSchedule } from '../../fees/schema.js';
import type { EligibilityRule } from '../../eligibility/rule.js';
import { absMemberRule } from './_build.js';

const residentStudentFellow: EligibilityRule = {
  kind: 'profession',
  in: ['resident', 'medical_student', 'fellow'],
  label: 'a resident, student or fellow',
};

/**
 * The fee table the ABS gives for a 2026 leadership intensive (it is not on
 * the intensives' event pages): early bird until July 31, 2026 (through the
 * end of that day in America/New_York), then regular:
 *
 * | Category | Early | Regular |
 * | --- | --- | --- |
 * | ABS member | $800 | $875 |
 * | Non-member | $900 | $975 |
 * | Resident, student or fellow | $640 | $700 |
 * | ABS member resident, student or fellow | $560 | $620 |
 *
 * A registrant pays the lowest price of the categories they qualify for (an
 * ABS member who is a resident pays $560 early). The leadership intensive
 * presets use it unless given another schedule.
 *
 * @returns the schedule, validated
 *
 * @example
 * ```ts
 * import { quoteFee } from 'balint-rules/fees';
 * import { absLeadershipIntensiveFees2026 } from 'balint-rules/presets/abs';
 *
 * const member = { memberships: [{ organization: 'ABS' }] };
 * quoteFee(absLeadershipIntensiveFees2026(), member, { at: '2026-08-01T03:59:00Z' }).price; // 23:59 on July 31 in New York
 * //=> { amount: '800.00', currency: 'USD' }
 * quoteFee(absLeadershipIntensiveFees2026(), member, { at: '2026-08-01T04:00:00Z' }).price;
 * //=> { amount: '875.00', currency: 'USD' }
 * ```
 */
export function absLeadershipIntensiveFees2026(): FeeSchedule {
  return earlyBirdFeeSchedule({
    id: 'abs-leadership-intensive-2026',
    label: '2026 Balint Leadership Intensive',
    currency: 'USD',
    timeZone: 'America/New_York',
    early: { until: '2026-07-31' },
    categories: [
      { id: 'member', label: 'ABS members', eligibility: absMemberRule, early: '800.00', regular: '875.00' },
      { id: 'non_member', label: 'Non-members', eligibility: { kind: 'not', rule: absMemberRule, label: 'a non-member' }, early: '900.00', regular: '975.00' },
      { id: 'resident_student_fellow', label: 'Residents, students and fellows', eligibility: residentStudentFellow, early: '640.00', regular: '700.00' },
      {
        id: 'member_resident_student_fellow',
        label: 'ABS member residents, students and fellows',
        eligibility: { kind: 'all', rules: [absMemberRule, residentStudentFellow] },
        early: '560.00',
        regular: '620.00',
      },
    ],
  });
}
