import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  type EligibilityReason,
  type EligibilityRule,
  type ProfileMembership,
  type RegistrantProfile,
} from '../../src/eligibility/index.js';

const ABS_LEADER = 'abs_credentialed_balint_leader';

/** Seed rules, as an organizer would store them. */
const onlineGroup: EligibilityRule = {
  kind: 'all',
  rules: [
    { kind: 'clinically_active' },
    { kind: 'profession', in: ['physician', 'nurse_practitioner', 'psychologist', 'social_worker', 'other'] },
  ],
};
const credentialedDropIn: EligibilityRule = { kind: 'credential', credential: ABS_LEADER, label: 'an ABS Credentialed Leader' };
const nonCredentialedConversation: EligibilityRule = {
  kind: 'all',
  rules: [{ kind: 'leads_group' }, { kind: 'not', rule: { kind: 'credential', credential: ABS_LEADER } }],
};
const diversityDiscussion: EligibilityRule = { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] };
const asconaPrize: EligibilityRule = { kind: 'student', field: 'medicine' };

const check = (rule: EligibilityRule, profile: RegistrantProfile, asOf = '2026-03-12') => checkEligibility(rule, profile, { at: asOf });
const codes = (reasons: readonly EligibilityReason[]) => reasons.map((r) => r.code);

