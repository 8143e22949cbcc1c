/**
 * A fee table that could not price every registration, or options that do
 * not make sense, are rejected with a ValidationError naming what was
 * checked, where the problem is and why.
 */
import { describe, expect, it } from 'vitest';
import { rejection } from '../_helpers/rejection.js';
import { earlyBirdFeeSchedule, flatFeeSchedule, freeFeeSchedule, quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';


const at = '2026-03-01T15:00:00Z';
const base: FeeScheduleInput = {
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [
    { id: 'early', label: 'Early bird', until: { kind: 'date', date: '2026-07-31' } },
    { id: 'regular', label: 'Regular' },
  ],
  categories: [{ id: 'everyone', label: 'Everyone', prices: { early: '80', regular: '100' } }],
};
const quoteOf = (schedule: unknown) => rejection(() => quoteFee(schedule as FeeScheduleInput, {}, { at }));

describe('a fee schedule is rejected', () => {
  it('when a period or category id repeats', () => {
    expect(quoteOf({ ...base, periods: [base.periods[0], { ...base.periods[0], label: 'Again' }, base.periods[1]] })).toMatchObject({
      subject: 'fee schedule',
      issues: [{ path: ['periods', 1, 'id'], code: 'custom', message: 'repeats the period id "early"' }],
    });
    expect(quoteOf({ ...base, categories: [base.categories[0], base.categories[0]] }).issues).toEqual([
      { path: ['categories', 1, 'id'], code: 'custom', message: 'repeats the category id "everyone"' },
    ]);
  });

  it('when some registration would have no price: the last period limited, or an unlimited one before it', () => {
    expect(quoteOf({ ...base, periods: [base.periods[0]], categories: [{ ...base.categories[0], prices: { early: '80' } }] }).issues).toEqual([
      { path: ['periods', 0], code: 'custom', message: 'the last period must have no limits, so that every registration has a price' },
    ]);
    expect(quoteOf({ ...base, periods: [base.periods[1], { id: 'late', label: 'Late' }], categories: [{ ...base.categories[0], prices: { regular: '100', late: '120' } }] }).issues).toEqual([
      { path: ['periods', 0], code: 'custom', message: 'only the last period may have no limits (the periods after it could never apply)' },
    ]);
  });

  it('when a category misses a price, prices an unknown period, or has more decimals than the currency', () => {
    expect(quoteOf({ ...base, categories: [{ ...base.categories[0], prices: { regular: '100' } }] }).issues).toEqual([
      { path: ['categories', 0, 'prices'], code: 'custom', message: 'has no price for period(s) "early"' },
    ]);
    expect(quoteOf({ ...base, categories: [{ ...base.categories[0], prices: { early: '80', regular: '100', late: '1', later: '2' } }] }).issues).toEqual([
      { path: ['categories', 0, 'prices'], code: 'custom', message: 'has prices for unknown period(s) "late", "later"' },
    ]);
    expect(quoteOf({ ...base, periods: [base.periods[1]], categories: [{ ...base.categories[0], prices: {} }] }).issues).toEqual([
      { path: ['categories', 0, 'prices'], code: 'custom', message: 'has no price for period(s) "regular"' },
    ]);
    expect(quoteOf({ ...base, categories: [{ ...base.categories[0], prices: { early: '80.001', regular: '100' } }] }).issues).toEqual([
      { path: ['categories', 0, 'prices', 'early'], code: 'custom', message: 'has more decimal places than USD has minor units (2)' },
    ]);
  });

  it('when an id is not a lower-case id from its first character to its last', () => {
    for (const id of ['Early', 'early bird', '-early', 'early!', '_x']) {
      expect(quoteOf({ ...base, categories: [{ ...base.categories[0], id }] }).issues).toEqual([
        { path: ['categories', 0, 'id'], code: 'invalid_format', message: 'must be a lower-case id such as "early_bird"' },
      ]);
    }
  });
});

describe('quoteFee rejects', () => {
  it('a quote without the count of registrations when a period is for the first registrants', () => {
    const limited = { ...base, periods: [{ id: 'early', label: 'Early bird', firstRegistrants: 10 }, base.periods[1]] } as FeeScheduleInput;
    expect(rejection(() => quoteFee(limited, {}, { at }))).toMatchObject({
      subject: 'fee quote options',
      issues: [{ path: ['position'], code: 'custom', message: 'is required because a price period is limited to the first registrants' }],
    });
  });

  it('a profile or options that are not valid, naming which', () => {
    expect(rejection(() => quoteFee(base, { memberships: 'ABS' } as never, { at })).subject).toBe('registrant profile');
    expect(rejection(() => quoteFee(base, {}, { at: 'soon' })).subject).toBe('fee quote options');
  });
});

describe('the fee constructors reject', () => {
  const common = { currency: 'USD', timeZone: 'America/New_York' } as const;

  it('their own options, naming which constructor', () => {
    expect(rejection(() => flatFeeSchedule({ ...common, categories: [] })).subject).toBe('flat fee options');
    expect(rejection(() => freeFeeSchedule({ ...common, categoryLabel: '' })).subject).toBe('free fee options');
    expect(rejection(() => earlyBirdFeeSchedule({ ...common, early: { until: '2026-07-31' }, categories: [] })).subject).toBe('early-bird fee options');
  });

  it('an early bird without an end: neither a date nor a number of first registrants', () => {
    expect(rejection(() => earlyBirdFeeSchedule({ ...common, early: {}, categories: [{ id: 'all', label: 'All', early: '1', regular: '2' }] }))).toMatchObject({
      subject: 'early-bird fee options',
      issues: [{ path: ['early'], message: 'needs `until` or `firstRegistrants`' }],
    });
    expect(earlyBirdFeeSchedule({ ...common, early: { firstRegistrants: 5 }, categories: [{ id: 'all', label: 'All', early: '1', regular: '2' }] }).periods[0]).toEqual({
      id: 'early',
      label: 'Early bird',
      firstRegistrants: 5,
    });
  });

  it('a table that is valid options but not a valid schedule (a price with more decimals than the currency)', () => {
    expect(rejection(() => flatFeeSchedule({ ...common, categories: [{ id: 'all', label: 'All', price: '1.005' }] })).subject).toBe('fee schedule');
    expect(rejection(() => earlyBirdFeeSchedule({ ...common, early: { until: '2026-07-31' }, categories: [{ id: 'all', label: 'All', early: '1.005', regular: '2' }] })).subject).toBe('fee schedule');
  });
});
