/**
 * The exported schemas an app uses to check a registrant's form or an
 * organizer's rule before calling the library: each bad field is reported at
 * its path, with a sentence saying what is expected.
 */
import { describe, expect, it } from 'vitest';
import { EligibilityRuleSchema, RegistrantProfileSchema } from '../../src/eligibility/index.js';

const problems = (result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => [i.path, i.message]);

describe('RegistrantProfileSchema', () => {
  it('an organization name is 1 to 100 characters with no space at either end', () => {
    const organization = (name: string) => problems(RegistrantProfileSchema.safeParse({ memberships: [{ organization: name }] }));
    for (const name of [' ABS', 'ABS ']) expect(organization(name)).toEqual([[['memberships', 0, 'organization'], 'must be 1 to 100 characters without surrounding spaces, e.g. "ABS"']]);
    for (const name of ['A', 'ABS', 'American Balint Society']) expect(organization(name)).toEqual([]);
  });

  it('a credential is a snake_case code from start to end, and does not expire before it is issued', () => {
    expect(problems(RegistrantProfileSchema.safeParse({ credentials: [{ credential: 'abs_leader!', issued: '2024-01-01' }] }))).toEqual([
      [['credentials', 0, 'credential'], 'must be a snake_case code such as "abs_credentialed_balint_leader"'],
    ]);
    expect(problems(RegistrantProfileSchema.safeParse({ credentials: [{ credential: 'abs_leader', issued: '2024-01-01', expires: '2023-01-01' }] }))).toEqual([
      [['credentials', 0, 'expires'], 'must not expire before it is issued'],
    ]);
  });

  it('a language is a language tag, and a field of study a lower-case code', () => {
    expect(problems(RegistrantProfileSchema.safeParse({ languages: ['en!'] }))).toEqual([[['languages', 0], 'must be a language tag such as "en" or "en-US"']]);
    for (const field of ['Medicine', 'medicine!']) {
      expect(problems(RegistrantProfileSchema.safeParse({ study: { field } }))).toEqual([[['study', 'field'], 'must be a lower-case field such as "medicine"']]);
    }
  });
});

describe('EligibilityRuleSchema', () => {
  it('a label is 1 to 200 characters with no space at either end', () => {
    for (const label of [' x', 'x ']) {
      expect(problems(EligibilityRuleSchema.safeParse({ kind: 'leads_group', label }))).toEqual([[['label'], 'must be 1 to 200 characters without surrounding spaces']]);
    }
    expect(problems(EligibilityRuleSchema.safeParse({ kind: 'leads_group', label: 'x' }))).toEqual([]);
  });
});
