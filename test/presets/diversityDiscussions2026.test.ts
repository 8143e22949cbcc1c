/** The ABS Diversity Committee's discussions, as their pages (seed 003) publish them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRegistrationEvent, emptyRoster, replayRegistrations } from '../../src/capacity/index.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import { formatMoney } from '../../src/money/index.js';
import { quoteFee } from '../../src/fees/index.js';
import { absDiversityDiscussions2026 } from '../../src/presets/abs/index.js';
import { instant2026Arb } from '../_arbitraries/fees.js';
import { registrantProfileArb } from '../_arbitraries/eligibility.js';
import { diversityDiscussionFees } from '../fees/_seeds.js';
import { issuesOf } from '../refunds/_helpers.js';
import { sessionTimes, usd } from './_helpers.js';

const discussions = absDiversityDiscussions2026();
const register = (n: number) => ({ kind: 'register' as const, registrantId: `r${n}`, at: `2026-02-${String(n).padStart(2, '0')}T15:00:00Z` });
const thirteen = Array.from({ length: 13 }, (_, i) => register(i + 1));

describe('the diversity discussions, 2026', () => {
  it('meet on Thursdays March 12, June 11, September 10 and December 10, 2026, 8:00 - 9:00 pm Eastern', () => {
    expect(sessionTimes(discussions.schedule.series[0], ['America/New_York'])).toEqual([
      ['2026-03-12', '8:00pm - 9:00pm Eastern'],
      ['2026-06-11', '8:00pm - 9:00pm Eastern'],
      ['2026-09-10', '8:00pm - 9:00pm Eastern'],
      ['2026-12-10', '8:00pm - 9:00pm Eastern'],
    ]);
    expect(discussions.organizer).toEqual({ name: 'American Balint Society', committee: 'Diversity Committee' });
  });

  it('are for "Any ABS Member leading a Balint Group"', () => {
    const at = { at: '2026-03-12' };
    expect(checkEligibility(discussions.eligibility, { memberships: [{ organization: 'ABS' }], leadsGroup: true }, at).verdict).toBe('eligible');
    expect(checkEligibility(discussions.eligibility, { memberships: [{ organization: 'ABS', until: '2025-12-31' }], leadsGroup: false }, at).reasons.map((r) => [r.code, r.message])).toEqual([
      ['membership_expired', 'You must be an ABS Member; your membership of ABS ended on 2025-12-31, before 2026-03-12.'],
      ['not_leading_group', 'You must be leading a Balint group; your profile says you do not lead one.'],
    ]);
  });

  it('cost "$ 0.00 (Free)"', () => {
    const q = quoteFee(discussions.fees, { memberships: [{ organization: 'ABS' }], leadsGroup: true }, { at: '2026-03-01T12:00:00Z' });
    expect([q.price, formatMoney(q.price!)]).toEqual([usd('0.00'), '$0.00']);
  });

  it('charge what the seed fee fixture charges those who may come', () => {
    fc.assert(
      fc.property(registrantProfileArb, instant2026Arb, (profile, at) => {
        const fixture = quoteFee(diversityDiscussionFees, profile, { at });
        if (fixture.verdict === 'priced') expect(quoteFee(discussions.fees, profile, { at }).price).toEqual(fixture.price);
      }),
      { numRuns: 200 },
    );
  });

  it('limit attendance to 12 participants: the 13th waits', () => {
    const roster = replayRegistrations(discussions.capacity, thirteen);
    expect(roster.confirmed).toHaveLength(12);
    expect(roster.waitlist).toEqual(['r13']);
    expect(roster.decisions.at(-1)).toMatchObject({ code: 'waitlisted_full', registrantId: 'r13', position: 1 });
  });

  it('give a spot back to the first waiting when a registrant lets them know they cannot attend', () => {
    const cancel = { kind: 'cancel' as const, registrantId: 'r4', at: '2026-03-01T12:00:00Z' };
    const roster = replayRegistrations(discussions.capacity, [...thirteen, cancel]);
    expect(roster.confirmed).toContain('r13');
    expect(roster.confirmed).toHaveLength(12);
    expect(roster.waitlist).toEqual([]);
    expect(roster.promotions).toEqual([{ registrantId: 'r13', replaces: 'r4', at: '2026-03-01T12:00:00Z', eventIndex: 13 }]);
    const stepwise = [...thirteen, cancel].reduce((state, event) => applyRegistrationEvent(discussions.capacity, state, event), emptyRoster());
    expect(stepwise.confirmed).toEqual(roster.confirmed);
  });

  it('are registered for one discussion at a time, and quote the page', () => {
    expect(discussions.registrationPer).toBe('session');
    expect(discussions.notes.map((n) => n.code)).toEqual(['discussion_questions', 'attendance_limit', 'give_back_spot']);
    expect(discussions.notes[2]?.text).toBe("If you register and you're unable to attend, please let us know so we can give your spot to someone else.");
  });

  it('take no parameters', () => {
    expect(absDiversityDiscussions2026({})).toEqual(discussions);
    expect(issuesOf(() => absDiversityDiscussions2026({ maxSeats: 20 } as never)).map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});
