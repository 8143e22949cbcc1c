/**
 * A credentialing path or record that does not make sense is rejected with
 * a ValidationError naming what was checked, where the problem is and why.
 */
import { describe, expect, it } from 'vitest';
import {
  absCredentialingPath,
  absMaintenanceRequirement,
  credentialingProgress,
  credentialStatus,
  type CredentialingPath,
} from '../../src/credentialing/index.js';
import { rejection } from '../_helpers/rejection.js';


const record = { memberships: [], activities: [] };
const progressOf = (path: unknown, rec: unknown = record) => rejection(() => credentialingProgress(path as CredentialingPath, rec as typeof record, { at: '2026-01-01' }));
const withSteps = (...steps: unknown[]) => ({ name: 'A path', steps });
const monthly = { kind: 'monthly', id: 'leading', label: 'Leading', activityKinds: ['group_led'], months: 12, perMonth: 1 };

describe('a credentialing path is rejected', () => {
  it('when two steps share an id', () => {
    expect(progressOf(withSteps(monthly, { ...monthly, label: 'Again' }))).toMatchObject({
      subject: 'credentialing path',
      issues: [{ path: ['steps', 1, 'id'], code: 'custom', message: 'repeats the step id "leading"' }],
    });
  });

  it('when a window names no monthly step of the path', () => {
    const count = { kind: 'count_in_window', id: 'supervision', label: 'Supervision', activityKinds: ['supervised_session'], count: 3 };
    expect(progressOf(withSteps(monthly, { ...count, window: 'nowhere' })).issues).toEqual([
      { path: ['steps', 1, 'window'], code: 'custom', message: 'must name a monthly step of this path' },
    ]);
    // A step with that id that is not monthly does not do.
    const series = { kind: 'series_ending_with', id: 'intensives', label: 'Intensives', activityKinds: ['credentialing_intensive'], count: 1, lastKind: 'credentialing_intensive' };
    expect(progressOf(withSteps(monthly, series, { ...count, window: 'intensives' })).issues[0]?.path).toEqual(['steps', 2, 'window']);
    expect(credentialingProgress(withSteps(monthly, { ...count, window: 'leading' }) as CredentialingPath, record, { at: '2026-01-01' }).steps).toHaveLength(2);
  });

  it('when a series ends with a kind it does not count, or a step repeats a kind', () => {
    const series = { kind: 'series_ending_with', id: 'intensives', label: 'Intensives', activityKinds: ['leadership_intensive'], count: 2, lastKind: 'credentialing_intensive' };
    expect(progressOf(withSteps(series)).issues).toEqual([{ path: ['steps', 0, 'lastKind'], code: 'custom', message: 'must be one of the step’s activity kinds' }]);
    expect(progressOf(withSteps({ ...monthly, activityKinds: ['group_led', 'group_led'] })).issues).toMatchObject([{ path: ['steps', 0, 'activityKinds'], message: 'must not repeat a kind' }]);
  });

  it('when a step is not one of the kinds of step, or lacks what its kind needs', () => {
    expect(progressOf(withSteps({ ...monthly, kind: 'weekly' })).issues[0]?.path).toEqual(['steps', 0, 'kind']);
    expect(progressOf(withSteps({ kind: 'membership', id: 'membership', label: 'Member' })).issues).toMatchObject([{ path: ['steps', 0, 'organization'] }]);
    expect(progressOf(withSteps({ ...monthly, months: 0 })).issues).toMatchObject([{ path: ['steps', 0, 'months'] }]);
    expect(progressOf(withSteps({ ...monthly, id: 'Not Snake' })).issues).toMatchObject([{ path: ['steps', 0, 'id'] }]);
  });
});

describe('a credentialing record is rejected', () => {
  it('when a membership ends before it starts, or an activity id repeats', () => {
    expect(progressOf(absCredentialingPath, { memberships: [{ organization: 'ABS', from: '2024-01-02', to: '2024-01-01' }], activities: [] })).toMatchObject({
      subject: 'credentialing record',
      issues: [{ path: ['memberships', 0, 'to'], message: 'must not end before it starts' }],
    });
    const twice = { id: 'a', date: '2024-01-01', kind: 'group_led' };
    expect(progressOf(absCredentialingPath, { memberships: [], activities: [twice, twice] }).issues).toMatchObject([{ path: ['activities'], message: 'must not repeat an activity id' }]);
  });
});

describe('credentialStatus rejects', () => {
  const requirement = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 2 });
  const credential = { holder: { id: 'abs-1' }, issued: '2025-01-01' };

  it('a day judged before the credential was issued', () => {
    expect(rejection(() => credentialStatus(requirement, credential, [], { at: '2024-12-31' }))).toMatchObject({
      subject: 'status options',
      issues: [{ path: ['at'], code: 'custom', message: 'must not be before the issue date 2025-01-01' }],
    });
  });

  it('a requirement of no hours, naming each input it checks', () => {
    const noHours = { ...requirement, components: [{ ...requirement.components[0]!, hours: '0' }] };
    expect(rejection(() => credentialStatus(noHours, credential, [], { at: '2025-05-01' }))).toMatchObject({
      subject: 'maintenance requirement',
      issues: [{ path: ['components', 0, 'hours'], message: 'must be more than zero' }],
    });
    expect(rejection(() => credentialStatus(requirement, credential, [{ id: 'a', date: 'soon', kind: 'national_meeting' }], { at: '2025-05-01' })).subject).toBe('ledger');
    expect(rejection(() => credentialStatus(requirement, { holder: {} } as never, [], { at: '2025-05-01' })).subject).toBe('credential');
    expect(rejection(() => credentialStatus({ ...requirement, periodMonths: 0 }, credential, [], { at: '2025-05-01' })).subject).toBe('maintenance requirement');
  });
});
