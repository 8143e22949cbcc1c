/**
 * The cases of the table "Misspelt input" in docs/policies-as-data.md: for
 * each kind of input, a misspelt key or code, the real call, and the path
 * and message of the library's answer.
 */
import * as balint from '../../src/_all.js';
import { capacityPolicyArbitrary } from '../../src/testing/index.js';

/** One row of the table: the kind of input, what is misspelt, the call, and the library's answer. */
export interface Case {
  readonly input: string;
  readonly misspelt: string;
  readonly call: () => unknown;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const series = { recurrence: 'second Saturday', from: '2026-01-10', count: 3, startTime: '10:00', timeZone: 'America/New_York', durationMinutes: 90 };
const refundPolicy = balint.organizerOnlyRefundPolicy({ timeZone: 'America/New_York', reasons: ['insufficient_registrants'] });
const paid = { paid: { amount: '250.00', currency: 'USD' } };
const cancellation = { by: 'organizer', reason: 'insufficient_registrants', at: '2026-01-03T12:00:00Z', acknowledgedAt: '2026-01-04T09:00:00Z' };
const feeSchedule = balint.flatFeeSchedule({ currency: 'USD', timeZone: 'America/New_York', categories: [{ id: 'everyone', label: 'Everyone', price: '250' }] });
const sessions = [{ index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00Z', durationMinutes: 90 }];
const accreditation = { title: 'Balint group', provider: 'American Balint Society', systems: [{ kind: 'apa_ce', excludeMarkedMinutes: false }] };
const requirement = { name: 'Maintenance', periodMonths: 24, gracePeriodDays: 0, qualifyingKinds: ['group_led'], components: [{ category: 'leading', activities: 1 }] };
const credential = { holder: { id: 'abs-77', name: 'A. Leader' }, issued: '2024-01-01' };
const submissionPolicy = { name: 'Ascona Prize', deadline: { kind: 'date', date: '2026-03-01' }, timeZone: 'Europe/Zurich' };
const submission = { language: 'en', wordCount: 3000, at: '2026-02-01T12:00:00Z' };
const rename = (o: object, from: string, to: string): Record<string, unknown> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k === from ? to : k, v]));

