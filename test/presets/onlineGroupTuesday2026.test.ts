/** The online group of Lisa Buck, MD and Albert Lichtenstein, PhD, as its page (seed 003) publishes it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditsFor } from '../../src/credits/index.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import { quoteFee } from '../../src/fees/index.js';
import { absOnlineGroupSaturday2026, absOnlineGroupTuesday2026 } from '../../src/presets/abs/index.js';
import { quoteRefund } from '../../src/refunds/index.js';
import { planSeries } from '../../src/schedule/index.js';
import { instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';
import { onlineGroupFees } from '../fees/_seeds.js';
import { issuesOf } from '../refunds/_helpers.js';
import { sessionTimes, usd } from './_helpers.js';

const group = absOnlineGroupTuesday2026({ minRegistrants: 6 });
const member = { professions: ['physician' as const], clinicallyActive: true, memberships: [{ organization: 'ABS' }] };
const nonMember = { professions: ['psychologist' as const], clinicallyActive: true };

describe('the online group on second Tuesdays, February-November 2026', () => {
  it('meets on the ten published Tuesdays, 7:00pm-8:00pm Eastern / 4:00-5:00 Pacific, the first 7:00-8:30pm', () => {
    expect(sessionTimes(group.schedule.series[0])).toEqual([
      ['2026-02-10', '7:00pm - 8:30pm Eastern / 4:00pm - 5:30pm Pacific'],
      ['2026-03-10', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-04-14', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-05-12', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-06-09', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-07-14', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-08-11', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-09-08', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-10-13', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
      ['2026-11-10', '7:00pm - 8:00pm Eastern / 4:00pm - 5:00pm Pacific'],
    ]);
  });

  it('stays at 7:00pm Eastern across both daylight-saving changes (March 8 and November 1, 2026)', () => {
    const starts = planSeries(group.schedule.series[0]).sessions.map((s) => s.start);
    expect([starts[0], starts[1], starts[8], starts[9]]).toEqual([
      '2026-02-11T00:00:00.000Z',
      '2026-03-10T23:00:00.000Z',
      '2026-10-13T23:00:00.000Z',
      '2026-11-11T00:00:00.000Z',
    ]);
  });

  it('charges $250 for ABS Members and $400 for non-members', () => {
    const at = { at: '2026-01-20T15:00:00Z' };
    const m = quoteFee(group.fees, member, at);
    expect([m.price, m.category?.id, m.message]).toEqual([usd('250.00'), 'member', 'You pay $250.00 (ABS Members, Regular).']);
    const n = quoteFee(group.fees, nonMember, at);
    expect([n.price, n.category?.id]).toEqual([usd('400.00'), 'non_member']);
  });

  it('charges what the seed fee fixture charges, for anyone at any time in 2026', () => {
    fc.assert(
      fc.property(stableProfileArb, instant2026Arb, (profile, at) => {
        expect(quoteFee(group.fees, profile, { at }).price).toEqual(quoteFee(onlineGroupFees, profile, { at }).price);
      }),
      { numRuns: 200 },
    );
  });

  it('has the same registrant requirements and cancellation policy as the Saturday group, without the English note', () => {
    expect(checkEligibility(group.eligibility, { clinicallyActive: false }, { at: '2026-02-01' }).reasons.map((r) => r.code)).toEqual(['not_clinically_active']);
    const saturday = absOnlineGroupSaturday2026({ minRegistrants: 6, fees: group.fees });
    expect(group.eligibility).toEqual(saturday.eligibility);
    expect(group.refunds).toEqual(saturday.refunds);
    expect(group.notes.filter((n) => n.kind === 'attestation')).toEqual(saturday.notes.filter((n) => n.kind === 'attestation'));
    expect(group.notes.some((n) => n.code === 'meetings_in_english')).toBe(false);
    expect(group.language).toBeUndefined();
    expect(group.notes.find((n) => n.code === 'cancellation_policy')?.text.startsWith('If canceled by the ABS or hosts due to insufficient registrants')).toBe(true);
  });

  it('refunds everything when the ABS cancels for insufficient registrants, nothing when the registrant cancels', () => {
    const organizer = quoteRefund(group.refunds, { paid: usd('400.00') }, { by: 'organizer', reason: 'insufficient_registrants', at: '2026-02-03T15:00:00Z' });
    expect(organizer.refund).toEqual(usd('400.00'));
    const registrant = quoteRefund(group.refunds, { paid: usd('250.00'), sessionsAttended: 4 }, { by: 'registrant', inWriting: true, at: '2026-06-01T12:00:00Z' });
    expect(registrant.refund).toEqual(usd('0.00'));
  });

  it('gives 10.50 AAFP credits and 10 APA credits for full attendance of its 10.5 hours', () => {
    const sessions = planSeries(group.schedule.series[0]).sessions;
    const result = creditsFor(group.accreditation, sessions, sessions.map((s) => ({ session: s.index, kind: 'full' as const })));
    expect(Object.values(result.systems).map((s) => [s.id, s.credits])).toEqual([
      ['aafp_prescribed', '10.50'],
      ['apa_ce', '10.00'],
    ]);
  });

  it('requires the unpublished minimum', () => {
    expect(issuesOf(() => absOnlineGroupTuesday2026({} as never)).map((i) => [i.path, i.code])).toEqual([[['minRegistrants'], 'invalid_type']]);
    expect(issuesOf(() => absOnlineGroupTuesday2026({ minRegistrants: 6, fees: group.fees } as never)).map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});
