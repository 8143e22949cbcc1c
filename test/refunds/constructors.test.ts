import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import {
  deadlineRefundPolicy,
  organizerOnlyRefundPolicy,
  quoteRefund,
  RefundPolicySchema,
  tieredRefundPolicy,
  type Cancellation,
} from '../../src/refunds/index.js';
import { newEngland, onlineGroups, retreat, usd } from './_seeds.js';
const firstSessionStart = { date: '2026-10-01', time: '09:00', timeZone: 'America/New_York' };
const cancel = (at: string, extra: Partial<Cancellation> = {}): Cancellation => ({ by: 'registrant', at, ...extra });

describe('organizerOnlyRefundPolicy', () => {
  it('builds the online groups policy of the seeds', () => {
    const built = organizerOnlyRefundPolicy({ timeZone: 'America/New_York', reasons: ['insufficient_registrants'] });
    const { id: _id, label: _label, ...seed } = RefundPolicySchema.parse(onlineGroups);
    expect(built).toEqual({ ...seed, rules: seed.rules.map(({ id: _i, label: _l, ...rule }) => rule) });
  });

  it('refunds any organizer cancellation when no reasons are named', () => {
    const policy = organizerOnlyRefundPolicy({ timeZone: 'UTC' });
    expect(quoteRefund(policy, { paid: usd('250') }, { by: 'organizer', at: '2026-01-01T00:00:00Z' }).refund).toEqual(usd('250.00'));
  });
});

describe('deadlineRefundPolicy', () => {
  it('builds the retreat and New England intensive policies of the seeds', () => {
    for (const [seed, deadline, timeZone] of [
      [retreat, '2026-03-12', 'America/Los_Angeles'],
      [newEngland, '2026-09-15', 'America/New_York'],
    ] as const) {
      const built = deadlineRefundPolicy({
        timeZone,
        deadline,
        inWriting: true,
        withhold: usd('100.00'),
        due: { days: 30, after: 'acknowledgement' },
      });
      const parsed = RefundPolicySchema.parse(seed);
      expect(built.rules.map((r) => [r.when, r.outcome])).toEqual(parsed.rules.map((r) => [r.when, r.outcome]));
      expect(built.otherwise).toEqual(parsed.otherwise);
      expect(built.timeZone).toBe(timeZone);
    }
  });

  it('can add an organizer rule and take a date-time deadline', () => {
    const policy = deadlineRefundPolicy({
      timeZone: 'Europe/London',
      deadline: { kind: 'date_time', date: '2026-05-01', time: '12:00' },
      percent: '50',
      organizerReasons: ['insufficient_registrants'],
    });
    expect(quoteRefund(policy, { paid: usd('100') }, cancel('2026-05-01T11:00:00Z')).refund).toEqual(usd('50.00'));
    expect(quoteRefund(policy, { paid: usd('100') }, cancel('2026-05-01T11:00:00.001Z')).refund).toEqual(usd('0.00'));
    expect(
      quoteRefund(policy, { paid: usd('100') }, { by: 'organizer', reason: 'insufficient_registrants', at: '2026-06-01T00:00:00Z' }).refund,
    ).toEqual(usd('100.00'));
  });
});

describe('tieredRefundPolicy', () => {
  const tiered = tieredRefundPolicy({
    timeZone: 'America/New_York',
    tiers: [
      { daysBefore: 7, percent: '50' },
      { daysBefore: 30, percent: '100' },
    ],
    withhold: usd('25'),
    due: { days: 14, after: 'receipt' },
    transferUntil: { kind: 'days_before_first_session', days: 1 },
  });
  const quote = (c: Cancellation) => quoteRefund(tiered, { paid: usd('400'), firstSessionStart }, c);

  it('refunds by tier: 100% up to 30 days before, 50% up to 7, nothing after, less a flat fee', () => {
    expect(quote(cancel('2026-08-20T12:00:00Z')).refund).toEqual(usd('375.00'));
    expect(quote(cancel('2026-09-01T23:59:59-04:00')).refund).toEqual(usd('375.00'));
    expect(quote(cancel('2026-09-02T00:00:00-04:00')).refund).toEqual(usd('175.00'));
    expect(quote(cancel('2026-09-24T23:00:00-04:00')).refund).toEqual(usd('175.00'));
    expect(quote(cancel('2026-09-25T00:00:00-04:00'))).toMatchObject({ verdict: 'none', refund: usd('0.00') });
  });

  it('explains a tier with its percentage, fee and due date', () => {
    const q = quote(cancel('2026-09-10T12:00:00-04:00'));
    expect(q.rule).toEqual({ source: 'rule', index: 3, id: '7-days', label: 'Cancelled at least 7 days before' });
    expect(q.due).toEqual({ days: 14, after: 'receipt', by: '2026-09-24' });
    expect(q.message).toBe(
      'Because the request was received by the end of September 24, 2026 (7 days before the first session, America/New_York), you will get back $175.00 of the $400.00 you paid (50% of it is refundable; $25.00 is withheld as an administration fee), within 14 days of its receipt (by September 24, 2026).',
    );
  });

  it('refunds everything when the organizer cancels, at any time', () => {
    expect(quote({ by: 'organizer', at: '2026-09-30T12:00:00Z' })).toMatchObject({ refund: usd('400.00'), withheld: usd('0.00') });
  });

  it('allows a transfer to a colleague until the day before, then treats the request as a cancellation', () => {
    expect(quote(cancel('2026-09-29T12:00:00-04:00', { request: 'transfer' }))).toMatchObject({
      verdict: 'transfer',
      transferAllowed: true,
      refund: usd('0.00'),
      message: 'Because a transfer to a colleague was requested and the request was received by the end of September 30, 2026 (1 day before the first session, America/New_York), you may transfer your place to a colleague, and no refund is paid.',
    });
    expect(quote(cancel('2026-10-01T08:00:00-04:00', { request: 'transfer' })).verdict).toBe('none');
    expect(quote(cancel('2026-08-01T08:00:00-04:00', { request: 'transfer' })).verdict).toBe('transfer');
  });

  it('offers a credit instead of cash when asked', () => {
    const credit = tieredRefundPolicy({
      timeZone: 'America/New_York',
      tiers: [{ daysBefore: 14, percent: '100' }],
      as: 'credit',
      creditValidUntil: '2027-12-31',
    });
    const q = quoteRefund(credit, { paid: usd('400'), firstSessionStart }, cancel('2026-09-01T12:00:00Z'));
    expect(q).toMatchObject({ verdict: 'credit', refund: usd('0.00'), credit: usd('400.00'), due: null });
    expect(q.message).toContain('you will receive a credit of $400.00 toward a future event instead of a refund, valid until December 31, 2027');
  });

  it('requires written requests when asked', () => {
    const written = tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 0, percent: '100' }], inWriting: true });
    expect(quoteRefund(written, { paid: usd('10'), firstSessionStart }, cancel('2026-09-01T12:00:00Z')).verdict).toBe('none');
    expect(quoteRefund(written, { paid: usd('10'), firstSessionStart }, cancel('2026-09-01T12:00:00Z', { inWriting: true })).verdict).toBe('refund');
  });

  it('rejects tiers that refund more closer to the event, and repeated days', () => {
    try {
      tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 30, percent: '50' }, { daysBefore: 7, percent: '100' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({ path: ['tiers', 1, 'percent'] });
    }
    expect(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 7, percent: '50' }, { daysBefore: 7, percent: '40' }] })).toThrow(
      ValidationError,
    );
    expect(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [] })).toThrow(ValidationError);
  });
});