export const CASES: readonly Case[] = [
  { input: 'series', misspelt: 'key', call: () => balint.planSessions(rename(series, 'startTime', 'startTme') as never), path: ['startTme'], message: 'unknown key "startTme"; did you mean "startTime"?' },
  {
    input: 'series',
    misspelt: 'time zone',
    call: () => balint.planSessions({ ...series, timeZone: 'America/New_Yrok' }),
    path: ['timeZone'],
    message: 'must be an IANA time-zone name such as "America/New_York"; did you mean "America/New_York"?',
  },
  { input: 'recurrence rule', misspelt: 'key', call: () => balint.normalizeRecurrence({ kind: 'nth_weekday', weekday: 'saturday', ordinal: [2] } as never), path: ['ordinal'], message: 'unknown key "ordinal"; did you mean "ordinals"?' },
  {
    input: 'eligibility rule',
    misspelt: 'key',
    call: () => balint.checkEligibility({ kind: 'member', organisation: 'ABS' } as never, {}, { at: '2026-03-01' }),
    path: ['organisation'],
    message: 'unknown key "organisation"; did you mean "organization"?',
  },
  {
    input: 'eligibility rule',
    misspelt: 'organization',
    call: () => balint.checkEligibility({ kind: 'member', organization: 'ABS' }, { memberships: [{ organization: 'ASB' }] }, { at: '2026-03-01' }),
    path: ['memberships', 0, 'organization'],
    message: 'organization "ASB" is not one this rule mentions; did you mean "ABS"?',
  },
  {
    input: 'registrant profile',
    misspelt: 'key',
    call: () => balint.checkEligibility({ kind: 'clinically_active' }, { clinicalyActive: true } as never, { at: '2026-03-01' }),
    path: ['clinicalyActive'],
    message: 'unknown key "clinicalyActive"; did you mean "clinicallyActive"?',
  },
  {
    input: 'eligibility rule',
    misspelt: 'credential code',
    call: () =>
      balint.checkEligibility({ kind: 'credential', credential: 'abs_credentialed_balint_leader' }, { credentials: [{ credential: 'abs_credentialed_balint_leadr', issued: '2024-01-01' }] }, { at: '2026-03-01' }),
    path: ['credentials', 0, 'credential'],
    message: 'credential "abs_credentialed_balint_leadr" is not one this rule mentions; did you mean "abs_credentialed_balint_leader"?',
  },
  { input: 'capacity policy', misspelt: 'key', call: () => balint.replayRegistrations({ maxSeat: 12 } as never, []), path: ['maxSeat'], message: 'unknown key "maxSeat"; did you mean "maxSeats"?' },
  {
    input: 'fee schedule',
    misspelt: 'key',
    call: () => balint.quoteFee(rename(feeSchedule, 'timeZone', 'timezone') as never, {}, { at: '2026-01-03T12:00:00Z' }),
    path: ['timezone'],
    message: 'unknown key "timezone"; did you mean "timeZone"?',
  },
  {
    input: 'quoteFee options',
    misspelt: 'key',
    call: () => balint.quoteFee(feeSchedule, {}, { at: '2026-01-03T12:00:00Z', postion: 3 } as never),
    path: ['postion'],
    message: 'unknown key "postion"; did you mean "position"?',
  },
  {
    input: 'refund policy',
    misspelt: 'key',
    call: () => balint.quoteRefund(rename(refundPolicy, 'otherwise', 'otherwize') as never, paid, cancellation as never),
    path: ['otherwize'],
    message: 'unknown key "otherwize"; did you mean "otherwise"?',
  },
  {
    input: 'cancellation',
    misspelt: 'key',
    call: () => balint.quoteRefund(refundPolicy, paid, rename(cancellation, 'acknowledgedAt', 'acknowlegedAt') as never),
    path: ['acknowlegedAt'],
    message: 'unknown key "acknowlegedAt"; did you mean "acknowledgedAt"?',
  },
  {
    input: 'cancellation',
    misspelt: 'cancellation reason',
    call: () => balint.quoteRefund(refundPolicy, paid, { ...cancellation, reason: 'insufficent_registrants' } as never),
    path: ['reason'],
    message: 'reason "insufficent_registrants" is not one this policy mentions; did you mean "insufficient_registrants"?',
  },
  {
    input: 'submission policy',
    misspelt: 'key',
    call: () => balint.checkSubmission({ ...submissionPolicy, timezone: 'Europe/Zurich' } as never, submission),
    path: ['timezone'],
    message: 'unknown key "timezone"; did you mean "timeZone"?',
  },
  { input: 'accreditation', misspelt: 'key', call: () => balint.creditsFor(rename(accreditation, 'systems', 'system') as never, sessions, []), path: ['system'], message: 'unknown key "system"; did you mean "systems"?' },
  {
    input: 'attendance',
    misspelt: 'key',
    call: () => balint.creditsFor(accreditation as never, sessions, [{ session: 1, kind: 'partial', minutesPresnt: 30 }] as never),
    path: [0, 'minutesPresnt'],
    message: 'unknown key "minutesPresnt"; did you mean "minutesPresent"?',
  },
  {
    input: 'credentialing requirement',
    misspelt: 'key',
    call: () => balint.credentialStatus(rename(requirement, 'periodMonths', 'periodMonth') as never, credential, [], { at: '2026-03-01' }),
    path: ['periodMonth'],
    message: 'unknown key "periodMonth"; did you mean "periodMonths"?',
  },
  { input: 'preset parameters', misspelt: 'key', call: () => balint.absOnlineGroupTuesday2026({ maxSeat: 12 } as never), path: ['maxSeat'], message: 'unknown key "maxSeat"; did you mean "maxSeats"?' },
  {
    input: 'preset parameters',
    misspelt: 'preset id',
    call: () => balint.buildAbsPreset('abs-online-group-tuesday-2025' as never),
    path: [],
    message: 'unknown preset "abs-online-group-tuesday-2025"; did you mean "abs-online-group-tuesday-2026"?',
  },
  { input: 'testing-kit options', misspelt: 'key', call: () => capacityPolicyArbitrary({ maxSeat: 12 } as never), path: ['maxSeat'], message: 'unknown key "maxSeat"; did you mean "maxSeats"?' },
];

