/**
 * Valid values for every published schema, by schema name: the areas'
 * arbitraries where they exist (test/_arbitraries), and here the inputs no
 * area generates yet (exceptions, holiday calendars and policies, occurrences
 * options, submissions, credentialing paths).
 */
import fc from 'fast-check';
import { US_FEDERAL_HOLIDAYS } from '../../src/_all.js';
import { REGISTRATION_EVENT_KINDS } from '../../src/capacity/index.js';
import { capacityPolicyArbitrary, registrationEventsArbitrary } from '../../src/testing/capacity.js';
import { credentialArb, kindArb, ledgerArb, recordArb, requirementArb } from '../_arbitraries/credentialing.js';
import { accreditationArb, attendanceArb, sessionsArb } from '../_arbitraries/credits.js';
import { eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';
import { feeScheduleArb } from '../_arbitraries/fees.js';
import { icsOptionsArb, icsSeriesArb, icsZoneArb } from '../_arbitraries/ics.js';
import { currencyArb, moneyArb, moneyInArb } from '../_arbitraries/money.js';
import { dayOfMonthRuleArb, localDateArb, nthWeekdayRuleArb, recurrenceRuleArb } from '../_arbitraries/recurrence.js';
import { cancellationArb, instantArb, refundPolicyArb, refundRegistrationArb } from '../_arbitraries/refunds.js';
import { absProgramArb } from './_absPresets.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const textArb = fc.string({ minLength: 1, maxLength: 30 });
const languageTagArb = fc.stringMatching(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,2}$/);
const dateArb = localDateArb('0001-01-01', '9999-12-31');
const wallTimeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);