describe('checkEligibility', () => {
  describe('online Balint groups: "Registrants must be clinically active"; physicians, nurse practitioners, psychologists, social workers and others', () => {
    it('admits a clinically active family physician', () => {
      expect(check(onlineGroup, { professions: ['physician'], clinicallyActive: true }, '2026-01-10')).toEqual({ verdict: 'eligible', reasons: [] });
    });

    it('admits "others" in active practice', () => {
      expect(check(onlineGroup, { professions: ['other'], clinicallyActive: true }).verdict).toBe('eligible');
    });

    it('lists every unmet condition, not just the first', () => {
      const result = check(onlineGroup, { professions: ['educator'], clinicallyActive: false });
      expect(result.verdict).toBe('not_eligible');
      expect(result.reasons).toEqual([
        { code: 'not_clinically_active', stated: true, path: ['rules', 0], message: 'You must be clinically active; your profile says you are not.' },
        {
          code: 'profession_not_allowed',
          allowed: ['physician', 'nurse_practitioner', 'psychologist', 'social_worker', 'other'],
          professions: ['educator'],
          stated: true,
          path: ['rules', 1],
          message: 'You must be a physician, nurse practitioner, psychologist, social worker or other clinician; your profile lists educator.',
        },
      ]);
    });

    it('says when the profile does not answer a question', () => {
      const result = check(onlineGroup, {});
      expect(result.reasons.map((r) => [r.code, 'stated' in r ? r.stated : undefined])).toEqual([
        ['not_clinically_active', false],
        ['profession_not_allowed', false],
      ]);
      expect(result.reasons[0]?.message).toBe('You must be clinically active; your profile does not say whether you are.');
    });
  });

  describe('credentialed leaders\' drop-in: "for ABS Credentialed Leaders"', () => {
    it('admits a credentialed leader and uses the label in reasons', () => {
      expect(check(credentialedDropIn, { credentials: [{ credential: ABS_LEADER, issued: '2019-10-05' }] }).verdict).toBe('eligible');
      expect(check(credentialedDropIn, {}).reasons).toEqual([
        {
          code: 'credential_missing',
          credential: ABS_LEADER,
          on: '2026-03-12',
          path: [],
          label: 'an ABS Credentialed Leader',
          message: 'You must be an ABS Credentialed Leader; no ABS credentialed Balint leader credential is on record.',
        },
      ]);
    });

    it('counts a credential from its issue date through its expiry date, both inclusive', () => {
      const profile = { credentials: [{ credential: ABS_LEADER, issued: '2024-05-01', expires: '2026-04-30' }] };
      expect(check(credentialedDropIn, profile, '2024-04-30').reasons.map((r) => r.code)).toEqual(['credential_not_yet_valid']);
      expect(check(credentialedDropIn, profile, '2024-05-01').verdict).toBe('eligible');
      expect(check(credentialedDropIn, profile, '2026-04-30').verdict).toBe('eligible');
      expect(check(credentialedDropIn, profile, '2026-05-01').reasons).toMatchObject([{ code: 'credential_expired', expiredOn: '2026-04-30', on: '2026-05-01' }]);
    });
  });

  describe('"All non-credentialed leaders of Balint groups"', () => {
    it('admits a leader without the credential, and one whose credential has expired', () => {
      expect(check(nonCredentialedConversation, { leadsGroup: true }, '2026-01-22').verdict).toBe('eligible');
      const lapsed = { leadsGroup: true, credentials: [{ credential: ABS_LEADER, issued: '2018-01-01', expires: '2025-12-31' }] };
      expect(check(nonCredentialedConversation, lapsed, '2026-01-22').verdict).toBe('eligible');
    });

    it('turns away a credentialed leader, saying which excluded condition held', () => {
      const result = check(nonCredentialedConversation, { leadsGroup: true, credentials: [{ credential: ABS_LEADER, issued: '2019-10-05' }] }, '2026-01-22');
      expect(result.reasons).toEqual([
        {
          code: 'credential_held',
          credential: ABS_LEADER,
          on: '2026-01-22',
          issuedOn: '2019-10-05',
          expiresOn: null,
          path: ['rules', 1, 'rule'],
          message: 'You must not be holding the ABS credentialed Balint leader credential; you hold it, issued on 2019-10-05.',
        },
      ]);
    });

    it('turns away a credentialed person who leads no group for both reasons', () => {
      const result = check(nonCredentialedConversation, { leadsGroup: false, credentials: [{ credential: ABS_LEADER, issued: '2019-10-05' }] }, '2026-01-22');
      expect(codes(result.reasons)).toEqual(['not_leading_group', 'credential_held']);
    });

    it('words the exclusion with the label of the `not`', () => {
      const rule: EligibilityRule = { kind: 'not', label: 'a non-credentialed leader', rule: { kind: 'credential', credential: ABS_LEADER } };
      const result = check(rule, { credentials: [{ credential: ABS_LEADER, issued: '2019-10-05' }] });
      expect(result.reasons[0]).toMatchObject({ label: 'a non-credentialed leader', message: 'You must be a non-credentialed leader; you hold it, issued on 2019-10-05.' });
    });
  });

  describe('diversity discussion: "Any ABS Member leading a Balint Group"', () => {
    const leader = (memberships: ProfileMembership[]): RegistrantProfile => ({ leadsGroup: true, memberships });

    it('admits a member on the day of the discussion', () => {
      expect(check(diversityDiscussion, leader([{ organization: 'ABS', from: '2025-03-12', until: '2026-03-12' }])).verdict).toBe('eligible');
    });

    it('treats both ends of a membership as inclusive', () => {
      expect(check(diversityDiscussion, leader([{ organization: 'ABS', until: '2026-03-11' }])).reasons).toEqual([
        {
          code: 'membership_expired',
          organization: 'ABS',
          on: '2026-03-12',
          endedOn: '2026-03-11',
          path: ['rules', 0],
          message: 'You must be a member of ABS; your membership of ABS ended on 2026-03-11, before 2026-03-12.',
        },
      ]);
      expect(check(diversityDiscussion, leader([{ organization: 'ABS', from: '2026-03-13' }])).reasons).toMatchObject([
        { code: 'membership_not_yet_valid', startsOn: '2026-03-13' },
      ]);
      expect(check(diversityDiscussion, leader([{ organization: 'ABS', from: '2026-03-12' }])).verdict).toBe('eligible');
    });

    it('does not count another organization', () => {
      expect(codes(check(diversityDiscussion, leader([{ organization: 'IBF' }])).reasons)).toEqual(['membership_missing']);
    });

    it('checks a rule-level date instead of `at` when the rule gives one', () => {
      const rule: EligibilityRule = { kind: 'member', organization: 'ABS', on: '2026-01-01' };
      expect(check(rule, { memberships: [{ organization: 'ABS', until: '2026-01-01' }] }, '2026-06-11').verdict).toBe('eligible');
    });
  });

  describe('Ascona Prize: "invites medical students"', () => {
    it('admits a student of medicine, by profession or by field of study', () => {
      expect(check(asconaPrize, { professions: ['medical_student'] }, '2026-01-30').verdict).toBe('eligible');
      expect(check(asconaPrize, { study: { field: 'medicine' } }, '2026-01-30').verdict).toBe('eligible');
    });

    it('turns away a resident and a nursing student', () => {
      expect(check(asconaPrize, { professions: ['resident'] }).reasons).toMatchObject([{ code: 'not_student', studying: [] }]);
      expect(check(asconaPrize, { study: { field: 'nursing' } }).reasons).toEqual([
        { code: 'not_student', field: 'medicine', studying: ['nursing'], path: [], message: 'You must be a student of medicine; your profile says you study nursing.' },
      ]);
    });
  });

  describe('any, not and languages', () => {
    it('reports the alternatives of an `any` none of which holds, nested under it', () => {
      const rule: EligibilityRule = { kind: 'any', rules: [{ kind: 'profession', in: ['physician'] }, { kind: 'leads_group' }] };
      const result = check(rule, { professions: ['educator'], leadsGroup: false });
      expect(result.reasons).toHaveLength(1);
      expect(result.reasons[0]).toMatchObject({ code: 'none_of_any', path: [] });
      const nested = result.reasons[0]?.code === 'none_of_any' ? result.reasons[0].reasons : [];
      expect(nested.map((r) => [r.code, r.path])).toEqual([
        ['profession_not_allowed', ['rules', 0]],
        ['not_leading_group', ['rules', 1]],
      ]);
    });

    it('reports an excluded combination that holds as all_held', () => {
      const rule: EligibilityRule = { kind: 'not', rule: { kind: 'all', rules: [{ kind: 'leads_group' }, { kind: 'clinically_active' }] } };
      const result = check(rule, { leadsGroup: true, clinicallyActive: true });
      expect(result.reasons).toMatchObject([{ code: 'all_held', path: ['rule'], reasons: [{ code: 'leads_group_held' }, { code: 'clinically_active_held' }] }]);
    });

    it('keeps the polarity of a labelled `not` under another `not`', () => {
      const rule: EligibilityRule = { kind: 'not', rule: { kind: 'not', label: 'a non-member of ABS', rule: { kind: 'member', organization: 'ABS' } } };
      expect(check(rule, {}).reasons).toMatchObject([
        { code: 'membership_missing', label: 'a non-member of ABS', message: 'You must not be a non-member of ABS; no membership of ABS is on record.' },
      ]);
    });

    it('reads a double negation as the condition itself', () => {
      const rule: EligibilityRule = { kind: 'not', rule: { kind: 'not', rule: { kind: 'leads_group' } } };
      expect(check(rule, { leadsGroup: false }).reasons).toMatchObject([
        { code: 'not_leading_group', path: ['rule', 'rule'], message: 'You must be leading a Balint group; your profile says you do not lead one.' },
      ]);
    });

    it('lets a specific language tag satisfy a general one, case-insensitively', () => {
      const english: EligibilityRule = { kind: 'language', language: 'en' };
      expect(check(english, { languages: ['EN-us'] }).verdict).toBe('eligible');
      expect(check({ kind: 'language', language: 'en-US' }, { languages: ['en'] }).verdict).toBe('not_eligible');
      expect(check(english, { languages: ['fr'] }).reasons[0]?.message).toBe('You must be able to take part in English; your profile lists French.');
    });

    it('holds an empty `all` for everyone and an empty `any` for no one', () => {
      expect(check({ kind: 'all', rules: [] }, {}).verdict).toBe('eligible');
      expect(codes(check({ kind: 'any', rules: [] }, {}).reasons)).toEqual(['none_of_any']);
    });
  });

  describe('invalid input', () => {
    it('throws a ValidationError naming the path, never a TypeError', () => {
      expect(() => check({ kind: 'all', rules: [{ kind: 'member', organization: '' }] } as EligibilityRule, {})).toThrowError(
        /Invalid eligibility rule: rules\[0\]\.organization/,
      );
      expect(() => check({ kind: 'leads_group' }, { memberships: [{ organization: 'ABS', from: '2026-02-01', until: '2026-01-31' }] })).toThrowError(
        /memberships\[0\]\.until: must not end before it starts/,
      );
      expect(() => checkEligibility({ kind: 'leads_group' }, {}, { at: '2026-02-30' })).toThrowError(/Invalid eligibility options: at/);
      const cyclic: { kind: 'not'; rule?: unknown } = { kind: 'not' };
      cyclic.rule = cyclic;
      expect(() => check(cyclic as EligibilityRule, {})).toThrowError(expect.objectContaining({ name: 'ValidationError' }));
    });

    it('rejects anything that is not a rule, profile and date with a ValidationError', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (rule, profile) => {
          try {
            checkEligibility(rule as EligibilityRule, profile as RegistrantProfile, { at: '2026-01-01' });
          } catch (error) {
            expect(error).toMatchObject({ name: 'ValidationError', code: 'invalid_input' });
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});
