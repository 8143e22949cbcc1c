/**
 * The options of the policy constructors, each as it shows in the policy
 * built (ids, labels, fees, rounding, writing, due dates, credits, the
 * organizer's rule), and the options they reject, with the path and the
 * words of the rejection.
 */
import { describe, expect, it } from 'vitest';
import {
  deadlineRefundPolicy,
  organizerOnlyRefundPolicy,
  quoteRefund,
  tieredRefundPolicy,
  type RefundPolicyInput,
} from '../../src/refunds/index.js';
import { rejection } from '../_helpers/rejection.js';
import { usd } from './_seeds.js';

const issues = (run: () => unknown) => rejection(run).issues.map((i) => [i.path, i.message]);
const firstSessionStart = '2026-10-01T13:00:00Z';

describe('tieredRefundPolicy options', () => {
  it('keeps the id and label, and passes fee, rounding and writing to every tier, furthest first', () => {
    const policy = tieredRefundPolicy({
      id: 'p',
      label: 'A policy',
      timeZone: 'UTC',
      tiers: [{ daysBefore: 7, percent: '50' }, { daysBefore: 30, percent: '100' }],
      organizerCancellation: 'same_as_registrant',
      withhold: usd('5'),
      rounding: 'up',
      inWriting: false,
    });
    expect(policy).toStrictEqual({
      id: 'p',
      label: 'A policy',
      timeZone: 'UTC',
      rules: [
        {
          id: '30-days',
          label: 'Cancelled at least 30 days before',
          when: { inWriting: false, receivedBy: { kind: 'days_before_first_session', days: 30, inclusive: true } },
          outcome: { kind: 'refund', percent: '100', withhold: usd('5'), rounding: 'up' },
        },
        {
          id: '7-days',
          label: 'Cancelled at least 7 days before',
          when: { inWriting: false, receivedBy: { kind: 'days_before_first_session', days: 7, inclusive: true } },
          outcome: { kind: 'refund', percent: '50', withhold: usd('5'), rounding: 'up' },
        },
      ],
      otherwise: { kind: 'none' },
    });
  });

  it('same_as_registrant: an organizer cancellation gets what the tier gives', () => {
    const policy = tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 30, percent: '50' }], organizerCancellation: 'same_as_registrant' });
    const q = quoteRefund(policy, { paid: usd('100'), firstSessionStart }, { by: 'organizer', at: '2026-09-30T12:00:00Z' });
    expect(q).toMatchObject({ verdict: 'none', refund: usd('0.00') });
    const early = quoteRefund(policy, { paid: usd('100'), firstSessionStart }, { by: 'organizer', at: '2026-08-01T12:00:00Z' });
    expect(early.refund).toEqual(usd('50.00'));
  });

  it('full_refund (the default) puts the organizer rule first', () => {
    for (const policy of [
      tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 30, percent: '50' }] }),
      tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 30, percent: '50' }], organizerCancellation: 'full_refund' }),
    ]) {
      expect(policy.rules[0]).toEqual({
        id: 'organizer',
        label: 'Cancelled by the organizer',
        when: { cancelledBy: 'organizer' },
        outcome: { kind: 'refund', percent: '100', rounding: 'half_even' },
      });
    }
  });

  it('a credit takes creditValidUntil and not due; a refund takes due and not creditValidUntil', () => {
    const credit = tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 1, percent: '50' }], as: 'credit', due: { days: 3, after: 'receipt' }, creditValidUntil: '2027-01-01' });
    expect(credit.rules[1]?.outcome).toStrictEqual({ kind: 'credit', percent: '50', rounding: 'half_even', validUntil: '2027-01-01' });
    const refund = tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 1, percent: '50' }], as: 'refund', due: { days: 3, after: 'receipt' }, creditValidUntil: '2027-01-01' });
    expect(refund.rules[1]?.outcome).toStrictEqual({ kind: 'refund', percent: '50', rounding: 'half_even', due: { days: 3, after: 'receipt' } });
  });

  it('allows equal percentages in successive tiers', () => {
    expect(tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 7, percent: '50' }, { daysBefore: 30, percent: '50.0' }] }).rules).toHaveLength(3);
  });

  it('names the offending tier by its place in the options, not in the sorted order', () => {
    // Sorted: 30 days 50%, 14 days 55%, 7 days 60%: the 14-day tier (third as given) is the first to rise.
    expect(
      issues(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 7, percent: '60' }, { daysBefore: 30, percent: '50' }, { daysBefore: 14, percent: '55' }] })),
    ).toEqual([[['tiers', 2, 'percent'], 'must not refund a larger percentage closer to the event']]);
  });

  it('rejects repeated days, no tiers, and tiers more than ten years out', () => {
    expect(issues(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 7, percent: '50' }, { daysBefore: 7, percent: '40' }] }))).toEqual([
      [['tiers'], 'must not repeat a number of days'],
    ]);
    expect(issues(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [] }))).toEqual([[['tiers'], 'must have at least 1 item(s)']]);
    expect(issues(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 3661, percent: '50' }] }))).toEqual([[['tiers', 0, 'daysBefore'], 'must be at most 3660']]);
    expect(tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 3660, percent: '50' }, { daysBefore: 0, percent: '0' }] }).rules).toHaveLength(3);
  });
});

