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
    { id: 'member', label: 'ABS members', eligibility: { kind: 'member', organization: 'ABS' }, prices: { first: '200', regular: '250' } },
    { id: 'leader', label: 'Credentialed leaders', eligibility: { kind: 'credential', credential: 'abs_credentialed_balint_leader' }, prices: { first: '150', regular: '200' } },
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
        fc.property(feeScheduleArb, stableProfileArb, instant2026Arb, fc.integer({ min: 1, max: 61 }), (s, profile, when, position) => {
          const expected = quoteFee(s, profile, { at: when, position });
          const parsed = parseRegistrantProfile(profile);
          expect(quoteFee(s, parsed, { at: when, position })).toStrictEqual(expected);
          expect(quoteFee(compileFeeSchedule(s), parsed, { at: when, position })).toStrictEqual(expected);
        }),
        { numRuns: 200 },
      );
    });
  });

  it("an app's own key never changes a quote", () => {
    const ownArb = fc.dictionary(fc.constantFrom('name', 'email', 'id', 'phone', 'registeredAt', 'notes'), fc.jsonValue());
    fc.assert(
      fc.property(feeScheduleArb, stableProfileArb, ownArb, instant2026Arb, fc.integer({ min: 1, max: 61 }), (s, profile, own, when, position) => {
        expect(quoteFee(s, { ...own, ...profile }, { at: when, position })).toStrictEqual(quoteFee(s, profile, { at: when, position }));
      }),
      { numRuns: 100 },
    );
  });

  it('does not validate a parsed profile again', () => {
    const parsed = parseRegistrantProfile({ memberships: [{ organization: 'ABS' }], name: 'Dr. Ada Rowe' });
    const parse = vi.spyOn(RegistrantProfileSchema, 'safeParse');
    expect(quoteFee(schedule, parsed, { at, position: 13 }).price).toStrictEqual({ amount: '250.00', currency: 'USD' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses a misspelt option with the key meant', () => {
    expect(issuesOf(() => quoteFee(schedule, {}, { at, postion: 3 } as never))).toStrictEqual([
      [['postion'], 'unknown key "postion"; did you mean "position"?'],
    ]);
  });

  it('refuses a misspelt key in a schedule, its categories or their rules, with the key meant', () => {
    const [member, leader, nonMember] = schedule.categories;
    const typos = { ...schedule, timezone: 'America/New_York', categories: [{ ...member, eligibilty: member?.eligibility }, leader, nonMember] };
    delete (typos as Partial<FeeScheduleInput>).timeZone;
    expect(issuesOf(() => quoteFee(typos as never, {}, { at, position: 1 }))).toEqual(
      expect.arrayContaining([
        [['timezone'], 'unknown key "timezone"; did you mean "timeZone"?'],
        [['categories', 0, 'eligibilty'], 'unknown key "eligibilty"; did you mean "eligibility"?'],
      ]),
    );
    const label = { ...schedule, categories: [{ ...member, eligibility: { kind: 'member', organization: 'ABS', lable: 'an ABS member' } }, leader, nonMember] };
    expect(issuesOf(() => compileFeeSchedule(label as never))).toStrictEqual([
      [['categories', 0, 'eligibility', 'lable'], 'unknown key "lable"; did you mean "label"?'],
    ]);
  });

  it("refuses a profile's near miss of an organization or credential the schedule mentions, and prices a code it does not mention", () => {
    expect(issuesOf(() => quoteFee(schedule, { memberships: [{ organization: 'AB S' }] }, { at, position: 1 }))).toStrictEqual([
      [['memberships', 0, 'organization'], 'organization "AB S" is not one this fee schedule mentions; did you mean "ABS"?'],
    ]);
    const leadr = { credentials: [{ credential: 'abs_credentialed_balint_leadr', issued: '2019-10-05' }] };
    expect(issuesOf(() => quoteFee(compileFeeSchedule(schedule), parseRegistrantProfile(leadr), { at, position: 1 }))).toStrictEqual([
      [['credentials', 0, 'credential'], 'credential "abs_credentialed_balint_leadr" is not one this fee schedule mentions; did you mean "abs_credentialed_balint_leader"?'],
    ]);
    expect(quoteFee(schedule, { memberships: [{ organization: 'IBF' }] }, { at, position: 1 }).category).toStrictEqual({ id: 'non_member', label: 'Non-members' });
  });
});
