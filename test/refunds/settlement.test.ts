/**
 * The money side of an outcome: the refundable part (a percentage, rounded
 * to the currency's minor units), the administration fee withheld from it
 * (never more than the part), what is paid back or credited, when it is due,
 * and the clause that tells the registrant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, compareMoney, minMoney, percentOf, type Money } from '../../src/money/index.js';
import { quoteRefund, type Cancellation, type RefundOutcomeInput, type RefundPolicyInput, type RefundQuote } from '../../src/refunds/index.js';
import { currencyArb, moneyInArb, percentArb, roundingModeArb } from '../_arbitraries/money.js';
import { withholdArb } from '../_arbitraries/refunds.js';
import { usd } from './_seeds.js';

/** The quote when no rule matches and `otherwise` decides, in `timeZone` (Tokyo unless said). */
function settle(otherwise: RefundOutcomeInput, paid: Money, extra: Partial<Cancellation> = {}, timeZone = 'Asia/Tokyo'): RefundQuote {
  const policy: RefundPolicyInput = { timeZone, rules: [], otherwise };
  return quoteRefund(policy, { paid }, { by: 'registrant', at: '2026-01-30T16:00:00Z', ...extra });
}

/** The reasons after the match: [code, amount, message]. */
const settled = (q: RefundQuote) => q.reasons.filter((r) => r.code !== 'no_rule_matched').map((r) => [r.code, r.amount?.amount, r.message]);

const jpy = (amount: string): Money => ({ amount, currency: 'JPY' });