export const exceptionsArb = fc.record(
  {
    skip: fc.array(dateArb, { maxLength: 3 }),
    add: fc.array(dateArb, { maxLength: 3 }),
    move: fc.array(fc.record({ from: dateArb, to: dateArb, startTime: wallTimeArb }, { requiredKeys: ['from', 'to'] }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const holidayArb = fc.record(
  {
    name: textArb,
    rule: fc.oneof(nthWeekdayRuleArb, dayOfMonthRuleArb),
    observed: fc.constantFrom('none', 'weekend_to_weekday'),
    sinceYear: fc.integer({ min: 1, max: 9999 }),
    untilYear: fc.integer({ min: 1, max: 9999 }),
  },
  { requiredKeys: ['name', 'rule'] },
);

export const holidayCalendarArb = fc.oneof(
  fc.constant(US_FEDERAL_HOLIDAYS),
  fc.record({ name: textArb, holidays: fc.array(holidayArb, { maxLength: 4 }) }),
);

export const holidayPolicyArb = fc.record(
  {
    calendar: holidayCalendarArb,
    action: fc.constantFrom('skip', 'shift'),
    shiftDays: fc.integer({ min: 1, max: 366 }),
    match: fc.constantFrom('actual', 'observed', 'both'),
  },
  { requiredKeys: ['calendar', 'action'] },
);

export const occurrencesOptionsArb = fc
  .record(
    {
      from: dateArb,
      until: dateArb,
      count: fc.integer({ min: 1, max: 1_000_000 }),
      exceptions: exceptionsArb,
      holidays: holidayPolicyArb,
    },
    { requiredKeys: ['from'] },
  )
  // A query's until is never before its from (the schema refuses it: a check only the library makes).
  .map((o) => (o.until !== undefined && o.until < o.from ? { ...o, from: o.until, until: o.from } : o));

const localDeadlineArb = fc.oneof(
  fc.record({ kind: fc.constant('date'), date: dateArb, inclusive: fc.boolean() }, { requiredKeys: ['kind', 'date'] }),
  fc.record({ kind: fc.constant('date_time'), date: dateArb, time: wallTimeArb, inclusive: fc.boolean() }, { requiredKeys: ['kind', 'date', 'time'] }),
);

const wordsArb = fc.integer({ min: 0, max: 10_000_000 });

export const submissionPolicyArb = fc.record(
  {
    name: textArb,
    eligibility: eligibilityRuleArb(2),
    languages: fc.array(languageTagArb, { minLength: 1, maxLength: 3 }),
    wordCount: fc.record({ min: wordsArb, max: wordsArb }, { requiredKeys: [] }),
    fileFormats: fc.array(textArb, { minLength: 1, maxLength: 3 }),
    deadline: localDeadlineArb,
    timeZone: icsZoneArb,
    prizes: fc.record({ total: moneyArb, awards: fc.integer({ min: 1, max: 10 }), note: fc.string() }, { requiredKeys: ['total', 'awards'] }),
  },
  { requiredKeys: ['name', 'deadline', 'timeZone'] },
);

export const submissionArb = fc.record(
  { profile: registrantProfileArb, language: languageTagArb, wordCount: wordsArb, fileFormat: textArb, at: instantArb },
  { requiredKeys: ['language', 'wordCount', 'at'] },
);

const stepIdArb = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
const kindsArb = fc.uniqueArray(kindArb, { minLength: 1, maxLength: 3 });
const countArb = fc.integer({ min: 1, max: 10_000 });
const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('membership'), label: textArb, organization: textArb }),
  fc.record({ kind: fc.constant('attended_before_applying'), label: textArb, activityKinds: kindsArb, count: countArb }),
  fc.record({ kind: fc.constant('monthly'), label: textArb, activityKinds: kindsArb, months: fc.integer({ min: 1, max: 240 }), perMonth: fc.integer({ min: 1, max: 100 }) }),
  fc
    .record({ kind: fc.constant('series_ending_with'), label: textArb, activityKinds: kindsArb, count: countArb, last: fc.nat() })
    .map(({ last, ...step }) => ({ ...step, lastKind: step.activityKinds[last % step.activityKinds.length] as string })),
);

/** A credentialing path: steps with distinct ids, and a count_in_window step always naming a monthly step of the path. */
export const credentialingPathArb = fc
  .record(
    {
      name: textArb,
      source: textArb,
      steps: fc.array(stepArb, { minLength: 1, maxLength: 5 }),
      window: fc.option(fc.record({ id: stepIdArb, label: textArb, activityKinds: kindsArb, count: countArb }), { nil: undefined }),
    },
    { requiredKeys: ['name', 'steps', 'window'] },
  )
  .map(({ steps, window, ...path }) => {
    const all: Record<string, unknown>[] = steps.map((step, i) => ({ id: `step_${i}`, ...step }));
    if (window !== undefined) {
      all.push({ kind: 'monthly', id: 'window_months', label: 'Months', activityKinds: window.activityKinds, months: 24, perMonth: 1 });
      all.push({ kind: 'count_in_window', ...window, id: `in_${window.id}`, window: 'window_months' });
    }
    return { ...path, steps: all };
  });

const seriesArb = fc.oneof(
  icsSeriesArb,
  fc.record({
    recurrence: fc.constantFrom('second Saturday', 'the 4th Thursday of odd months', 'every other Tuesday'),
    from: dateArb,
    count: fc.integer({ min: 1, max: 100_000 }),
    startTime: wallTimeArb,
    timeZone: icsZoneArb,
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
  }),
);

/** Valid values of every published schema, by schema name. */
export const VALID: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  series: seriesArb,
  'recurrence-rule': recurrenceRuleArb,
  'occurrences-options': occurrencesOptionsArb,
  exceptions: exceptionsArb,
  'holiday-calendar': holidayCalendarArb,
  'holiday-policy': holidayPolicyArb,
  'eligibility-rule': eligibilityRuleArb(),
  'registrant-profile': registrantProfileArb,
  'capacity-policy': capacityPolicyArbitrary({ registrationWindows: true, waitlistOffers: true, transfers: true }),
  'registration-events': registrationEventsArbitrary({ eventKinds: [...REGISTRATION_EVENT_KINDS] }),
  'fee-schedule': feeScheduleArb,
  'refund-policy': currencyArb.chain((c) => refundPolicyArb(c)),
  'refund-registration': currencyArb.chain((c) => refundRegistrationArb(c)),
  cancellation: cancellationArb,
  money: currencyArb.chain((c) => moneyInArb(c, { min: -(10n ** 9n) })),
  'submission-policy': submissionPolicyArb,
  submission: submissionArb,
  accreditation: fc.integer({ min: 1, max: 12 }).chain((n) => accreditationArb(n)),
  'credit-sessions': sessionsArb(),
  attendance: sessionsArb().chain((sessions) => attendanceArb(sessions)),
  credential: credentialArb,
  'maintenance-requirement': requirementArb,
  ledger: ledgerArb('2020-01-01'),
  'credentialing-path': credentialingPathArb,
  'credentialing-record': recordArb,
  'icalendar-options': icsOptionsArb,
  'abs-program': absProgramArb,
};
