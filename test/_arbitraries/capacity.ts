/** fast-check arbitraries for capacity: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import type { CapacityPolicy } from '../../src/capacity/policy.js';
import type { RegistrationEvent } from '../../src/capacity/events.js';
import { capacityPolicyArbitrary, registrationEventsArbitrary, TEST_REGISTRANT_IDS } from '../../src/testing/capacity.js';

export const REGISTRANT_IDS = TEST_REGISTRANT_IDS;

export const registrantIdArb: fc.Arbitrary<string> = fc.constantFrom(...REGISTRANT_IDS);

/** Any valid policy with a small number of seats, so rosters fill up. */
export const capacityPolicyArb: fc.Arbitrary<CapacityPolicy> = capacityPolicyArbitrary();

/** A registration log in time order: mostly registrations, some at the same instant. */
export const registrationEventsArb: fc.Arbitrary<RegistrationEvent[]> = registrationEventsArbitrary();
