import { describe, expect, it } from 'vitest';
import { checkEligibility, ValidationError } from '../../src/_all.js';

describe('validation messages', () => {
  it('say what a type error received', () => {
    try {
      checkEligibility({ type: 'leadsGroup' }, { leadsGroup: 'yes' } as never, { asOf: '2026-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({ path: ['leadsGroup'], code: 'invalid_type', message: 'expected boolean, received string' });
    }
  });
});
