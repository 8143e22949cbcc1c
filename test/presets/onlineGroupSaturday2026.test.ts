/** The online group of Eddo de Lang, MD and Darlene Lawrence, MD, as its page (seed 003) publishes it. */
import { describe, expect, it } from 'vitest';
import { decideViability, replayRegistrations } from '../../src/capacity/index.js';
import { AMA_AAFP_EQUIVALENCY_STATEMENT, creditsFor } from '../../src/credits/index.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { flatFeeSchedule, quoteFee } from '../../src/fees/index.js';
import { absOnlineGroupSaturday2026, type AbsOnlineGroupSaturdayParams } from '../../src/presets/abs/index.js';
import { quoteRefund } from '../../src/refunds/index.js';
import { planSeries } from '../../src/schedule/index.js';
import { issuesOf } from '../refunds/_helpers.js';
import { sessionTimes, usd } from './_helpers.js';

const fees = flatFeeSchedule({ currency: 'USD', timeZone: 'America/New_York', categories: [{ id: 'everyone', label: 'Everyone', price: '300.00' }] });
const params: AbsOnlineGroupSaturdayParams = { fees, minRegistrants: 6 };
const group = absOnlineGroupSaturday2026(params);
const series = group.schedule.series[0];
const at = { at: '2026-01-05' };

