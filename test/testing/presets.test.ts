/** The library's own presets (the ABS programs) pass every law of the kit. */
import { describe, expect, it } from 'vitest';
import { absAccreditation } from '../../src/credits/index.js';
import { ABS_PRESETS, absDiversityDiscussions2026, absNewEnglandLeadershipIntensive, absOnlineGroupTuesday2026 } from '../../src/presets/abs/index.js';
import { checkAccreditation, checkCapacityPolicy, checkEligibilityRule, checkFeeSchedule, checkRefundPolicy, type LawCheck } from '../../src/testing/index.js';
import { seedSessions } from '../_arbitraries/credits.js';
import { diversityDiscussionFees, leadershipIntensiveFees, onlineGroupFees } from '../fees/_seeds.js';

const brokenLaws = (check: LawCheck) => check.laws.filter((l) => !l.holds).map((l) => `${l.law}: ${l.counterexample?.description ?? ''}`);
const options = { numRuns: 100 };

describe('the ABS presets pass every law', () => {
  it('every published ABS refund policy', () => {
    const policies = Object.values(ABS_PRESETS).flatMap((p) => (p.refundPolicy === null ? [] : [p.refundPolicy]));
    expect(policies.length).toBeGreaterThanOrEqual(3);
    for (const policy of policies) expect(brokenLaws(checkRefundPolicy(policy, options))).toEqual([]);
  });

  it('the Tuesday online group: eligibility, fees, capacity with its refunds, refunds and credit', () => {
    const program = absOnlineGroupTuesday2026({ minRegistrants: 6 });
    if (program.eligibility !== undefined) expect(brokenLaws(checkEligibilityRule(program.eligibility))).toEqual([]);
    if (program.fees !== undefined) {
      const fees = checkFeeSchedule(program.fees, options);
      expect(brokenLaws(fees)).toEqual([]);
      expect(fees.findings).toEqual([]);
    }
    if (program.capacity !== undefined) expect(brokenLaws(checkCapacityPolicy(program.capacity, { ...options, ...(program.refunds === undefined ? {} : { refundPolicy: program.refunds }) }))).toEqual([]);
    if (program.refunds !== undefined) expect(brokenLaws(checkRefundPolicy(program.refunds, { ...options, organizerRefundReasons: ['insufficient_registrants'] }))).toEqual([]);
    if (program.accreditation !== undefined) expect(brokenLaws(checkAccreditation(program.accreditation, options))).toEqual([]);
  });

  it('the diversity discussions: eligibility, the free fee (only for ABS members leading a group), twelve places', () => {
    const program = absDiversityDiscussions2026({});
    if (program.eligibility !== undefined) expect(brokenLaws(checkEligibilityRule(program.eligibility))).toEqual([]);
    if (program.fees !== undefined) expect(brokenLaws(checkFeeSchedule(program.fees, options))).toEqual([]);
    if (program.capacity !== undefined) expect(brokenLaws(checkCapacityPolicy(program.capacity, options))).toEqual([]);
  });

  it('the New England intensive: fees and refunds', () => {
    const program = absNewEnglandLeadershipIntensive({ firstDay: '2026-10-01' });
    if (program.fees !== undefined) expect(brokenLaws(checkFeeSchedule(program.fees, options))).toEqual([]);
    if (program.refunds !== undefined) expect(brokenLaws(checkRefundPolicy(program.refunds, options))).toEqual([]);
  });

  it('the fee tables of the seeds, and the ABS accreditation over the seeds’ eight sessions', () => {
    for (const schedule of [onlineGroupFees, leadershipIntensiveFees, diversityDiscussionFees]) expect(brokenLaws(checkFeeSchedule(schedule, options))).toEqual([]);
    const accreditation = absAccreditation({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' });
    expect(brokenLaws(checkAccreditation(accreditation, { ...options, sessions: seedSessions }))).toEqual([]);
    expect(brokenLaws(checkAccreditation(accreditation, options))).toEqual([]);
  });
});
