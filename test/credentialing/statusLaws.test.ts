/**
 * Laws of keeping a credential, as its holder would check the statement:
 * every period reported once, every ledger entry accounted for with the
 * reason that applies, and the edges of the dates that count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absMaintenanceRequirement, credentialStatus, type LedgerEntry } from '../../src/credentialing/index.js';
import { statusCaseArb } from '../_arbitraries/credentialing.js';

describe('credentialStatus: laws', () => {
  it('reports every period once, met or short, under its own dates, and names each activity counted late', () => {
    fc.assert(
      fc.property(statusCaseArb, ({ requirement, credential, ledger, at }) => {
        const s = credentialStatus(requirement, credential, ledger, { at });
        const periodReasons = s.reasons.filter((r) => r.code !== 'counted_late');
        expect(periodReasons.map((r) => [r.code, r.period])).toEqual(s.periods.map((p) => [p.met ? 'period_met' : 'period_short', p.number]));
        for (const r of periodReasons) {
          const p = s.periods[r.period - 1]!;
          expect(r).toMatchObject({ start: p.start, end: p.end });
          expect(r.message.startsWith(`Period ${p.number} (${p.start} to ${p.end}): `)).toBe(true);
        }
        const late = s.periods.flatMap((p) => p.counted.filter((a) => a.late).map((a) => [a.id, p.number]));
        const named = s.reasons.filter((r) => r.code === 'counted_late').map((r) => [r.id, r.period]);
        expect(named).toEqual(late);
      }),
      { numRuns: 200 },
    );
  });

  it('every ledger entry is counted in one period or listed as not counted, with the reason that applies', () => {
    fc.assert(
      fc.property(statusCaseArb, ({ requirement, credential, ledger, at }) => {
        const s = credentialStatus(requirement, credential, ledger, { at });
        const counted = s.periods.flatMap((p) => p.counted.map((a) => a.id));
        expect(new Set(counted).size).toBe(counted.length);
        const notCounted = new Map(s.notCounted.map((n) => [n.id, n]));
        for (const e of ledger) {
          const qualifies = requirement.qualifyingKinds.includes(e.kind);
          if (counted.includes(e.id)) {
            expect(notCounted.has(e.id)).toBe(false);
            expect(qualifies && e.date >= credential.issued && e.date <= at).toBe(true);
            continue;
          }
          const n = notCounted.get(e.id);
          expect(n, e.id).toBeDefined();
          const code = !qualifies ? 'not_qualifying' : e.date < credential.issued ? 'before_issued' : e.date > at ? 'after_at' : 'after_lapse';
          expect(n!.code).toBe(code);
          expect(n!.message.startsWith(`${e.id} (${e.date})`)).toBe(true);
          if (code === 'after_lapse') expect(s.status).toBe('lapsed');
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('credentialStatus: the edges of the dates', () => {
  const requirement = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 2 });
  const credential = { holder: { id: 'abs-1' }, issued: '2025-01-01' };
  const entry = (id: string, date: string, kind = 'credentialed_leaders_drop_in'): LedgerEntry => ({ id, date, kind });

  it('an activity on the issue date and one on the day judged both count', () => {
    const s = credentialStatus(requirement, credential, [entry('first', '2025-01-01'), entry('today', '2025-05-01')], { at: '2025-05-01' });
    expect(s.period.counted.map((a) => a.id)).toEqual(['first', 'today']);
    expect(s.message).toBe('Current: the requirement for period 1 (2025-01-01 to 2025-12-31) is met.');
    expect(s.reasons).toEqual([{ code: 'period_met', period: 1, start: '2025-01-01', end: '2025-12-31', message: 'Period 1 (2025-01-01 to 2025-12-31): requirement met.' }]);
  });

  it('a holder without a name or title is reported with null for both', () => {
    const s = credentialStatus(requirement, credential, [], { at: '2025-05-01' });
    expect(s.holder).toEqual({ id: 'abs-1', name: null });
    expect(s.title).toBeNull();
    expect(credentialStatus(requirement, { ...credential, holder: { id: 'abs-1', name: 'A. Leader' }, title: 'Leader' }, [], { at: '2025-05-01' })).toMatchObject({
      holder: { id: 'abs-1', name: 'A. Leader' },
      title: 'Leader',
    });
  });

  it('is due soon exactly the given number of days before the period ends, and says so', () => {
    const due = credentialStatus(requirement, credential, [], { at: '2025-12-01', dueSoonDays: 30 });
    expect(due.status).toBe('due_soon');
    expect(due.message.startsWith('Due soon: ')).toBe(true);
    expect(credentialStatus(requirement, credential, [], { at: '2025-11-30', dueSoonDays: 30 }).status).toBe('current');
  });

  it('is in grace from the day after a short period ends, and the current period is the one the day falls in', () => {
    expect(credentialStatus(requirement, credential, [], { at: '2025-12-31' })).toMatchObject({ status: 'due_soon', currentPeriod: { number: 1, end: '2025-12-31' } });
    expect(credentialStatus(requirement, credential, [], { at: '2026-01-01' })).toMatchObject({ status: 'in_grace', currentPeriod: { number: 2, start: '2026-01-01' } });
  });

  it('an activity in the grace period counts toward the short period, late, and is named', () => {
    const s = credentialStatus(requirement, credential, [entry('a', '2025-06-01'), entry('b', '2026-01-15')], { at: '2026-01-20' });
    expect(s.periods[0]?.counted).toEqual([
      { id: 'a', date: '2025-06-01', kind: 'credentialed_leaders_drop_in', late: false },
      { id: 'b', date: '2026-01-15', kind: 'credentialed_leaders_drop_in', late: true },
    ]);
    expect(s.reasons).toContainEqual({ code: 'counted_late', id: 'b', date: '2026-01-15', period: 1, message: 'b (2026-01-15) counts toward period 1, which was still short when it ended.' });
  });
});
