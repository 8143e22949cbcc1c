/**
 * The American Balint Society's presets (src/presets/abs), built with
 * parameters for what the pages do not publish, and an arbitrary of programs
 * built with varied parameters.
 */
import fc from 'fast-check';
import {
  absAsconaPrize2026,
  absCredentialedLeadersDropInMondays,
  absCredentialedLeadersDropInThursdays,
  absDiversityDiscussions2026,
  absHealingRetreat2026,
  absLeadershipIntensiveFees2026,
  absNewEnglandLeadershipIntensive,
  absNonCredentialedLeadersConversation2026,
  absOnlineGroupSaturday2026,
  absOnlineGroupTuesday2026,
  absRefundPolicy,
  AbsRefundPolicyIdSchema,
  absSpokaneLeadershipIntensive,
} from '../../src/presets/abs/index.js';
import { localDateArb } from '../_arbitraries/recurrence.js';

const fees = (amount: string, timeZone: string) => ({
  currency: 'USD',
  timeZone,
  periods: [{ id: 'regular', label: 'Regular' }],
  categories: [{ id: 'everyone', label: 'Everyone', prices: { regular: amount } }],
});
const dropIn = { from: '2026-01-01', until: '2026-12-31', startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 };

/** Every ABS program preset, built. */
export const ABS_PROGRAMS: readonly (readonly [label: string, program: unknown])[] = [
  ['absOnlineGroupSaturday2026', absOnlineGroupSaturday2026({ minRegistrants: 6, fees: fees('300.00', 'America/New_York') })],
  ['absOnlineGroupTuesday2026', absOnlineGroupTuesday2026({ minRegistrants: 6 })],
  ['absCredentialedLeadersDropInMondays', absCredentialedLeadersDropInMondays(dropIn)],
  ['absCredentialedLeadersDropInThursdays', absCredentialedLeadersDropInThursdays(dropIn)],
  ['absNonCredentialedLeadersConversation2026', absNonCredentialedLeadersConversation2026({ durationMinutes: 60 })],
  ['absDiversityDiscussions2026', absDiversityDiscussions2026()],
  ['absSpokaneLeadershipIntensive', absSpokaneLeadershipIntensive({ firstDay: '2026-04-23', refundDeadline: '2026-03-23' })],
  ['absNewEnglandLeadershipIntensive', absNewEnglandLeadershipIntensive({ firstDay: '2026-10-08' })],
  ['absHealingRetreat2026', absHealingRetreat2026({ from: '2026-04-17', until: '2026-04-19', fees: fees('650.00', 'America/Los_Angeles') })],
  ['absAsconaPrize2026', absAsconaPrize2026({ timeZone: 'Europe/Zurich' })],
];

/** The ABS presets by the schema each must satisfy: the programs, their refund policies and the intensive fees. */
export const ABS_PRESETS_BY_SCHEMA: readonly (readonly [name: string, label: string, value: unknown])[] = [
  ...ABS_PROGRAMS.map(([label, program]) => ['abs-program', label, program] as const),
  ...AbsRefundPolicyIdSchema.options.map((id) => ['refund-policy', `absRefundPolicy('${id}')`, absRefundPolicy(id, id === 'abs-spokane-leadership-intensive' ? { refundDeadline: '2026-03-23' } : {})] as const),
  ['fee-schedule', 'absLeadershipIntensiveFees2026', absLeadershipIntensiveFees2026()],
];

/** ABS programs built with varied parameters. */
export const absProgramArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((minRegistrants) => absOnlineGroupTuesday2026({ minRegistrants })),
  fc
    .record({ from: localDateArb('2026-01-01', '2027-12-31'), days: fc.integer({ min: 0, max: 700 }), hour: fc.integer({ min: 6, max: 21 }), zone: fc.constantFrom('America/New_York', 'America/Chicago', 'Europe/London') })
    .map(({ from, days, hour, zone }) => {
      const until = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      const params = { from, until, startTime: `${String(hour).padStart(2, '0')}:30`, timeZone: zone, durationMinutes: 60 };
      return days % 2 === 0 ? absCredentialedLeadersDropInMondays(params) : absCredentialedLeadersDropInThursdays(params);
    }),
  fc.integer({ min: 15, max: 180 }).map((durationMinutes) => absNonCredentialedLeadersConversation2026({ durationMinutes })),
  fc.constantFrom(...ABS_PROGRAMS.map(([, program]) => program)),
);
