/**
 * The edges of deadlines: inclusive and exclusive ends of every kind, in
 * the words the quote uses; a first session given as a wall-clock time on
 * a daylight-saving change; and what resolving a deadline rejects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant } from '../../src/_lib/instant.js';
import { quoteRefund, resolveDeadline, type RefundDeadlineInput, type RefundPolicyInput } from '../../src/refunds/index.js';
import { refundZoneArb } from '../_arbitraries/refunds.js';
import { rejection } from '../_helpers/rejection.js';
import { usd } from './_seeds.js';

const ny = { timeZone: 'America/New_York' };
const start = '2026-11-02T14:00:00Z';
const issues = (run: () => unknown) => rejection(run).issues.map((i) => [i.path, i.message]);

describe('deadline ends and phrases', () => {
  it('an exclusive date-time deadline ends at that instant: "before", then "at or after"', () => {
    expect(resolveDeadline({ kind: 'date_time', date: '2026-07-31', time: '09:05', inclusive: false }, ny)).toEqual({
      endsAt: '2026-07-31T13:05:00.000Z',
      by: 'before 09:05 on July 31, 2026 (America/New_York)',
      after: 'at or after 09:05 on July 31, 2026 (America/New_York)',
    });
  });

  it('hours before the first session: inclusive lets in the very instant, exclusive does not', () => {
    expect(resolveDeadline({ kind: 'hours_before_first_session', hours: 48 }, { ...ny, firstSessionStart: start })).toEqual({
      endsAt: '2026-10-31T14:00:00.001Z',
      by: 'by 48 hours before the first session (2026-10-31T14:00:00.000Z)',
      after: 'after 48 hours before the first session (2026-10-31T14:00:00.000Z)',
    });
    expect(resolveDeadline({ kind: 'hours_before_first_session', hours: 1, inclusive: false }, { ...ny, firstSessionStart: start })).toEqual({
      endsAt: '2026-11-02T13:00:00.000Z',
      by: 'before 1 hour before the first session (2026-11-02T13:00:00.000Z)',
      after: 'at or after 1 hour before the first session (2026-11-02T13:00:00.000Z)',
    });
  });

  it('days before the first session, exclusive: until that local day starts', () => {
    // The first session is on November 2 in New York; the day before starts at midnight EDT.
    expect(resolveDeadline({ kind: 'days_before_first_session', days: 1, inclusive: false }, { ...ny, firstSessionStart: start })).toEqual({
      endsAt: '2026-11-01T04:00:00.000Z',
      by: 'before November 1, 2026 (1 day before the first session, America/New_York)',
      after: 'on or after November 1, 2026 (1 day before the first session, America/New_York)',
    });
  });

  it('a first session at a repeated wall time starts at its first occurrence; at a skipped one, after the gap', () => {
    const at = (date: string, time: string) =>
      resolveDeadline({ kind: 'hours_before_first_session', hours: 0, inclusive: false }, { ...ny, firstSessionStart: { date, time, timeZone: 'America/New_York' } }).endsAt;
    // 01:30 happens twice on November 1, 2026: first at 05:30Z (EDT), then at 06:30Z (EST).
    expect(at('2026-11-01', '01:30')).toBe('2026-11-01T05:30:00.000Z');
    // 02:30 does not happen on March 8, 2026: it means 03:30 EDT.
    expect(at('2026-03-08', '02:30')).toBe('2026-03-08T07:30:00.000Z');
    // A session that day, by the end of that day: the 25-hour day ends at 05:00Z.
    const sameDay = resolveDeadline({ kind: 'days_before_first_session', days: 0 }, { ...ny, firstSessionStart: { date: '2026-11-01', time: '01:30', timeZone: 'America/New_York' } });
    expect(sameDay.endsAt).toBe('2026-11-02T05:00:00.000Z');
  });

  describe('properties', () => {
    it('an inclusive date-time or hours deadline ends exactly one millisecond after its exclusive twin', () => {
      const deadlineArb: fc.Arbitrary<RefundDeadlineInput> = fc.oneof(
        fc.record({ kind: fc.constant('date_time' as const), date: fc.constantFrom('2026-03-08', '2026-07-31', '2026-11-01'), time: fc.constantFrom('00:00', '01:30', '02:30', '17:00') }),
        fc.record({ kind: fc.constant('hours_before_first_session' as const), hours: fc.integer({ min: 0, max: 1000 }) }),
      );
      fc.assert(
        fc.property(deadlineArb, refundZoneArb, (deadline, timeZone) => {
          const context = { timeZone, firstSessionStart: start };
          const incl = resolveDeadline({ ...deadline, inclusive: true }, context);
          const excl = resolveDeadline({ ...deadline, inclusive: false }, context);
          expect(Date.parse(incl.endsAt) - Date.parse(excl.endsAt)).toBe(1);
          expect([incl.by.startsWith('by '), incl.after.startsWith('after '), excl.by.startsWith('before '), excl.after.startsWith('at or after ')]).toEqual([true, true, true, true]);
        }),
        { numRuns: 100 },
      );
    });

    it('a quote under an inclusive deadline accepts a request at the last instant before its end, and not at its end', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2000 }), fc.boolean(), (hours, inclusive) => {
          const deadline: RefundDeadlineInput = { kind: 'hours_before_first_session', hours, inclusive };
          const policy: RefundPolicyInput = { timeZone: 'UTC', rules: [{ when: { receivedBy: deadline }, outcome: { kind: 'refund', percent: '100' } }], otherwise: { kind: 'none' } };
          const end = Date.parse(resolveDeadline(deadline, { timeZone: 'UTC', firstSessionStart: start }).endsAt);
          const at = (ms: number) => quoteRefund(policy, { paid: usd('10'), firstSessionStart: start }, { by: 'registrant', at: epochMsToInstant(ms) }).verdict;
          expect([at(end - 1), at(end)]).toEqual(['refund', 'none']);
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe('what resolving a deadline rejects', () => {
  it('a relative deadline without a first session, with the reason', () => {
    expect(issues(() => resolveDeadline({ kind: 'hours_before_first_session', hours: 3 }, ny))).toEqual([
      [['firstSessionStart'], 'is required because a deadline is counted from the first session'],
    ]);
  });

  it('unknown keys in the context, and counts beyond ten years', () => {
    expect(issues(() => resolveDeadline({ kind: 'date', date: '2026-01-01' }, { ...ny, zone: 'UTC' } as never))).toEqual([
      [['zone'], 'unknown key "zone": not a key this version of balint-rules knows (data written for a newer version is refused, never applied in part)'],
    ]);
    expect(issues(() => resolveDeadline({ kind: 'date', date: '2026-01-01' }, { ...ny, timezone: 'UTC' } as never))).toEqual([
      [['timezone'], 'unknown key "timezone"; did you mean "timeZone"?'],
    ]);
    const context = { ...ny, firstSessionStart: start };
    expect(issues(() => resolveDeadline({ kind: 'days_before_first_session', days: 3661 }, context))).toEqual([[['deadline', 'days'], 'must be at most 3660']]);
    expect(issues(() => resolveDeadline({ kind: 'hours_before_first_session', hours: 87_841 }, context))).toEqual([[['deadline', 'hours'], 'must be at most 87840']]);
    expect(issues(() => resolveDeadline({ kind: 'hours_before_first_session', hours: -1 }, context))).toEqual([[['deadline', 'hours'], 'must be at least 0']]);
    expect(resolveDeadline({ kind: 'days_before_first_session', days: 3660 }, context).endsAt).toBe('2016-10-26T04:00:00.000Z');
    expect(resolveDeadline({ kind: 'hours_before_first_session', hours: 87_840 }, context).endsAt).toBe('2016-10-25T14:00:00.001Z');
  });

  it('a quote under a policy with a receivedAfter counted from the first session also needs the first session', () => {
    const policy: RefundPolicyInput = {
      timeZone: 'UTC',
      rules: [{ when: { receivedAfter: { kind: 'hours_before_first_session', hours: 1 } }, outcome: { kind: 'none' } }],
      otherwise: { kind: 'none' },
    };
    expect(issues(() => quoteRefund(policy, { paid: usd('1') }, { by: 'registrant', at: '2026-01-01T00:00:00Z' }))).toEqual([
      [['firstSessionStart'], 'is required because a deadline is counted from the first session'],
    ]);
  });

  it('an acknowledgement at the very instant of receipt is fine; a millisecond before is not', () => {
    const quote = (acknowledgedAt: string) =>
      quoteRefund({ timeZone: 'UTC', rules: [], otherwise: { kind: 'none' } }, { paid: usd('1') }, { by: 'registrant', at: '2026-01-01T00:00:00Z', acknowledgedAt });
    expect(quote('2026-01-01T00:00:00Z').verdict).toBe('none');
    expect(issues(() => quote('2025-12-31T23:59:59.999Z'))).toEqual([[['acknowledgedAt'], 'must not be before at (when the cancellation was received)']]);
  });
});
