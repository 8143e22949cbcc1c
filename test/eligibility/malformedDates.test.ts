/**
 * How malformed validity dates in a profile are reported: each is named as
 * not a calendar date, at its own path; the check that a window does not end
 * before it starts reads the dates as they are written, so it speaks up only
 * when what it reads is out of order. Pinned so that a faster date reader
 * cannot change the issues a registrant is shown.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityRule, type RegistrantProfile } from '../../src/eligibility/index.js';
import { ValidationError } from '../../src/errors/index.js';

const issuesOf = (rule: EligibilityRule, profile: RegistrantProfile): [readonly (string | number)[], string][] => {
  try {
    checkEligibility(rule, profile, { at: '2020-06-01' });
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => [issue.path, issue.message]);
    throw error;
  }
  throw new Error('expected a ValidationError');
};

const member: EligibilityRule = { kind: 'member', organization: 'ABS' };
const credential: EligibilityRule = { kind: 'credential', credential: 'abs_leader' };

describe('malformed validity dates', () => {
  it('a start that is not a date: named, and the window is read as out of order', () => {
    expect(issuesOf(member, { memberships: [{ organization: 'ABS', from: '2020-01-0x', until: '2020-12-31' }] })).toEqual([
      [['memberships', 0, 'from'], 'must be a calendar date written YYYY-MM-DD'],
      [['memberships', 0, 'until'], 'must not end before it starts'],
    ]);
  });

  it('an end one digit short: named, and nothing else', () => {
    expect(issuesOf(member, { memberships: [{ organization: 'ABS', from: '2020-01-01', until: '2020-12-3' }] })).toEqual([
      [['memberships', 0, 'until'], 'must be a calendar date written YYYY-MM-DD'],
    ]);
  });

  it('an empty issue date: named, and nothing else', () => {
    expect(issuesOf(credential, { credentials: [{ credential: 'abs_leader', issued: '', expires: '2020-12-31' }] })).toEqual([
      [['credentials', 0, 'issued'], 'must be a calendar date written YYYY-MM-DD'],
    ]);
  });
});
