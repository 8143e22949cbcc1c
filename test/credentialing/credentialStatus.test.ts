import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday, parseDays } from '../../src/_lib/civil.js';
import {
  absMaintenanceRequirement,
  credentialStatus,
  type CredentialStanding,
  type LedgerEntry,
  type MaintenanceRequirementInput,
} from '../../src/credentialing/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { ledgerEntryArb, statusCaseArb } from '../_arbitraries/credentialing.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

// Illustrative parameters, NOT ABS numbers: the ABS publishes none.
const requirement = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 3 });
const credential = { holder: { id: 'abs-77', name: 'A. Leader' }, title: 'ABS Credentialed Balint Group Leader', issued: '2025-01-01' };
const dropIn = (date: string): LedgerEntry => ({ id: `drop-in ${date}`, date, kind: 'credentialed_leaders_drop_in' });
// The seeds' drop-in series for credentialed leaders: 4th Thursday of odd months, 4th Monday of even months.
const march = dropIn('2025-03-27');
const june = dropIn('2025-06-23');
const september = dropIn('2025-09-25');
const january = dropIn('2026-01-22');

describe('credentialStatus with the ABS requirement (illustrative numbers)', () => {
  it('the example drop-in dates are the series’ 4th Thursdays of odd months and 4th Mondays of even months', () => {
    for (const [entry, weekday] of [[march, 4], [june, 1], [september, 4], [january, 4]] as const) {
      const day = parseDays(entry.date);
      expect(isoWeekday(day)).toBe(weekday);
      expect(Math.ceil(Number(entry.date.slice(8)) / 7)).toBe(4);
    }
  });

  it('is current with what is still missing and by when, far from the period end', () => {
    const s = credentialStatus(requirement, credential, [march, june], { at: '2025-06-30' });
    expect(s.status).toBe('current');
    expect(s.currentPeriod).toEqual({ number: 1, start: '2025-01-01', end: '2025-12-31' });
    expect(s.dueBy).toBe('2025-12-31');
    expect(s.missing).toEqual([
      { category: 'maintenance_of_credentialing', label: 'Maintenance of Credentialing activities', activities: 1, hours: '0.00', message: '1 more activity (Maintenance of Credentialing activities)' },
    ]);
    expect(s.message).toBe('Current: 1 more activity (Maintenance of Credentialing activities) still needed by 2025-12-31 for period 1 (2025-01-01 to 2025-12-31).');
    expect(s.period.counted.map((a) => a.id)).toEqual([march.id, june.id]);
  });

  it('is due soon within 90 days of the period end (or the window asked for)', () => {
    expect(credentialStatus(requirement, credential, [march, june], { at: '2025-10-15' }).status).toBe('due_soon');
    expect(credentialStatus(requirement, credential, [march, june], { at: '2025-10-15', dueSoonDays: 30 }).status).toBe('current');
  });

  it('is current with nothing missing once the period’s requirement is met', () => {
    const s = credentialStatus(requirement, credential, [march, june, september], { at: '2025-10-15' });
    expect([s.status, s.dueBy, s.missing]).toEqual(['current', null, []]);
    expect(s.message).toBe('Current: the requirement for period 1 (2025-01-01 to 2025-12-31) is met.');
  });

  it('is in grace after a short period, and an activity in the grace window counts toward it', () => {
    const grace = credentialStatus(requirement, credential, [march, june], { at: '2026-01-15' });
    expect([grace.status, grace.dueBy, grace.period.number, grace.currentPeriod.number]).toEqual(['in_grace', '2026-03-01', 1, 2]);
    expect(grace.message).toBe(
      'In grace: period 1 (2025-01-01 to 2025-12-31) ended short; 1 more activity (Maintenance of Credentialing activities) still needed by 2026-03-01.',
    );
    const madeUp = credentialStatus(requirement, credential, [march, june, january], { at: '2026-01-31' });
    expect(madeUp.status).toBe('current');
    expect(madeUp.periods[0]?.counted).toContainEqual({ id: january.id, date: '2026-01-22', kind: 'credentialed_leaders_drop_in', late: true });
    expect(madeUp.periods[1]?.counted).toEqual([]);
    expect(madeUp.reasons).toContainEqual({
      code: 'counted_late',
      id: january.id,
      date: '2026-01-22',
      period: 1,
      message: 'drop-in 2026-01-22 (2026-01-22) counts toward period 1, which was still short when it ended.',
    });
  });

  it('a grace-window activity the short period does not need stays with its own period', () => {
    const s = credentialStatus(requirement, credential, [march, june, september, january], { at: '2026-01-31' });
    expect(s.periods[1]?.counted.map((a) => a.id)).toEqual([january.id]);
  });

  it('lapses the day after the grace period ends short, and stays lapsed', () => {
    const s = credentialStatus(requirement, credential, [march, june], { at: '2026-03-02' });
    expect([s.status, s.lapsedOn, s.dueBy, s.period.number]).toEqual(['lapsed', '2026-03-02', null, 1]);
    expect(s.message).toBe(
      'Lapsed on 2026-03-02: period 1 (2025-01-01 to 2025-12-31) ended short of 1 more activity (Maintenance of Credentialing activities), and its grace period ended on 2026-03-01.',
    );
    const later = credentialStatus(requirement, credential, [march, june, dropIn('2026-03-26')], { at: '2027-01-01' });
    expect(later.status).toBe('lapsed');
    expect(later.notCounted).toContainEqual(expect.objectContaining({ id: 'drop-in 2026-03-26', code: 'after_lapse' }));
  });

  it('says which activities did not count and why', () => {
    const ledger: LedgerEntry[] = [
      march,
      { id: 'meeting', date: '2025-05-01', kind: 'national_meeting' },
      { id: 'old', date: '2024-12-15', kind: 'credentialed_leaders_drop_in' },
      { id: 'planned', date: '2025-11-24', kind: 'credentialed_leaders_drop_in' },
    ];
    expect(credentialStatus(requirement, credential, ledger, { at: '2025-06-30' }).notCounted).toEqual([
      { id: 'old', date: '2024-12-15', kind: 'credentialed_leaders_drop_in', code: 'before_issued', message: 'old (2024-12-15) is before the credential was issued on 2025-01-01.' },
      { id: 'meeting', date: '2025-05-01', kind: 'national_meeting', code: 'not_qualifying', message: 'meeting (2025-05-01): "national_meeting" is not a qualifying kind of activity.' },
      { id: 'planned', date: '2025-11-24', kind: 'credentialed_leaders_drop_in', code: 'after_at', message: 'planned (2025-11-24) is after 2025-06-30 and is not counted yet.' },
    ]);
  });

  it('counts hours per category where a requirement asks for them', () => {
    const byHours: MaintenanceRequirementInput = {
      name: 'Example board',
      periodMonths: 24,
      qualifyingKinds: ['credentialed_leaders_drop_in', 'national_meeting'],
      components: [
        { category: 'all', hours: '6' },
        { category: 'meetings', label: 'national meetings', kinds: ['national_meeting'], activities: 1 },
      ],
    };
    const ledger: LedgerEntry[] = [
      { ...march, hours: '1' },
      { ...june, hours: '1.5' },
    ];
    const s = credentialStatus(byHours, credential, ledger, { at: '2025-07-01' });
    expect(s.missing).toEqual([
      { category: 'all', label: 'all', activities: 0, hours: '3.50', message: '3.50 more hours (all)' },
      { category: 'meetings', label: 'national meetings', activities: 1, hours: '0.00', message: '1 more activity (national meetings)' },
    ]);
    expect(s.period.progress[0]).toEqual({ category: 'all', label: 'all', activities: 2, requiredActivities: null, hours: '2.50', requiredHours: '6.00', met: false });
  });
});

