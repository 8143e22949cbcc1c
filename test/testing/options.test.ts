/**
 * The testing kit reads its options as every other function of the library
 * does: one strict schema per function, so `null`, a wrong type or a
 * misspelt option throws the library's ValidationError (with the path, and
 * "did you mean" for a near miss), never a raw TypeError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError.js';
import * as kit from '../../src/testing/index.js';

type Call = (value: unknown) => unknown;

/** For each function: how to hand it a value where its options (or first argument) go; a misspelt option and the key it is a near miss of. */
const FUNCTIONS: readonly { name: string; call: Call; wrongType: unknown; misspelt?: { options: object; key: string; meant: string } }[] = [
  { name: 'localDateArbitrary', call: (v) => kit.localDateArbitrary(v as never), wrongType: { from: 20260101 }, misspelt: { options: { form: '2026-01-01' }, key: 'form', meant: 'from' } },
  { name: 'wallTimeArbitrary', call: (v) => kit.wallTimeArbitrary(v as never), wrongType: { nearDstChanges: 'yes' }, misspelt: { options: { nearDstChange: true }, key: 'nearDstChange', meant: 'nearDstChanges' } },
  { name: 'timeZoneArbitrary', call: (v) => kit.timeZoneArbitrary(v as never), wrongType: { timeZones: 'UTC' }, misspelt: { options: { timezones: ['UTC'] }, key: 'timezones', meant: 'timeZones' } },
  { name: 'instantArbitrary', call: (v) => kit.instantArbitrary(v as never), wrongType: { until: new Date(0) }, misspelt: { options: { untill: '2026-01-01T00:00:00Z' }, key: 'untill', meant: 'until' } },
  { name: 'minorToAmount', call: (v) => kit.minorToAmount(v as never, 2), wrongType: 25_000 },
  { name: 'moneyArbitrary', call: (v) => kit.moneyArbitrary(v as never), wrongType: { min: 0 }, misspelt: { options: { currencey: 'USD' }, key: 'currencey', meant: 'currency' } },
  { name: 'recurrenceRuleArbitrary', call: (v) => kit.recurrenceRuleArbitrary(v as never), wrongType: { kinds: ['monthly'] }, misspelt: { options: { kind: ['weekly'] }, key: 'kind', meant: 'kinds' } },
  { name: 'seriesArbitrary', call: (v) => kit.seriesArbitrary(v as never), wrongType: { exceptions: 1 }, misspelt: { options: { exception: false }, key: 'exception', meant: 'exceptions' } },
  { name: 'registrantProfileArbitrary', call: (v) => kit.registrantProfileArbitrary(v as never), wrongType: { organizations: 'ABS' }, misspelt: { options: { organisations: ['ABS'] }, key: 'organisations', meant: 'organizations' } },
  { name: 'membershipArbitrary', call: (v) => kit.membershipArbitrary(v as never), wrongType: { organizations: [1] }, misspelt: { options: { organization: ['ABS'] }, key: 'organization', meant: 'organizations' } },
  { name: 'profileCredentialArbitrary', call: (v) => kit.profileCredentialArbitrary(v as never), wrongType: { credentials: [''] }, misspelt: { options: { credential: ['x'] }, key: 'credential', meant: 'credentials' } },
  { name: 'eligibilityConditionArbitrary', call: (v) => kit.eligibilityConditionArbitrary(v as never), wrongType: { studyFields: [] }, misspelt: { options: { studyField: ['nursing'] }, key: 'studyField', meant: 'studyFields' } },
  { name: 'eligibilityRuleArbitrary', call: (v) => kit.eligibilityRuleArbitrary(v as never), wrongType: { depth: 1.5 }, misspelt: { options: { dept: 2 }, key: 'dept', meant: 'depth' } },
  { name: 'capacityPolicyArbitrary', call: (v) => kit.capacityPolicyArbitrary(v as never), wrongType: { maxSeats: '12' }, misspelt: { options: { maxSeat: 12 }, key: 'maxSeat', meant: 'maxSeats' } },
  { name: 'registrationEventsArbitrary', call: (v) => kit.registrationEventsArbitrary(v as never), wrongType: { maxLength: -1 }, misspelt: { options: { registrantId: ['ana'] }, key: 'registrantId', meant: 'registrantIds' } },
  { name: 'feeScheduleArbitrary', call: (v) => kit.feeScheduleArbitrary(v as never), wrongType: { currency: 'usd' }, misspelt: { options: { timeZone: ['UTC'] }, key: 'timeZone', meant: 'timeZones' } },
  { name: 'refundDeadlineArbitrary', call: (v) => kit.refundDeadlineArbitrary(v as never), wrongType: { from: '2026-02-30' }, misspelt: { options: { unti: '2026-12-31' }, key: 'unti', meant: 'until' } },
  { name: 'refundConditionsArbitrary', call: (v) => kit.refundConditionsArbitrary(v as never), wrongType: { withAfter: 0 }, misspelt: { options: { withafter: false }, key: 'withafter', meant: 'withAfter' } },
  { name: 'withholdArbitrary', call: (v) => kit.withholdArbitrary(v as never), wrongType: 840 },
  { name: 'refundOutcomeArbitrary', call: (v) => kit.refundOutcomeArbitrary(v as never), wrongType: 'dollars' },
  { name: 'refundPolicyArbitrary', call: (v) => kit.refundPolicyArbitrary(v as never), wrongType: { monotone: 'true' }, misspelt: { options: { monotonic: true }, key: 'monotonic', meant: 'monotone' } },
  { name: 'refundRegistrationArbitrary', call: (v) => kit.refundRegistrationArbitrary(v as never), wrongType: { paid: { max: 100 } }, misspelt: { options: { reason: ['illness'] }, key: 'reason', meant: 'reasons' } },
  { name: 'cancellationArbitrary', call: (v) => kit.cancellationArbitrary(v as never), wrongType: { reasons: 'illness' }, misspelt: { options: { reasns: ['illness'] }, key: 'reasns', meant: 'reasons' } },
  { name: 'creditAmountArbitrary', call: (v) => kit.creditAmountArbitrary(v as never), wrongType: '25' },
  { name: 'creditSessionsArbitrary', call: (v) => kit.creditSessionsArbitrary(v as never), wrongType: { minLength: '8' }, misspelt: { options: { maxLenght: 8 }, key: 'maxLenght', meant: 'maxLength' } },
  { name: 'attendanceArbitrary', call: (v) => kit.attendanceArbitrary(v as never), wrongType: [{ index: 1 }] },
  { name: 'creditRuleArbitrary', call: (v) => kit.creditRuleArbitrary(v as never), wrongType: '8' },
  { name: 'accreditationArbitrary', call: (v) => kit.accreditationArbitrary(v as never), wrongType: { sessionCount: 0 }, misspelt: { options: { sessionsCount: 8 }, key: 'sessionsCount', meant: 'sessionCount' } },
  { name: 'credentialArbitrary', call: (v) => kit.credentialArbitrary(v as never), wrongType: { from: 2020 }, misspelt: { options: { fromm: '2020-01-01' }, key: 'fromm', meant: 'from' } },
  { name: 'ledgerEntryArbitrary', call: (v) => kit.ledgerEntryArbitrary(v as never, 'a1'), wrongType: '2026-13-01' },
  { name: 'ledgerArbitrary', call: (v) => kit.ledgerArbitrary('2026-01-01', v as never), wrongType: { max: '5' }, misspelt: { options: { kind: ['group_led'] }, key: 'kind', meant: 'kinds' } },
  { name: 'checkRefundPolicy', call: (v) => kit.checkRefundPolicy({ timeZone: 'UTC', rules: [], otherwise: { kind: 'none' } }, v as never), wrongType: { numRuns: '5' }, misspelt: { options: { numRun: 5 }, key: 'numRun', meant: 'numRuns' } },
  { name: 'checkFeeSchedule', call: (v) => kit.checkFeeSchedule({} as never, v as never), wrongType: { quoteFee: 'quoteFee' }, misspelt: { options: { sed: 1 }, key: 'sed', meant: 'seed' } },
  { name: 'checkEligibilityRule', call: (v) => kit.checkEligibilityRule({ kind: 'leads_group' }, v as never), wrongType: { at: 20260312 }, misspelt: { options: { AT: '2026-03-12' }, key: 'AT', meant: 'at' } },
  { name: 'checkCapacityPolicy', call: (v) => kit.checkCapacityPolicy({ waitlist: false }, v as never), wrongType: { seed: 1.5 }, misspelt: { options: { numruns: 5 }, key: 'numruns', meant: 'numRuns' } },
  { name: 'checkAccreditation', call: (v) => kit.checkAccreditation({} as never, v as never), wrongType: { sessions: 'eight' }, misspelt: { options: { session: [] }, key: 'session', meant: 'sessions' } },
];

