/**
 * What a candidate reads about their own progress: each step's sentence and
 * the activities it counted, on one record seen at three dates (before any
 * activity, a month into leading, and after applying with a one-day lapse in
 * membership).
 */
import { describe, expect, it } from 'vitest';
import { absCredentialingPath, credentialingProgress, type CredentialingRecordInput } from '../../src/credentialing/index.js';

const ABS = 'ABS';

/** Leading on the 15th of each month from April 2023 to May 2024, supervised every third month; intensives in March 2023 and May 2024. */
function activities(): CredentialingRecordInput['activities'][number][] {
  const out = [{ id: 'intensive 1', date: '2023-03-10', kind: 'leadership_intensive' }];
  for (let i = 0; i < 14; i++) {
    const m = 3 + i;
    const date = `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-15`;
    out.push({ id: `led ${date}`, date, kind: 'group_led' });
    if (i % 3 === 0) out.push({ id: `sup ${date}`, date, kind: 'supervised_session' });
  }
  out.push({ id: 'credentialing intensive', date: '2024-05-20', kind: 'credentialing_intensive' });
  return out;
}

const record: CredentialingRecordInput = {
  memberships: [
    { organization: ABS, from: '2023-01-01', to: '2023-12-31' },
    { organization: ABS, from: '2024-01-02' },
    { organization: 'Other Society', from: '2020-01-01' },
  ],
  activities: activities(),
  applied: '2024-06-01',
};

const read = (at: string) => {
  const p = credentialingProgress(absCredentialingPath, record, { at });
  return { message: p.message, steps: Object.fromEntries(p.steps.map((s) => [s.id, { message: s.message, counted: s.counted }])) };
};

describe('credentialingProgress explains each step to the candidate', () => {
  it('before any activity: only membership holds, and everything else is still to do', () => {
    expect(read('2023-02-01')).toEqual({
      message:
        '1 of 5 steps of ABS Credentialed Balint Group Leader are met as of 2023-02-01; still missing: A leadership intensive before applying; Leading or co-leading a Balint group at least monthly for 2 years; At least 12 supervised sessions over those 2 years; Three intensives in all, the last a credentialing intensive.',
      steps: {
        membership: { message: 'ABS membership kept throughout: a member of the ABS on 2023-02-01 without a break.', counted: [] },
        intensive_before_applying: { message: 'A leadership intensive before applying: 0 attended by 2023-02-01 (1 needed); 1 more needed before applying.', counted: [] },
        leading: { message: 'Leading or co-leading a Balint group at least monthly for 2 years: no month counts yet; 24 more months needed, complete in 2025-01 at the earliest.', counted: [] },
        supervision: { message: 'At least 12 supervised sessions over those 2 years: no window of leading has started yet; 12 more needed within the same 24 months.', counted: [] },
        intensives: { message: 'Three intensives in all, the last a credentialing intensive: 0 of 3 attended; 3 more needed, the last a credentialing intensive.', counted: [] },
      },
    });
  });

  it('a month into leading: one month in a row, one supervised session, one intensive', () => {
    expect(read('2023-04-30').steps).toEqual({
      membership: { message: 'ABS membership kept throughout: a member of the ABS from 2023-03-10 to 2023-04-30 without a break.', counted: [] },
      intensive_before_applying: { message: 'A leadership intensive before applying: 1 attended by 2023-04-30 (1 needed).', counted: ['intensive 1'] },
      leading: {
        message: 'Leading or co-leading a Balint group at least monthly for 2 years: 1 month in a row so far (2023-04 to 2023-04); 23 more months needed, complete in 2025-03 at the earliest.',
        counted: ['led 2023-04-15'],
      },
      supervision: { message: 'At least 12 supervised sessions over those 2 years: 1 of 12 so far (2023-04 to 2023-04); 11 more needed within the same 24 months.', counted: ['sup 2023-04-15'] },
      intensives: { message: 'Three intensives in all, the last a credentialing intensive: 1 of 3 attended; 2 more needed, the last a credentialing intensive.', counted: ['intensive 1'] },
    });
  });

  it('after applying: counted until the day before, and a one-day lapse in membership is named', () => {
    const seen = read('2024-06-30');
    expect(seen.message).toBe(
      '1 of 5 steps of ABS Credentialed Balint Group Leader are met as of 2024-06-30; still missing: ABS membership kept throughout; Leading or co-leading a Balint group at least monthly for 2 years; At least 12 supervised sessions over those 2 years; Three intensives in all, the last a credentialing intensive.',
    );
    expect(seen.steps['membership']?.message).toBe('ABS membership kept throughout: not a member on 2024-01-01; membership is needed from 2023-03-10 to 2024-06-30.');
    expect(seen.steps['intensive_before_applying']?.message).toBe('A leadership intensive before applying: 1 attended by 2024-05-31 (1 needed).');
    expect(seen.steps['leading']?.message).toBe(
      'Leading or co-leading a Balint group at least monthly for 2 years: 14 months in a row so far (2023-04 to 2024-05); 10 more months needed, complete in 2025-03 at the earliest.',
    );
    expect(seen.steps['leading']?.counted).toHaveLength(14);
    expect(seen.steps['supervision']).toEqual({
      message: 'At least 12 supervised sessions over those 2 years: 5 of 12 so far (2023-04 to 2024-05); 7 more needed within the same 24 months.',
      counted: ['sup 2023-04-15', 'sup 2023-07-15', 'sup 2023-10-15', 'sup 2024-01-15', 'sup 2024-04-15'],
    });
    expect(seen.steps['intensives']).toEqual({
      message: 'Three intensives in all, the last a credentialing intensive: 2 of 3 attended; 1 more needed, the last a credentialing intensive.',
      counted: ['intensive 1', 'credentialing intensive'],
    });
  });
});
