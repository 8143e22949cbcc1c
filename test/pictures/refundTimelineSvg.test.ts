import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { refundTimeline, refundTimelineSvg } from '../../src/pictures/index.js';
import { absRefundPolicy } from '../../src/presets/abs/index.js';
import { quoteRefund, type RefundPolicyInput } from '../../src/refunds/index.js';
import { cancellationArbitrary, refundPolicyArbitrary, refundRegistrationArbitrary } from '../../src/testing/index.js';
import { byClass, parseXml, textOf, titleOf } from './_xml.js';

const RETREAT = absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026');
const PAID = { paid: { amount: '875.00', currency: 'USD' } };
const WRITTEN = { by: 'registrant', inWriting: true } as const;

/** A policy with two deadlines counted from the first session: 100% by 30 days before, 50% by 7 days before. */
const TIERED: RefundPolicyInput = {
  timeZone: 'America/New_York',
  rules: [
    { when: { cancelledBy: 'registrant', receivedBy: { kind: 'days_before_first_session', days: 30 } }, outcome: { kind: 'refund', percent: '100' } },
    { when: { cancelledBy: 'registrant', receivedBy: { kind: 'days_before_first_session', days: 7 } }, outcome: { kind: 'refund', percent: '50' } },
  ],
  otherwise: { kind: 'credit', percent: '100' },
};

describe('refundTimelineSvg', () => {
  it('is well-formed SVG whose title says the steps, with the deadline labelled in the policy zone', () => {
    const root = parseXml(refundTimelineSvg(RETREAT, PAID, WRITTEN));
    expect(root.name).toBe('svg');
    expect(root.attrs['aria-label']).toBe(titleOf(root));
    expect(titleOf(root)).toBe('Refund by cancellation date: $775.00 from February 10, 2026, then $0.00 from March 13, 2026');
    const deadlines = byClass(root, 'deadline');
    expect(deadlines.map((d) => d.attrs['aria-label'])).toEqual(['Deadline: by the end of March 12, 2026 (America/Los_Angeles)']);
    expect(deadlines.map((d) => d.attrs['data-ends-at'])).toEqual(['2026-03-13T07:00:00.000Z']);
  });

  it('labels every deadline of a policy, and every step with what comes back', () => {
    const registration = { ...PAID, firstSessionStart: '2026-10-15T13:00:00Z' };
    const root = parseXml(refundTimelineSvg(TIERED, registration, { by: 'registrant' }));
    expect(byClass(root, 'deadline').map((d) => textOf(d.children.at(-1) as never))).toEqual([
      'by the end of September 15, 2026 (30 days before the first session, America/New_York)',
      'by the end of October 8, 2026 (7 days before the first session, America/New_York)',
    ]);
    expect(byClass(root, 'step').map((s) => s.attrs['aria-label'])).toEqual([
      'Received August 17, 2026 through September 15, 2026: $875.00 back',
      'Received September 16, 2026 through October 8, 2026: $437.50 back',
      'Received October 9, 2026 through November 7, 2026: $875.00 as credit',
    ]);
  });

  it('gives the same text for the same input', () => {
    expect(refundTimelineSvg(RETREAT, PAID, WRITTEN)).toBe(refundTimelineSvg(RETREAT, PAID, WRITTEN));
  });

  it('needs a span when the policy has no deadline', () => {
    const always: RefundPolicyInput = { timeZone: 'UTC', rules: [], otherwise: { kind: 'refund', percent: '100' } };
    expect(() => refundTimeline(always, PAID, WRITTEN)).toThrow(/from: is required/);
    const t = refundTimeline(always, PAID, WRITTEN, { from: '2026-01-01T00:00:00Z', until: '2026-02-01T00:00:00Z' });
    expect(t.steps.map((s) => s.quote.refund.amount)).toEqual(['875.00']);
    expect(() => refundTimeline(always, PAID, WRITTEN, { from: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' })).toThrow(/until: must be after from/);
  });

  it("law: the step chart's amounts are quoteRefund's at every instant of the span, deadlines included", () => {
    const from = '2025-01-01T00:00:00Z';
    const until = '2028-01-01T00:00:00Z';
    const input = fc.record({
      policy: refundPolicyArbitrary({ currency: 'USD' }),
      registration: refundRegistrationArbitrary({ currency: 'USD' }),
      cancellation: cancellationArbitrary(),
      offsets: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(input, ({ policy, registration, cancellation, offsets }) => {
        const { at: _r, acknowledgedAt: _a, ...facts } = cancellation;
        const svg = refundTimelineSvg(policy, registration, facts, { from, until });
        const steps = byClass(parseXml(svg), 'step').map((s) => ({
          from: instantToEpochMs(s.attrs['data-from'] ?? ''),
          until: instantToEpochMs(s.attrs['data-until'] ?? ''),
          refund: s.attrs['data-refund'],
          credit: s.attrs['data-credit'],
        }));
        const [fromMs, untilMs] = [instantToEpochMs(from), instantToEpochMs(until)];
        const edges = steps.flatMap((s) => [s.from, s.from - 1]).filter((ms) => ms >= fromMs);
        const samples = [...edges, ...offsets.map((o) => Math.floor(fromMs + o * (untilMs - fromMs)))];
        for (const ms of samples) {
          const step = steps.find((s, i) => ms >= s.from && (ms < s.until || i === steps.length - 1));
          const quote = quoteRefund(policy, registration, { ...facts, at: epochMsToInstant(ms) });
          expect([step?.refund, step?.credit], epochMsToInstant(ms)).toEqual([quote.refund.amount, quote.credit.amount]);
        }
      }),
      { numRuns: 80 },
    );
  });
});
