/** credentialStatus called in its argument order of before 1.0 (the credential first) is refused once, with the order. */
import { describe, expect, it } from 'vitest';
import { absMaintenanceRequirement, credentialStatus } from '../../src/credentialing/index.js';
import { rejection } from '../_helpers/rejection.js';

const requirement = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 2 });
const credential = { holder: { id: 'abs-77' }, issued: '2025-01-01' };

describe('credentialStatus(requirement, credential, ledger, options)', () => {
  it('given the credential first, as before 1.0, says the order once', () => {
    const error = rejection(() => credentialStatus(credential as never, requirement as never, [], { at: '2025-11-15' }));
    expect(error.subject).toBe('maintenance requirement');
    expect(error.issues).toEqual([
      {
        path: [],
        code: 'custom',
        message: "is a credential, not a maintenance requirement: the arguments are (requirement, credential, ledger, options) (reordered before 1.0; the CHANGELOG's migration table lists every rename)",
      },
    ]);
  });

  it('given a credential that is simply wrong, says what is wrong with it', () => {
    expect(() => credentialStatus(requirement, { holder: { id: 'abs-77' }, isued: '2025-01-01' } as never, [], { at: '2025-11-15' })).toThrow('did you mean "issued"?');
  });

  it('in the right order, answers', () => {
    expect(credentialStatus(requirement, credential, [], { at: '2025-11-15' }).status).toBe('due_soon');
  });
});