function refusal(call: () => unknown): ValidationError {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw new Error(`threw something other than a ValidationError: ${String(error)}`);
  }
  throw new Error('did not throw');
}

describe('every testing-kit function refuses bad options with a ValidationError', () => {
  it('covers every function the testing kit exports that takes options or arguments', () => {
    const takingNothing = ['currencyArbitrary', 'roundingModeArbitrary', 'percentArbitrary', 'weekdayArbitrary', 'maintenanceRequirementArbitrary', 'credentialingRecordArbitrary'];
    const exported = Object.entries(kit)
      .filter(([, v]) => typeof v === 'function')
      .map(([name]) => name)
      .filter((name) => !takingNothing.includes(name));
    expect(FUNCTIONS.map((f) => f.name).sort()).toEqual(exported.sort());
  });

  it.each(FUNCTIONS.map((f) => [f.name, f] as const))('%s: null and a wrong type are ValidationErrors, not TypeErrors', (_name, f) => {
    expect(refusal(() => f.call(null)).issues.length).toBeGreaterThan(0);
    expect(refusal(() => f.call(f.wrongType)).issues.length).toBeGreaterThan(0);
  });

  it.each(FUNCTIONS.filter((f) => f.misspelt !== undefined).map((f) => [f.name, f] as const))('%s: a misspelt option is refused at its path with "did you mean"', (_name, f) => {
    const m = f.misspelt as { options: object; key: string; meant: string };
    const error = refusal(() => f.call(m.options));
    expect(error.issues).toContainEqual(expect.objectContaining({ path: [m.key], message: `unknown key "${m.key}"; did you mean "${m.meant}"?` }));
  });

  it('an empty pool is refused rather than silently replaced by the default', () => {
    expect(refusal(() => kit.timeZoneArbitrary({ timeZones: [] })).issues[0]?.path).toEqual(['timeZones']);
  });

  it('a window that ends before it starts is refused at the end that is wrong', () => {
    expect(refusal(() => kit.localDateArbitrary({ from: '2026-03-01', until: '2026-02-01' })).issues[0]?.path).toEqual(['until']);
    expect(refusal(() => kit.creditSessionsArbitrary({ minLength: 5, maxLength: 2 })).issues[0]?.path).toEqual(['maxLength']);
    expect(refusal(() => kit.moneyArbitrary({ currency: 'USD', min: 500n, max: 100n })).issues[0]?.path).toEqual(['min']);
  });

  it('zones in options are read as everywhere else: any case in, the canonical name out', () => {
    expect(new Set(fc.sample(kit.seriesArbitrary({ timeZones: ['america/new_york'] }), 10).map((s) => s.timeZone))).toEqual(new Set(['America/New_York']));
    expect(refusal(() => kit.seriesArbitrary({ timeZones: ['EST'] })).issues[0]?.path).toEqual(['timeZones', 0]);
  });
});
