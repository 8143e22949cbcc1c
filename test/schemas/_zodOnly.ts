/**
 * The checks only the library makes (zod refinements JSON Schema cannot
 * express, and one regex that counts UTF-16 code units where JSON Schema
 * counts characters), exactly as the published schemas list them, each with the zod
 * message that reports it and inputs that zod rejects for that reason alone
 * while ajv accepts them.
 */
import { ABS_PROGRAMS } from './_absPresets.js';
import { EXAMPLES } from './_fixtures.js';
import { setAt } from './_mutate.js';

const ex = (name: string): unknown => EXAMPLES[name];
const at = (name: string, path: readonly (string | number)[], value: unknown): [string, unknown] => [name, setAt(ex(name), path, value)];

const program = (label: string): unknown => ABS_PROGRAMS.find(([l]) => l === label)?.[1];
const inProgram = (label: string, path: readonly (string | number)[], value: unknown): [string, unknown] => ['abs-program', setAt(program(label), path, value)];
const fees = ex('fee-schedule') as { periods: { id: string; until?: unknown }[]; categories: { prices: Record<string, string> }[] };
const aafp = { kind: 'aafp_prescribed' };
const apa = { kind: 'apa_ce' };
const generic = { kind: 'generic', id: 'other_board', name: 'Other board', creditsPerHour: '1', step: '0.5', rounding: 'down', basis: 'session' };
const accreditation = (...systems: unknown[]): [string, unknown] => ['accreditation', { title: 'Balint group', systems }];
const accreditationWith = (fields: Record<string, unknown>): [string, unknown] => ['accreditation', { title: 'Balint group', systems: [apa], ...fields }];
const step = (fields: Record<string, unknown>) => ({ id: 'a', label: 'A', activityKinds: ['group_led'], count: 1, ...fields });
const path = (...steps: unknown[]): [string, unknown] => ['credentialing-path', { name: 'Path', steps }];
const component = (fields: Record<string, unknown>) => ({ category: 'drop_in', activities: 1, ...fields });
const requirement = (fields: Record<string, unknown>): [string, unknown] =>
  ['maintenance-requirement', { name: 'Maintenance', periodMonths: 24, qualifyingKinds: ['group_led'], components: [component({})], ...fields }];

/** A check only the library makes: its note in the schemas, the zod message that reports it, and inputs that break only it. */
export interface ZodOnlyCheck {
  readonly note: string;
  /** The zod issue's code, when not a refinement's `custom`. */
  readonly code?: string;
  readonly message: RegExp;
  readonly cases: readonly (readonly [name: string, value: unknown])[];
}

