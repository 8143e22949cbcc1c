/**
 * Valid inputs for every published schema: one realistic example each (from
 * the seed pages where they give one), and the presets the library and its
 * tests ship (the ABS's holidays, accreditation, credentialing path and
 * maintenance requirement, the seed refund policies and fee schedules, what
 * the policy constructors build, and the ABS programs of src/presets/abs).
 */
import {
  absAccreditation,
  absCredentialingPath,
  absMaintenanceRequirement,
  deadlineRefundPolicy,
  earlyBirdFeeSchedule,
  flatFeeSchedule,
  freeFeeSchedule,
  organizerOnlyRefundPolicy,
  tieredRefundPolicy,
  US_FEDERAL_HOLIDAYS,
} from '../../src/_all.js';
import { seedSessions } from '../_arbitraries/credits.js';
import { ABS_PRESETS_BY_SCHEMA, ABS_PROGRAMS } from './_absPresets.js';
import { absMember, diversityDiscussionFees, leadershipIntensiveFees, nonMember, onlineGroupFees, residentStudentFellow } from '../fees/_seeds.js';
import { newEngland, onlineGroups, retreat, usd } from '../refunds/_seeds.js';

/** "All non-credentialed leaders of Balint groups" (the seeds' conversation). */
const nonCredentialedLeaders = {
  kind: 'all',
  rules: [{ kind: 'leads_group' }, { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader' } }],
} as const;

const program = (label: string): unknown => ABS_PROGRAMS.find(([l]) => l === label)?.[1];

/** One valid, realistic value per published schema (the seed pages' own where the ABS presets build them). */
export const EXAMPLES: Readonly<Record<string, unknown>> = {
  series: (program('absOnlineGroupSaturday2026') as { schedule: { series: unknown[] } }).schedule.series[0],
  'recurrence-rule': { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2], months: [1, 2, 3, 4, 5, 6, 7, 8] },
  'occurrences-options': { from: '2026-01-01', count: 8, exceptions: { skip: ['2026-07-11'] }, holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' } },
  exceptions: { skip: ['2026-07-11'], add: ['2026-12-12'], move: [{ from: '2026-11-14', to: '2026-11-21', startTime: '12:00' }] },
  'holiday-calendar': US_FEDERAL_HOLIDAYS,
  'holiday-policy': { calendar: US_FEDERAL_HOLIDAYS, action: 'shift', shiftDays: 7, match: 'both' },
  'eligibility-rule': nonCredentialedLeaders,
  'registrant-profile': {
    professions: ['physician'],
    clinicallyActive: true,
    memberships: [{ organization: 'ABS', until: '2026-12-31' }],
    credentials: [{ credential: 'abs_credentialed_balint_leader', issued: '2019-10-05' }],
    leadsGroup: true,
    languages: ['en', 'en-US'],
  },
  'capacity-policy': { maxSeats: 12, maxWaitlist: 5, minRegistrants: 6, decisionDate: { date: '2026-01-02', timeZone: 'America/New_York' } },
  'registration-events': [
    { kind: 'register', registrantId: 'r-1', at: '2026-02-01T15:00:00Z' },
    { kind: 'register', registrantId: 'r-2', at: '2026-02-01T15:00:00Z' },
    { kind: 'cancel', registrantId: 'r-1', at: '2026-02-03T09:30:00-05:00' },
  ],
  'fee-schedule': leadershipIntensiveFees,
  'refund-policy': retreat,
  'refund-registration': { paid: usd('650.00'), firstSessionStart: { date: '2026-03-13', time: '16:00', timeZone: 'America/Los_Angeles' }, sessionsAttended: 0 },
  cancellation: { by: 'registrant', reason: 'illness', at: '2026-03-01T12:00:00-08:00', inWriting: true, acknowledgedAt: '2026-03-02T09:00:00Z' },
  money: usd('250.00'),
  'submission-policy': (program('absAsconaPrize2026') as { submission: unknown }).submission,
  submission: {
    profile: { professions: ['medical_student'], study: { field: 'medicine' } },
    language: 'en',
    wordCount: 7200,
    fileFormat: 'docx',
    at: '2026-01-20T12:00:00Z',
  },
  accreditation: absAccreditation({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' }),
  'credit-sessions': seedSessions,
  attendance: [
    { session: 1, kind: 'full' },
    { session: 2, kind: 'partial', minutesPresent: 45 },
    { session: 3, kind: 'absent' },
  ],
  credential: { holder: { id: 'abs-77', name: 'A. Leader' }, title: 'ABS Credentialed Balint Leader', issued: '2019-10-05' },
  'maintenance-requirement': absMaintenanceRequirement({ periodMonths: 24, gracePeriodDays: 90, activities: 4 }),
  ledger: [
    { id: 'a1', date: '2026-01-10', kind: 'credentialed_leaders_drop_in', hours: '1.50', title: 'Drop-in group' },
    { id: 'a2', date: '2026-06-20', kind: 'leadership_intensive' },
  ],
  'credentialing-path': absCredentialingPath,
  'credentialing-record': {
    memberships: [{ organization: 'American Balint Society', from: '2021-01-01' }],
    activities: [
      { id: 'x1', date: '2022-03-05', kind: 'group_led' },
      { id: 'x2', date: '2022-03-05', kind: 'supervised_session' },
    ],
    applied: '2024-01-15',
  },
  'abs-program': program('absOnlineGroupTuesday2026'),
  'icalendar-options': { dtstamp: '2026-01-01T00:00:00Z', uidDomain: 'americanbalintsociety.org', summary: 'ABS online Balint group', url: 'https://www.americanbalintsociety.org/' },
};

/** The presets the library and its tests ship, by the schema each must satisfy. */
export const PRESETS: readonly (readonly [name: string, label: string, value: unknown])[] = [
  ['holiday-calendar', 'US_FEDERAL_HOLIDAYS', US_FEDERAL_HOLIDAYS],
  ['credentialing-path', 'absCredentialingPath', absCredentialingPath],
  ['maintenance-requirement', 'absMaintenanceRequirement (activities)', absMaintenanceRequirement({ periodMonths: 24, gracePeriodDays: 90, activities: 4 })],
  ['maintenance-requirement', 'absMaintenanceRequirement (hours)', absMaintenanceRequirement({ periodMonths: 12, gracePeriodDays: 0, hours: '6.5' })],
  ['accreditation', 'absAccreditation', absAccreditation({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' })],
  ['accreditation', 'absAccreditation (with maximum)', absAccreditation({ title: 'Balint group', aafpDesignatedMaximum: '12.00' })],
  ['eligibility-rule', 'fee seed: ABS member', absMember],
  ['eligibility-rule', 'fee seed: not an ABS member', nonMember],
  ['eligibility-rule', 'fee seed: resident, student or fellow', residentStudentFellow],
  ['fee-schedule', 'fee seed: online groups', onlineGroupFees],
  ['fee-schedule', 'fee seed: leadership intensive', leadershipIntensiveFees],
  ['fee-schedule', 'fee seed: diversity discussions', diversityDiscussionFees],
  ['fee-schedule', 'flatFeeSchedule', flatFeeSchedule({ currency: 'USD', timeZone: 'America/New_York', categories: [{ id: 'member', label: 'ABS members', price: '250' }] })],
  ['fee-schedule', 'earlyBirdFeeSchedule', earlyBirdFeeSchedule({
    currency: 'USD',
    timeZone: 'America/New_York',
    early: { until: '2026-07-31' },
    categories: [{ id: 'member', label: 'ABS members', early: '800', regular: '875' }],
  })],
  ['fee-schedule', 'freeFeeSchedule', freeFeeSchedule({ currency: 'USD', timeZone: 'America/New_York' })],
  ['refund-policy', 'refund seed: online groups', onlineGroups],
  ['refund-policy', 'refund seed: retreat', retreat],
  ['refund-policy', 'refund seed: New England intensive', newEngland],
  ['refund-policy', 'tieredRefundPolicy', tieredRefundPolicy({ timeZone: 'America/New_York', tiers: [{ daysBefore: 7, percent: '50' }, { daysBefore: 30, percent: '100' }] })],
  ['refund-policy', 'deadlineRefundPolicy', deadlineRefundPolicy({
    label: 'Healing, Mindfulness and Compassion Retreat',
    timeZone: 'America/Los_Angeles',
    deadline: '2026-03-12',
    inWriting: true,
    withhold: { amount: '100.00', currency: 'USD' },
    due: { days: 30, after: 'acknowledgement' },
  })],
  ['refund-policy', 'organizerOnlyRefundPolicy', organizerOnlyRefundPolicy({ timeZone: 'America/New_York', reasons: ['insufficient_registrants'] })],
  ...ABS_PRESETS_BY_SCHEMA,
];