describe('absMaintenanceRequirement and invalid input', () => {
  it('requires the ABS’s numbers as parameters and assumes none', () => {
    expect(() => absMaintenanceRequirement({} as never)).toThrow(ValidationError);
    expect(() => absMaintenanceRequirement({ periodMonths: 24, gracePeriodDays: 0 })).toThrow('must give the number of activities, of hours, or both');
    expect(absMaintenanceRequirement({ periodMonths: 24, gracePeriodDays: 0, hours: '4', qualifyingKinds: ['credentialed_leaders_drop_in', 'national_meeting'] })).toEqual({
      name: 'ABS Maintenance of Credentialing',
      periodMonths: 24,
      gracePeriodDays: 0,
      qualifyingKinds: ['credentialed_leaders_drop_in', 'national_meeting'],
      components: [{ category: 'maintenance_of_credentialing', label: 'Maintenance of Credentialing activities', hours: '4' }],
    });
  });

  it('rejects a date judged on (at) before issue, a grace period as long as a period, and a part naming a kind that does not qualify', () => {
    const paths = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues.map((i) => i.path);
      }
      throw new Error('did not throw');
    };
    expect(paths(() => credentialStatus(requirement, credential, [], { at: '2024-12-31' }))).toEqual([['at']]);
    expect(paths(() => credentialStatus({ ...requirement, gracePeriodDays: 400 }, credential, [], { at: '2025-06-01' }))).toEqual([['gracePeriodDays']]);
    expect(
      paths(() =>
        credentialStatus({ ...requirement, components: [{ category: 'x', kinds: ['national_meeting'], activities: 1 }] }, credential, [], { at: '2025-06-01' }),
      ),
    ).toEqual([['components', 0, 'kinds', 0]]);
    expect(paths(() => credentialStatus(requirement, credential, [march, march], { at: '2025-06-01' }))).toEqual([[]]);
    expect(() => credentialStatus(null as never, null as never, null as never, null as never)).toThrow(ValidationError);
  });
});