describe('the online group on second Saturdays, January-August 2026', () => {
  it('meets on the eight published Saturdays, 11:00am-12:00pm Eastern / 8:00am-9:00am Pacific, the first for 90 minutes', () => {
    expect(sessionTimes(series)).toEqual([
      ['2026-01-10', '11:00am - 12:30pm Eastern / 8:00am - 9:30am Pacific'],
      ['2026-02-14', '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'],
      ['2026-03-14', '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'],
      ['2026-04-11', '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'],
      ['2026-05-09', '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'],
      ['2026-06-13', '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'],
      ['2026-07-11', '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'],
      ['2026-08-08', '11:00am - 12:00pm Eastern / 8:00am - 9:00am Pacific'],
    ]);
    expect(planSeries(series).sessions.map((s) => s.durationMinutes)).toEqual([90, 60, 60, 60, 60, 60, 60, 60]);
    expect(group.displayTimeZones).toEqual(['America/New_York', 'America/Los_Angeles']);
  });

  it('names its leaders and is held online, in English', () => {
    expect(group.facilitators).toEqual([
      { name: 'Eddo de Lang, MD', role: 'leader' },
      { name: 'Darlene Lawrence, MD', role: 'leader' },
    ]);
    expect(group.venue).toEqual({ online: true });
    expect(group.language).toBe('en');
    expect(group.notes.find((n) => n.code === 'meetings_in_english')?.text).toBe(
      'In welcoming international participants, please know that the meetings will be held in English.',
    );
  });

  it('admits the clinically active and says why not otherwise ("Registrants must be clinically active")', () => {
    expect(checkEligibility(group.eligibility, { professions: ['physician'], clinicallyActive: true }, at)).toEqual({ verdict: 'eligible', reasons: [] });
    expect(checkEligibility(group.eligibility, { professions: ['physician'], clinicallyActive: false }, at).reasons).toEqual([
      { code: 'not_clinically_active', stated: true, path: [], message: 'You must be clinically active; your profile says you are not.' },
    ]);
    expect(checkEligibility(group.eligibility, {}, at).reasons.map((r) => [r.code, 'stated' in r && r.stated])).toEqual([['not_clinically_active', false]]);
  });

  it('keeps the requirements no rule can decide as quoted attestations', () => {
    expect(group.notes.filter((n) => n.kind === 'attestation').map((n) => n.text)).toEqual([
      'Registrants must be clinically active and willing to present cases.',
      'Because the success of the group depends in part on cohesion, steady attendance matters. Registrants must intend to attend all sessions of the group.',
    ]);
    expect(group.notes.find((n) => n.code === 'stressful_period')).toEqual({
      code: 'stressful_period',
      kind: 'recommendation',
      text: 'Balint work can stir strong emotions. If the registrant is at an unusually stressful period in their life, we recommend they sign up at another time.',
    });
    expect(group.audience.professions).toEqual(['physician', 'nurse_practitioner', 'psychologist', 'social_worker', 'other']);
  });

  it('takes the unpublished fee and minimum as required parameters and lists what is not published', () => {
    expect(issuesOf(() => absOnlineGroupSaturday2026({} as never)).map((i) => i.path)).toEqual([['fees'], ['minRegistrants']]);
    expect(group.unpublished.map((u) => [u.fact, u.parameter, u.given])).toEqual([
      ['fees', 'fees', true],
      ['capacity.minRegistrants', 'minRegistrants', true],
      ['capacity.maxSeats', 'maxSeats', false],
      ['capacity.decisionDate', 'decisionDate', false],
      ['accreditation.systems[0].designatedMaximum', 'aafpDesignatedMaximum', false],
      ['accreditation.systems[1].designatedMaximum', 'apaDesignatedMaximum', false],
      ['fees.registrationWindow.closes', 'registrationDeadline', false],
    ]);
    expect(quoteFee(group.fees, {}, { at: '2026-01-02T12:00:00Z' }).price).toEqual(usd('300.00'));
    expect(() => absOnlineGroupSaturday2026({ ...params, minRegistrants: 6, maxSeats: 5 })).toThrow(ValidationError);
  });

  it('cancels for insufficient registrants below the minimum, and then everyone gets their money back', () => {
    const policy = absOnlineGroupSaturday2026({ ...params, decisionDate: { date: '2026-01-02', timeZone: 'America/New_York' } }).capacity;
    const log = ['ana', 'ben', 'cai', 'dee', 'eli'].map((id, i) => ({ kind: 'register' as const, registrantId: id, at: `2025-12-0${i + 1}T15:00:00Z` }));
    const roster = replayRegistrations(policy, log);
    expect(decideViability(policy, roster, { at: '2026-01-02' }).verdict).toBe('pending');
    const decision = decideViability(policy, roster, { at: '2026-01-03' });
    expect(decision).toMatchObject({ verdict: 'no_go', confirmed: 5, minimum: 6, shortfall: 1 });
    const cancellation = { ...decision.refundsOwed!.cancellation, at: '2026-01-03T14:00:00Z' };
    const q = quoteRefund(group.refunds, { paid: usd('300.00') }, cancellation);
    expect([q.verdict, q.refund, q.withheld]).toEqual(['refund', usd('300.00'), usd('0.00')]);
    expect(decideViability(policy, 6, { at: '2026-01-03' }).verdict).toBe('go');
  });

  it('returns no fee otherwise, including for partial attendance or not completing the sequence', () => {
    const early = quoteRefund(group.refunds, { paid: usd('300.00') }, { by: 'registrant', inWriting: true, at: '2025-11-01T12:00:00Z' });
    expect([early.verdict, early.refund]).toEqual(['none', usd('0.00')]);
    expect(early.message).toBe('Because the cancellation was made by the registrant, not the organizer, no refund is available.');
    const partial = quoteRefund(group.refunds, { paid: usd('300.00'), sessionsAttended: 3 }, { by: 'registrant', at: '2026-04-20T12:00:00Z' });
    expect(partial.refund).toEqual(usd('0.00'));
    expect(group.notes.find((n) => n.code === 'cancellation_policy')?.text).toBe(
      "If cancelled by the ABS or hosts due to insufficient registrants, those registered will receive their money back. Otherwise, no return of fee is possible, including in the event of registrant's partial attendance or inability to complete the sequence of sessions.",
    );
  });

  it('gives 8.50 AAFP Prescribed credits and 8 APA credits for full attendance of its 8.5 hours, with the AMA/AAFP equivalency', () => {
    const sessions = planSeries(series).sessions;
    const result = creditsFor(group.accreditation, sessions, sessions.map((s) => ({ session: s.index, kind: 'full' as const })));
    expect(result.minutesPresent).toBe(510);
    expect(Object.values(result.systems).map((s) => [s.id, s.credits, s.designatedMaximum])).toEqual([
      ['aafp_prescribed', '8.50', null],
      ['apa_ce', '8.00', null],
    ]);
    expect(result.systems.aafp_prescribed?.equivalency?.statement).toBe(AMA_AAFP_EQUIVALENCY_STATEMENT);
    expect(Object.values(result.systems).map((s) => s.statement)).toEqual([
      'The AAFP has reviewed Balint Group - Decreasing Isolation with Peer Consultation, and deemed it acceptable for AAFP credit.',
      'The American Balint Society is approved by the American Psychological Association to sponsor continuing education for psychologists. The American Balint Society maintains responsibility for this program and its content.',
    ]);
  });

  it('applies designated maxima only when given', () => {
    const capped = absOnlineGroupSaturday2026({ ...params, aafpDesignatedMaximum: '8.00', apaDesignatedMaximum: '6.00' });
    expect(capped.accreditation.systems.map((s) => s.designatedMaximum)).toEqual(['8.00', '6.00']);
    expect(capped.unpublished.filter((u) => u.given).map((u) => u.parameter)).toEqual(['fees', 'minRegistrants', 'aafpDesignatedMaximum', 'apaDesignatedMaximum']);
  });
});
