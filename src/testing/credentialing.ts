/**
 * Arbitraries for credentialing: maintenance requirements, credentials,
 * activity ledgers, and candidates' records for a credentialing path
 * (valid values only).
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { formatDays, parseDays } from '../_lib/civil.js';
import { ABS_ORGANIZATION } from '../_lib/organizations.js';
import { NonEmptySchema } from '../_lib/codes.js';
import { LocalDateSchema } from '../common/schemas.js';
import { formatHundredths } from '../credits/amount.js';
import { ABS_ACTIVITY_KINDS, type CredentialingRecordInput, type LedgerEntry, type MaintenanceRequirementInput } from '../credentialing/index.js';
import { NamePoolSchema, readArguments, readOptions, wholeNumber } from './_options.js';

/** Dates the credentialing arbitraries start from: far enough from 9999 for the years they add. */
const StartDateSchema = LocalDateSchema.check(z.refine((d: string) => d <= '9990-12-31', 'must be 9990-12-31 or earlier, to leave room for the years after it'));

/** ABS kinds plus one that no requirement names. */
export const activityKindArbitrary = (): fc.Arbitrary<string> => fc.constantFrom<string>(...ABS_ACTIVITY_KINDS, 'other_activity');

/** A date `min..max` days after `from`. */
export function dateAfterArbitrary(from: string, min: number, max: number): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((n) => formatDays(parseDays(from) + n));
}

/**
 * A valid maintenance-of-credentialing requirement: periods of 2-24
 * months, a grace period shorter than half a period, one to three
 * components counting activities and/or hours of the qualifying kinds.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { maintenanceRequirementArbitrary } from 'balint-rules/testing';
 * import { MaintenanceRequirementSchema } from 'balint-rules/credentialing';
 *
 * fc.sample(maintenanceRequirementArbitrary(), 20).every((r) => MaintenanceRequirementSchema.safeParse(r).success);
 * //=> true
 * ```
 */
export function maintenanceRequirementArbitrary(): fc.Arbitrary<MaintenanceRequirementInput> {
  return fc
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
      gracePeriodDays: Math.floor(((r.periodMonths * 28 - 1) * r.graceFraction) / 100 / 2),
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
}

/**
 * A credential issued between `from` and seven years later (default 2020-01-01).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { credentialArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(credentialArbitrary(), 10).every((c) => c.issued >= '2020-01-01' && c.holder.id === 'abs-77');
 * //=> true
 * ```
 */
export function credentialArbitrary(options: z.input<typeof CredentialOptionsSchema> = {}): fc.Arbitrary<{ holder: { id: string; name: string }; issued: string }> {
  const o = readOptions(CredentialOptionsSchema, options, 'credentialArbitrary');
  return dateAfterArbitrary(o.from ?? '2020-01-01', 0, 7 * 365).map((issued) => ({ holder: { id: 'abs-77', name: 'A. Leader' }, issued }));
}

const CredentialOptionsSchema = z.strictObject({ from: z.optional(StartDateSchema) });

/**
 * One ledger entry (`id`) dated from 60 days before `issued` to four years
 * after, mostly of the `likely` kinds, sometimes with hours.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ledgerEntryArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(ledgerEntryArbitrary('2026-01-01', 'a1'), 5).every((e) => e.id === 'a1' && e.date >= '2025-11-02');
 * //=> true
 * ```
 */
export function ledgerEntryArbitrary(issued: string, id: string, likely: readonly string[] = ABS_ACTIVITY_KINDS): fc.Arbitrary<LedgerEntry> {
  const args = readArguments(LedgerEntryArgumentsSchema, { issued, id, likely }, 'ledgerEntryArbitrary');
  return ledgerEntries(args.issued, args.id, args.likely);
}

