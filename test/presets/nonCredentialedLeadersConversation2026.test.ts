/** The conversation for non-credentialed leaders, as its page (seed 003) publishes it. */
import { describe, expect, it } from 'vitest';
import { checkEligibility, describeEligibilityRule } from '../../src/eligibility/index.js';
import { ABS_LEADER_CREDENTIAL, absNonCredentialedLeadersConversation2026 } from '../../src/presets/abs/index.js';
import { describeSessionTimes, instantToZoned } from '../../src/schedule/index.js';
import { issuesOf } from '../refunds/_helpers.js';

const conversation = absNonCredentialedLeadersConversation2026({ durationMinutes: 60 });
const event = conversation.schedule.events[0];
const at = { at: '2026-01-22' };

describe('the conversation for non-credentialed leaders, January 22, 2026', () => {
  it('starts "January 22, 2026 at 04:00 PM Eastern Time (US and Canada)" and lasts the length given', () => {
    expect(event).toEqual({ start: '2026-01-22T21:00:00.000Z', end: '2026-01-22T22:00:00.000Z', timeZone: 'America/New_York' });
    expect(instantToZoned(event.start, 'America/New_York')).toMatchObject({ date: '2026-01-22', time: '16:00' });
    expect(describeSessionTimes(event, ['America/New_York']).text).toBe('4:00pm - 5:00pm Eastern');
    expect(absNonCredentialedLeadersConversation2026({ durationMinutes: 90 }).schedule.events[0].end).toBe('2026-01-22T22:30:00.000Z');
  });

  it('is facilitated by Terri Wall & Phil Phelps', () => {
    expect(conversation.facilitators.map((f) => f.name)).toEqual(['Terri Wall', 'Phil Phelps']);
  });

  it('welcomes every leader of a Balint group who is not an ABS Credentialed Leader', () => {
    expect(describeEligibilityRule(conversation.eligibility)).toBe('a non-credentialed leader of a Balint group');
    expect(checkEligibility(conversation.eligibility, { leadsGroup: true }, at)).toEqual({ verdict: 'eligible', reasons: [] });
    // A credential that expired before the conversation does not count.
    expect(checkEligibility(conversation.eligibility, { leadsGroup: true, credentials: [{ credential: ABS_LEADER_CREDENTIAL, issued: '2015-01-01', expires: '2025-12-31' }] }, at).verdict).toBe('eligible');
  });

  it('turns away credentialed leaders and those who lead no group, saying why', () => {
    expect(checkEligibility(conversation.eligibility, { leadsGroup: true, credentials: [{ credential: ABS_LEADER_CREDENTIAL, issued: '2019-10-05' }] }, at).reasons).toEqual([
      {
        code: 'credential_held',
        credential: ABS_LEADER_CREDENTIAL,
        on: '2026-01-22',
        issuedOn: '2019-10-05',
        expiresOn: null,
        path: ['rules', 1, 'rule'],
        label: 'an ABS Credentialed Leader',
        message: 'You must not be an ABS Credentialed Leader; you hold it, issued on 2019-10-05.',
      },
    ]);
    expect(checkEligibility(conversation.eligibility, { leadsGroup: false }, at).reasons.map((r) => [r.code, r.message])).toEqual([
      ['not_leading_group', 'You must be leading a Balint group; your profile says you do not lead one.'],
    ]);
  });

  it('takes its unpublished length as a parameter', () => {
    expect(issuesOf(() => absNonCredentialedLeadersConversation2026({} as never)).map((i) => i.path)).toEqual([['durationMinutes']]);
    expect(issuesOf(() => absNonCredentialedLeadersConversation2026({ durationMinutes: 1441 })).map((i) => i.path)).toEqual([['durationMinutes']]);
    expect(conversation.unpublished).toEqual([
      { fact: 'schedule.events[0].end', description: 'The length of the conversation: not published.', parameter: 'durationMinutes', given: true },
      { fact: 'fees', description: 'No fee is published.', parameter: null, given: false },
    ]);
  });
});