const RANK: Record<CredentialStanding, number> = { lapsed: 0, in_grace: 1, due_soon: 2, current: 3 };

describe('properties', () => {
  it('adding a qualifying activity never worsens status', () => {
    const arb = statusCaseArb.chain((c) => fc.record({ c: fc.constant(c), extra: ledgerEntryArb(c.credential.issued, 'extra', c.requirement.qualifyingKinds) }));
    fc.assert(
      fc.property(arb, ({ c, extra }) => {
        const before = credentialStatus(c.requirement, c.credential, c.ledger, { at: c.at });
        const after = credentialStatus(c.requirement, c.credential, [...c.ledger, extra], { at: c.at });
        expect(RANK[after.status]).toBeGreaterThanOrEqual(RANK[before.status]);
      }),
      { numRuns: 300 },
    );
  });

  it('an activity counts in at most one period, and every activity is either counted or said why not', () => {
    fc.assert(
      fc.property(statusCaseArb, (c) => {
        const s = credentialStatus(c.requirement, c.credential, c.ledger, { at: c.at });
        const counted = s.periods.flatMap((p) => p.counted.map((a) => a.id));
        expect(new Set(counted).size).toBe(counted.length);
        expect([...counted, ...s.notCounted.map((n) => n.id)].sort()).toEqual(c.ledger.map((e) => e.id).sort());
        for (const p of s.periods) {
          for (const a of p.counted) {
            expect(a.date >= p.start).toBe(true);
            expect(a.date <= (a.late ? p.graceEnd : p.end)).toBe(true);
            expect(a.date <= c.at).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('periods follow one another from the issue date, the last containing the date judged on (at) unless lapsed', () => {
    fc.assert(
      fc.property(statusCaseArb, (c) => {
        const s = credentialStatus(c.requirement, c.credential, c.ledger, { at: c.at });
        expect(s.periods[0]?.start).toBe(c.credential.issued);
        s.periods.slice(1).forEach((p, i) => expect(parseDays(p.start)).toBe(parseDays(s.periods[i]!.end) + 1));
        if (s.status !== 'lapsed') expect(s.periods.at(-1)).toMatchObject({ start: s.currentPeriod.start, end: s.currentPeriod.end });
      }),
      { numRuns: 200 },
    );
  });

  it('status as of a later date never un-lapses without new activities', () => {
    const arb = statusCaseArb.chain((c) => fc.record({ c: fc.constant(c), later: fc.integer({ min: 0, max: 3 * 365 }) }));
    fc.assert(
      fc.property(arb, ({ c, later }) => {
        const first = credentialStatus(c.requirement, c.credential, c.ledger, { at: c.at });
        fc.pre(first.status === 'lapsed');
        const laterDate = new Date((parseDays(c.at) + later) * 86_400_000).toISOString().slice(0, 10);
        const second = credentialStatus(c.requirement, c.credential, c.ledger, { at: laterDate });
        expect(second.status).toBe('lapsed');
        expect(second.lapsedOn).toBe(first.lapsedOn);
      }),
      { numRuns: 150 },
    );
  });

  it('the result depends only on the inputs, not on the ledger’s order', () => {
    fc.assert(
      fc.property(statusCaseArb, (c) => {
        const a = credentialStatus(c.requirement, c.credential, c.ledger, { at: c.at });
        const b = credentialStatus(structuredClone(c.requirement), structuredClone(c.credential), [...c.ledger].reverse(), { at: c.at });
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('inputs are not mutated', () => {
    fc.assert(
      fc.property(statusCaseArb, (c) => {
        const copy = structuredClone(c);
        deepFreeze(c);
        credentialStatus(c.requirement, c.credential, c.ledger, { at: c.at });
        expect(c).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
