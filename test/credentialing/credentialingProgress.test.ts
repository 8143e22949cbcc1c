import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absCredentialingPath,
  credentialingProgress,
  CredentialingPathSchema,
  type CredentialingProgress,
  type CredentialingRecordInput,
  type StepProgress,
} from '../../src/credentialing/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { pathCaseArb } from '../_arbitraries/credentialing.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const ABS = 'ABS';

/** Sessions led on the 15th of each of `months` months from `start` (YYYY-MM), supervised every other month. */
function leading(start: string, months: number, supervisedEvery = 2): CredentialingRecordInput['activities'][number][] {
  const out: { id: string; date: string; kind: string }[] = [];
  const [y0, m0] = start.split('-').map(Number) as [number, number];
  for (let i = 0; i < months; i++) {
    const m = m0 - 1 + i;
    const date = `${y0 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`;
    out.push({ id: `led ${date}`, date, kind: i % 3 === 0 ? 'group_co_led' : 'group_led' });
    if (i % supervisedEvery === 0) out.push({ id: `supervised ${date}`, date, kind: 'supervised_session' });
  }
  return out;
}

const complete: CredentialingRecordInput = {
  memberships: [{ organization: ABS, from: '2023-01-01' }],
  activities: [
    { id: 'intensive 1', date: '2023-03-10', kind: 'leadership_intensive' },
    ...leading('2023-04', 24),
    { id: 'intensive 2', date: '2024-04-12', kind: 'leadership_intensive' },
    { id: 'credentialing intensive', date: '2025-04-11', kind: 'credentialing_intensive' },
  ],
};

const step = (steps: readonly StepProgress[], id: string): StepProgress => steps.find((s) => s.id === id) as StepProgress;

describe('absCredentialingPath', () => {
  it('encodes the published steps, frozen', () => {
    expect(CredentialingPathSchema.parse(absCredentialingPath)).toEqual(absCredentialingPath);
    expect(absCredentialingPath.steps.map((s) => s.label)).toEqual([
      'ABS membership kept throughout',
      'A leadership intensive before applying',
      'Leading or co-leading a Balint group at least monthly for 2 years',
      'At least 12 supervised sessions over those 2 years',
      'Three intensives in all, the last a credentialing intensive',
    ]);
    expect(absCredentialingPath.steps[2]).toMatchObject({ kind: 'monthly', months: 24, perMonth: 1, activityKinds: ['group_led', 'group_co_led'] });
    expect(absCredentialingPath.steps[3]).toMatchObject({ kind: 'count_in_window', count: 12, window: 'leading' });
    expect(absCredentialingPath.steps[4]).toMatchObject({ kind: 'series_ending_with', count: 3, lastKind: 'credentialing_intensive' });
    expect(Object.isFrozen(absCredentialingPath.steps[4])).toBe(true);
  });
});

