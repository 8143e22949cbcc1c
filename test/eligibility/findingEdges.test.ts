/**
 * What a reason says when the profile holds several windows listed in any
 * order (the dates that decide are the latest end and the earliest start,
 * wherever they are listed), when it says nothing at all (no list is made
 * up), and how a label of its own on an excluded rule wins over the label
 * of the `not` around it. And the subject of each rejection.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, compileEligibilityRule, type EligibilityRule, type RegistrantProfile } from '../../src/eligibility/index.js';
import { rejection } from '../_helpers/rejection.js';

const asOf = '2026-03-01';
const reasons = (rule: EligibilityRule, profile: RegistrantProfile) => checkEligibility(rule, profile, { at: asOf }).reasons;
const credential: EligibilityRule = { kind: 'credential', credential: 'abs_leader' };
const member: EligibilityRule = { kind: 'member', organization: 'ABS' };

describe('windows listed in any order', () => {
  it('an expired credential: the latest expiry, listed first', () => {
    const profile = { credentials: [{ credential: 'abs_leader', issued: '2020-01-01', expires: '2025-06-30' }, { credential: 'abs_leader', issued: '2019-01-01', expires: '2024-01-01' }] };
    expect(reasons(credential, profile)).toStrictEqual([
      {
        code: 'credential_expired',
        credential: 'abs_leader',
        on: asOf,
        expiredOn: '2025-06-30',
        path: [],
        message: 'You must be holding the ABS leader credential; your ABS leader credential expired on 2025-06-30, before 2026-03-01.',
      },
    ]);
  });

  it('a credential not yet issued, and a membership not yet started: the earliest start, listed first', () => {
    const credentials = [{ credential: 'abs_leader', issued: '2026-04-01' }, { credential: 'abs_leader', issued: '2026-05-01' }];
    expect(reasons(credential, { credentials })[0]).toMatchObject({ code: 'credential_not_yet_valid', issuedOn: '2026-04-01' });
    const memberships = [{ organization: 'ABS', from: '2026-04-01' }, { organization: 'ABS', from: '2026-05-01' }];
    expect(reasons(member, { memberships })[0]).toMatchObject({ code: 'membership_not_yet_valid', startsOn: '2026-04-01' });
  });

  it('an ended membership: the latest end, listed first', () => {
    const memberships = [{ organization: 'ABS', until: '2025-06-30' }, { organization: 'ABS', until: '2025-01-31' }];
    expect(reasons(member, { memberships })[0]).toMatchObject({ code: 'membership_expired', endedOn: '2025-06-30' });
  });

  it('a membership held twice at once: valid until the latest end, listed first or last', () => {
    const later = { organization: 'ABS', until: '2027-12-31' };
    const sooner = { organization: 'ABS', until: '2026-12-31' };
    for (const memberships of [[later, sooner], [sooner, later]]) {
      expect(reasons({ kind: 'not', rule: member }, { memberships })[0]).toMatchObject({ code: 'membership_held', until: '2027-12-31' });
    }
    // One of them open-ended: held with no end.
    expect(reasons({ kind: 'not', rule: member }, { memberships: [later, { organization: 'ABS' }] })[0]).toMatchObject({ code: 'membership_held', until: null });
  });

  it('a credential held twice at once: expiring on the latest date, listed first or last', () => {
    const later = { credential: 'abs_leader', issued: '2022-05-01', expires: '2028-01-01' };
    const sooner = { credential: 'abs_leader', issued: '2023-05-01', expires: '2027-01-01' };
    for (const credentials of [[later, sooner], [sooner, later]]) {
      expect(reasons({ kind: 'not', rule: credential }, { credentials })[0]).toMatchObject({ code: 'credential_held', issuedOn: '2022-05-01', expiresOn: '2028-01-01' });
    }
  });

  it('a credential held twice at once: issued on the earliest date, listed first', () => {
    const credentials = [{ credential: 'abs_leader', issued: '2022-05-01' }, { credential: 'abs_leader', issued: '2024-01-01' }];
    expect(reasons({ kind: 'not', rule: credential }, { credentials })[0]).toMatchObject({ code: 'credential_held', issuedOn: '2022-05-01', expiresOn: null });
  });
});

describe('a profile that says nothing, or little', () => {
  it('no languages and no professions: nothing is listed, and the reason says they were not given', () => {
    expect(reasons({ kind: 'language', language: 'en' }, {})).toStrictEqual([
      { code: 'language_missing', language: 'en', languages: [], stated: false, path: [], message: 'You must be able to take part in English; your profile does not list your languages.' },
    ]);
    expect(reasons({ kind: 'profession', in: ['physician'] }, {})).toStrictEqual([
      { code: 'profession_not_allowed', allowed: ['physician'], professions: [], stated: false, path: [], message: 'You must be a physician; your profile does not state a profession.' },
    ]);
  });

  it('every matching language is named, in English', () => {
    expect(reasons({ kind: 'not', rule: { kind: 'language', language: 'en' } }, { languages: ['en', 'fr', 'en-GB'] })).toStrictEqual([
      { code: 'language_held', language: 'en', languages: ['en', 'en-GB'], path: ['rule'], message: 'You must not be able to take part in English; your profile lists English and British English.' },
    ]);
  });

  it('a medical student studying medicine studies it once', () => {
    expect(reasons({ kind: 'student', field: 'psychology' }, { study: { field: 'medicine' }, professions: ['medical_student'] })).toStrictEqual([
      { code: 'not_student', field: 'psychology', studying: ['medicine'], path: [], message: 'You must be a student of psychology; your profile says you study medicine.' },
    ]);
  });
});

describe('labels', () => {
  it('an excluded rule with a label of its own is named by it, not by the label of the `not`', () => {
    expect(reasons({ kind: 'not', label: 'a newcomer', rule: { kind: 'leads_group', label: 'a group leader' } }, { leadsGroup: true })).toStrictEqual([
      { code: 'leads_group_held', path: ['rule'], message: 'You must not be a group leader; your profile says you lead one.', label: 'a group leader' },
    ]);
  });

  it('a reason without a label has no label key', () => {
    expect(reasons({ kind: 'not', rule: { kind: 'leads_group' } }, { leadsGroup: true })).toStrictEqual([
      { code: 'leads_group_held', path: ['rule'], message: 'You must not be leading a Balint group; your profile says you lead one.' },
    ]);
  });
});

describe('what is rejected', () => {
  it('checkEligibility names the profile, compileEligibilityRule the rule', () => {
    expect(rejection(() => checkEligibility({ kind: 'leads_group' }, { professions: ['pilot'] } as never, { at: asOf })).subject).toBe('registrant profile');
    expect(rejection(() => compileEligibilityRule({ kind: 'profession', in: [] })).message).toBe('Invalid eligibility rule: in: must have at least 1 item(s)');
  });
});
