import fc from 'fast-check';
import * as z from 'zod/mini';
import { formatDays } from '../_lib/civil.js';
import { instantToEpochMs, epochMsToInstant } from '../_lib/instant.js';
import { instantToWall } from '../_lib/zone.js';
import { validate } from '../_lib/validate.js';
import { evaluate } from '../eligibility/evaluate.js';
import type { RegistrantProfile } from '../eligibility/profile.js';
import type { EligibilityRule } from '../eligibility/rule.js';
import { quoteFee, type FeeQuote, type FeeQuoteOptions } from '../fees/quoteFee.js';
import { FeeScheduleSchema, type FeeSchedule, type FeeScheduleInput } from '../fees/schema.js';
import { Dec } from '../_lib/decimal.js';
import { currencyMinorUnits } from '../money/currencies.js';
import { deadlineEnd } from '../_lib/deadline.js';
import { neutralAsOf, profileSpace } from './_profileSpace.js';
import { money, sentences, when } from './_words.js';
import { checkLaw, CheckOptionsSchema, functionOption, lawCheck, staticLaw, type Finding, type LawCheck } from './laws.js';

/**
 * A function quoting fees, in place of `quoteFee` (for instance your own
 * wrapper that applies a coupon).
 *
 * @example
 * ```ts
 * import { quoteFee } from 'balint-rules/fees';
 * import type { FeeQuoter } from 'balint-rules/testing';
 *
 * const mine: FeeQuoter = (schedule, profile, options) => quoteFee(schedule, profile, options);
 * ```
 */
export type FeeQuoter = (schedule: FeeSchedule, profile: RegistrantProfile, options: FeeQuoteOptions) => Pick<FeeQuote, 'verdict' | 'price'>;

/**
 * Options of {@link checkFeeSchedule}: `numRuns`, `seed`, and `quoteFee`,
 * your own quoting function.
 *
 * @example
 * ```ts
 * import { FeeCheckOptionsSchema } from 'balint-rules/testing';
 *
 * FeeCheckOptionsSchema.parse({ numRuns: 50 });
 * //=> { numRuns: 50, seed: 42 }
 * ```
 */
export const FeeCheckOptionsSchema = z.strictObject({ ...CheckOptionsSchema.shape, quoteFee: functionOption<FeeQuoter>() });

/**
 * Options of {@link checkFeeSchedule}, see {@link FeeCheckOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { FeeCheckOptions } from 'balint-rules/testing';
 *
 * const options: FeeCheckOptions = { numRuns: 300 };
 * ```
 */
export type FeeCheckOptions = z.input<typeof FeeCheckOptionsSchema>;

/**
 * The laws {@link checkFeeSchedule} checks.
 *
 * @example
 * ```ts
 * import { FEE_LAWS } from 'balint-rules/testing';
 *
 * FEE_LAWS;
 * //=> ['prices_in_whole_minor_units', 'price_never_falls_later', 'every_category_can_apply']
 * ```
 */
export const FEE_LAWS = ['prices_in_whole_minor_units', 'price_never_falls_later', 'every_category_can_apply'] as const;

/**
 * A law of fee schedules, see {@link FEE_LAWS}.
 *
 * @example
 * ```ts
 * import type { FeeLaw } from 'balint-rules/testing';
 *
 * const law: FeeLaw = 'every_category_can_apply';
 * ```
 */
export type FeeLaw = (typeof FEE_LAWS)[number];

/** The id of the category charged (lowest price qualified for, first on a tie) in a period, or null. */
function charged(s: FeeSchedule, profile: RegistrantProfile, period: string, asOf: string): string | null {
  let best: { id: string; price: Dec } | null = null;
  for (const c of s.categories) {
    if (c.eligibility !== undefined && !evaluate(c.eligibility, profile, asOf, []).holds) continue;
    const price = new Dec(c.prices[period] as string);
    if (best === null || price.lessThan(best.price)) best = { id: c.id, price };
  }
  return best?.id ?? null;
}

