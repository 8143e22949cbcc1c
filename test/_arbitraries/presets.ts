/**
 * fast-check arbitraries for the ABS presets: valid parameters for every
 * preset (the facts the pages do not publish), and a preset id with its
 * parameters, so any program the registry can build can be generated.
 */
import fc from 'fast-check';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import type {
  AbsAsconaPrizeParams,
  AbsConversationParams,
  AbsDiversityDiscussionsParams,
  AbsDropInParams,
  AbsNewEnglandIntensiveParams,
  AbsOnlineGroupSaturdayParams,
  AbsOnlineGroupTuesdayParams,
  AbsPresetId,
  AbsRetreatParams,
  AbsSpokaneIntensiveParams,
} from '../../src/presets/abs/index.js';
import { creditAmountArbitrary } from '../../src/testing/credits.js';
import { feeScheduleArbitrary } from '../../src/testing/fees.js';
import { localDateArbitrary, timeZoneArbitrary, wallTimeArbitrary } from '../../src/testing/time.js';

/** Zones a preset parameter may name. */
export const PRESET_ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/Zurich', 'Asia/Tokyo', 'UTC'] as const;

const zoneArb = timeZoneArbitrary({ timeZones: PRESET_ZONES });
const dateArb = (from = '2025-06-01', until = '2027-06-30') => localDateArbitrary({ from, until });
const plusDays = (date: string, days: number): string => formatDays(parseDays(date) + days);
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
/** A registration deadline, perhaps (not published for any program). */
const registrationDeadlineArb = opt(localDateArbitrary({ from: '2025-10-01', until: '2026-12-31' }));

/** Drops the keys whose value is undefined (exactOptionalPropertyTypes). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A fee schedule in USD, the currency of the ABS's published amounts. */
export const usdFeeScheduleArb = feeScheduleArbitrary({ currency: 'USD' });

/** The online groups' unpublished numbers: a minimum, and perhaps seats (never fewer than the minimum), a decision date and credit maxima. */
export const onlineGroupTuesdayParamsArb: fc.Arbitrary<AbsOnlineGroupTuesdayParams> = fc
  .record({
    minRegistrants: fc.integer({ min: 1, max: 20 }),
    extraSeats: opt(fc.integer({ min: 0, max: 20 })),
    decisionDate: opt(fc.record({ date: dateArb('2025-12-01', '2026-02-28'), timeZone: fc.constant('America/New_York') })),
    aafpDesignatedMaximum: opt(creditAmountArbitrary(25, 1, 60)),
    apaDesignatedMaximum: opt(creditAmountArbitrary(100, 1, 15)),
    registrationDeadline: registrationDeadlineArb,
  })
  .map(({ extraSeats, ...p }) => defined({ ...p, maxSeats: extraSeats === undefined ? undefined : p.minRegistrants + extraSeats }));

/** The Saturday group's parameters: the Tuesday group's and a fee schedule (any currency: it withholds nothing). */
export const onlineGroupSaturdayParamsArb: fc.Arbitrary<AbsOnlineGroupSaturdayParams> = fc
  .tuple(onlineGroupTuesdayParamsArb, feeScheduleArbitrary())
  .map(([p, fees]) => ({ ...p, fees }));

/** The drop-in series' parameters: a window or a count, a time, a zone, a length and perhaps a holiday choice. */
export const dropInParamsArb: fc.Arbitrary<AbsDropInParams> = fc
  .record({
    from: dateArb(),
    end: fc.oneof(fc.record({ days: fc.integer({ min: 0, max: 800 }) }), fc.record({ count: fc.integer({ min: 1, max: 12 }) })),
    startTime: wallTimeArbitrary(),
    timeZone: zoneArb,
    durationMinutes: fc.integer({ min: 15, max: 240 }),
    holidays: opt(fc.constantFrom('as_published' as const, 'skip' as const, 'shift' as const)),
  })
  .map(({ end, ...p }) => defined({ ...p, ...('days' in end ? { until: plusDays(p.from, end.days) } : { count: end.count }) }));

/** The conversation's length. */
export const conversationParamsArb: fc.Arbitrary<AbsConversationParams> = fc.record({ durationMinutes: fc.integer({ min: 1, max: 1440 }) });

/** The New England intensive's first day, perhaps with another USD schedule. */
export const newEnglandIntensiveParamsArb: fc.Arbitrary<AbsNewEnglandIntensiveParams> = fc
  .record({ firstDay: dateArb('2026-01-01', '2026-12-31'), fees: opt(usdFeeScheduleArb), registrationDeadline: registrationDeadlineArb })
  .map(defined);

/** The Spokane intensive's first day and cancellation deadline (a date, or a date-time deadline), perhaps with another USD schedule. */
export const spokaneIntensiveParamsArb: fc.Arbitrary<AbsSpokaneIntensiveParams> = fc
  .record({
    firstDay: dateArb('2026-01-01', '2026-12-31'),
    refundDeadline: fc.oneof(
      dateArb('2025-10-01', '2026-12-31'),
      fc.record({ kind: fc.constant('date_time' as const), date: dateArb('2025-10-01', '2026-12-31'), time: wallTimeArbitrary(), inclusive: fc.boolean() }),
    ),
    fees: opt(usdFeeScheduleArb),
    registrationDeadline: registrationDeadlineArb,
  })
  .map(defined);

/** The retreat's USD fee schedule and its days (one to four). */
export const retreatParamsArb: fc.Arbitrary<AbsRetreatParams> = fc
  .record({ fees: usdFeeScheduleArb, from: dateArb('2026-01-01', '2026-12-31'), length: fc.integer({ min: 0, max: 3 }), registrationDeadline: registrationDeadlineArb })
  .map(({ length, ...p }) => defined({ ...p, until: plusDays(p.from, length) }));

/** The diversity discussions' one optional parameter. */
export const diversityDiscussionsParamsArb: fc.Arbitrary<AbsDiversityDiscussionsParams> = fc.record({ registrationDeadline: registrationDeadlineArb }).map(defined);

/** The zone the Ascona Prize's deadline is read in. */
export const asconaPrizeParamsArb: fc.Arbitrary<AbsAsconaPrizeParams> = fc.record({ timeZone: zoneArb });

/** Valid parameters for each preset of the registry. */
export const presetParamsArbs: { readonly [K in AbsPresetId]: fc.Arbitrary<object> } = {
  'abs-online-group-saturday-2026': onlineGroupSaturdayParamsArb,
  'abs-online-group-tuesday-2026': onlineGroupTuesdayParamsArb,
  'abs-credentialed-leaders-drop-in-thursdays': dropInParamsArb,
  'abs-credentialed-leaders-drop-in-mondays': dropInParamsArb,
  'abs-non-credentialed-leaders-conversation-2026': conversationParamsArb,
  'abs-diversity-discussions-2026': diversityDiscussionsParamsArb,
  'abs-spokane-leadership-intensive': spokaneIntensiveParamsArb,
  'abs-new-england-leadership-intensive-2026': newEnglandIntensiveParamsArb,
  'abs-healing-mindfulness-compassion-retreat-2026': retreatParamsArb,
  'ascona-prize-2026': asconaPrizeParamsArb,
};

/** Any preset id with valid parameters for it. */
export const presetCaseArb: fc.Arbitrary<{ id: AbsPresetId; params: object }> = fc
  .constantFrom(...(Object.keys(presetParamsArbs) as AbsPresetId[]))
  .chain((id) => presetParamsArbs[id].map((params) => ({ id, params })));