const IssuedSchema = StartDateSchema.check(z.refine((d: string) => d >= '0001-03-02', 'must be 0001-03-02 or later, to leave room for the 60 days before it'));
const LedgerEntryArgumentsSchema = z.strictObject({ issued: IssuedSchema, id: NonEmptySchema, likely: NamePoolSchema });

function ledgerEntries(issued: string, id: string, likely: readonly string[]): fc.Arbitrary<LedgerEntry> {
  return fc
    .record(
      {
        date: dateAfterArbitrary(issued, -60, 4 * 365),
        kind: fc.oneof({ arbitrary: fc.constantFrom(...likely), weight: 4 }, { arbitrary: activityKindArbitrary(), weight: 1 }),
        hours: fc.integer({ min: 0, max: 16 }).map((n) => formatHundredths(n * 50)),
      },
      { requiredKeys: ['date', 'kind'] },
    )
    .map((e) => ({ id, ...e }));
}

/**
 * A ledger of 0 to `max` entries (default 40) with unique ids, around a
 * credential issued on `issued`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ledgerArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(ledgerArbitrary('2026-01-01', { max: 5 }), 10).every((l) => l.length <= 5 && new Set(l.map((e) => e.id)).size === l.length);
 * //=> true
 * ```
 */
export function ledgerArbitrary(issued: string, options: z.input<typeof LedgerOptionsSchema> = {}): fc.Arbitrary<LedgerEntry[]> {
  const args = readArguments(z.strictObject({ issued: IssuedSchema }), { issued }, 'ledgerArbitrary');
  const o = readOptions(LedgerOptionsSchema, options, 'ledgerArbitrary');
  const likely = o.kinds ?? ABS_ACTIVITY_KINDS;
  return fc
    .integer({ min: 0, max: o.max ?? 40 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ledgerEntries(args.issued, `a${i}`, likely))));
}

const LedgerOptionsSchema = z.strictObject({ max: z.optional(wholeNumber(0, 1_000)), kinds: z.optional(NamePoolSchema) });

const PATH_KINDS = ['leadership_intensive', 'credentialing_intensive', 'group_led', 'group_co_led', 'supervised_session', 'national_meeting'] as const;

const membershipArb = fc
  .record({ from: dateAfterArbitrary('2021-06-01', 0, 2000), length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }) })
  .map((m) => ({ organization: ABS_ORGANIZATION, from: m.from, ...(m.length === undefined ? {} : { to: formatDays(parseDays(m.from) + m.length) }) }));

/** Sessions led in a run of months (a few skipped), supervised in some of them. */
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

/**
 * A candidate's record on the ABS credentialing path over 2022-2027:
 * memberships, a run of months leading groups (some supervised), scattered
 * activities of the path's kinds, perhaps an application date.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { credentialingRecordArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(credentialingRecordArbitrary(), 10).every((r) => Array.isArray(r.activities) && Array.isArray(r.memberships));
 * //=> true
 * ```
 */
export function credentialingRecordArbitrary(): fc.Arbitrary<CredentialingRecordInput> {
  return fc
    .record(
      {
        memberships: fc.oneof(fc.array(membershipArb, { maxLength: 3 }), fc.constant([{ organization: ABS_ORGANIZATION, from: '2021-01-01' }])),
        run: leadingRunArb,
        scattered: fc.array(fc.record({ date: dateAfterArbitrary('2022-01-01', 0, 2000), kind: fc.constantFrom<string>(...PATH_KINDS) }), { maxLength: 12 }),
        applied: dateAfterArbitrary('2022-01-01', 0, 2000),
      },
      { requiredKeys: ['memberships', 'run', 'scattered'] },
    )
    .map((r) => ({
      memberships: r.memberships,
      activities: [...r.run, ...r.scattered].map((a, i) => ({ id: `r${i}`, ...a })),
      ...(r.applied === undefined ? {} : { applied: r.applied }),
    }));
}

/** The kinds of activity on the ABS credentialing path the record arbitrary uses. */
export const CREDENTIALING_PATH_KINDS = PATH_KINDS;
