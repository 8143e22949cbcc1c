/**
 * Edges of the path to a credential and of the ABS maintenance requirement:
 * an activity on the day judged, activities of one day listed by id, a
 * window that names the second of two monthly steps, and the requirement
 * built from the ABS's parameters.
 */
import { describe, expect, it } from 'vitest';
import { absMaintenanceRequirement, credentialingProgress, type CredentialingPath } from '../../src/credentialing/index.js';
import { rejection } from '../_helpers/rejection.js';

const led = (id: string, date: string, kind = 'group_led') => ({ id, date, kind });

describe('credentialingProgress at the edges', () => {
  const path: CredentialingPath = {
    name: 'Two kinds of leading',
    steps: [
      { kind: 'monthly', id: 'co_leading', label: 'Co-leading monthly', activityKinds: ['group_co_led'], months: 1, perMonth: 1 },
      { kind: 'monthly', id: 'leading', label: 'Leading monthly', activityKinds: ['group_led'], months: 2, perMonth: 1 },
      { kind: 'count_in_window', id: 'supervision', label: 'Supervision while leading', activityKinds: ['supervised_session'], count: 2, window: 'leading' },
    ],
  };

  it('an activity on the day judged counts, and activities of one day are listed by id', () => {
    const p = credentialingProgress(path, { memberships: [], activities: [led('b', '2025-01-10'), led('a', '2025-01-10'), led('c', '2025-02-28')] }, { at: '2025-02-28' });
    expect(p.steps[1]).toMatchObject({ id: 'leading', met: true, counted: ['a', 'b', 'c'] });
  });

  it('a window counts within the monthly step it names, not the first monthly step of the path', () => {
    const activities = [
      led('co', '2025-01-05', 'group_co_led'),
      led('l1', '2025-03-05'),
      led('l2', '2025-04-05'),
      led('s0', '2025-01-06', 'supervised_session'),
      led('s1', '2025-03-06', 'supervised_session'),
      led('s2', '2025-04-06', 'supervised_session'),
    ];
    const p = credentialingProgress(path, { memberships: [], activities }, { at: '2025-04-30' });
    expect(p.steps[2]).toMatchObject({ id: 'supervision', met: true, counted: ['s1', 's2'], window: { from: '2025-03', to: '2025-04' } });
  });
});

describe('absMaintenanceRequirement', () => {
  it('writes only the parts the ABS gives: activities, hours, or both', () => {
    const component = (params: { activities?: number; hours?: string }) => absMaintenanceRequirement({ periodMonths: 24, gracePeriodDays: 90, ...params }).components[0];
    expect(Object.keys(component({ hours: '4' })!).sort()).toEqual(['category', 'hours', 'label']);
    expect(Object.keys(component({ activities: 4 })!).sort()).toEqual(['activities', 'category', 'label']);
    expect(component({ activities: 4, hours: '4' })).toMatchObject({ activities: 4, hours: '4' });
  });

  it('rejects parameters that make no requirement, naming them', () => {
    expect(rejection(() => absMaintenanceRequirement({ periodMonths: 0, gracePeriodDays: 90, activities: 4 })).subject).toBe('ABS maintenance parameters');
    // Valid on their own, but a grace period as long as the period is not.
    expect(rejection(() => absMaintenanceRequirement({ periodMonths: 1, gracePeriodDays: 40, activities: 1 }))).toMatchObject({
      subject: 'ABS maintenance parameters',
      issues: [{ path: ['gracePeriodDays'], message: 'must be shorter than the period' }],
    });
  });
});
