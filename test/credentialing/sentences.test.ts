/**
 * Sentences that join several things: what a part of a requirement misses in
 * both activities and hours, and every break in a membership; and the
 * options each function names when it rejects them.
 */
import { describe, expect, it } from 'vitest';
import { absCredentialingPath, credentialingProgress, credentialStatus } from '../../src/credentialing/index.js';
import { rejection } from '../_helpers/rejection.js';

const credential = { holder: { id: 'h' }, issued: '2025-01-01' };
const requirement = { name: 'Board', periodMonths: 12, qualifyingKinds: ['drop_in'], components: [{ category: 'drop_ins', activities: 2, hours: '3' }] };

describe('sentences that join several things', () => {
  it('a part short of activities and of hours names both', () => {
    expect(credentialStatus(requirement, credential, [], { at: '2025-06-01' }).missing[0]?.message).toBe('2 more activities and 3.00 more hours (drop ins)');
  });

  it('a membership with two breaks names both', () => {
    const record = {
      memberships: [
        { organization: 'ABS', from: '2023-01-01', to: '2023-05-31' },
        { organization: 'ABS', from: '2023-06-02', to: '2023-08-31' },
        { organization: 'ABS', from: '2023-09-05' },
      ],
      activities: [{ id: 'intensive', date: '2023-03-10', kind: 'leadership_intensive' }],
    };
    const step = credentialingProgress(absCredentialingPath, record, { at: '2023-12-31' }).steps[0];
    expect(step?.message).toBe('ABS membership kept throughout: not a member on 2023-06-01, from 2023-09-01 to 2023-09-04; membership is needed from 2023-03-10 to 2023-12-31.');
  });
});

describe('rejected options are named', () => {
  it('by credentialStatus and credentialingProgress', () => {
    expect(rejection(() => credentialStatus(requirement, credential, [], { at: 'soon' })).subject).toBe('status options');
    expect(rejection(() => credentialingProgress(absCredentialingPath, { memberships: [], activities: [] }, { at: 'soon' })).subject).toBe('progress options');
  });
});
