/**
 * What checkEligibility tells a registrant turned away, when their profile
 * holds several memberships or credentials of one organization, several
 * languages or professions, or says nothing: the dates it names are the ones
 * that decide (the latest end, the earliest start), and its lists read as
 * English. And how describeEligibilityRule groups nested rules.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, describeEligibilityRule, type EligibilityRule, type RegistrantProfile } from '../../src/eligibility/index.js';

const asOf = '2026-03-01';
/** The reasons, without their paths. */
const reasons = (rule: EligibilityRule, profile: RegistrantProfile) => checkEligibility(rule, profile, { at: asOf }).reasons.map(({ path: _path, ...rest }) => rest);
const member: EligibilityRule = { kind: 'member', organization: 'ABS' };

describe('several memberships of one organization', () => {
  it('all ended: the reason names the latest end, and memberships of other organizations do not count', () => {
    const profile = {
      memberships: [
        { organization: 'ABS', from: '2024-01-01', until: '2025-01-31' },
        { organization: 'ABS', from: '2023-01-01', until: '2025-06-30' },
        { organization: 'AAFP', from: '2020-01-01' },
      ],
    };
    expect(reasons(member, profile)).toEqual([
      { code: 'membership_expired', organization: 'ABS', on: asOf, endedOn: '2025-06-30', message: 'You must be a member of ABS; your membership of ABS ended on 2025-06-30, before 2026-03-01.' },
    ]);
  });

  it('none started yet: the reason names the earliest start', () => {
    const profile = { memberships: [{ organization: 'ABS', from: '2026-05-01' }, { organization: 'ABS', from: '2026-04-01', until: '2027-01-01' }] };
    expect(reasons(member, profile)).toEqual([
      { code: 'membership_not_yet_valid', organization: 'ABS', on: asOf, startsOn: '2026-04-01', message: 'You must be a member of ABS; your membership of ABS starts on 2026-04-01, after 2026-03-01.' },
    ]);
  });

  it('held, where a rule excludes members: valid until the latest end, or open-ended if any is', () => {
    const not: EligibilityRule = { kind: 'not', rule: member };
    const until = (memberships: RegistrantProfile['memberships']) => (reasons(not, { memberships })[0] as { until: string | null }).until;
    expect(until([{ organization: 'ABS', from: '2026-01-01', until: '2026-12-31' }, { organization: 'ABS', from: '2025-01-01', until: '2027-06-30' }])).toBe('2027-06-30');
    expect(until([{ organization: 'ABS', from: '2026-01-01' }, { organization: 'ABS', from: '2025-01-01', until: '2027-06-30' }])).toBeNull();
  });

  it('a credential held twice was issued on the earliest date and expires on the latest', () => {
    const profile = { credentials: [{ credential: 'abs_leader', issued: '2024-01-01', expires: '2026-12-31' }, { credential: 'abs_leader', issued: '2022-05-01', expires: '2027-12-31' }] };
    expect(reasons({ kind: 'not', rule: { kind: 'credential', credential: 'abs_leader' } }, profile)).toEqual([
      { code: 'credential_held', credential: 'abs_leader', on: asOf, issuedOn: '2022-05-01', expiresOn: '2027-12-31', message: 'You must not be holding the ABS leader credential; you hold it, issued on 2022-05-01.' },
    ]);
  });
});

describe('lists and silences in a profile', () => {
  const spanish: EligibilityRule = { kind: 'language', language: 'es' };

  it('languages: the ones listed, in English, or that none are', () => {
    expect(reasons(spanish, { languages: ['en', 'fr'] })).toEqual([
      { code: 'language_missing', language: 'es', languages: ['en', 'fr'], stated: true, message: 'You must be able to take part in Spanish; your profile lists English and French.' },
    ]);
    expect(reasons(spanish, { languages: [] })[0]?.message).toBe('You must be able to take part in Spanish; your profile lists no language.');
    expect(reasons({ kind: 'not', rule: spanish }, { languages: ['es', 'en'] })).toEqual([
      { code: 'language_held', language: 'es', languages: ['es'], message: 'You must not be able to take part in Spanish; your profile lists Spanish.' },
    ]);
  });

  it('professions: the ones listed, or that none are', () => {
    const physician: EligibilityRule = { kind: 'profession', in: ['physician'] };
    expect(reasons(physician, { professions: ['psychologist', 'social_worker', 'nurse_practitioner'] })[0]?.message).toBe(
      'You must be a physician; your profile lists psychologist, social worker and nurse practitioner.',
    );
    expect(reasons(physician, { professions: [] })[0]?.message).toBe('You must be a physician; your profile lists no profession.');
  });

  it('leading a group: "no" and "not said" are different answers', () => {
    expect(reasons({ kind: 'leads_group' }, { leadsGroup: false })).toEqual([
      { code: 'not_leading_group', stated: true, message: 'You must be leading a Balint group; your profile says you do not lead one.' },
    ]);
    expect(reasons({ kind: 'leads_group' }, {})).toEqual([
      { code: 'not_leading_group', stated: false, message: 'You must be leading a Balint group; your profile does not say whether you lead one.' },
    ]);
  });

  it('a medical student studies medicine, whatever else they study', () => {
    expect(reasons({ kind: 'student', field: 'psychology' }, { study: { field: 'social_work' }, professions: ['medical_student'] })).toEqual([
      { code: 'not_student', field: 'psychology', studying: ['social_work', 'medicine'], message: 'You must be a student of psychology; your profile says you study social work and medicine.' },
    ]);
    expect(checkEligibility({ kind: 'student', field: 'medicine' }, { professions: ['medical_student'] }, { at: asOf }).verdict).toBe('eligible');
  });
});

describe('describeEligibilityRule groups nested rules', () => {
  it('a group of one rule reads as that rule', () => {
    expect(describeEligibilityRule({ kind: 'all', rules: [member] })).toBe('a member of ABS');
    expect(describeEligibilityRule({ kind: 'any', rules: [member] })).toBe('a member of ABS');
  });

  it('a nested group of several is parenthesised, unless it has its own label', () => {
    const either: EligibilityRule = { kind: 'any', rules: [{ kind: 'profession', in: ['physician'] }, { kind: 'leads_group' }] };
    expect(describeEligibilityRule({ kind: 'all', rules: [member, either] })).toBe('a member of ABS, and (a physician, or leading a Balint group)');
    expect(describeEligibilityRule({ kind: 'any', rules: [{ kind: 'all', rules: [member, { kind: 'leads_group' }] }, { kind: 'language', language: 'es' }] })).toBe(
      '(a member of ABS, and leading a Balint group), or able to take part in Spanish',
    );
    expect(describeEligibilityRule({ kind: 'all', rules: [member, { ...either, label: 'a leader or a physician' }] })).toBe('a member of ABS, and a leader or a physician');
  });
});
