/**
 * Keeping a credential under a requirement of two parts (one national
 * meeting, and three hours of drop-in sessions, each period), with a 30-day
 * grace period: what counts where, what a late activity makes up, and the
 * day a credential lapses. And a path that asks for two led sessions a month.
 */
import { describe, expect, it } from 'vitest';
import { credentialingProgress, credentialStatus, type LedgerEntry, type MaintenanceRequirementInput } from '../../src/credentialing/index.js';

const requirement: MaintenanceRequirementInput = {
  name: 'Board',
  periodMonths: 12,
  gracePeriodDays: 30,
  qualifyingKinds: ['national_meeting', 'drop_in'],
  components: [
    { category: 'meetings', kinds: ['national_meeting'], activities: 1 },
    { category: 'drop_in_hours', kinds: ['drop_in'], hours: '3' },
  ],
};
const credential = { holder: { id: 'h' }, issued: '2025-01-01' };
const dropIn = (id: string, date: string, hours: string): LedgerEntry => ({ id, date, kind: 'drop_in', hours });
const meeting = (id: string, date: string): LedgerEntry => ({ id, date, kind: 'national_meeting' });
const counted = (s: ReturnType<typeof credentialStatus>) => s.periods.map((p) => p.counted.map((c) => (c.late ? `${c.id} (late)` : c.id)));

describe('a requirement of activities and hours', () => {
  it('says what each part still misses, in activities and in hours', () => {
    const s = credentialStatus(requirement, credential, [dropIn('d1', '2025-02-01', '1.5')], { at: '2025-06-01' });
    expect(s.message).toBe('Current: 1 more activity (meetings) and 1.50 more hours (drop in hours) still needed by 2025-12-31 for period 1 (2025-01-01 to 2025-12-31).');
    expect(s.period.progress).toEqual([
      { category: 'meetings', label: 'meetings', activities: 0, requiredActivities: 1, hours: '0.00', requiredHours: null, met: false },
      { category: 'drop_in_hours', label: 'drop in hours', activities: 1, requiredActivities: null, hours: '1.50', requiredHours: '3.00', met: false },
    ]);
  });

  it('hours reached exactly meet their part; one part met does not meet the period', () => {
    const s = credentialStatus(requirement, credential, [dropIn('d1', '2025-02-01', '1.5'), dropIn('d2', '2025-02-02', '1.5')], { at: '2025-03-01' });
    expect(s.period.progress.map((p) => p.met)).toEqual([false, true]);
    expect(s.period.met).toBe(false);
    expect(s.missing.map((m) => m.message)).toEqual(['1 more activity (meetings)']);
  });

  it('in the grace period, an activity counts late only toward a part still short; one on the last day of grace does', () => {
    const ledger = [dropIn('d1', '2025-02-01', '1.5'), dropIn('d2', '2025-12-31', '1.5'), dropIn('late-hour', '2026-01-10', '1'), meeting('late-meeting', '2026-01-30')];
    const s = credentialStatus(requirement, credential, ledger, { at: '2026-01-30' });
    expect(counted(s)).toEqual([['d1', 'd2', 'late-meeting (late)'], ['late-hour']]);
    expect(s.periods[0]?.met).toBe(true);
    expect(s.status).toBe('current');
  });

  it('an activity of no hours does not make up a shortfall of hours; the credential lapses the day after grace ends', () => {
    const ledger = [dropIn('d1', '2025-02-01', '1.5'), dropIn('zero', '2026-01-05', '0'), meeting('meeting', '2025-03-01')];
    expect(credentialStatus(requirement, credential, ledger, { at: '2026-01-30' })).toMatchObject({ status: 'in_grace', dueBy: '2026-01-30' });
    const s = credentialStatus(requirement, credential, ledger, { at: '2026-01-31' });
    expect(counted(s)).toEqual([['d1', 'meeting']]);
    expect(s).toMatchObject({ status: 'lapsed', lapsedOn: '2026-01-31' });
    expect(s.message).toBe('Lapsed on 2026-01-31: period 1 (2025-01-01 to 2025-12-31) ended short of 1.50 more hours (drop in hours), and its grace period ended on 2026-01-30.');
  });

  it('says "activities" for more than one', () => {
    const twoMeetings = { ...requirement, components: [{ category: 'meetings', kinds: ['national_meeting'], activities: 2 }] };
    expect(credentialStatus(twoMeetings, credential, [], { at: '2025-06-01' }).missing[0]?.message).toBe('2 more activities (meetings)');
  });
});

describe('a path that asks for two led sessions a month', () => {
  const path = { name: 'Twice monthly', steps: [{ kind: 'monthly' as const, id: 'leading', label: 'Leading twice a month for 3 months', activityKinds: ['group_led'], months: 3, perMonth: 2 }] };
  const led = (dates: string[]) => dates.map((date, i) => ({ id: `l${i}`, date, kind: 'group_led' }));

  it('a month with one session does not count, nor the sessions in it', () => {
    const p = credentialingProgress(path, { memberships: [], activities: led(['2025-03-02', '2025-01-05', '2025-01-20', '2025-02-03', '2025-02-17', '2025-04-01']) }, { at: '2025-03-31' });
    expect(p.steps[0]).toEqual({
      kind: 'monthly',
      id: 'leading',
      label: 'Leading twice a month for 3 months',
      requiredMonths: 3,
      perMonth: 2,
      met: false,
      counted: ['l1', 'l2', 'l3', 'l4'],
      monthsInRun: 2,
      window: { from: '2025-01', to: '2025-02' },
      missingMonths: 1,
      earliestCompletion: '2025-03',
      message: 'Leading twice a month for 3 months: 2 months in a row so far (2025-01 to 2025-02); 1 more month needed, complete in 2025-03 at the earliest.',
    });
  });

  it('three full months in a row meet it, counting the sessions of those months', () => {
    const p = credentialingProgress(path, { memberships: [], activities: led(['2025-03-02', '2025-01-05', '2025-01-20', '2025-02-03', '2025-02-17', '2025-03-20', '2025-04-01']) }, { at: '2025-04-30' });
    expect(p.steps[0]).toMatchObject({ met: true, counted: ['l1', 'l2', 'l3', 'l4', 'l0', 'l5'], window: { from: '2025-01', to: '2025-03' }, message: 'Leading twice a month for 3 months: done in every month from 2025-01 to 2025-03.' });
  });
});
