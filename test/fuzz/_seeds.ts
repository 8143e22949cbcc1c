/**
 * Valid argument lists for the public functions, from two sources:
 *
 * - the TSDoc `@example` of every export (the testing kit's too), run with the public functions
 *   wrapped to record the arguments of every call (so a new export with an
 *   example, which every export must have, gets seeds without editing any
 *   test);
 * - the area arbitraries in test/_arbitraries, for variety.
 *
 * A few examples call a function with a wrong value on purpose (to show an
 * error); those seeds are near-valid rather than valid, which suits the
 * fuzzer just as well.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { epochMsToInstant, instantToEpochMs } from '../../src/_lib/instant.js';
import { REGISTRATION_EVENT_KINDS, replayRegistrations, type RegistrationEvent } from '../../src/capacity/index.js';
import { capacityPolicyArbitrary, registrationEventsArbitrary } from '../../src/testing/capacity.js';
import { absCredentialingPath } from '../../src/credentialing/index.js';
import { transcriptFor } from '../../src/credits/index.js';
import { formatRecurrence, US_FEDERAL_HOLIDAYS } from '../../src/recurrence/index.js';
import { capacityPolicyArb, registrantIdArb, registrationEventsArb } from '../_arbitraries/capacity.js';
import { statusCaseArb, pathCaseArb } from '../_arbitraries/credentialing.js';
import { creditCaseArb } from '../_arbitraries/credits.js';
import { eligibilityDateArb, eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';
import { feeScheduleArb, instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';
import { icsOptionsArb, icsSeriesArb, icsSessionsArb, icsStartTimeArb, icsZoneArb } from '../_arbitraries/ics.js';
import { currencyArb, decimalArb, moneyArb, moneyInArb, percentArb, roundingModeArb, signedMoneyArb } from '../_arbitraries/money.js';
import { localDateArb, patternRuleArb, recurrenceRuleArb } from '../_arbitraries/recurrence.js';
import { cancellationArb, instantArb, refundDeadlineArb, refundPolicyArb, refundRegistrationArb, refundZoneArb } from '../_arbitraries/refunds.js';
import { ruleAndTextArb, rruleLikeTextArb } from '../_arbitraries/rrule.js';
import { docExamples, runExample } from '../credits/_docExamples.js';
import { PHRASES } from '../recurrence/phrases.js';
import { KIT_EXPORTS, ROOT_EXPORTS, isClass } from './_api.js';
import { deepCopy } from './_structure.js';

type Args = unknown[];

/** Every folder under `root` (itself excluded), but private ones (`_lib`, `_english`). */
function sourceFolders(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .flatMap((d) => [join(root, d.name), ...sourceFolders(join(root, d.name))]);
}

/** Runs every `@example` in src/ and returns the arguments each public function was called with. */
export function exampleArguments(): Map<string, Args[]> {
  const recorded = new Map<string, Args[]>();
  const module: Record<string, unknown> = { fc };
  for (const [name, value] of Object.entries({ ...KIT_EXPORTS, ...ROOT_EXPORTS })) {
    if (typeof value !== 'function' || isClass(value)) {
      module[name] = value;
      continue;
    }
    module[name] = (...args: unknown[]) => {
      const list = recorded.get(name) ?? [];
      list.push(deepCopy(args));
      recorded.set(name, list);
      return (value as (...a: unknown[]) => unknown)(...args);
    };
  }
  const log = console.log;
  console.log = () => undefined;
  try {
    for (const dir of sourceFolders(fileURLToPath(new URL('../../src/', import.meta.url)))) {
      for (const example of docExamples(dir)) {
        try {
          // The runner binds imports from `balint-rules` and one-level subpaths; every name is also at the root.
          const code = example.code.replace("import fc from 'fast-check';", "import { fc } from 'balint-rules';").replace(/'balint-rules\/[a-z/]+'/g, "'balint-rules'");
          runExample({ ...example, code }, module, () => undefined);
        } catch {
          // An example that does not run here (a try/catch shape the runner cannot rewrite) still recorded its calls.
        }
      }
    }
  } finally {
    console.log = log;
  }
  return recorded;
}