describe('options left out', () => {
  // A policy is plain data: an option not given leaves no key behind, not even one holding undefined.
  it('leave no trace in the policy built', () => {
    expect(tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 1, percent: '50' }], organizerCancellation: 'same_as_registrant' })).toStrictEqual({
      timeZone: 'UTC',
      rules: [
        {
          id: '1-days',
          label: 'Cancelled at least 1 days before',
          when: { receivedBy: { kind: 'days_before_first_session', days: 1, inclusive: true } },
          outcome: { kind: 'refund', percent: '50', rounding: 'half_even' },
        },
      ],
      otherwise: { kind: 'none' },
    });
    expect(tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 1, percent: '50' }], as: 'credit' }).rules[1]?.outcome).toStrictEqual({ kind: 'credit', percent: '50', rounding: 'half_even' });
    expect(deadlineRefundPolicy({ timeZone: 'UTC', deadline: '2026-01-01' })).toStrictEqual({
      timeZone: 'UTC',
      rules: [{ when: { cancelledBy: 'registrant', receivedBy: { kind: 'date', date: '2026-01-01', inclusive: true } }, outcome: { kind: 'refund', percent: '100', rounding: 'half_even' } }],
      otherwise: { kind: 'none' },
    });
    expect(organizerOnlyRefundPolicy({ timeZone: 'UTC' })).toStrictEqual({
      timeZone: 'UTC',
      rules: [{ when: { cancelledBy: 'organizer' }, outcome: { kind: 'refund', percent: '100', rounding: 'half_even' } }],
      otherwise: { kind: 'none' },
    });
  });
});

describe('deadlineRefundPolicy options', () => {
  it('keeps the id and label, and passes the percentage and rounding to the refund', () => {
    expect(deadlineRefundPolicy({ id: 'd', label: 'D', timeZone: 'UTC', deadline: '2026-01-01', rounding: 'down', percent: '80' })).toStrictEqual({
      id: 'd',
      label: 'D',
      timeZone: 'UTC',
      rules: [
        {
          when: { cancelledBy: 'registrant', receivedBy: { kind: 'date', date: '2026-01-01', inclusive: true } },
          outcome: { kind: 'refund', percent: '80', rounding: 'down' },
        },
      ],
      otherwise: { kind: 'none' },
    });
  });

  it('rejects an empty list of organizer reasons', () => {
    expect(issues(() => deadlineRefundPolicy({ timeZone: 'UTC', deadline: '2026-01-01', organizerReasons: [] }))).toEqual([
      [['organizerReasons'], 'must have at least 1 item(s)'],
    ]);
  });
});

describe('organizerOnlyRefundPolicy options', () => {
  it('keeps the id and label, and says when the refund is due', () => {
    expect(organizerOnlyRefundPolicy({ id: 'o', label: 'O', timeZone: 'UTC', due: { days: 30, after: 'receipt' } })).toStrictEqual({
      id: 'o',
      label: 'O',
      timeZone: 'UTC',
      rules: [{ when: { cancelledBy: 'organizer' }, outcome: { kind: 'refund', percent: '100', rounding: 'half_even', due: { days: 30, after: 'receipt' } } }],
      otherwise: { kind: 'none' },
    });
  });

  it('rejects an empty reason', () => {
    expect(issues(() => organizerOnlyRefundPolicy({ timeZone: 'UTC', reasons: [''] }))).toEqual([[['reasons', 0], 'must have at least 1 character(s)']]);
  });
});

describe('what a refund policy rejects', () => {
  const withWhen = (when: object): RefundPolicyInput => ({ timeZone: 'UTC', rules: [{ when, outcome: { kind: 'none' } }], otherwise: { kind: 'none' } });
  const quote = (policy: RefundPolicyInput) => quoteRefund(policy, { paid: usd('1') }, { by: 'registrant', at: '2026-01-01T00:00:00Z' });

  it('an attendance range whose minimum exceeds its maximum (equal is a single count)', () => {
    expect(issues(() => quote(withWhen({ sessionsAttended: { min: 3, max: 2 } })))).toEqual([[['rules', 0, 'when', 'sessionsAttended'], 'min must not exceed max']]);
    expect(quote(withWhen({ sessionsAttended: { min: 2, max: 2 } })).verdict).toBe('none');
  });

  it('an empty list of reasons, or an empty reason', () => {
    expect(issues(() => quote(withWhen({ reasons: [] })))).toEqual([[['rules', 0, 'when', 'reasons'], 'must have at least 1 item(s)']]);
    expect(issues(() => quote(withWhen({ reasons: [''] })))).toEqual([[['rules', 0, 'when', 'reasons', 0], 'must have at least 1 character(s)']]);
  });

  it('money due more than ten years on', () => {
    const policy: RefundPolicyInput = { timeZone: 'UTC', rules: [], otherwise: { kind: 'refund', percent: '100', due: { days: 3661, after: 'receipt' } } };
    expect(issues(() => quote(policy))).toEqual([[['otherwise', 'due', 'days'], 'must be at most 3660']]);
  });
});
