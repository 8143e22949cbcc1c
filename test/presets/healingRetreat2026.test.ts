/** The Healing, Mindfulness and Compassion Retreat, as its page (seed 003) publishes it. */
import { describe, expect, it } from 'vitest';
import { flatFeeSchedule, quoteFee } from '../../src/fees/index.js';
import { absHealingRetreat2026, type AbsRetreatParams } from '../../src/presets/abs/index.js';
import { quoteRefund, type Cancellation } from '../../src/refunds/index.js';
import { issuesOf } from '../refunds/_helpers.js';
import { usd } from './_helpers.js';

const fees = flatFeeSchedule({ currency: 'USD', timeZone: 'America/Los_Angeles', categories: [{ id: 'everyone', label: 'Everyone', price: '650.00' }] });
const params: AbsRetreatParams = { fees, from: '2026-04-17', until: '2026-04-19' };
const retreat = absHealingRetreat2026(params);
const written = (at: string, extra: Partial<Cancellation> = {}): Cancellation => ({ by: 'registrant', inWriting: true, at, ...extra });
const refund = (at: string, extra: Partial<Cancellation> = {}) => quoteRefund(retreat.refunds, { paid: usd('650.00') }, written(at, extra));

describe('the Healing, Mindfulness and Compassion Retreat', () => {
  it('is held at the Ratna Ling Conference Center in Sonoma County, California, on the days given', () => {
    expect(retreat.venue).toEqual({ online: false, name: 'Ratna Ling Conference Center', location: 'the Redwoods of Sonoma County, California' });
    expect(retreat.schedule).toEqual({ kind: 'days', from: '2026-04-17', until: '2026-04-19', timeZone: 'America/Los_Angeles' });
    expect(quoteFee(retreat.fees, {}, { at: '2026-02-01T12:00:00Z' }).price).toEqual(usd('650.00'));
  });

  it('refunds the fee less $100 for a written cancellation by March 12, 2026, 23:59 Pacific, within 30 days of acknowledgment', () => {
    const q = refund('2026-03-12T23:59:00-07:00', { acknowledgedAt: '2026-03-16T17:00:00Z' });
    expect([q.verdict, q.refund, q.withheld, q.due]).toEqual(['refund', usd('550.00'), usd('100.00'), { days: 30, after: 'acknowledgement', by: '2026-04-15' }]);
    expect(refund('2026-03-12T23:59:59.999-07:00').refund).toEqual(usd('550.00'));
  });

  it('refunds nothing from March 13, 00:00 Pacific, or for a cancellation not in writing', () => {
    const q = refund('2026-03-13T00:00:00-07:00');
    expect([q.verdict, q.refund]).toEqual(['none', usd('0.00')]);
    expect(q.message).toBe('Because the request was received after the end of March 12, 2026 (America/Los_Angeles), no refund is available.');
    expect(refund('2026-03-01T12:00:00Z', { inWriting: false }).refund).toEqual(usd('0.00'));
    // Already March 13 in New York, still March 12 in California.
    expect(refund('2026-03-13T01:30:00-04:00').refund).toEqual(usd('550.00'));
  });

  it('quotes its cancellation policy', () => {
    expect(retreat.notes).toEqual([
      {
        code: 'cancellation_policy',
        kind: 'policy',
        text: 'Registrants wishing to cancel their registration must do so in writing by the cancellation deadline of March 12, 2026. For cancellations received by the cancellation date, $100 of the registration fee will be withheld for administrative fees and the refund will be issued within 30 days of acknowledgment of the cancellation. For cancellations received after the cancellation date, no refunds will be available.',
      },
    ]);
  });

  it('takes its unpublished fee and dates as required parameters, the fee in dollars', () => {
    expect(issuesOf(() => absHealingRetreat2026({} as never)).map((i) => i.path)).toEqual([['fees'], ['from'], ['until']]);
    expect(issuesOf(() => absHealingRetreat2026({ ...params, until: '2026-04-16' })).map((i) => [i.path, i.message])).toEqual([[['until'], 'must not be before from']]);
    expect(issuesOf(() => absHealingRetreat2026({ ...params, fees: { ...fees, currency: 'EUR' } })).map((i) => i.path)).toEqual([['fees', 'currency']]);
    expect(retreat.unpublished.filter((u) => u.parameter !== null).map((u) => [u.parameter, u.given])).toEqual([
      ['fees', true],
      ['from', true],
      ['until', true],
      ['registrationDeadline', false],
    ]);
  });
});
