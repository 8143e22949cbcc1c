/**
 * Misspelt input is refused with the key meant: rules and the options are
 * strict; a profile keeps an app's own keys but refuses near misses of its
 * own; its memberships, credentials and study are strict.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, compileEligibilityRule, type EligibilityRule } from '../../src/_all.js';
import { eligibilityDateArb, eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';
import { rejection } from '../_helpers/rejection.js';

const PROFILE_KEYS = ['professions', 'clinicallyActive', 'memberships', 'credentials', 'leadsGroup', 'languages', 'study'] as const;

/** Misspellings of `key`: a letter dropped, two neighbours swapped, snake_case, all lower case. */
function misspellings(key: string): string[] {
  const dropped = Array.from({ length: key.length }, (_, i) => key.slice(0, i) + key.slice(i + 1));
  const swapped = Array.from({ length: key.length - 1 }, (_, i) => key.slice(0, i) + key.charAt(i + 1) + key.charAt(i) + key.slice(i + 2));
  const snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return [...dropped, ...swapped, snake, key.toLowerCase()].filter((k) => k !== key);
}

const nearMissKeyArb = fc.constantFrom(...PROFILE_KEYS).chain((key) => fc.constantFrom(...misspellings(key)).map((typo) => ({ key, typo })));
/** An app's own keys, none a near miss of a profile key. */
const appKeyArb = fc.constantFrom('name', 'email', 'id', 'phone', 'registeredAt', 'notes', 'source');
const rule: EligibilityRule = { kind: 'all', rules: [{ kind: 'clinically_active' }, { kind: 'member', organization: 'ABS' }] };

describe('strict input to checkEligibility', () => {
  describe('properties', () => {
    it('adding an unknown near-miss key to a profile is refused, at that key, with the key meant', () => {
      fc.assert(
        fc.property(registrantProfileArb, nearMissKeyArb, fc.jsonValue(), eligibilityDateArb, (profile, { key, typo }, value, asOf) => {
          const error = rejection(() => checkEligibility(rule, { ...profile, [typo]: value }, { at: asOf }));
          expect(error.issues).toContainEqual({ path: [typo], code: 'custom', message: `unknown key "${typo}"; did you mean "${key}"?` });
        }),
        { numRuns: 300 },
      );
    });

    it("an app's own key never changes a decision", () => {
      fc.assert(
        fc.property(eligibilityRuleArb(), registrantProfileArb, fc.dictionary(appKeyArb, fc.jsonValue()), eligibilityDateArb, (r, profile, own, asOf) => {
          expect(checkEligibility(r, { ...own, ...profile }, { at: asOf })).toStrictEqual(checkEligibility(r, profile, { at: asOf }));
        }),
        { numRuns: 300 },
      );
    });
  });

  it("takes an app's own record type, its own keys included", () => {
    interface AppRegistrant {
      readonly name: string;
      readonly email: string;
      readonly clinicallyActive?: boolean;
    }
    const registrant: AppRegistrant = { name: 'Dr. Ada Rowe', email: 'ada@example.org', clinicallyActive: true };
    expect(checkEligibility({ kind: 'clinically_active' }, registrant, { at: '2026-03-12' })).toStrictEqual({ verdict: 'eligible', reasons: [] });
  });

  it('refuses "clinicalyActive" instead of answering that the profile does not say', () => {
    const error = rejection(() => checkEligibility({ kind: 'clinically_active' }, { clinicalyActive: true, name: 'Dr. Ada Rowe' } as never, { at: '2026-03-12' }));
    expect(error.issues).toStrictEqual([{ path: ['clinicalyActive'], code: 'custom', message: 'unknown key "clinicalyActive"; did you mean "clinicallyActive"?' }]);
  });

  it('refuses an unknown key in a membership, a credential or the study', () => {
    const at = (profile: object) => rejection(() => checkEligibility(rule, profile, { at: '2026-03-12' })).issues.map((i) => [i.path, i.message]);
    expect(at({ memberships: [{ organization: 'ABS', untill: '2026-12-31' }] })).toStrictEqual([
      [['memberships', 0, 'untill'], 'unknown key "untill"; did you mean "until"?'],
    ]);
    expect(at({ credentials: [{ credential: 'abs_credentialed_balint_leader', issued: '2019-10-05', expiry: '2029-10-05' }] })).toStrictEqual([
      [['credentials', 0, 'expiry'], 'unknown key "expiry"; did you mean "expires"?'],
    ]);
    expect(at({ study: { field: 'medicine', year: 3 } })[0]?.[0]).toStrictEqual(['study', 'year']);
  });

  it('refuses a misspelt key in a rule, however deep, with the key meant', () => {
    const error = rejection(() => checkEligibility({ kind: 'member', organization: 'ABS', lable: 'x' } as never, {}, { at: '2026-03-12' }));
    expect(error.issues).toStrictEqual([{ path: ['lable'], code: 'unrecognized_keys', message: 'unknown key "lable"; did you mean "label"?' }]);
    const deep = { kind: 'all', rules: [{ kind: 'leads_group' }, { kind: 'not', rule: { kind: 'credential', credential: 'abs_credentialed_balint_leader', onn: '2026-01-01' } }] };
    expect(rejection(() => compileEligibilityRule(deep as never)).issues.map((i) => [i.path, i.message])).toStrictEqual([
      [['rules', 1, 'rule', 'onn'], 'unknown key "onn"; did you mean "on"?'],
    ]);
  });

  it('refuses a misspelt option', () => {
    const error = rejection(() => checkEligibility(rule, {}, { at: '2026-03-12', AT: '2026-03-12' } as never));
    expect(error.issues.map((i) => [i.path, i.message])).toStrictEqual([[['AT'], 'unknown key "AT"; did you mean "at"?']]);
  });
});
