/** The Spokane and New England leadership intensives, as their pages (seed 003) publish them, with the 2026 fee table. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteFee, type FeeScheduleInput } from '../../src/fees/index.js';
import {
  absLeadershipIntensiveFees2026,
  absNewEnglandLeadershipIntensive,
  absSpokaneLeadershipIntensive,
} from '../../src/presets/abs/index.js';
import { quoteRefund, type Cancellation } from '../../src/refunds/index.js';
import { instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';
import { leadershipIntensiveFees } from '../fees/_seeds.js';
import { issuesOf } from '../refunds/_helpers.js';
import { usd } from './_helpers.js';

const newEngland = absNewEnglandLeadershipIntensive({ firstDay: '2026-10-08' });
const spokane = absSpokaneLeadershipIntensive({ firstDay: '2026-04-23', refundDeadline: '2026-03-23' });
const written = (at: string, extra: Partial<Cancellation> = {}): Cancellation => ({ by: 'registrant', inWriting: true, at, ...extra });

const member = { professions: ['physician' as const], memberships: [{ organization: 'ABS' }] };
const nonMember = { professions: ['veterinarian' as const] };
const resident = { professions: ['resident' as const] };
const memberStudent = { professions: ['medical_student' as const], memberships: [{ organization: 'ABS' }] };

describe('the 2026 leadership intensive fee table, early bird until July 31 (America/New_York)', () => {
  const fees = absLeadershipIntensiveFees2026();
  const price = (profile: object, at: string) => quoteFee(fees, profile, { at }).price?.amount;

  it('charges member $800/$875, non-member $900/$975, resident-student-fellow $640/$700, member resident-student-fellow $560/$620', () => {
    const lastEarly = '2026-07-31T23:59:00-04:00';
    const firstRegular = '2026-08-01T00:00:00-04:00';
    expect([member, nonMember, resident, memberStudent].map((p) => [price(p, lastEarly), price(p, firstRegular)])).toEqual([
      ['800.00', '875.00'],
      ['900.00', '975.00'],
      ['640.00', '700.00'],
      ['560.00', '620.00'],
    ]);
  });

  it('reads July 31 in New York whatever zone the registration comes from', () => {
    expect(price(member, '2026-08-01T03:59:59.999Z')).toBe('800.00');
    expect(price(member, '2026-08-01T04:00:00Z')).toBe('875.00');
    expect(price(member, '2026-07-31T21:30:00-07:00')).toBe('875.00'); // 00:30 on August 1 in New York
    const q = quoteFee(fees, memberStudent, { at: '2026-06-01T12:00:00Z' });
    expect(q.qualifiedFor.map((c) => [c.id, c.price.amount])).toEqual([
      ['member', '800.00'],
      ['resident_student_fellow', '640.00'],
      ['member_resident_student_fellow', '560.00'],
    ]);
  });

  it('charges what the seed fee fixture charges, for anyone at any time in 2026', () => {
    fc.assert(
      fc.property(stableProfileArb, instant2026Arb, (profile, at) => {
        expect(quoteFee(fees, profile, { at }).price).toEqual(quoteFee(leadershipIntensiveFees, profile, { at }).price);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the New England leadership intensive', () => {
  it('is a four-day course at the Babson Executive Conference Center, with a conference rate of $239 per night', () => {
    expect(newEngland.schedule).toEqual({ kind: 'days', from: '2026-10-08', until: '2026-10-11', timeZone: 'America/New_York' });
    expect(newEngland.venue.name).toBe('Babson Executive Conference Center');
    expect(newEngland.venue.roomRate?.price).toEqual(usd('239.00'));
    expect(newEngland.fees).toEqual(absLeadershipIntensiveFees2026());
  });

  it('names its audience and quotes the commitment to attend every session in its entirety', () => {
    expect(newEngland.audience.professions).toEqual([
      'physician',
      'psychologist',
      'social_worker',
      'other_mental_health_provider',
      'veterinarian',
      'pastoral_care_provider',
    ]);
    expect(newEngland.audience.text.startsWith('The New England Leadership Intensive course is appropriate for')).toBe(true);
    expect(newEngland.notes.find((n) => n.kind === 'attestation')?.text).toBe(
      'Because group cohesiveness affects participants’ experience of the course, registrants are required to commit to attending all sessions and to attending each session in its entirety. Please do not plan to arrive late, leave early or miss sessions.',
    );
    expect(newEngland.eligibility).toBeUndefined();
  });

  it('refunds the fee less $100 for a written cancellation received by September 15, 2026, within 30 days of acknowledgment', () => {
    const q = quoteRefund(newEngland.refunds, { paid: usd('875.00') }, written('2026-09-15T23:59:00-04:00', { acknowledgedAt: '2026-09-17T14:00:00Z' }));
    expect([q.verdict, q.refund, q.withheld, q.due]).toEqual(['refund', usd('775.00'), usd('100.00'), { days: 30, after: 'acknowledgement', by: '2026-10-17' }]);
    expect(q.message).toBe(
      'Because the cancellation was made by the registrant, the request was in writing and the request was received by the end of September 15, 2026 (America/New_York), you will get back $775.00 of the $875.00 you paid ($100.00 is withheld as an administration fee), within 30 days of the acknowledgement of the cancellation (by October 17, 2026).',
    );
  });

  it('refunds nothing after the deadline, or for a cancellation not in writing', () => {
    expect(quoteRefund(newEngland.refunds, { paid: usd('875.00') }, written('2026-09-16T00:00:00-04:00')).refund).toEqual(usd('0.00'));
    expect(quoteRefund(newEngland.refunds, { paid: usd('875.00') }, written('2026-09-01T12:00:00Z', { inWriting: false })).refund).toEqual(usd('0.00'));
  });

  it('lists its unpublished facts: the dates, the fee table, the faculty, an ABS cancellation', () => {
    expect(newEngland.unpublished.map((u) => [u.fact, u.parameter, u.given])).toEqual([
      ['schedule.from', 'firstDay', true],
      ['fees', 'fees', false],
      ['fees.registrationWindow.closes', 'registrationDeadline', false],
      ['facilitators', null, false],
      ['refunds.rules (cancellation by the ABS)', null, false],
    ]);
    expect(issuesOf(() => absNewEnglandLeadershipIntensive({} as never)).map((i) => i.path)).toEqual([['firstDay']]);
  });

  it('takes another fee schedule, in dollars like the $100 fee it withholds', () => {
    const flat: FeeScheduleInput = { currency: 'USD', timeZone: 'America/New_York', periods: [{ id: 'regular', label: 'Regular' }], categories: [{ id: 'all', label: 'Everyone', prices: { regular: '950' } }] };
    const custom = absNewEnglandLeadershipIntensive({ firstDay: '2026-10-08', fees: flat });
    expect(quoteFee(custom.fees, {}, { at: '2026-05-01T12:00:00Z' }).price).toEqual(usd('950.00'));
    expect(custom.unpublished[1]?.given).toBe(true);
    expect(issuesOf(() => absNewEnglandLeadershipIntensive({ firstDay: '2026-10-08', fees: { ...flat, currency: 'EUR' } }))).toEqual([
      { path: ['fees', 'currency'], code: 'custom', message: 'must be in the currency of the refund policy’s withheld fees' },
    ]);
  });
});

describe('the Spokane leadership intensive', () => {
  it('is a four-day course at the Ruby River Hotel, read in Pacific time', () => {
    expect(spokane.schedule).toEqual({ kind: 'days', from: '2026-04-23', until: '2026-04-26', timeZone: 'America/Los_Angeles' });
    expect(spokane.venue).toMatchObject({ online: false, name: 'Ruby River Hotel' });
    expect(spokane.audience.text.startsWith('The Spokane Leadership Intensive course is appropriate for')).toBe(true);
  });

  it('takes its unpublished cancellation deadline, read in Spokane, and applies the ABS’s intensive policy to it', () => {
    const at = (at: string) => quoteRefund(spokane.refunds, { paid: usd('800.00') }, written(at)).refund.amount;
    expect(at('2026-03-23T23:59:59-07:00')).toBe('700.00');
    expect(at('2026-03-24T00:00:00-07:00')).toBe('0.00');
    const dateTime = absSpokaneLeadershipIntensive({ firstDay: '2026-04-23', refundDeadline: { kind: 'date_time', date: '2026-03-23', time: '17:00' } });
    expect(quoteRefund(dateTime.refunds, { paid: usd('800.00') }, written('2026-03-23T17:00:01-07:00')).refund.amount).toBe('0.00');
  });

  it('requires its first day and cancellation deadline', () => {
    expect(issuesOf(() => absSpokaneLeadershipIntensive({} as never)).map((i) => i.path)).toEqual([['firstDay'], ['refundDeadline']]);
    expect(spokane.unpublished.map((u) => u.parameter)).toEqual(['firstDay', 'fees', 'refundDeadline', 'registrationDeadline', null, null]);
  });
});