describe('credentialingProgress on the ABS path', () => {
  it('is complete when every published step is met', () => {
    const p = credentialingProgress(absCredentialingPath, complete, { at: '2025-05-01' });
    expect(p.status).toBe('complete');
    expect(p.missing).toEqual([]);
    expect(p.message).toBe('Every step of ABS Credentialed Balint Group Leader is met as of 2025-05-01.');
    expect(step(p.steps, 'leading')).toMatchObject({ met: true, window: { from: '2023-04', to: '2025-03' }, missingMonths: 0 });
    expect(step(p.steps, 'supervision')).toMatchObject({ met: true, attended: 12, window: { from: '2023-04', to: '2025-03' }, windowComplete: true });
    expect(step(p.steps, 'membership')).toMatchObject({ met: true, from: '2023-03-10', to: '2025-05-01', gaps: [] });
  });

  it('early on, says what is missing for each step and by when at the earliest', () => {
    const p = credentialingProgress(absCredentialingPath, complete, { at: '2023-06-30' });
    expect(p.status).toBe('in_progress');
    expect(p.missing.map((m) => m.id)).toEqual(['leading', 'supervision', 'intensives']);
    expect(step(p.steps, 'leading')).toMatchObject({
      met: false,
      monthsInRun: 3,
      missingMonths: 21,
      earliestCompletion: '2025-03',
      message: 'Leading or co-leading a Balint group at least monthly for 2 years: 3 months in a row so far (2023-04 to 2023-06); 21 more months needed, complete in 2025-03 at the earliest.',
    });
    expect(step(p.steps, 'supervision')).toMatchObject({ met: false, attended: 2, missing: 10, windowComplete: false });
    expect(step(p.steps, 'intensives').message).toBe(
      'Three intensives in all, the last a credentialing intensive: 1 of 3 attended; 2 more needed, the last a credentialing intensive.',
    );
  });

  it('a month without a led session restarts the two years', () => {
    const gap = { ...complete, activities: complete.activities.filter((a) => !a.date.startsWith('2024-01')) };
    const p = credentialingProgress(absCredentialingPath, gap, { at: '2025-04-01' });
    expect(step(p.steps, 'leading')).toMatchObject({ met: false, monthsInRun: 14, missingMonths: 10, window: { from: '2024-02', to: '2025-03' }, earliestCompletion: '2026-01' });
    // By May with no session in April, the run is broken too.
    expect(step(credentialingProgress(absCredentialingPath, gap, { at: '2025-05-01' }).steps, 'leading')).toMatchObject({ monthsInRun: 0, earliestCompletion: '2027-04' });
  });

  it('supervision must fall within the same two years of leading', () => {
    const sparse = { ...complete, activities: [...complete.activities.filter((a) => a.kind !== 'supervised_session'), ...leading('2023-04', 24, 3).filter((a) => a.kind === 'supervised_session')] };
    const p = credentialingProgress(absCredentialingPath, sparse, { at: '2025-05-01' });
    expect(step(p.steps, 'supervision')).toMatchObject({ met: false, attended: 8, missing: 4 });
  });

  it('over a longer run of leading, supervision may fall in any two consecutive years of it', () => {
    const longer = {
      ...complete,
      activities: [
        ...complete.activities.filter((a) => a.kind !== 'supervised_session' && !a.id.startsWith('led')),
        ...leading('2023-04', 30).filter((a) => a.kind !== 'supervised_session'),
        ...leading('2023-10', 24).filter((a) => a.kind === 'supervised_session'),
      ],
    };
    const p = credentialingProgress(absCredentialingPath, longer, { at: '2025-10-01' });
    expect(step(p.steps, 'leading')).toMatchObject({ met: true, window: { from: '2023-10', to: '2025-09' } });
    expect(step(p.steps, 'supervision')).toMatchObject({ met: true, attended: 12, window: { from: '2023-10', to: '2025-09' } });
  });

  it('the last of three intensives must be a credentialing intensive', () => {
    const early = {
      ...complete,
      activities: complete.activities.map((a) => (a.id === 'credentialing intensive' ? { ...a, date: '2023-02-01' } : a)),
    };
    const s = step(credentialingProgress(absCredentialingPath, early, { at: '2025-05-01' }).steps, 'intensives');
    expect(s).toMatchObject({ met: false, attended: 3, lastKindCounted: false, missing: 1 });
    expect(s.message).toBe(
      'Three intensives in all, the last a credentialing intensive: 3 attended, but no credentialing intensive after at least 2 others; a credentialing intensive is still needed.',
    );
  });

  it('a leadership intensive must come before the application', () => {
    const applied = { ...complete, activities: complete.activities.filter((a) => a.id !== 'intensive 1'), applied: '2024-01-05' };
    const s = step(credentialingProgress(absCredentialingPath, applied, { at: '2025-05-01' }).steps, 'intensive_before_applying');
    expect(s).toMatchObject({ met: false, attended: 0, until: '2024-01-04', applied: true });
  });

  it('membership must be kept throughout, and names the break', () => {
    const lapsed = { ...complete, memberships: [{ organization: ABS, from: '2023-01-01', to: '2024-06-30' }, { organization: ABS, from: '2024-09-01' }] };
    const s = step(credentialingProgress(absCredentialingPath, lapsed, { at: '2025-05-01' }).steps, 'membership');
    expect(s).toMatchObject({ met: false, gaps: [{ from: '2024-07-01', to: '2024-08-31' }] });
    expect(s.message).toBe('ABS membership kept throughout: not a member from 2024-07-01 to 2024-08-31; membership is needed from 2023-03-10 to 2025-05-01.');
  });

  it('rejects an invalid path or record', () => {
    expect(() => credentialingProgress({ ...absCredentialingPath, steps: [absCredentialingPath.steps[3]!] }, complete, { at: '2025-05-01' })).toThrow(
      'must name a monthly step of this path',
    );
    expect(() => credentialingProgress(absCredentialingPath, { memberships: [], activities: [], applied: '2025-02-30' }, { at: '2025-05-01' })).toThrow(ValidationError);
    expect(() => credentialingProgress(absCredentialingPath, null as never, { at: '2025-05-01' })).toThrow(ValidationError);
  });
});