describe('settling an outcome', () => {
  it('a refund less a fee: the part, the fee, the rest, in the clause and the reasons', () => {
    const q = settle({ kind: 'refund', percent: '50', withhold: usd('10') }, usd('100'));
    expect(q).toMatchObject({ verdict: 'refund', due: null });
    // Amounts in a currency with its usual minor units carry no minorUnits key.
    expect([q.paid, q.refund, q.withheld, q.credit]).toStrictEqual([usd('100.00'), usd('40.00'), usd('10.00'), usd('0.00')]);
    expect(q.message).toBe('You will get back $40.00 of the $100.00 you paid (50% of it is refundable; $10.00 is withheld as an administration fee).');
    expect(settled(q)).toEqual([
      ['administration_fee_withheld', '10.00', '$10.00 is withheld as an administration fee'],
      ['partial_refund', '40.00', '$40.00 is refunded'],
    ]);
  });

  it('a fee larger than the refundable part withholds only the part, and nothing is refunded', () => {
    // 12.5% of $100.00 is $12.50: a $20 fee can take no more than that.
    const q = settle({ kind: 'refund', percent: '12.50', withhold: usd('20') }, usd('100'));
    expect(q).toMatchObject({ verdict: 'refund', due: null });
    expect([q.refund, q.withheld, q.credit]).toStrictEqual([usd('0.00'), usd('12.50'), usd('0.00')]);
    expect(q.message).toBe('Nothing of the $100.00 you paid is refunded (12.5% of it is refundable; $12.50 is withheld as an administration fee).');
    expect(settled(q)).toEqual([
      ['administration_fee_withheld', '12.50', '$12.50 is withheld as an administration fee'],
      ['no_refund', '0.00', 'nothing of the $100.00 you paid is refunded (12.5% of it is refundable; $12.50 is withheld as an administration fee)'],
    ]);
  });

  it('a fee exactly equal to what was paid leaves nothing, and the clause does not mention a percentage of 100', () => {
    const q = settle({ kind: 'refund', percent: '100', withhold: usd('10') }, usd('10'));
    expect(q).toMatchObject({ refund: usd('0.00'), withheld: usd('10.00') });
    expect(q.message).toBe('Nothing of the $10.00 you paid is refunded ($10.00 is withheld as an administration fee).');
  });

  it('a zero fee is no fee: a full refund, nothing withheld, no fee reason', () => {
    const q = settle({ kind: 'refund', percent: '100', withhold: usd('0') }, usd('10'));
    expect(q).toMatchObject({ refund: usd('10.00'), withheld: usd('0.00') });
    expect(q.message).toBe('You will get back the full $10.00 you paid.');
    expect(settled(q)).toEqual([['full_refund', '10.00', '$10.00 is refunded']]);
  });

  it('0% refunds nothing and says so; nothing paid is said differently', () => {
    const none = settle({ kind: 'refund', percent: '0' }, usd('10'));
    expect(none).toMatchObject({ verdict: 'refund', refund: usd('0.00'), withheld: usd('0.00') });
    expect(none.message).toBe('Nothing of the $10.00 you paid is refunded (0% of it is refundable).');
    expect(settled(none)).toEqual([['no_refund', '0.00', 'nothing of the $10.00 you paid is refunded (0% of it is refundable)']]);
    const free = settle({ kind: 'refund', percent: '100', due: { days: 30, after: 'receipt' } }, usd('0'));
    expect(free).toMatchObject({ refund: usd('0.00'), due: null, message: 'Nothing was paid, so nothing is refunded.' });
  });

  it('writes the percentage as a number (050.0 is 50) and rounds the part as the outcome says', () => {
    expect(settle({ kind: 'refund', percent: '050.0' }, usd('10')).message).toBe('You will get back $5.00 of the $10.00 you paid (50% of it is refundable).');
    expect(settle({ kind: 'refund', percent: '33.333', rounding: 'up' }, usd('10')).refund).toEqual(usd('3.34'));
    expect(settle({ kind: 'refund', percent: '33.333', rounding: 'down' }, usd('10')).refund).toEqual(usd('3.33'));
    // 12.5% of $0.10 is $0.0125: half-even by default gives $0.01.
    expect(settle({ kind: 'refund', percent: '12.5' }, usd('0.10')).refund).toEqual(usd('0.01'));
  });

  it('writes zero and amounts in the currency minor units: none for yen, three for a currency that says so', () => {
    const yen = settle({ kind: 'refund', percent: '10', withhold: jpy('1000') }, jpy('5000'));
    expect(yen).toMatchObject({ paid: jpy('5000'), refund: jpy('0'), withheld: jpy('500'), credit: jpy('0') });
    expect(yen.message).toBe('Nothing of the ¥5,000 you paid is refunded (10% of it is refundable; ¥500 is withheld as an administration fee).');
    expect(settle({ kind: 'none' }, jpy('5000'))).toMatchObject({ refund: jpy('0'), withheld: jpy('0'), credit: jpy('0') });
    const xts = (amount: string): Money => ({ amount, currency: 'XTS', minorUnits: 3 });
    const q = settle({ kind: 'refund', percent: '100', withhold: xts('1') }, xts('10'));
    expect(q).toMatchObject({ paid: xts('10.000'), refund: xts('9.000'), withheld: xts('1.000'), credit: xts('0.000') });
    expect(settle({ kind: 'transfer' }, xts('10'))).toMatchObject({ refund: xts('0.000'), withheld: xts('0.000'), credit: xts('0.000') });
    expect(settle({ kind: 'refund', percent: '100' }, xts('10')).refund).toEqual(xts('10.000'));
  });

  it('a credit: the amount, until when it is valid, and what was withheld', () => {
    const full = settle({ kind: 'credit', percent: '100', validUntil: '2027-02-28' }, usd('10'));
    expect(full).toMatchObject({ verdict: 'credit', refund: usd('0.00'), credit: usd('10.00'), withheld: usd('0.00'), due: null });
    expect(full.message).toBe('You will receive a credit of $10.00 toward a future event instead of a refund, valid until February 28, 2027.');
    expect(settled(full)).toEqual([['credit_issued', '10.00', 'you will receive a credit of $10.00 toward a future event instead of a refund, valid until February 28, 2027']]);
    const part = settle({ kind: 'credit', percent: '50', withhold: usd('10') }, usd('100'));
    expect(part).toMatchObject({ credit: usd('40.00'), withheld: usd('10.00') });
    expect(settled(part)).toEqual([
      ['administration_fee_withheld', '10.00', '$10.00 is withheld as an administration fee'],
      ['credit_issued', '40.00', 'you will receive a credit of $40.00 toward a future event instead of a refund (50% of it is refundable; $10.00 is withheld as an administration fee)'],
    ]);
  });

  it('a credit that comes to nothing says that no credit or refund is given', () => {
    expect(settle({ kind: 'credit', percent: '10', withhold: usd('10') }, usd('100'))).toMatchObject({
      credit: usd('0.00'),
      withheld: usd('10.00'),
      message: 'No credit or refund is given (10% of it is refundable; $10.00 is withheld as an administration fee).',
    });
    expect(settle({ kind: 'credit', percent: '0' }, usd('10')).message).toBe('No credit or refund is given (0% of it is refundable).');
    expect(settle({ kind: 'credit', percent: '100' }, usd('0')).message).toBe('No credit or refund is given.');
  });

  it('a transfer and nothing: no money moves', () => {
    const transfer = settle({ kind: 'transfer' }, usd('100'));
    expect(transfer).toMatchObject({ verdict: 'transfer', transferAllowed: true, refund: usd('0.00'), credit: usd('0.00'), withheld: usd('0.00'), due: null });
    expect(transfer.message).toBe('You may transfer your place to a colleague, and no refund is paid.');
    expect(settled(transfer)).toEqual([['transfer_allowed', undefined, 'you may transfer your place to a colleague, and no refund is paid']]);
    const none = settle({ kind: 'none' }, usd('100'));
    expect(none).toMatchObject({ verdict: 'none', transferAllowed: false, message: 'No refund is available.' });
    expect(settled(none)).toEqual([['no_refund', '0.00', 'no refund is available']]);
  });

  describe('when the money is due', () => {
    it('counts days from the receipt in the policy zone, and from the acknowledgement when there is one', () => {
      // Received at 01:00 on January 31 in Tokyo (16:00 UTC the day before): one day later is February 1.
      const receipt = settle({ kind: 'refund', percent: '100', due: { days: 1, after: 'receipt' } }, usd('10'));
      expect(receipt.due).toEqual({ days: 1, after: 'receipt', by: '2026-02-01' });
      expect(receipt.message).toBe('You will get back the full $10.00 you paid, within 1 day of its receipt (by February 1, 2026).');
      const sameDay = settle({ kind: 'refund', percent: '50', due: { days: 0, after: 'acknowledgement' } }, usd('10'), { acknowledgedAt: '2026-01-30T16:00:00Z' });
      expect(sameDay.due).toEqual({ days: 0, after: 'acknowledgement', by: '2026-01-31' });
      expect(sameDay.message).toBe(
        'You will get back $5.00 of the $10.00 you paid (50% of it is refundable), within 0 days of the acknowledgement of the cancellation (by January 31, 2026).',
      );
    });

    it('is known from the receipt even before the acknowledgement, which only an acknowledgement-based due waits for', () => {
      const receipt = settle({ kind: 'refund', percent: '100', due: { days: 14, after: 'receipt' } }, usd('10'), {}, 'UTC');
      expect(receipt.due).toEqual({ days: 14, after: 'receipt', by: '2026-02-13' });
      const ack = settle({ kind: 'refund', percent: '100', due: { days: 14, after: 'acknowledgement' } }, usd('10'), {}, 'UTC');
      expect(ack.due).toEqual({ days: 14, after: 'acknowledgement' });
      expect(ack.message).toBe('You will get back the full $10.00 you paid, within 14 days of the acknowledgement of the cancellation.');
    });

    it('is nothing when nothing is refunded', () => {
      expect(settle({ kind: 'refund', percent: '100', withhold: usd('10'), due: { days: 30, after: 'receipt' } }, usd('10')).due).toBeNull();
    });
  });

  describe('properties', () => {
    const fractionArb = currencyArb.chain((currency) =>
      fc.record({
        kind: fc.constantFrom('refund' as const, 'credit' as const),
        percent: percentArb,
        withhold: fc.option(withholdArb(currency), { nil: undefined }),
        rounding: roundingModeArb,
        paid: moneyInArb(currency, { max: 10_000_000n }),
      }),
    );

    it('the fee withheld is the fee, but never more than the refundable part; the rest is paid back or credited', () => {
      fc.assert(
        fc.property(fractionArb, ({ kind, percent, withhold, rounding, paid }) => {
          const outcome: RefundOutcomeInput = withhold === undefined ? { kind, percent, rounding } : { kind, percent, withhold, rounding };
          const q = settle(outcome, paid);
          const part = percentOf(paid, percent, rounding);
          const zero = { amount: '0', currency: paid.currency };
          expect(compareMoney(q.withheld, withhold === undefined ? zero : minMoney([withhold, part]))).toBe(0);
          const given = kind === 'refund' ? q.refund : q.credit;
          expect(compareMoney(addMoney(given, q.withheld), part)).toBe(0);
          expect(compareMoney(kind === 'refund' ? q.credit : q.refund, zero)).toBe(0);
        }),
        { numRuns: 200 },
      );
    });

    it('a fee is reported exactly when something is withheld, and the quote names the amount given in its last reason', () => {
      fc.assert(
        fc.property(fractionArb, ({ kind, percent, withhold, rounding, paid }) => {
          const outcome: RefundOutcomeInput = withhold === undefined ? { kind, percent, rounding } : { kind, percent, withhold, rounding };
          const q = settle(outcome, paid);
          const fee = q.reasons.find((r) => r.code === 'administration_fee_withheld');
          const withheldSomething = compareMoney(q.withheld, { amount: '0', currency: paid.currency }) > 0;
          expect(fee !== undefined).toBe(withheldSomething);
          if (fee !== undefined) expect(fee.amount).toEqual(q.withheld);
          expect(q.reasons.at(-1)?.amount).toEqual(kind === 'refund' ? q.refund : q.credit);
        }),
        { numRuns: 200 },
      );
    });

    it('a refund is full exactly when all that was paid comes back, and the reasons say so', () => {
      fc.assert(
        fc.property(fractionArb, ({ percent, withhold, rounding, paid }) => {
          const q = settle(withhold === undefined ? { kind: 'refund', percent, rounding } : { kind: 'refund', percent, withhold, rounding }, paid);
          const last = q.reasons.at(-1)?.code;
          const nothing = compareMoney(q.refund, { amount: '0', currency: paid.currency }) === 0;
          const full = !nothing && compareMoney(q.refund, paid) === 0;
          expect(last).toBe(nothing ? 'no_refund' : full ? 'full_refund' : 'partial_refund');
          expect(q.message.startsWith('You will get back the full ')).toBe(full);
        }),
        { numRuns: 200 },
      );
    });
  });
});
