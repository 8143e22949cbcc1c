/**
 * The edges of the text patterns a profile and a rule are checked against:
 * the longest organization name and label, where spaces and line breaks may
 * go, what a snake_case code and a language tag are, and a validity window
 * of a single day. Each value is checked by the exported schema and by
 * checkEligibility, which validates with it.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, EligibilityRuleSchema, RegistrantProfileSchema, type EligibilityRule } from '../../src/eligibility/index.js';

const asOf = '2026-03-01';
const ORGANIZATION = 'must be 1 to 100 characters without surrounding spaces, e.g. "ABS"';
const LABEL = 'must be 1 to 200 characters without surrounding spaces';
const CREDENTIAL = 'must be a snake_case code such as "abs_credentialed_balint_leader"';
const LANGUAGE = 'must be a language tag such as "en" or "en-US"';

/** The messages of the profile schema's issues (none: accepted), and whether checkEligibility accepts the same profile. */
function profileVerdict(profile: unknown): { messages: string[]; checked: boolean } {
  const parsed = RegistrantProfileSchema.safeParse(profile);
  let checked = true;
  try {
    checkEligibility({ kind: 'leads_group' }, profile as never, { at: asOf });
  } catch {
    checked = false;
  }
  return { messages: parsed.success ? [] : parsed.error.issues.map((i) => i.message), checked };
}

function expectProfile(profile: unknown, message: string | undefined): void {
  expect(profileVerdict(profile)).toEqual(message === undefined ? { messages: [], checked: true } : { messages: [message], checked: false });
}

describe('organization names', () => {
  const membership = (organization: string) => ({ memberships: [{ organization }] });

  it('take 1 to 100 characters, spaces and tabs inside', () => {
    for (const name of ['A', 'AB', 'A B', 'A\tB', 'A'.repeat(100)]) expectProfile(membership(name), undefined);
  });

  it('reject 101 characters, nothing, a line break, and space at either end', () => {
    for (const name of ['A'.repeat(101), '', 'A\nB', ' AB', 'AB ', ' ']) expectProfile(membership(name), ORGANIZATION);
  });
});

describe('credential codes and fields of study', () => {
  const credential = (code: string) => ({ credentials: [{ credential: code, issued: '2020-01-01' }] });

  it('are lower-case words of letters and digits joined by single underscores, starting with a letter', () => {
    for (const code of ['a', 'a1', 'a_1', 'ab_cd_ef', 'abs_credentialed_balint_leader']) expectProfile(credential(code), undefined);
    for (const code of ['', '1a', 'a__b', 'a_', '_a', 'A', 'aB', 'a-b', 'a b']) expectProfile(credential(code), CREDENTIAL);
  });

  it('say the same of a field of study, in their own words', () => {
    expectProfile({ study: { field: 'social_work' } }, undefined);
    for (const field of ['social__work', '_medicine']) expectProfile({ study: { field } }, 'must be a lower-case field such as "medicine"');
  });
});

describe('language tags', () => {
  it('are a language of two or three letters, in either case, then subtags of 1 to 8 letters or digits', () => {
    for (const tag of ['en', 'eng', 'EN', 'en-US', 'zh-Hant-TW', 'en-12345678', 'es-419']) expectProfile({ languages: [tag] }, undefined);
    for (const tag of ['e', 'engl', 'en-123456789', 'en-', '-en', 'en_US', 'e1', 'en--US']) expectProfile({ languages: [tag] }, LANGUAGE);
  });
});

describe('validity windows', () => {
  it('may start and end on the same day, which then counts', () => {
    const profile = { memberships: [{ organization: 'ABS', from: asOf, until: asOf }], credentials: [{ credential: 'abs_leader', issued: asOf, expires: asOf }] };
    expectProfile(profile, undefined);
    const rule: EligibilityRule = { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'credential', credential: 'abs_leader' }] };
    expect(checkEligibility(rule, profile, { at: asOf }).verdict).toBe('eligible');
  });

  it('may not end the day before they start', () => {
    expectProfile({ memberships: [{ organization: 'ABS', from: '2026-03-02', until: asOf }] }, 'must not end before it starts');
    expectProfile({ credentials: [{ credential: 'abs_leader', issued: '2026-03-02', expires: asOf }] }, 'must not expire before it is issued');
  });
});

describe('rule labels', () => {
  const label = (text: string) => {
    const parsed = EligibilityRuleSchema.safeParse({ kind: 'leads_group', label: text });
    return parsed.success ? [] : parsed.error.issues.map((i) => [i.path, i.message]);
  };

  it('take 1 to 200 characters, with spaces and line breaks inside', () => {
    for (const text of ['x', 'xy', 'a b', 'a\nb', 'x'.repeat(200)]) expect(label(text)).toEqual([]);
  });

  it('reject 201 characters, nothing, and space at either end', () => {
    for (const text of ['x'.repeat(201), '', ' ', ' x', 'x\n']) expect(label(text)).toEqual([[['label'], LABEL]]);
    expect(() => checkEligibility({ kind: 'leads_group', label: 'x'.repeat(201) }, {}, { at: asOf })).toThrow(`Invalid eligibility rule: label: ${LABEL}`);
  });

  it('and the codes a rule names follow the profile patterns', () => {
    const issues = (rule: unknown) => {
      const parsed = EligibilityRuleSchema.safeParse(rule);
      return parsed.success ? [] : parsed.error.issues.map((i) => [i.path, i.message]);
    };
    expect(issues({ kind: 'credential', credential: 'Abs' })).toEqual([[['credential'], CREDENTIAL]]);
    expect(issues({ kind: 'language', language: 'e' })).toEqual([[['language'], LANGUAGE]]);
    expect(issues({ kind: 'member', organization: ' ABS' })).toEqual([[['organization'], ORGANIZATION]]);
    expect(issues({ kind: 'profession', in: ['physician', 'physician'] })).toEqual([[['in'], 'must not repeat a profession']]);
  });
});