/** Short words for a profile of the profile space. */
function who(p: RegistrantProfile): string {
  const bits = [
    ...(p.professions ?? []).map((x) => x.replace(/_/g, ' ')),
    ...(p.memberships ?? []).map((m) => `member of ${m.organization}`),
    ...(p.credentials ?? []).map((c) => `holds ${c.credential.replace(/_/g, ' ')}`),
    ...(p.clinicallyActive === true ? ['clinically active'] : []),
    ...(p.leadsGroup === true ? ['leads a group'] : []),
    ...(p.languages ?? []).map((l) => `speaks ${l}`),
    ...(p.study === undefined ? [] : [`studies ${p.study.field.replace(/_/g, ' ')}`]),
  ];
  return bits.length === 0 ? 'a registrant with nothing on their profile' : `a registrant who is ${bits.join(', ')}`;
}

/**
 * Checks a fee schedule (your own, as data) against the laws a sound price
 * table obeys:
 *
 * - `prices_in_whole_minor_units`: every price is whole cents (yen, fils)
 *   of the currency's ISO 4217 minor units;
 * - `price_never_falls_later`: the same registrant never pays less by
 *   registering later, or at a later position in the order of registration
 *   (fast-check, with times and positions around the periods' limits; a registrant whose
 *   standing changes in between, say a credential granted, is not the same);
 * - `every_category_can_apply`: every category is the one charged to
 *   someone in some period (none that nobody qualifies for, none always
 *   undercut by another), trying every combination of the facts the
 *   categories ask about.
 *
 * A finding (not a broken law) says when some registrants qualify for no
 * category. Throws `ValidationError` for an invalid schedule or options.
 *
 * @example
 * ```ts
 * import { checkFeeSchedule } from 'balint-rules/testing';
 *
 * const check = checkFeeSchedule({
 *   currency: 'USD', timeZone: 'America/New_York', periods: [{ id: 'regular', label: 'Regular' }],
 *   categories: [
 *     { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, prices: { regular: '250' } },
 *     { id: 'everyone', label: 'Everyone', prices: { regular: '200' } },
 *   ],
 * });
 * [check.ok, check.laws.find((l) => l.law === 'every_category_can_apply')?.holds];
 * //=> [false, false]
 * ```
 */
