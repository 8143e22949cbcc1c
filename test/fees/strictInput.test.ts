/**
 * One route to a quote: a schedule is validated (or recognised as compiled)
 * and a profile validated (or recognised as parsed) before anything is
 * decided. Misspelt keys in a schedule or the options are refused with the
 * key meant; a profile's organization or credential that is a near miss of
 * one the schedule mentions is refused.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileFeeSchedule, parseRegistrantProfile, quoteFee, RegistrantProfileSchema, type FeeScheduleInput } from '../../src/_all.js';
import { feeScheduleArb, instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';
import { rejection } from '../_helpers/rejection.js';

// "Member $250 / Non-member $400" (online groups), with a limited first-registrants price.
const schedule: FeeScheduleInput = {
  currency: 'USD',
  timeZone: 'America/New_York',
  periods: [
    { id: 'first', label: 'First ten', firstRegistrants: 10 },
    { id: 'regular', label: 'Regular' },
  ],
  categories: [
    { id: 'member', label: 'ABS members', eligibility: { type: 'member', organization: 'ABS' }, prices: { first: '200', regular: '250' } },
    { id: 'leader', label: 'Credentialed leaders', eligibility: { type: 'credential', credential: 'abs_credentialed_balint_leader' }, prices: { first: '150', regular: '200' } },
    { id: 'non_member', label: 'Non-members', prices: { first: '350', regular: '400' } },
  ],
};
const at = '2026-01-02T15:00:00Z';
const issuesOf = (run: () => unknown) => rejection(run).issues.map((i) => [i.path, i.message]);

describe('quoteFee', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('properties', () => {
    it('a profile parsed once quotes exactly as the same raw profile, under a raw or a compiled schedule', () => {
      fc.assert(
        fc.property(feeScheduleArb, stableProfileArb, instant2026Arb, fc.nat(60), (s, profile, when, registrationsSoFar) => {
          const expected = quoteFee(s, profile, { at: when, registrationsSoFar });
          const parsed = parseRegistrantProfile(profile);
          expect(quoteFee(s, parsed, { at: when, registrationsSoFar })).toStrictEqual(expected);
          expect(quoteFee(compileFeeSchedule(s), parsed, { at: when, registrationsSoFar })).toStrictEqual(expected);
        }),
        { numRuns: 200 },
      );
    });
  });

  it("an app's own key never changes a quote", () => {
    const ownArb = fc.dictionary(fc.constantFrom('name', 'email', 'id', 'phone', 'registeredAt', 'notes'), fc.jsonValue());
    fc.assert(
      fc.property(feeScheduleArb, stableProfileArb, ownArb, instant2026Arb, fc.nat(60), (s, profile, own, when, registrationsSoFar) => {
        expect(quoteFee(s, { ...own, ...profile }, { at: when, registrationsSoFar })).toStrictEqual(quoteFee(s, profile, { at: when, registrationsSoFar }));
      }),
      { numRuns: 100 },
    );
  });

  it('does not validate a parsed profile again', () => {
    const parsed = parseRegistrantProfile({ memberships: [{ organization: 'ABS' }], name: 'Dr. Ada Rowe' });
    const parse = vi.spyOn(RegistrantProfileSchema, 'safeParse');
    expect(quoteFee(schedule, parsed, { at, registrationsSoFar: 12 }).price).toStrictEqual({ amount: '250.00', currency: 'USD' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses a misspelt option with the key meant', () => {
    expect(issuesOf(() => quoteFee(schedule, {}, { at, registrationSoFar: 3 } as never))).toStrictEqual([
      [['registrationSoFar'], 'unknown key "registrationSoFar"; did you mean "registrationsSoFar"?'],
    ]);
  });

  it('refuses a misspelt key in a schedule, its categories or their rules, with the key meant', () => {
    const [member, leader, nonMember] = schedule.categories;
    const typos = { ...schedule, timezone: 'America/New_York', categories: [{ ...member, eligibilty: member?.eligibility }, leader, nonMember] };
    delete (typos as Partial<FeeScheduleInput>).timeZone;
    expect(issuesOf(() => quoteFee(typos as never, {}, { at, registrationsSoFar: 0 }))).toEqual(
      expect.arrayContaining([
        [['timezone'], 'unknown key "timezone"; did you mean "timeZone"?'],
        [['categories', 0, 'eligibilty'], 'unknown key "eligibilty"; did you mean "eligibility"?'],
      ]),
    );
    const label = { ...schedule, categories: [{ ...member, eligibility: { type: 'member', organization: 'ABS', lable: 'an ABS member' } }, leader, nonMember] };
    expect(issuesOf(() => compileFeeSchedule(label as never))).toStrictEqual([
      [['categories', 0, 'eligibility', 'lable'], 'unknown key "lable"; did you mean "label"?'],
    ]);
  });

  it("refuses a profile's near miss of an organization or credential the schedule mentions, and prices a code it does not mention", () => {
    expect(issuesOf(() => quoteFee(schedule, { memberships: [{ organization: 'AB S' }] }, { at, registrationsSoFar: 0 }))).toStrictEqual([
      [['memberships', 0, 'organization'], 'organization "AB S" is not one this fee schedule mentions; did you mean "ABS"?'],
    ]);
    const leadr = { credentials: [{ credential: 'abs_credentialed_balint_leadr', issued: '2019-10-05' }] };
    expect(issuesOf(() => quoteFee(compileFeeSchedule(schedule), parseRegistrantProfile(leadr), { at, registrationsSoFar: 0 }))).toStrictEqual([
      [['credentials', 0, 'credential'], 'credential "abs_credentialed_balint_leadr" is not one this fee schedule mentions; did you mean "abs_credentialed_balint_leader"?'],
    ]);
    expect(quoteFee(schedule, { memberships: [{ organization: 'IBF' }] }, { at, registrationsSoFar: 0 }).category).toStrictEqual({ id: 'non_member', label: 'Non-members' });
  });
});
