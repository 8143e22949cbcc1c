/**
 * fast-check arbitraries for the credentialing area, producing only valid
 * values: maintenance requirements, credentials, ledgers, and candidates'
 * records for a credentialing path.
 */
import fc from 'fast-check';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { formatHundredths } from '../../src/credits/amount.js';
import {
  ABS_ACTIVITY_KINDS,
  type CredentialingRecordInput,
  type LedgerEntry,
  type MaintenanceRequirementInput,
} from '../../src/credentialing/index.js';

/** ABS kinds plus one that no requirement here names. */
export const kindArb = fc.constantFrom<string>(...ABS_ACTIVITY_KINDS, 'other_activity');

/** A date `min..max` days after `from`. */
export function dateAfterArb(from: string, min: number, max: number): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((n) => formatDays(parseDays(from) + n));
}

/** A valid maintenance requirement: 2-24-month periods, a grace period shorter than a period, 1-3 components. */
export const requirementArb: fc.Arbitrary<MaintenanceRequirementInput> = fc
  .record({
    periodMonths: fc.integer({ min: 2, max: 24 }),
    graceFraction: fc.integer({ min: 0, max: 99 }),
    qualifyingKinds: fc.subarray([...ABS_ACTIVITY_KINDS], { minLength: 1 }),
    components: fc.array(
      fc.record({
        kindsPick: fc.option(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { nil: undefined }),
        activities: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        hours: fc.option(fc.integer({ min: 1, max: 40 }).map((n) => formatHundredths(n * 50)), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((r) => ({
    name: 'Example maintenance',
    periodMonths: r.periodMonths,
    gracePeriodDays: Math.floor((r.periodMonths * 28 - 1) * r.graceFraction / 100 / 2),
    qualifyingKinds: r.qualifyingKinds,
    components: r.components.map((c, i) => {
      const component: { category: string; kinds?: string[]; activities?: number; hours?: string } = { category: `part_${i + 1}` };
      if (c.kindsPick !== undefined) component.kinds = [...new Set(c.kindsPick.map((n) => r.qualifyingKinds[n % r.qualifyingKinds.length] as string))];
      if (c.activities !== undefined) component.activities = c.activities;
      if (c.hours !== undefined) component.hours = c.hours;
      if (c.activities === undefined && c.hours === undefined) component.activities = 1;
      return component;
    }),
  }));

/** A credential issued in 2020-2026. */
export const credentialArb = dateAfterArb('2020-01-01', 0, 7 * 365).map((issued) => ({ holder: { id: 'abs-77', name: 'A. Leader' }, issued }));

/** One ledger entry dated from 60 days before `issued` to 4 years after, mostly of the `likely` kinds. */
export function ledgerEntryArb(issued: string, id: string, likely: readonly string[] = ABS_ACTIVITY_KINDS): fc.Arbitrary<LedgerEntry> {
  return fc
    .record(
      {
        date: dateAfterArb(issued, -60, 4 * 365),
        kind: fc.oneof({ arbitrary: fc.constantFrom(...likely), weight: 4 }, { arbitrary: kindArb, weight: 1 }),
        hours: fc.integer({ min: 0, max: 16 }).map((n) => formatHundredths(n * 50)),
      },
      { requiredKeys: ['date', 'kind'] },
    )
    .map((e) => ({ id, ...e }));
}

/** A ledger of 0 to `max` entries with unique ids. */
export function ledgerArb(issued: string, max = 40, likely: readonly string[] = ABS_ACTIVITY_KINDS): fc.Arbitrary<LedgerEntry[]> {
  return fc.integer({ min: 0, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ledgerEntryArb(issued, `a${i}`, likely))));
}

/** A requirement, a credential, a ledger and an as-of date from the issue date to 4 years on. */
export const statusCaseArb = fc.tuple(requirementArb, credentialArb).chain(([requirement, credential]) =>
  fc.record({
    requirement: fc.constant(requirement),
    credential: fc.constant(credential),
    ledger: ledgerArb(credential.issued, 40, requirement.qualifyingKinds),
    asOf: dateAfterArb(credential.issued, 0, 4 * 365),
  }),
);

const PATH_KINDS = ['leadership_intensive', 'credentialing_intensive', 'group_led', 'group_co_led', 'supervised_session', 'national_meeting'] as const;

const membershipArb = fc
  .record({ from: dateAfterArb('2021-06-01', 0, 2000), length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }) })
  .map((m) => ({ organization: 'American Balint Society', from: m.from, ...(m.length === undefined ? {} : { to: formatDays(parseDays(m.from) + m.length) }) }));

/** Sessions led in a run of months (with a few months skipped), supervised in some of them. */
const leadingRunArb = fc
  .record({
    start: fc.integer({ min: 0, max: 36 }),
    length: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 22, max: 30 })),
    skip: fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 2 }),
    day: fc.integer({ min: 1, max: 28 }),
    supervisedEvery: fc.integer({ min: 1, max: 3 }),
  })
  .map((r) => {
    const out: { date: string; kind: string }[] = [];
    for (let i = 0; i < r.length; i++) {
      if (r.skip.includes(i)) continue;
      const m = r.start + i;
      const date = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
      out.push({ date, kind: i % 2 === 0 ? 'group_led' : 'group_co_led' });
      if (i % r.supervisedEvery === 0) out.push({ date, kind: 'supervised_session' });
    }
    return out;
  });

/** A candidate's record over 2022-2027: memberships, a run of months leading, scattered activities, perhaps an application date. */
export const recordArb: fc.Arbitrary<CredentialingRecordInput> = fc
  .record(
    {
      memberships: fc.oneof(fc.array(membershipArb, { maxLength: 3 }), fc.constant([{ organization: 'American Balint Society', from: '2021-01-01' }])),
      run: leadingRunArb,
      scattered: fc.array(fc.record({ date: dateAfterArb('2022-01-01', 0, 2000), kind: fc.constantFrom<string>(...PATH_KINDS) }), { maxLength: 12 }),
      applied: dateAfterArb('2022-01-01', 0, 2000),
    },
    { requiredKeys: ['memberships', 'run', 'scattered'] },
  )
  .map((r) => ({
    memberships: r.memberships,
    activities: [...r.run, ...r.scattered].map((a, i) => ({ id: `r${i}`, ...a })),
    ...(r.applied === undefined ? {} : { applied: r.applied }),
  }));

/** A record, an activity to add to it (a fresh id), and an as-of date. */
export const pathCaseArb = fc.record({
  record: recordArb,
  extra: fc.record({ id: fc.constant('extra'), date: dateAfterArb('2022-01-01', 0, 2000), kind: fc.constantFrom<string>(...PATH_KINDS) }),
  asOf: fc.oneof(dateAfterArb('2022-01-01', 0, 2100), dateAfterArb('2022-01-01', 700, 2100)),
});
