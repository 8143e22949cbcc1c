import { describe, expect, it } from 'vitest';
import { checkEligibility, replayRegistrations, ValidationError } from '../../src/_all.js';

describe('validation messages', () => {
  it('say what a type error received', () => {
    try {
      checkEligibility({ kind: 'leads_group' }, { leadsGroup: 'yes' } as never, { at: '2026-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({ path: ['leadsGroup'], code: 'invalid_type', message: 'expected boolean, received string' });
    }
  });

  const issuesOf = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      if (error instanceof ValidationError) return error.issues;
      throw error;
    }
    return expect.unreachable();
  };

  it('name the values a union discriminator may take, and the one meant for a near miss', () => {
    expect(issuesOf(() => replayRegistrations({ maxSeats: 2 }, [{ kind: 'registr', registrantId: 'a', at: '2026-01-01T00:00:00Z' } as never]))).toEqual([
      { path: [0, 'kind'], code: 'invalid_union', message: 'must be one of "register", "cancel", "accept", "decline", "transfer"; did you mean "register"?' },
    ]);
    expect(issuesOf(() => checkEligibility({ kind: 'all', rules: [{ kind: 'membr', organization: 'ABS' }] } as never, {}, { at: '2026-01-01' }))).toEqual([
      {
        path: ['rules', 0, 'kind'],
        code: 'invalid_union',
        message: 'must be one of "all", "any", "not", "profession", "clinically_active", "member", "credential", "leads_group", "student", "language"; did you mean "member"?',
      },
    ]);
  });

  it('say a missing discriminator is required, with the values it may take', () => {
    expect(issuesOf(() => checkEligibility({ in: ['physician'] } as never, {}, { at: '2026-01-01' }))).toEqual([
      { path: ['kind'], code: 'invalid_union', message: 'is required: one of "all", "any", "not", "profession", "clinically_active", "member", "credential", "leads_group", "student", "language"' },
    ]);
  });
});
