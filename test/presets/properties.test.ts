/** Laws every ABS preset obeys, whatever its (valid) parameters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { CapacityPolicySchema } from '../../src/capacity/index.js';
import { AccreditationSchema } from '../../src/credits/index.js';
import { EligibilityRuleSchema } from '../../src/eligibility/index.js';
import { FeeScheduleSchema, quoteFee } from '../../src/fees/index.js';
import { compareMoney } from '../../src/money/index.js';
import { ABS_PRESETS, absDiversityDiscussions2026, absRefundPolicy, ProgramSchema, type AbsPresetId, type Program } from '../../src/presets/abs/index.js';
import { quoteRefund, RefundPolicySchema, type Cancellation, type RefundPolicyInput } from '../../src/refunds/index.js';
import { planSeries, SeriesSchema } from '../../src/schedule/index.js';
import { SubmissionPolicySchema } from '../../src/submissions/index.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { registrantProfileArb } from '../_arbitraries/eligibility.js';
import { instant2026Arb } from '../_arbitraries/fees.js';
import { moneyInArb } from '../_arbitraries/money.js';
import { presetCaseArb, presetParamsArbs } from '../_arbitraries/presets.js';
import { cancellationArb } from '../_arbitraries/refunds.js';
import { newEngland, onlineGroups, retreat } from '../refunds/_seeds.js';

const build = ({ id, params }: { id: AbsPresetId; params: object }): Program => ABS_PRESETS[id].build(params as never);

/** The value at a dotted path such as `schedule.series[0].from`. */
function at(value: unknown, path: string): unknown {
  return path
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .reduce<unknown>((v, part) => (v === undefined || v === null ? undefined : (v as Record<string, unknown>)[part]), value);
}

const WITH_REFUNDS: readonly AbsPresetId[] = [
  'abs-online-group-saturday-2026',
  'abs-online-group-tuesday-2026',
  'abs-spokane-leadership-intensive',
  'abs-new-england-leadership-intensive-2026',
  'abs-healing-mindfulness-compassion-retreat-2026',
];
const refundCaseArb = fc.record({
  policy: fc.constantFrom(...WITH_REFUNDS).chain((id) => presetParamsArbs[id].map((params) => build({ id, params }).refunds as RefundPolicyInput)),
  paid: moneyInArb('USD', { max: 300_000n }),
  cancellation: cancellationArb,
  laterBy: fc.integer({ min: 0, max: 400 * 24 * 60 * 60_000 }),
});
const later = (c: Cancellation, ms: number): Cancellation => {
  const shift = (t: string) => epochMsToInstant(instantToEpochMs(t) + ms);
  return { ...c, at: shift(c.at), ...(c.acknowledgedAt === undefined ? {} : { acknowledgedAt: shift(c.acknowledgedAt) }) };
};

describe('the ABS presets', () => {
  describe('properties', () => {
    it('every preset validates against the program schema and each part against its own area’s schema', () => {
      fc.assert(
        fc.property(presetCaseArb, (c) => {
          const program = build(c);
          expect(ProgramSchema.safeParse(program).success).toBe(true);
          const parts: [unknown, { safeParse: (v: unknown) => { success: boolean } }][] = [
            [program.eligibility, EligibilityRuleSchema],
            [program.fees, FeeScheduleSchema],
            [program.capacity, CapacityPolicySchema],
            [program.refunds, RefundPolicySchema],
            [program.accreditation, AccreditationSchema],
            [program.submission, SubmissionPolicySchema],
          ];
          for (const [part, schema] of parts) if (part !== undefined) expect(schema.safeParse(part).success).toBe(true);
          if (program.schedule?.kind === 'series') {
            for (const series of program.schedule.series) {
              expect(SeriesSchema.safeParse(series).success).toBe(true);
              expect(planSeries(series).sessions.length).toBeGreaterThanOrEqual(0);
            }
          }
        }),
        { numRuns: 150 },
      );
    });

    it('a preset is plain JSON, the same for the same parameters, and building it never changes them', () => {
      fc.assert(
        fc.property(presetCaseArb, (c) => {
          const frozen = { id: c.id, params: deepFreeze(structuredClone(c.params)) };
          const program = build(frozen);
          expect(JSON.parse(JSON.stringify(program))).toEqual(program);
          expect(build(c)).toEqual(program);
          expect(frozen.params).toEqual(c.params);
        }),
        { numRuns: 100 },
      );
    });

    it('every parameter is listed as an unpublished fact, given exactly when passed, and lands where its fact says', () => {
      fc.assert(
        fc.property(presetCaseArb, (c) => {
          const program = build(c);
          const params = c.params as Record<string, unknown>;
          for (const parameter of ABS_PRESETS[c.id].parameters) {
            const listed = program.unpublished.find((u) => u.parameter === parameter.name);
            expect(listed?.given).toBe(params[parameter.name] !== undefined);
            // The default holiday choice, "as published", leaves the series as it is.
            if (listed?.given === true && params[parameter.name] !== 'as_published') expect(at(program, parameter.fact), parameter.fact).toBeDefined();
          }
        }),
        { numRuns: 150 },
      );
    });

    it('a refund is never negative and never more than what was paid, under every preset’s policy', () => {
      fc.assert(
        fc.property(refundCaseArb, ({ policy, paid, cancellation }) => {
          const q = quoteRefund(policy, { paid }, cancellation);
          const zero = { amount: '0', currency: 'USD' };
          expect(compareMoney(q.refund, zero)).toBeGreaterThanOrEqual(0);
          expect(compareMoney(q.refund, paid)).toBeLessThanOrEqual(0);
        }),
        { numRuns: 300 },
      );
    });

    it('a later cancellation never gets more back, under every preset’s policy', () => {
      fc.assert(
        fc.property(refundCaseArb, ({ policy, paid, cancellation, laterBy }) => {
          const earlier = quoteRefund(policy, { paid }, cancellation);
          const then = quoteRefund(policy, { paid }, later(cancellation, laterBy));
          expect(compareMoney(then.refund, earlier.refund)).toBeLessThanOrEqual(0);
        }),
        { numRuns: 300 },
      );
    });

    it('the published refund policies decide every cancellation as the seed refund fixtures do', () => {
      const pairs: [RefundPolicyInput, RefundPolicyInput][] = [
        [absRefundPolicy('abs-online-group-saturday-2026'), onlineGroups],
        [absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026'), retreat],
        [absRefundPolicy('abs-new-england-leadership-intensive-2026'), newEngland],
      ];
      fc.assert(
        fc.property(fc.constantFrom(...pairs), moneyInArb('USD', { max: 300_000n }), fc.integer({ min: 0, max: 8 }), cancellationArb, ([preset, fixture], paid, sessionsAttended, c) => {
          const a = quoteRefund(preset, { paid, sessionsAttended }, c);
          const b = quoteRefund(fixture, { paid, sessionsAttended }, c);
          expect([a.verdict, a.refund, a.withheld, a.due, a.rule.index]).toEqual([b.verdict, b.refund, b.withheld, b.due, b.rule.index]);
        }),
        { numRuns: 300 },
      );
    });

    it('the free diversity discussions always quote $0.00, for anyone at any time', () => {
      const { fees } = absDiversityDiscussions2026();
      fc.assert(
        fc.property(registrantProfileArb, instant2026Arb, (profile, at) => {
          const q = quoteFee(fees, profile, { at });
          expect([q.verdict, q.price]).toEqual(['priced', { amount: '0.00', currency: 'USD' }]);
        }),
        { numRuns: 200 },
      );
    });
  });
});
