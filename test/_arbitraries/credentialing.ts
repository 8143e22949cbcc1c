/** fast-check arbitraries for credentialing: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import { ABS_ACTIVITY_KINDS, type CredentialingRecordInput, type LedgerEntry, type MaintenanceRequirementInput } from '../../src/credentialing/index.js';
import {
  activityKindArbitrary,
  credentialArbitrary,
  credentialingRecordArbitrary,
  CREDENTIALING_PATH_KINDS,
  dateAfterArbitrary,
  ledgerArbitrary,
  ledgerEntryArbitrary,
  maintenanceRequirementArbitrary,
} from '../../src/testing/credentialing.js';

/** ABS kinds plus one that no requirement here names. */
export const kindArb = activityKindArbitrary();

/** A date `min..max` days after `from`. */
export const dateAfterArb = dateAfterArbitrary;

/** A valid maintenance requirement: 2-24-month periods, a grace period shorter than a period, 1-3 components. */
export const requirementArb: fc.Arbitrary<MaintenanceRequirementInput> = maintenanceRequirementArbitrary();

/** A credential issued in 2020-2026. */
export const credentialArb = credentialArbitrary();

/** One ledger entry dated from 60 days before `issued` to 4 years after, mostly of the `likely` kinds. */
export function ledgerEntryArb(issued: string, id: string, likely: readonly string[] = ABS_ACTIVITY_KINDS): fc.Arbitrary<LedgerEntry> {
  return ledgerEntryArbitrary(issued, id, likely);
}

/** A ledger of 0 to `max` entries with unique ids. */
export function ledgerArb(issued: string, max = 40, likely: readonly string[] = ABS_ACTIVITY_KINDS): fc.Arbitrary<LedgerEntry[]> {
  return ledgerArbitrary(issued, { max, kinds: likely });
}

/** A requirement, a credential, a ledger and a date to judge on (`at`) from the issue date to 4 years on. */
export const statusCaseArb = fc.tuple(requirementArb, credentialArb).chain(([requirement, credential]) =>
  fc.record({
    requirement: fc.constant(requirement),
    credential: fc.constant(credential),
    ledger: ledgerArb(credential.issued, 40, requirement.qualifyingKinds),
    at: dateAfterArb(credential.issued, 0, 4 * 365),
  }),
);

/** A candidate's record over 2022-2027: memberships, a run of months leading, scattered activities, perhaps an application date. */
export const recordArb: fc.Arbitrary<CredentialingRecordInput> = credentialingRecordArbitrary();

/** A record, an activity to add to it (a fresh id), and a date to judge on (`at`). */
export const pathCaseArb = fc.record({
  record: recordArb,
  extra: fc.record({ id: fc.constant('extra'), date: dateAfterArb('2022-01-01', 0, 2000), kind: fc.constantFrom<string>(...CREDENTIALING_PATH_KINDS) }),
  at: fc.oneof(dateAfterArb('2022-01-01', 0, 2100), dateAfterArb('2022-01-01', 700, 2100)),
});
