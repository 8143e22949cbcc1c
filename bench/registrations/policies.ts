/**
 * The policies the registration benchmark decides under, as the library
 * takes them: plain JSON, exactly as the seed pages state them.
 *
 * - eligibility: the online group's rule, "Registrants must be clinically active";
 * - fees: the 2026 leadership intensive's table (member $800 early / $875
 *   regular, non-member $900 / $975, resident-student-fellow $640 / $700,
 *   member resident-student-fellow $560 / $620; early until July 31,
 *   America/New_York);
 * - refunds: the New England intensive's, in writing by September 15, 2026,
 *   $100 withheld;
 * - credits: the online group's 8 sessions (planned by `planSessions`: the
 *   second Saturday, 11:00 New York, 90 minutes then 60) with the ABS's
 *   accreditation (AAFP Prescribed and APA CE).
 */
import type { AccreditationInput, CreditSessionInput } from '../../src/credits/index.js';
import { absAccreditation } from '../../src/credits/index.js';
import type { EligibilityRule } from '../../src/eligibility/index.js';
import type { FeeScheduleInput } from '../../src/fees/index.js';
import type { RefundPolicyInput } from '../../src/refunds/index.js';
import { planSessions } from '../../src/schedule/index.js';
import { leadershipIntensiveFees } from '../../test/fees/_seeds.js';
import { newEngland } from '../../test/refunds/_seeds.js';

/** Everything the pipeline needs besides the registration. */
export interface Policies {
  readonly eligibility: EligibilityRule;
  /** The zone the registration date is read in for eligibility. */
  readonly timeZone: string;
  readonly fees: FeeScheduleInput;
  readonly refunds: RefundPolicyInput;
  readonly accreditation: AccreditationInput;
  readonly sessions: readonly CreditSessionInput[];
}

/** The seed pages' policies for the benchmark. */
export function seedPolicies(): Policies {
  return {
    eligibility: { type: 'clinicallyActive' },
    timeZone: 'America/New_York',
    fees: leadershipIntensiveFees,
    refunds: newEngland,
    accreditation: absAccreditation({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' }),
    sessions: planSessions({
      recurrence: 'monthly on the second Saturday',
      from: '2026-01-01',
      count: 8,
      startTime: '11:00',
      timeZone: 'America/New_York',
      durationMinutes: 60,
      firstSessionMinutes: 90,
    }),
  };
}