const sameCurrency = <T>(make: (currency: string) => fc.Arbitrary<T>): fc.Arbitrary<T> => currencyArb.chain(make);
const bounded = fc.tuple(localDateArb('2000-01-01', '2040-12-31'), fc.integer({ min: 0, max: 6 * 365 }), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }));
const untilOf = (from: string, days: number): string => epochMsToInstant(instantToEpochMs(`${from}T00:00:00Z`) + days * 86_400_000).slice(0, 10);

/** Capacity policies with windows, offers and transfers, and logs with every kind of event. */
const richCapacityPolicyArb = capacityPolicyArbitrary({ registrationWindows: true, waitlistOffers: true, transfers: true });
const richRegistrationEventsArb = registrationEventsArbitrary({ eventKinds: [...REGISTRATION_EVENT_KINDS] });

/** A roster replayed from a log, with the policy and the log's last event (or a first registration). */
const rosterCaseArb = fc.tuple(capacityPolicyArb, registrationEventsArb).map(([policy, events]) => {
  const last: RegistrationEvent = events[events.length - 1] ?? { kind: 'register', registrantId: 'ana', at: '2026-01-01T00:00:00.000Z' };
  return { policy, state: replayRegistrations(policy, events.slice(0, -1)), all: replayRegistrations(policy, events), event: last };
});

const transcriptRequestArb = creditCaseArb.map(({ accreditation, sessions, attendance }) => ({
  participant: { name: 'A. Clinician', id: 'p-1' },
  accreditation,
  sessions,
  attendance,
  issuedOn: '2026-09-01',
}));

