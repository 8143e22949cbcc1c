import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { assertThrowsOnlyBalintErrors, issuesOf } from '../refunds/_helpers.js';
import { earlyBirdFeeSchedule, FeeScheduleSchema, quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';
import { leadershipIntensiveFees } from './_seeds.js';

const firstTwenty = earlyBirdFeeSchedule({
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
  early: { firstRegistrants: 20, until: '2026-05-31', label: 'Early bird' },
  categories: [{ id: 'everyone', label: 'Everyone', early: '150', regular: '200' }],
});

describe('early bird for the first N registrants', () => {
  it('applies to registrant #N and not to #N+1', () => {
    const at = '2026-05-01T10:00:00Z';
    expect(quoteFee(firstTwenty, {}, { at, position: 20 }).price).toEqual({ amount: '150.00', currency: 'EUR' });
    const q = quoteFee(firstTwenty, {}, { at, position: 21 });
    expect(q.price).toEqual({ amount: '200.00', currency: 'EUR' });
    expect(q.reasons[0]).toMatchObject({
      code: 'period_sold_out',
      firstRegistrants: 20,
      position: 21,
      message: 'Early bird pricing was for the first 20 registrants; you are registrant #21.',
    });
  });

  it('needs both limits to hold when both are given', () => {
    expect(quoteFee(firstTwenty, {}, { at: '2026-06-01T10:00:00Z', position: 1 }).period?.id).toBe('regular');
    expect(quoteFee(firstTwenty, {}, { at: '2026-05-31T21:59:59Z', position: 1 }).reasons[0]).toMatchObject({
      code: 'period_applies',
      message: 'Early bird pricing applies to registrations by the end of May 31, 2026 (Europe/Berlin) among the first 20 registrants; you are registrant #1.',
    });
  });

  it('requires position when a period counts registrants', () => {
    expect(issuesOf(() => quoteFee(firstTwenty, {}, { at: '2026-05-01T10:00:00Z' }))[0]?.path).toEqual(['position']);
  });
});

describe('fee schedule validation', () => {
  const table = FeeScheduleSchema.parse(leadershipIntensiveFees);
  const withRow = (prices: Record<string, string>): FeeScheduleInput => ({
    ...table,
    categories: [{ id: 'member', label: 'ABS members', prices }],
  });

  it('rejects an early bird that costs more than the regular price', () => {
    expect(issuesOf(() => quoteFee(withRow({ early: '900', regular: '875' }), {}, { at: '2026-01-01T00:00:00Z' }))).toEqual([
      {
        path: ['categories', 0, 'prices', 'regular'],
        code: 'custom',
        message: 'must not be lower than the price of an earlier period (an early bird never costs more)',
      },
    ]);
  });

  it('rejects missing and unknown prices, repeated ids, too many decimals and a limited last period', () => {
    const paths = (s: FeeScheduleInput) => issuesOf(() => quoteFee(s, {}, { at: '2026-01-01T00:00:00Z' })).map((i) => i.path);
    expect(paths(withRow({ early: '800' }))).toEqual([['categories', 0, 'prices']]);
    expect(paths(withRow({ early: '800', regular: '875', late: '900' }))).toEqual([['categories', 0, 'prices']]);
    expect(paths(withRow({ early: '800.005', regular: '875' }))).toEqual([['categories', 0, 'prices', 'early']]);
    expect(paths({ ...table, categories: [table.categories[0]!, table.categories[0]!] })).toEqual([['categories', 1, 'id']]);
    expect(paths({ ...table, periods: [table.periods[0]!], categories: [{ id: 'a', label: 'A', prices: { early: '1' } }] })).toEqual([['periods', 0]]);
    expect(paths({ ...table, periods: [{ id: 'early', label: 'Early' }, { id: 'regular', label: 'Regular' }] })).toEqual([['periods', 0]]);
    expect(paths({ ...table, currency: 'JPY', categories: [{ id: 'a', label: 'A', prices: { early: '1.5', regular: '2' } }] })).toEqual([
      ['categories', 0, 'prices', 'early'],
    ]);
  });

  it('rejects unknown keys, bad zones and bad profiles', () => {
    expect(issuesOf(() => quoteFee({ ...table, earlyBird: true } as never, {}, { at: '2026-01-01T00:00:00Z' }))[0]?.code).toBe('unrecognized_keys');
    expect(issuesOf(() => quoteFee({ ...table, timeZone: 'Mars/Olympus' }, {}, { at: '2026-01-01T00:00:00Z' }))[0]?.path).toEqual(['timeZone']);
    expect(issuesOf(() => quoteFee(table, { professions: ['wizard'] } as never, { at: '2026-01-01T00:00:00Z' }))[0]?.path).toEqual([
      'professions',
      0,
    ]);
    expect(issuesOf(() => quoteFee(table, {}, { at: '2026-01-01' }))[0]?.path).toEqual(['at']);
  });

  it('rejects early-bird options without a limit', () => {
    expect(() => earlyBirdFeeSchedule({ currency: 'USD', timeZone: 'UTC', early: {}, categories: [{ id: 'a', label: 'A', early: '1', regular: '2' }] })).toThrow(
      ValidationError,
    );
  });

  describe('properties', () => {
    it('throws only BalintErrors, whatever it is given', () => {
      assertThrowsOnlyBalintErrors(quoteFee);
    });
  });
});