export function checkFeeSchedule(schedule: FeeScheduleInput, options: FeeCheckOptions = {}): LawCheck<FeeLaw> {
  const o = validate(FeeCheckOptionsSchema, options, 'law check options');
  const s = validate(FeeScheduleSchema, schedule, 'fee schedule');
  const run = { numRuns: o.numRuns, seed: o.seed };
  const quote: FeeQuoter = o.quoteFee ?? ((sch, p, opts) => quoteFee(sch, p, opts));
  const rules = s.categories.flatMap((c) => (c.eligibility === undefined ? [] : [c.eligibility as EligibilityRule]));
  const asOf = neutralAsOf(rules);
  const { profiles } = profileSpace(rules, asOf, o.seed);
  const places = currencyMinorUnits(s.currency);

  const offWhole = s.categories.flatMap((c) => s.periods.flatMap((p) => (new Dec(c.prices[p.id] as string).decimalPlaces() > places ? [{ c, p }] : [])));
  const first = offWhole[0];
  const wholeLaw = staticLaw(
    'prices_in_whole_minor_units',
    `Every price is a whole number of the currency's minor units (${places} decimal places for ${s.currency}).`,
    first === undefined ? null : { description: `The ${first.c.label} price in the ${first.p.label} period, ${first.c.prices[first.p.id] as string} ${s.currency}, is not a whole number of ${s.currency}'s minor units.`, value: { category: first.c.id, period: first.p.id, price: first.c.prices[first.p.id] } },
  );

  const ends = s.periods.flatMap((p) => (p.until === undefined ? [] : [deadlineEnd(p.until, s.timeZone).endMs]));
  const anchors = ends.length === 0 ? [instantToEpochMs('2026-06-01T00:00:00Z')] : ends;
  const at = fc.tuple(fc.constantFrom(...anchors), fc.oneof(fc.integer({ min: -2, max: 1 }), fc.integer({ min: -2 * 86_400, max: 2 * 86_400 }).map((x) => x * 1000), fc.integer({ min: -200, max: 200 }).map((d) => d * 86_400_000)));
  const limits = s.periods.flatMap((p) => (p.firstRegistrants === undefined ? [] : [p.firstRegistrants]));
  // Registrant #N and #N+1 of each "first N registrants" limit are the positions where a price changes.
  const position = fc.oneof(fc.integer({ min: 1, max: 61 }), ...(limits.length === 0 ? [] : [fc.tuple(fc.constantFrom(...limits), fc.integer({ min: 0, max: 1 })).map(([l, d]) => l + d)]));
  /** Which categories `profile` qualifies for on the local date of `ms`, as a key. */
  const standing = (profile: RegistrantProfile, ms: number): string => {
    const asOfThen = formatDays(instantToWall(ms, s.timeZone).days);
    return s.categories.map((c) => (c.eligibility === undefined || evaluate(c.eligibility, profile, asOfThen).holds ? '1' : '0')).join('');
  };
  const laterLaw = checkLaw(
    {
      law: 'price_never_falls_later',
      description: 'The same registrant (qualifying for the same categories) never pays less by registering later, or at a later position in the order of registration.',
      cases: fc.record({ profile: fc.constantFrom(...profiles), a: at, b: at, n1: position, n2: position }),
      judge: ({ profile, a, b, n1, n2 }) => {
        const [m1, m2] = [a[0] + a[1], b[0] + b[1]].sort((x, y) => x - y) as [number, number];
        // A registrant whose standing changes in between (a membership lapses, a credential is granted) is not the same registrant.
        if (standing(profile, m1) !== standing(profile, m2)) return null;
        const [t1, t2] = [epochMsToInstant(m1), epochMsToInstant(m2)];
        const [p1, p2] = [Math.min(n1, n2), Math.max(n1, n2)];
        const early = quote(s, profile, { at: t1, position: p1 });
        const late = quote(s, profile, { at: t2, position: p2 });
        if (early.price === null || late.price === null || !new Dec(late.price.amount).lessThan(early.price.amount)) return null;
        return sentences(
          `${who(profile)} registering ${when(t1, s.timeZone)} as registrant #${p1} pays ${money(early.price)}`,
          `Registering later, ${when(t2, s.timeZone)} as registrant #${p2}, they pay less: ${money(late.price)}`,
        );
      },
      show: ({ profile, a, b, n1, n2 }) => ({ profile, at: [a[0] + a[1], b[0] + b[1]].sort((x, y) => x - y).map(epochMsToInstant), position: [Math.min(n1, n2), Math.max(n1, n2)] }),
    },
    run,
  );

  const seen = new Set<string>();
  let unpriced: RegistrantProfile | undefined;
  for (const profile of profiles) {
    for (const period of s.periods) {
      const id = charged(s, profile, period.id, asOf);
      if (id === null) unpriced ??= profile;
      else seen.add(id);
    }
  }
  const never = s.categories.find((c) => !seen.has(c.id));
  const why = (c: (typeof s.categories)[number]): string => {
    const qualifies = profiles.find((p) => c.eligibility === undefined || evaluate(c.eligibility, p, asOf, []).holds);
    if (qualifies === undefined) return 'nobody qualifies for it';
    const period = s.periods[0] as (typeof s.periods)[number];
    const other = s.categories.find((x) => x.id === charged(s, qualifies, period.id, asOf));
    return `whoever qualifies for it also qualifies for a price no higher (for example ${who(qualifies)} pays the ${other?.label ?? '?'} price, ${money({ amount: other?.prices[period.id] ?? '0', currency: s.currency })})`;
  };
  const applyLaw = staticLaw(
    'every_category_can_apply',
    'Every category is the one charged to some registrant in some period: none that nobody qualifies for, none always undercut by another.',
    never === undefined ? null : { description: `No registrant is ever charged the ${never.label} price: ${why(never)}.`, value: { category: never.id } },
  );
  const findings: Finding[] =
    unpriced === undefined
      ? []
      : [{ code: 'some_registrants_have_no_price', message: `Some registrants qualify for no category, for example ${who(unpriced)}; if the event is open to everyone, add a category for them.`, value: unpriced }];
  return lawCheck([wholeLaw, laterLaw, applyLaw], findings, run);
}
