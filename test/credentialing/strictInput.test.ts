import { describe, expect, it } from 'vitest';
import {
  absCredentialingPath,
  absMaintenanceRequirement,
  credentialingProgress,
  credentialStatus,
  type CredentialingRecordInput,
  type MaintenanceRequirementInput,
} from '../../src/credentialing/index.js';
import { rejection } from '../_helpers/rejection.js';

const issues = (run: () => unknown) => rejection(run).issues.map((i) => [i.path, i.message]);
const DATE_MISSING = "must be a calendar date written as a string such as '2026-01-10', received nothing";
const hint = (found: string, meant: string): string => `unknown key "${found}"; did you mean "${meant}"?`;

const requirement: MaintenanceRequirementInput = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 2 });
const credential = { holder: { id: 'abs-77' }, issued: '2025-01-01' };
const ledger = [{ id: 'd1', date: '2025-03-26', kind: 'credentialed_leaders_drop_in' }];
const status = (r: unknown, c: unknown, l: unknown, o: unknown = { at: '2025-11-15' }) => credentialStatus(r as never, c as never, l as never, o as never);

const record: CredentialingRecordInput = { memberships: [{ organization: 'ABS', from: '2024-01-01' }], activities: [{ id: 'li-1', date: '2024-03-10', kind: 'leadership_intensive' }] };
const progress = (p: unknown, r: unknown, o: unknown = { at: '2024-06-30' }) => credentialingProgress(p as never, r as never, o as never);

describe('credentialing input is strict: a misspelt key is refused at its own path with the key it is a near miss of', () => {
  it('a credential and its holder', () => {
    expect(issues(() => status(requirement, { holder: { id: 'abs-77' }, isued: '2025-01-01' }, ledger))).toEqual([
      [['issued'], DATE_MISSING],
      [['isued'], hint('isued', 'issued')],
    ]);
    expect(issues(() => status(requirement, { ...credential, holder: { id: 'abs-77', nmae: 'D. Lawrence' } }, ledger))).toEqual([[['holder', 'nmae'], hint('nmae', 'name')]]);
  });

  it('a maintenance requirement and its components', () => {
    expect(issues(() => status({ ...requirement, gracePeriodDay: 30 }, credential, ledger))).toEqual([[['gracePeriodDay'], hint('gracePeriodDay', 'gracePeriodDays')]]);
    const components = [{ category: 'maintenance_of_credentialing', activites: 2, activities: 2 }];
    expect(issues(() => status({ ...requirement, components }, credential, ledger))).toEqual([[['components', 0, 'activites'], hint('activites', 'activities')]]);
  });

  it('a ledger entry', () => {
    expect(issues(() => status(requirement, credential, [{ ...ledger[0], huors: '1' }]))).toEqual([[[0, 'huors'], hint('huors', 'hours')]]);
  });

  it('the options of credentialStatus and credentialingProgress', () => {
    expect(issues(() => status(requirement, credential, ledger, { at: '2025-11-15', dueSoonDay: 30 }))).toEqual([[['dueSoonDay'], hint('dueSoonDay', 'dueSoonDays')]]);
    expect(issues(() => progress(absCredentialingPath, record, { AT: '2024-06-30' }))).toEqual([
      [['at'], DATE_MISSING],
      [['AT'], hint('AT', 'at')],
    ]);
  });

  it('the ABS maintenance parameters', () => {
    expect(rejection(() => absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 60, activities: 2, qualifyingKind: ['national_meeting'] } as never)).issues.map((i) => [i.path, i.message])).toEqual([
      [['qualifyingKind'], hint('qualifyingKind', 'qualifyingKinds')],
    ]);
  });

  it('a credentialing path and its steps', () => {
    expect(issues(() => progress({ ...absCredentialingPath, sorce: 'ABS' }, record))).toEqual([[['sorce'], hint('sorce', 'source')]]);
    const steps = [{ kind: 'attended_before_applying', id: 'first', label: 'An intensive first', activityKinds: ['leadership_intensive'], cuont: 1, count: 1 }];
    expect(issues(() => progress({ name: 'Example', steps }, record))).toEqual([[['steps', 0, 'cuont'], hint('cuont', 'count')]]);
  });

  it('a credentialing record, its memberships and its activities', () => {
    expect(issues(() => progress(absCredentialingPath, { ...record, aplied: '2024-05-01' }))).toEqual([[['aplied'], hint('aplied', 'applied')]]);
    expect(issues(() => progress(absCredentialingPath, { ...record, memberships: [{ organization: 'ABS', form: '2024-01-01' }] }))).toEqual([
      [['memberships', 0, 'from'], DATE_MISSING],
      [['memberships', 0, 'form'], hint('form', 'from')],
    ]);
    expect(issues(() => progress(absCredentialingPath, { ...record, activities: [{ ...record.activities[0], knid: 'x' }] }))).toEqual([[['activities', 0, 'knid'], hint('knid', 'kind')]]);
  });
});

describe('a code the requirement or path does not mention, but is a near miss of one it does, is refused with the code meant', () => {
  it('a ledger activity kind near a qualifying kind', () => {
    const refusal = rejection(() => status(requirement, credential, [{ id: 'd1', date: '2025-03-26', kind: 'credentialed_leader_drop_in' }]));
    expect(refusal.subject).toBe('ledger');
    expect(refusal.issues.map((i) => [i.path, i.message])).toEqual([
      [[0, 'kind'], 'activity kind "credentialed_leader_drop_in" is not one this requirement mentions; did you mean "credentialed_leaders_drop_in"?'],
    ]);
  });

  it('a kind that is simply not mentioned, or another ABS kind, is an activity that does not count', () => {
    const result = status(requirement, credential, [
      { id: 'm1', date: '2025-03-01', kind: 'pottery_class' },
      { id: 'n1', date: '2025-04-01', kind: 'national_meeting' },
    ]);
    expect(result.notCounted.map((n) => [n.id, n.code])).toEqual([['m1', 'not_qualifying'], ['n1', 'not_qualifying']]);
    const coLed = credentialStatus({ ...requirement, qualifyingKinds: ['group_led'], components: [{ category: 'leading', activities: 1 }] }, credential, [{ id: 'c1', date: '2025-03-01', kind: 'group_co_led' }], { at: '2025-11-15' });
    expect(coLed.notCounted.map((n) => n.code)).toEqual(['not_qualifying']);
  });

  it('a record activity kind near one of the path’s kinds', () => {
    const refusal = rejection(() => progress(absCredentialingPath, { ...record, activities: [{ id: 'li-1', date: '2024-03-10', kind: 'leadership_intensve' }] }));
    expect(refusal.subject).toBe('credentialing record');
    expect(refusal.issues.map((i) => [i.path, i.message])).toEqual([
      [['activities', 0, 'kind'], 'activity kind "leadership_intensve" is not one this path mentions; did you mean "leadership_intensive"?'],
    ]);
  });

  it('a membership organization near the path’s, or the ABS by its full name', () => {
    for (const organization of ['abs', 'AB S', 'American Balint Society', 'american balint society']) {
      expect(issues(() => progress(absCredentialingPath, { ...record, memberships: [{ organization, from: '2024-01-01' }] }))).toEqual([
        [['memberships', 0, 'organization'], `organization "${organization}" is not one this path mentions; did you mean "ABS"?`],
      ]);
    }
  });

  it('another organization is a membership that does not count', () => {
    const result = credentialingProgress(absCredentialingPath, { ...record, memberships: [{ organization: 'International Balint Federation', from: '2024-01-01' }] }, { at: '2024-06-30' });
    expect(result.steps[0]?.met).toBe(false);
  });
});