export const ZOD_ONLY: readonly ZodOnlyCheck[] = [
  {
    note: 'A time zone must be an IANA name known to the runtime (e.g. "America/New_York"), in any case; the library gives it back in its canonical spelling.',
    message: /^must be an IANA time-zone name/,
    cases: [
      at('series', ['timeZone'], 'America/Nowhere'),
      at('capacity-policy', ['decisionDate', 'timeZone'], 'Mars/Olympus_Mons'),
      at('fee-schedule', ['timeZone'], 'Pacific/Atlantis'),
      at('refund-policy', ['timeZone'], 'Europe/Atlantis'),
      at('refund-registration', ['firstSessionStart', 'timeZone'], 'Nowhere'),
      at('submission-policy', ['timeZone'], 'Etc/GMT+99'),
    ],
  },
  {
    note: 'Legacy names ("EST", "EST5EDT", "PST", "CET") are refused with the region zone meant; a fixed offset is written as one ("Etc/GMT+5").',
    message: /^"[^"]+" is a legacy zone name, not a region with its daylight-saving rules; write "[^"]+"/,
    cases: [at('series', ['timeZone'], 'EST'), at('fee-schedule', ['timeZone'], 'EST5EDT'), at('refund-policy', ['timeZone'], 'PST')],
  },
  {
    note: 'A membership must not end before it starts.',
    message: /^must not end before it starts$/,
    cases: [
      at('registrant-profile', ['memberships', 0], { organization: 'ABS', from: '2026-01-01', until: '2025-12-31' }),
      at('credentialing-record', ['memberships', 0], { organization: 'ABS', from: '2021-01-01', to: '2020-12-31' }),
      at('submission', ['profile', 'memberships'], [{ organization: 'ABS', from: '2026-01-01', until: '2025-01-01' }]),
    ],
  },
  {
    note: "A label's 200-character limit counts UTF-16 code units (an emoji counts twice); this pattern counts characters.",
    code: 'invalid_format',
    message: /^must be 1 to 200 characters without surrounding spaces$/,
    cases: [
      ['eligibility-rule', { kind: 'leads_group', label: '😀'.repeat(150) }],
      at('fee-schedule', ['categories', 0, 'eligibility', 'label'], `a ${'🩺'.repeat(120)} member`),
    ],
  },
  {
    note: 'A credential must not expire before it is issued.',
    message: /^must not expire before it is issued$/,
    cases: [at('registrant-profile', ['credentials', 0, 'expires'], '2019-10-04')],
  },
  {
    note: 'A key that is a near miss of a profile key (e.g. "clinicalyActive") is refused; other keys are kept.',
    message: /^unknown key "[^"]+"; did you mean "[^"]+"\?$/,
    cases: [at('registrant-profile', ['clinicalyActive'], true), at('submission', ['profile', 'languges'], ['en'])],
  },
  {
    note: 'A key that is a near miss of a registration key (e.g. "payd") is refused; other keys are kept.',
    message: /^unknown key "[^"]+"; did you mean "[^"]+"\?$/,
    cases: [at('refund-registration', ['payd'], { amount: '1.00', currency: 'USD' })],
  },
  {
    note: 'A key that is a near miss of a submission key (e.g. "wordcount") is refused; other keys are kept.',
    message: /^unknown key "[^"]+"; did you mean "[^"]+"\?$/,
    cases: [at('submission', ['wordcount'], 5)],
  },
  {
    note: 'A key that is a near miss of a session key (e.g. "excludedMinute") is refused; other keys are kept.',
    message: /^unknown key "[^"]+"; did you mean "[^"]+"\?$/,
    cases: [['credit-sessions', (ex('credit-sessions') as Record<string, unknown>[]).map((s, i) => (i === 0 ? { ...s, excludedMinute: 5 } : s))]],
  },
  {
    note: 'minRegistrants must not exceed maxSeats.',
    message: /^must not exceed maxSeats$/,
    cases: [at('capacity-policy', ['minRegistrants'], 13)],
  },
  {
    note: 'A registration window must close after it opens.',
    message: /^must be after the window opens$/,
    cases: [
      at('fee-schedule', ['registrationWindow'], { opens: '2026-03-01T00:00:00Z', closes: { date: '2026-02-28', timeZone: 'UTC' } }),
      at('capacity-policy', ['registrationWindow'], { opens: '2026-03-01T00:00:00Z', closes: '2026-02-01T00:00:00Z' }),
    ],
  },
  {
    note: 'Events must be listed in the order they happened (each "at" no earlier than the one before).',
    message: /^must not be earlier than an event before it/,
    cases: [['registration-events', [...(ex('registration-events') as unknown[])].reverse()]],
  },
  {
    note: 'An amount must have no more decimal places than its currency has minor units.',
    message: /^has more decimal places than the currency has minor units/,
    cases: [
      ['money', { amount: '250.001', currency: 'USD' }],
      ['money', { amount: '1.5', currency: 'JPY' }],
      ['money', { amount: '1.001', currency: 'USD', minorUnits: 2 }],
      at('refund-registration', ['paid'], { amount: '650.001', currency: 'USD' }),
      at('refund-policy', ['rules', 0, 'outcome', 'withhold', 'amount'], '100.005'),
      at('submission-policy', ['prizes', 'total', 'amount'], '3000.125'),
    ],
  },
  {
    note: 'Period ids and category ids must not repeat.',
    message: /^repeats the (period|category) id/,
    cases: [at('fee-schedule', ['categories', 1], fees.categories[0])],
  },
  {
    note: 'Only the last period, and it always, has no limit (no "until" and no "firstRegistrants").',
    message: /^(the last period must have no limits|only the last period may have no limits)/,
    cases: [
      at('fee-schedule', ['periods', 1, 'firstRegistrants'], 10),
      at('fee-schedule', ['periods', 0, 'until'], undefined),
    ],
  },
  {
    note: 'Every category prices every period, and no other.',
    message: /^has (no price for|prices for unknown) period/,
    cases: [
      at('fee-schedule', ['categories', 0, 'prices', 'early'], undefined),
      at('fee-schedule', ['categories', 0, 'prices', 'late'], '900'),
    ],
  },
  {
    note: "A category's prices never decrease from one period to the next, and have no more decimal places than the currency has minor units.",
    message: /^(must not be lower than the price of an earlier period|has more decimal places than [A-Z]{3} has minor units)/,
    cases: [
      at('fee-schedule', ['categories', 0, 'prices', 'regular'], '1'),
      at('fee-schedule', ['categories', 0, 'prices', 'regular'], '2000.001'),
    ],
  },
  {
    note: 'sessionsAttended.min must not exceed sessionsAttended.max.',
    message: /^min must not exceed max$/,
    cases: [at('refund-policy', ['rules', 0, 'when', 'sessionsAttended'], { min: 3, max: 1 })],
  },
  {
    note: 'AAFP designatedMaximum and sessionCap must be whole multiples of 0.25.',
    message: /^must be a whole multiple of 0\.25$/,
    cases: [accreditation({ ...aafp, designatedMaximum: '1.10' }), accreditation({ ...aafp, sessionCap: '0.3' })],
  },
  {
    note: 'APA designatedMaximum must be a whole multiple of its increment (1, or 0.5 for a sponsor awarding half credits).',
    message: /^must be a whole multiple of the increment$/,
    cases: [accreditation({ ...apa, designatedMaximum: '1.5' }), accreditation({ ...apa, increment: '0.5', designatedMaximum: '1.25' })],
  },
  {
    note: "A generic rule's designatedMaximum and sessionCap must be whole multiples of its step.",
    message: /^must be a whole multiple of the step$/,
    cases: [accreditation({ ...generic, designatedMaximum: '1.25' }), accreditation({ ...generic, sessionCap: '0.75' })],
  },
  {
    note: 'An accreditation must not offer the same credit system (or generic id) twice.',
    message: /^must not offer the same credit system twice$/,
    cases: [accreditation(aafp, aafp), accreditation(generic, { ...generic, name: 'Again' })],
  },
  {
    note: "A session's excludedMinutes must not exceed its durationMinutes.",
    message: /^must not exceed the session length$/,
    cases: [['credit-sessions', [{ index: 1, date: '2026-01-10', durationMinutes: 60, excludedMinutes: 61 }]]],
  },
  {
    note: 'Attendance requirement ids must not repeat.',
    message: /^must not list the same requirement id twice$/,
    cases: [accreditationWith({ requirements: [{ kind: 'every_session', id: 'whole', name: 'Whole' }, { kind: 'every_session', id: 'whole', name: 'Again' }] })],
  },
  {
    note: 'Session indexes must not repeat.',
    message: /^must not repeat a session index$/,
    cases: [['credit-sessions', [{ index: 1, date: '2026-01-10', durationMinutes: 60 }, { index: 1, date: '2026-02-14', durationMinutes: 60 }]]],
  },
  {
    note: 'Attendance must not list a session twice.',
    message: /^must not list a session twice$/,
    cases: [['attendance', [{ session: 1, kind: 'full' }, { session: 1, kind: 'absent' }]]],
  },
  {
    note: 'Activity ids must not repeat.',
    message: /^must not repeat an activity id$/,
    cases: [
      at('ledger', [1, 'id'], 'a1'),
      at('credentialing-record', ['activities', 1, 'id'], 'x1'),
    ],
  },
  {
    note: 'Component categories must not repeat.',
    message: /^must not repeat a category$/,
    cases: [requirement({ components: [component({}), component({ activities: 2 })] })],
  },
  {
    note: 'gracePeriodDays must be shorter than the period (periodMonths × 28 days).',
    message: /^must be shorter than the period$/,
    cases: [requirement({ periodMonths: 1, gracePeriodDays: 28 })],
  },
  {
    note: "A component's kinds must be among the qualifying kinds.",
    message: /is not one of the qualifying kinds$/,
    cases: [requirement({ components: [component({ kinds: ['national_meeting'] })] })],
  },
  {
    note: 'Step ids must not repeat.',
    message: /^repeats the step id/,
    cases: [path(step({ kind: 'attended_before_applying' }), step({ kind: 'attended_before_applying', count: 2 }))],
  },
  {
    note: "A count_in_window step's window must name a monthly step of the path.",
    message: /^must name a monthly step of this path$/,
    cases: [path(step({ kind: 'count_in_window', window: 'nowhere' })), path({ kind: 'membership', id: 'm', label: 'Member', organization: 'ABS' }, step({ kind: 'count_in_window', window: 'm' }))],
  },
  {
    note: "A series_ending_with step's lastKind must be one of its activityKinds.",
    message: /^must be one of the step’s activity kinds$/,
    cases: [path(step({ kind: 'series_ending_with', lastKind: 'supervised_session' }))],
  },
  {
    note: 'Text must be well-formed Unicode (no unpaired surrogates).',
    message: /^must be well-formed Unicode/,
    cases: [at('icalendar-options', ['summary'], 'Balint \uD800 group'), at('icalendar-options', ['prodId'], '\uDC00')],
  },
  {
    note: "The fee schedule must be in the currency of the refund policy's withheld fees.",
    message: /^must be in the currency of the refund policy’s withheld fees$/,
    cases: [inProgram('absHealingRetreat2026', ['fees', 'currency'], 'EUR')],
  },
  {
    note: 'An event must end after it starts.',
    message: /^must be after start$/,
    cases: [inProgram('absNonCredentialedLeadersConversation2026', ['schedule', 'events', 0, 'end'], '2026-01-22T21:00:00.000Z')],
  },
  {
    note: 'A range of days must not end ("until") before it starts ("from").',
    message: /^must not be before from$/,
    cases: [
      inProgram('absSpokaneLeadershipIntensive', ['schedule', 'until'], '2026-04-22'),
      at('series', ['until'], '2025-01-01'),
      ['occurrences-options', { from: '2026-01-02', until: '2026-01-01' }],
      inProgram('absAsconaPrize2026', ['award', 'ceremony'], { event: 'Congress', place: 'Ascona', from: '2026-09-10', until: '2026-09-09' }),
    ],
  },
  {
    note: 'An instant must fall in the UTC years 0000-9999 that iCalendar can write.',
    message: /^must fall in the UTC years 0000-9999/,
    cases: [at('icalendar-options', ['dtstamp'], '9999-12-31T23:00:00-05:00')],
  },
];
