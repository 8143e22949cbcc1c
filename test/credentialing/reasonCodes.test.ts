/**
 * CREDENTIALING_REASON_CODES is exactly the set of codes a credential's
 * status carries: every code a result holds is listed, and every listed code
 * occurs (one example each).
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  absMaintenanceRequirement,
  credentialStatus,
  CREDENTIALING_REASON_CODES,
  type CredentialingReasonCode,
  type CredentialStatus,
  type NotCounted,
  type StatusReason,
} from '../../src/credentialing/index.js';
import { statusCaseArb } from '../_arbitraries/credentialing.js';

// Illustrative parameters, NOT ABS numbers: the ABS publishes none.
const requirement = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 2 });
const credential = { holder: { id: 'abs-77' }, issued: '2025-01-01' };
const dropIn = (id: string, date: string) => ({ id, date, kind: 'credentialed_leaders_drop_in' });

const codes = (s: CredentialStatus): CredentialingReasonCode[] => [...s.reasons.map((r) => r.code), ...s.notCounted.map((n) => n.code)];

describe('credentialing reason codes', () => {
  it('the list and the codes of StatusReason and NotCounted are the same set', () => {
    expectTypeOf<StatusReason['code'] | NotCounted['code']>().toEqualTypeOf<CredentialingReasonCode>();
    expect(new Set(CREDENTIALING_REASON_CODES).size).toBe(CREDENTIALING_REASON_CODES.length);
  });

  it('every code a status carries is one of CREDENTIALING_REASON_CODES', () => {
    fc.assert(
      fc.property(statusCaseArb, (c) => {
        for (const code of codes(credentialStatus(c.requirement, c.credential, c.ledger, { at: c.at }))) expect(CREDENTIALING_REASON_CODES).toContain(code);
      }),
      { numRuns: 200 },
    );
  });

  it('every listed code occurs: a credential kept (one activity late), and one lapsed', () => {
    const kept = credentialStatus(requirement, credential, [
      dropIn('before', '2024-12-01'),
      { id: 'meeting', date: '2025-02-01', kind: 'national_meeting' },
      dropIn('d1', '2025-03-27'),
      dropIn('late', '2026-01-22'),
      dropIn('d3', '2026-03-23'),
      dropIn('d4', '2026-05-28'),
      dropIn('planned', '2026-09-24'),
    ], { at: '2026-06-30' });
    expect(kept.status).toBe('current');
    const lapsed = credentialStatus(requirement, credential, [dropIn('d1', '2025-03-27'), dropIn('after', '2026-05-28')], { at: '2026-06-30' });
    expect(lapsed.status).toBe('lapsed');
    expect(new Set([...codes(kept), ...codes(lapsed)])).toEqual(new Set(CREDENTIALING_REASON_CODES));
    expect(kept.notCounted.map((n) => [n.id, n.code])).toEqual([['before', 'before_issued'], ['meeting', 'not_qualifying'], ['planned', 'after_at']]);
    expect(lapsed.notCounted.map((n) => [n.id, n.code])).toEqual([['after', 'after_lapse']]);
  });
});
