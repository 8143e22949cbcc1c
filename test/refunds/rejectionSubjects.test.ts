/**
 * Every refund function names what it rejects: the error's subject (and so
 * its message, "Invalid <subject>: <path>: <problem>") says which argument
 * was wrong, and the checks the library adds to the schemas report the code
 * `custom` at the path of the offending field.
 */
import { describe, expect, it } from 'vitest';
import {
  compileRefundPolicy,
  deadlineRefundPolicy,
  organizerOnlyRefundPolicy,
  quoteRefund,
  resolveDeadline,
  tieredRefundPolicy,
  type Cancellation,
  type RefundPolicyInput,
} from '../../src/refunds/index.js';
import { rejection } from '../_helpers/rejection.js';
import { usd } from './_seeds.js';

const none: RefundPolicyInput = { timeZone: 'UTC', rules: [], otherwise: { kind: 'none' } };
const received: Cancellation = { by: 'registrant', at: '2026-01-01T00:00:00Z' };

/** The subject, the message and the issues of the ValidationError `run` throws. */
function rejected(run: () => unknown) {
  const error = rejection(run);
  return { subject: error.subject, message: error.message, issues: error.issues };
}

describe('what each refund function says it rejected', () => {
  it('quoteRefund: the refund policy, the registration or the cancellation', () => {
    expect(rejected(() => quoteRefund({ ...none, timeZone: 'Mars/Base' }, { paid: usd('1') }, received))).toMatchObject({
      subject: 'refund policy',
      message: expect.stringMatching(/^Invalid refund policy: timeZone: /),
    });
    expect(rejected(() => quoteRefund(none, { paid: usd('-1') }, received))).toMatchObject({ subject: 'registration', message: expect.stringMatching(/^Invalid registration: paid\.amount: /) });
    expect(rejected(() => quoteRefund(none, { paid: usd('1') }, { ...received, by: 'host' as never }))).toMatchObject({
      subject: 'cancellation',
      issues: [{ path: ['by'] }],
    });
    expect(rejected(() => quoteRefund(none, { paid: usd('1') }, { ...received, at: 'yesterday' }))).toMatchObject({ subject: 'cancellation', issues: [{ path: ['at'] }] });
  });

  it('quoteRefund: its own checks, as custom issues of the registration and the cancellation', () => {
    const relative: RefundPolicyInput = {
      timeZone: 'UTC',
      rules: [
        { when: { receivedBy: { kind: 'date', date: '2026-06-01' } }, outcome: { kind: 'none' } },
        { when: { receivedAfter: { kind: 'days_before_first_session', days: 3 } }, outcome: { kind: 'none' } },
      ],
      otherwise: { kind: 'none' },
    };
    // One rule counting from the first session is enough to need it.
    expect(rejected(() => quoteRefund(relative, { paid: usd('1') }, received))).toEqual({
      subject: 'registration',
      message: 'Invalid registration: firstSessionStart: is required because a deadline is counted from the first session',
      issues: [{ path: ['firstSessionStart'], code: 'custom', message: 'is required because a deadline is counted from the first session' }],
    });
    expect(rejected(() => quoteRefund(none, { paid: usd('1') }, { ...received, acknowledgedAt: '2025-12-31T00:00:00Z' }))).toEqual({
      subject: 'cancellation',
      message: 'Invalid cancellation: acknowledgedAt: must not be before at (when the cancellation was received)',
      issues: [{ path: ['acknowledgedAt'], code: 'custom', message: 'must not be before at (when the cancellation was received)' }],
    });
  });

  it('compileRefundPolicy: the refund policy', () => {
    expect(rejected(() => compileRefundPolicy({ ...none, otherwise: { kind: 'nothing' } as never }))).toMatchObject({ subject: 'refund policy', issues: [{ path: ['otherwise', 'kind'] }] });
  });

  it('resolveDeadline: the deadline', () => {
    expect(rejected(() => resolveDeadline({ kind: 'date', date: '2026-02-30' }, { timeZone: 'UTC' }))).toMatchObject({ subject: 'deadline', issues: [{ path: ['deadline', 'date'] }] });
    expect(rejected(() => resolveDeadline({ kind: 'days_before_first_session', days: 1 }, { timeZone: 'UTC' }))).toEqual({
      subject: 'deadline',
      message: 'Invalid deadline: firstSessionStart: is required because a deadline is counted from the first session',
      issues: [{ path: ['firstSessionStart'], code: 'custom', message: 'is required because a deadline is counted from the first session' }],
    });
  });

  it('the constructors: their options', () => {
    expect(rejected(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [] }))).toMatchObject({ subject: 'tiered refund options' });
    expect(rejected(() => tieredRefundPolicy({ timeZone: 'UTC', tiers: [{ daysBefore: 30, percent: '10' }, { daysBefore: 1, percent: '20' }] }))).toEqual({
      subject: 'tiered refund options',
      message: 'Invalid tiered refund options: tiers[1].percent: must not refund a larger percentage closer to the event',
      issues: [{ path: ['tiers', 1, 'percent'], code: 'custom', message: 'must not refund a larger percentage closer to the event' }],
    });
    expect(rejected(() => deadlineRefundPolicy({ timeZone: 'UTC', deadline: '2026-13-01' }))).toMatchObject({ subject: 'deadline refund options', issues: [{ path: ['deadline'] }] });
    expect(rejected(() => organizerOnlyRefundPolicy({ timeZone: 'Mars/Base' }))).toMatchObject({ subject: 'organizer-only refund options', issues: [{ path: ['timeZone'] }] });
  });
});
