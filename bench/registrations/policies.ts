/**
 * The policies the registration benchmark decides under, built from the
 * library's ABS presets (`balint-rules/presets/abs`), so they are exactly
 * what the seed pages state:
 *
 * - eligibility: the Saturday online group's rule, "Registrants must be
 *   clinically active";
 * - fees: the 2026 leadership intensive's table (member $800 early / $875
 *   regular, non-member $900 / $975, resident-student-fellow $640 / $700,
 *   member resident-student-fellow $560 / $620; early until July 31,
 *   America/New_York);
 * - refunds: the New England intensive's, in writing by September 15, 2026,
 *   $100 withheld;
 * - credits: the Saturday online group's 8 sessions (planned by
 *   `planSessions`: the second Saturday, 11:00 New York, 90 minutes then 60)
 *   with its accreditation (AAFP Prescribed and APA CE).
 *
 * The Saturday group's page publishes neither its fee nor its minimum, which
 * the preset takes as parameters; neither matters here, so it is given the
 * Tuesday group's published fees and a minimum of 6.
 */
import type { DeepReadonly } from '../../src/_lib/types.js';
import type { AccreditationInput, CreditSessionInput } from '../../src/credits/index.js';
import type { EligibilityRule } from '../../src/eligibility/index.js';
import type { FeeScheduleInput } from '../../src/fees/index.js';
import { absLeadershipIntensiveFees2026, absOnlineGroupSaturday2026, absOnlineGroupTuesday2026, absRefundPolicy } from '../../src/presets/abs/index.js';
import type { RefundPolicyInput } from '../../src/refunds/index.js';
import { planSessions } from '../../src/schedule/index.js';

/**
 * Everything the pipeline needs besides the registration: as plain data
 * (validated on every call), or compiled once (see `compilePolicies` in
 * library.ts), which the decisions accept in the same places.
 */
export interface Policies {
  readonly eligibility: DeepReadonly<EligibilityRule>;
  /** The zone the registration date is read in for eligibility. */
  readonly timeZone: string;
  readonly fees: DeepReadonly<FeeScheduleInput>;
  readonly refunds: DeepReadonly<RefundPolicyInput>;
  readonly accreditation: DeepReadonly<AccreditationInput>;
  readonly sessions: DeepReadonly<CreditSessionInput[]>;
}

/** The seed pages' policies for the benchmark, from the ABS presets. */
export function seedPolicies(): Policies {
  const tuesdayGroup = absOnlineGroupTuesday2026({ minRegistrants: 6 });
  const group = absOnlineGroupSaturday2026({ minRegistrants: 6, fees: tuesdayGroup.fees });
  const series = group.schedule.series[0];
  if (series === undefined) throw new Error('the Saturday online group has no series');
  return {
    eligibility: group.eligibility,
    timeZone: series.timeZone,
    fees: absLeadershipIntensiveFees2026(),
    refunds: absRefundPolicy('abs-new-england-leadership-intensive-2026'),
    accreditation: group.accreditation,
    sessions: planSessions(series),
  };
}