/** Every step but membership met in `before` is met in `after`. */
function expectMetStepsStayMet(before: CredentialingProgress, after: CredentialingProgress): void {
  before.steps.forEach((s, i) => {
    if (s.kind !== 'membership' && s.met) expect(after.steps[i]!.met, s.id).toBe(true);
  });
}

describe('properties', () => {
  it('adding an activity never un-meets a step other than membership (which it may lengthen)', () => {
    fc.assert(
      fc.property(pathCaseArb, ({ record, extra, at }) => {
        const before = credentialingProgress(absCredentialingPath, record, { at });
        const after = credentialingProgress(absCredentialingPath, { ...record, activities: [...record.activities, extra] }, { at });
        expectMetStepsStayMet(before, after);
      }),
      { numRuns: 300 },
    );
  });

  it('a membership without a break from the first activity never leaves the membership step unmet', () => {
    fc.assert(
      fc.property(pathCaseArb, ({ record, at }) => {
        const always = { ...record, memberships: [{ organization: ABS, from: '2000-01-01' }] };
        expect(credentialingProgress(absCredentialingPath, always, { at }).steps[0]!.met).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('as of a later date, a met step other than membership stays met', () => {
    fc.assert(
      fc.property(pathCaseArb, fc.integer({ min: 0, max: 1000 }), ({ record, at }, later) => {
        const laterDate = new Date(Date.parse(`${at}T00:00:00Z`) + later * 86_400_000).toISOString().slice(0, 10);
        const a = credentialingProgress(absCredentialingPath, record, { at });
        const b = credentialingProgress(absCredentialingPath, record, { at: laterDate });
        expectMetStepsStayMet(a, b);
      }),
      { numRuns: 200 },
    );
  });

  it('the result depends only on the inputs, and inputs are not mutated', () => {
    fc.assert(
      fc.property(pathCaseArb, ({ record, at }) => {
        const copy = structuredClone(record);
        deepFreeze(record);
        const a = credentialingProgress(absCredentialingPath, record, { at });
        const b = credentialingProgress(structuredClone(absCredentialingPath), { ...copy, activities: [...copy.activities].reverse() }, { at });
        expect(b).toEqual(a);
        expect(record).toEqual(copy);
      }),
      { numRuns: 150 },
    );
  });

  it('supervision is met exactly when some 24 consecutive months of leading hold 12 supervised sessions (brute force)', () => {
    const monthOf = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    fc.assert(
      fc.property(pathCaseArb, ({ record, at }) => {
        const seen = record.activities.filter((a) => a.date <= at);
        const led = new Set(seen.filter((a) => a.kind === 'group_led' || a.kind === 'group_co_led').map((a) => monthOf(a.date)));
        const supervised = seen.filter((a) => a.kind === 'supervised_session').map((a) => monthOf(a.date));
        let expected = false;
        for (let start = monthOf('2021-01-01'); start <= monthOf(at); start++) {
          const months = Array.from({ length: 24 }, (_, i) => start + i);
          if (months.every((m) => led.has(m)) && supervised.filter((m) => m >= start && m < start + 24).length >= 12) expected = true;
        }
        expect(credentialingProgress(absCredentialingPath, record, { at }).steps[3]!.met).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('complete means every step is met, and the reported windows of leading are complete', () => {
    fc.assert(
      fc.property(pathCaseArb, ({ record, at }) => {
        const p = credentialingProgress(absCredentialingPath, record, { at });
        expect(p.status === 'complete').toBe(p.steps.every((s) => s.met));
        const lead = p.steps[2]!;
        if (lead.kind === 'monthly' && lead.met && lead.window !== null) {
          const [fy, fm] = lead.window.from.split('-').map(Number) as [number, number];
          const [ty, tm] = lead.window.to.split('-').map(Number) as [number, number];
          expect((ty - fy) * 12 + (tm - fm) + 1).toBe(24);
        }
      }),
      { numRuns: 200 },
    );
  });
});
