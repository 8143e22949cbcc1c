/** fast-check arbitraries for fee schedules: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import type { RegistrantProfile } from '../../src/eligibility/profile.js';
import type { FeeScheduleInput } from '../../src/fees/schema.js';
import { feeScheduleArbitrary } from '../../src/testing/fees.js';
import { currencyArb } from './money.js';
import { registrantProfileArb } from './eligibility.js';

export const feeZoneArb = fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'UTC');

/** A schedule with 1-3 periods and 1-4 categories (eligibility from the eligibility arbitraries, or everyone). */
export const feeScheduleArb: fc.Arbitrary<FeeScheduleInput> = feeScheduleArbitrary();

/** Schedules in one random currency; re-exported for symmetry with the other areas. */
export { currencyArb as feeCurrencyArb };

/** A profile whose memberships and credentials have no end dates, so eligibility does not change over 2026. */
export const stableProfileArb: fc.Arbitrary<RegistrantProfile> = registrantProfileArb.map((p) => ({
  ...p,
  ...(p.memberships === undefined ? {} : { memberships: p.memberships.map((m) => ({ organization: m.organization })) }),
  ...(p.credentials === undefined ? {} : { credentials: p.credentials.map((c) => ({ credential: c.credential, issued: '2000-01-01' })) }),
}));

/** An instant in 2026 (UTC). */
export const instant2026Arb: fc.Arbitrary<string> = fc
  .integer({ min: Date.UTC(2026, 0, 1) / 1000, max: Date.UTC(2026, 11, 31, 23, 59, 59) / 1000 })
  .map((s) => new Date(s * 1000).toISOString());
