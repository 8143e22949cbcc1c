/** The credentialed leaders' drop-in series, as their pages (seed 003) publish them. */
import { describe, expect, it } from 'vitest';
import { absMaintenanceRequirement, ABS_ACTIVITY_KINDS, credentialStatus } from '../../src/credentialing/index.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import {
  ABS_LEADER_CREDENTIAL,
  absCredentialedLeadersDropInMondays,
  absCredentialedLeadersDropInThursdays,
  type AbsDropInParams,
} from '../../src/presets/abs/index.js';
import { planSeries } from '../../src/schedule/index.js';
import { issuesOf } from '../refunds/_helpers.js';
import { sessionTimes } from './_helpers.js';

const params: AbsDropInParams = { from: '2026-01-01', until: '2026-12-31', startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 };
const thursdays = absCredentialedLeadersDropInThursdays(params);
const mondays = absCredentialedLeadersDropInMondays(params);
const dates = (program: typeof thursdays) => planSeries(program.schedule.series[0]).sessions.map((s) => s.date);
const leader = { credentials: [{ credential: ABS_LEADER_CREDENTIAL, issued: '2019-10-05' }] };

describe('the drop-in series with Arnold Goldberg: "generally meets the 4th Thursday of odd months"', () => {
  it('meets on the 4th Thursday of January, March, May, July, September and November', () => {
    expect(dates(thursdays)).toEqual(['2026-01-22', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24', '2026-11-26']);
    expect(thursdays.facilitators).toEqual([{ name: 'Arnold Goldberg', role: 'facilitator' }]);
    expect(thursdays.organizer).toEqual({ name: 'American Balint Society', committee: 'History and Continuity Committee' });
    expect(thursdays.description).toBe(
      'This drop-in series is for ABS Credentialed Leaders and is sponsored by the History and Continuity Committee with Arnold Goldberg as the facilitator. It generally meets the 4th Thursday of odd months. Attendance qualifies as a Maintenance of Credentialing activity.',
    );
  });

  it('keeps the rule as published by default, so November 26, 2026 (Thanksgiving) is a meeting', () => {
    expect(thursdays.schedule.series[0].holidays).toBeUndefined();
    expect(dates(thursdays)).toContain('2026-11-26');
  });

  it('skips US federal holidays, or shifts them a week, when asked', () => {
    const skip = absCredentialedLeadersDropInThursdays({ ...params, holidays: 'skip' });
    expect(dates(skip)).toEqual(['2026-01-22', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24']);
    expect(planSeries(skip.schedule.series[0]).skipped).toEqual([{ date: '2026-11-26', reason: 'holiday', holiday: 'Thanksgiving Day' }]);
    const shift = absCredentialedLeadersDropInThursdays({ ...params, holidays: 'shift' });
    const last = planSeries(shift.schedule.series[0]).sessions.at(-1);
    expect([last?.date, last?.originalDate, last?.holiday]).toEqual(['2026-12-03', '2026-11-26', 'Thanksgiving Day']);
    expect(absCredentialedLeadersDropInThursdays({ ...params, holidays: 'as_published' }).schedule).toEqual(thursdays.schedule);
  });

  it('records the committee’s own exceptions', () => {
    const moved = absCredentialedLeadersDropInThursdays({ ...params, exceptions: { move: [{ from: '2026-11-26', to: '2026-11-19' }] } });
    expect(dates(moved).at(-1)).toBe('2026-11-19');
  });
});

describe('the drop-in series with Paul Scott: "generally meets the 4th Monday of even months"', () => {
  it('meets on the 4th Monday of February, April, June, August, October and December', () => {
    expect(dates(mondays)).toEqual(['2026-02-23', '2026-04-27', '2026-06-22', '2026-08-24', '2026-10-26', '2026-12-28']);
    expect(mondays.facilitators).toEqual([{ name: 'Paul Scott', role: 'facilitator' }]);
    expect(mondays.notes.find((n) => n.code === 'generally')?.text).toBe('It generally meets the 4th Monday of even months.');
  });

  it('places its meetings at the time and zone given', () => {
    const pacific = absCredentialedLeadersDropInMondays({ ...params, timeZone: 'America/Los_Angeles', startTime: '17:30', durationMinutes: 75, count: 2 });
    expect(sessionTimes(pacific.schedule.series[0]).slice(0, 2)).toEqual([
      ['2026-02-23', '8:30pm - 9:45pm Eastern / 5:30pm - 6:45pm Pacific'],
      ['2026-04-27', '8:30pm - 9:45pm Eastern / 5:30pm - 6:45pm Pacific'],
    ]);
  });
});

describe('both drop-in series', () => {
  it('are for ABS Credentialed Leaders, and say why not', () => {
    for (const program of [thursdays, mondays]) {
      expect(checkEligibility(program.eligibility, leader, { at: '2026-03-26' }).verdict).toBe('eligible');
      expect(checkEligibility(program.eligibility, { leadsGroup: true }, { at: '2026-03-26' }).reasons).toEqual([
        {
          code: 'credential_missing',
          credential: ABS_LEADER_CREDENTIAL,
          on: '2026-03-26',
          path: [],
          label: 'an ABS Credentialed Leader',
          message: 'You must be an ABS Credentialed Leader; no ABS credentialed Balint leader credential is on record.',
        },
      ]);
    }
  });

  it('count as Maintenance of Credentialing activities of the credentialing area', () => {
    expect(thursdays.maintenance).toEqual({ activityKind: 'credentialed_leaders_drop_in', text: 'Attendance qualifies as a Maintenance of Credentialing activity.' });
    expect(ABS_ACTIVITY_KINDS).toContain(thursdays.maintenance.activityKind);
    // Illustrative numbers: the ABS publishes none.
    const requirement = absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 0, activities: 4 });
    expect(requirement.qualifyingKinds).toContain(mondays.maintenance.activityKind);
    const attended = [...planSeries(thursdays.schedule.series[0]).sessions.slice(0, 2), ...planSeries(mondays.schedule.series[0]).sessions.slice(0, 2)];
    const ledger = attended.map((s) => ({ id: `drop-in ${s.date}`, date: s.date, kind: thursdays.maintenance.activityKind }));
    const credential = { holder: { id: 'abs-77' }, issued: '2026-01-01' };
    expect(credentialStatus(requirement, credential, ledger, { at: '2026-06-30' }).status).toBe('current');
    expect(credentialStatus(requirement, credential, ledger.slice(0, 3), { at: '2026-12-31' }).status).not.toBe('current');
  });

  it('take the unpublished start, time, zone and length as parameters, with until or count', () => {
    expect(issuesOf(() => absCredentialedLeadersDropInThursdays({} as never)).map((i) => i.path.join('.'))).toEqual([
      'from',
      'startTime',
      'timeZone',
      'durationMinutes',
    ]);
    expect(issuesOf(() => absCredentialedLeadersDropInMondays({ ...params, until: undefined } as never))[0]).toMatchObject({
      path: ['until'],
      message: 'give `until` or `count`: the series is ongoing',
    });
    expect(thursdays.unpublished.map((u) => [u.parameter, u.given])).toEqual([
      ['from', true],
      ['until', true],
      ['count', false],
      ['startTime', true],
      ['timeZone', true],
      ['durationMinutes', true],
      ['holidays', false],
      ['exceptions', false],
      [null, false],
    ]);
    expect(thursdays.fees).toBeUndefined();
  });
});
