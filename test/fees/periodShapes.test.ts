/**
 * The exact shape of a quote's period reason and prices: a key is present
 * when it has something to say and absent otherwise (never `undefined`), so
 * a stored or displayed quote has no empty fields. Compared with
 * toStrictEqual, which tells an absent key from one holding `undefined`.
 */
import { describe, expect, it } from 'vitest';
import { compileFeeSchedule, quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';

const firstTen = (extra: Partial<FeeScheduleInput> = {}): FeeScheduleInput => ({
  currency: 'USD',
  timeZone: 'UTC',
  periods: [{ id: 'first', label: 'First ten', firstRegistrants: 10 }, { id: 'regular', label: 'Regular' }],
  categories: [{ id: 'all', label: 'All', prices: { first: '10', regular: '20' } }],
  ...extra,
});

describe('the period reason of a fee quote', () => {
  it('a period for the first registrants with no deadline says how many, and has no deadline key', () => {
    expect(quoteFee(firstTen(), {}, { at: '2026-04-01T00:00:00Z', position: 4 }).reasons[0]).toStrictEqual({
      code: 'period_applies',
      period: 'first',
      firstRegistrants: 10,
      position: 4,
      message: 'First ten pricing applies to registrations among the first 10 registrants; you are registrant #4.',
    });
  });

  it('once the first ten have registered, the next registrant is told so and pays the regular price', () => {
    const q = quoteFee(firstTen(), {}, { at: '2026-04-01T00:00:00Z', position: 11 });
    expect(q.reasons.slice(0, 2)).toStrictEqual([
      { code: 'period_sold_out', period: 'first', firstRegistrants: 10, position: 11, message: 'First ten pricing was for the first 10 registrants; you are registrant #11.' },
      { code: 'period_applies', period: 'regular', message: 'Regular pricing applies.' },
    ]);
    expect(q.price).toStrictEqual({ amount: '20.00', currency: 'USD' });
  });
});

describe('the prices of a fee quote', () => {
  it('carry the schedule\'s minor units when it states them, and no minorUnits key when it does not', () => {
    const whole = quoteFee(firstTen({ minorUnits: 0 }), {}, { at: '2026-04-01T00:00:00Z', position: 1 });
    expect(whole.price).toStrictEqual({ amount: '10', currency: 'USD', minorUnits: 0 });
    expect(whole.message).toBe('You pay $10 (All, First ten).');
    const cents = quoteFee(firstTen(), {}, { at: '2026-04-01T00:00:00Z', position: 1 });
    expect(cents.price).toStrictEqual({ amount: '10.00', currency: 'USD' });
    expect(cents.qualifiedFor).toStrictEqual([{ id: 'all', label: 'All', price: { amount: '10.00', currency: 'USD' } }]);
  });
});

describe('a fee schedule that is not one', () => {
  it('is refused naming it as a fee schedule', () => {
    expect(() => compileFeeSchedule({} as FeeScheduleInput)).toThrow(/^Invalid fee schedule: /);
  });
});