/** Valid argument lists from the area arbitraries, by function name. */
export const ARBITRARY_ARGUMENTS: Readonly<Record<string, fc.Arbitrary<Args>>> = {
  // money
  money: moneyArb.map((m) => [m.amount, m.currency]),
  addMoney: sameCurrency((c) => fc.tuple(moneyInArb(c), moneyInArb(c))),
  subtractMoney: sameCurrency((c) => fc.tuple(moneyInArb(c), moneyInArb(c))),
  compareMoney: sameCurrency((c) => fc.tuple(moneyInArb(c), moneyInArb(c))),
  multiplyMoney: fc.tuple(signedMoneyArb, decimalArb, roundingModeArb),
  percentOf: fc.tuple(moneyArb, percentArb, roundingModeArb),
  isZero: fc.tuple(signedMoneyArb),
  isNegative: fc.tuple(signedMoneyArb),
  formatMoney: fc.tuple(signedMoneyArb),
  roundToMinor: fc.tuple(fc.tuple(decimalArb, currencyArb).map(([amount, currency]) => ({ amount, currency })), roundingModeArb),
  minMoney: sameCurrency((c) => fc.tuple(fc.array(moneyInArb(c), { minLength: 1, maxLength: 5 }))),
  maxMoney: sameCurrency((c) => fc.tuple(fc.array(moneyInArb(c), { minLength: 1, maxLength: 5 }))),
  currencyMinorUnits: fc.tuple(currencyArb),
  // recurrence
  normalizeRecurrence: fc.tuple(recurrenceRuleArb),
  formatRecurrence: fc.tuple(recurrenceRuleArb),
  toRRule: fc.tuple(patternRuleArb),
  fromRRule: fc.oneof(ruleAndTextArb.map(({ text }) => [text]), rruleLikeTextArb.map((text) => [text])),
  parseRecurrence: fc.oneof(recurrenceRuleArb.map((rule) => [formatRecurrence(rule)]), fc.constantFrom(...PHRASES.map((p) => [p.text]))),
  occurrences: fc.tuple(recurrenceRuleArb, bounded).map(([rule, [from, days, count]]) => [rule, { from, until: untilOf(from, days), ...(count === undefined ? {} : { count }) }]),
  occurrenceDetails: fc
    .tuple(recurrenceRuleArb, bounded, fc.constantFrom('skip' as const, 'shift' as const))
    .map(([rule, [from, days], action]) => [rule, { from, until: untilOf(from, days), holidays: { calendar: US_FEDERAL_HOLIDAYS, action } }]),
  holidaysBetween: bounded.map(([from, days]) => [US_FEDERAL_HOLIDAYS, from, untilOf(from, days)]),
  // schedule and ics
  planSeries: fc.tuple(icsSeriesArb),
  planSessions: fc.tuple(icsSeriesArb),
  seriesToICalendar: fc.tuple(icsSeriesArb, icsOptionsArb),
  sessionsToICalendar: fc.tuple(icsSessionsArb, icsOptionsArb),
  describeSessionTimes: fc
    .tuple(instant2026Arb, fc.integer({ min: 1, max: 1_440 }), fc.uniqueArray(icsZoneArb, { minLength: 1, maxLength: 4 }))
    .map(([start, minutes, zones]) => [{ start, end: epochMsToInstant(instantToEpochMs(start) + minutes * 60_000) }, zones]),
  zonedToInstant: fc.tuple(
    fc.record({ date: localDateArb(), time: icsStartTimeArb, timeZone: icsZoneArb }),
    fc.record({ dst: fc.constantFrom('compatible' as const, 'rfc5545' as const) }),
  ),
  instantToZoned: fc.tuple(instantArb, icsZoneArb),
  isInstant: fc.tuple(fc.oneof(instantArb, instant2026Arb)),
  // eligibility
  describeEligibilityRule: fc.tuple(eligibilityRuleArb()),
  checkEligibility: fc.tuple(eligibilityRuleArb(), registrantProfileArb, fc.record({ asOf: eligibilityDateArb })),
  // capacity
  replayRegistrations: fc.oneof(fc.tuple(capacityPolicyArb, registrationEventsArb), fc.tuple(richCapacityPolicyArb, richRegistrationEventsArb)),
  quoteTransfer: fc.tuple(richCapacityPolicyArb, fc.record({ registrantId: registrantIdArb, to: registrantIdArb, at: instant2026Arb })),
  applyRegistrationEvent: rosterCaseArb.map(({ state, policy, event }) => [policy, state, event]),
  registrantStatus: fc.tuple(rosterCaseArb, registrantIdArb).map(([{ all }, id]) => [all, id]),
  decideViability: fc
    .tuple(rosterCaseArb, fc.boolean(), fc.oneof(localDateArb('2025-12-01', '2026-04-30'), instant2026Arb), fc.boolean())
    .map(([{ policy, all }, asCount, asOf, decideNow]) => [policy, asCount ? all.confirmed.length : all, { at: asOf, decideNow }]),
  // fees and refunds
  quoteFee: fc.tuple(feeScheduleArb, stableProfileArb, fc.record({ at: instant2026Arb, position: fc.integer({ min: 1, max: 61 }) })),
  quoteRefund: sameCurrency((c) => fc.tuple(refundPolicyArb(c), refundRegistrationArb(c), cancellationArb)),
  resolveDeadline: fc.tuple(refundDeadlineArb, fc.record({ timeZone: refundZoneArb, firstSessionStart: instantArb })),
  // credits and credentialing
  creditsFor: creditCaseArb.map(({ accreditation, sessions, attendance }) => [accreditation, sessions, attendance]),
  transcriptFor: transcriptRequestArb.map((request) => [request]),
  formatTranscript: transcriptRequestArb.map((request) => [transcriptFor(request)]),
  credentialStatus: statusCaseArb.map(({ credential, requirement, ledger, at }) => [requirement, credential, ledger, { at }]),
  credentialingProgress: pathCaseArb.map(({ record, at }) => [absCredentialingPath, record, { at }]),
  // errors
  formatPath: fc.tuple(fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(20)), { maxLength: 5 })),
};
