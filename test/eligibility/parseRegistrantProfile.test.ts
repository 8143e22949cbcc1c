import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkEligibility, parseRegistrantProfile, RegistrantProfileSchema, ValidationError } from '../../src/_all.js';
import { deepFreeze, eligibilityDateArb, eligibilityRuleArb, registrantProfileArb } from '../_arbitraries/eligibility.js';

/** Keys an app keeps on its registrant records (none a near miss of a profile key). */
const appRecordArb = fc.record({ name: fc.string(), email: fc.string(), id: fc.nat(), notes: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown) }, { requiredKeys: [] });

describe('parseRegistrantProfile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('properties', () => {
    it('a profile parsed once decides exactly as the same raw profile', () => {
      fc.assert(
        fc.property(fc.array(eligibilityRuleArb(), { minLength: 1, maxLength: 4 }), registrantProfileArb, appRecordArb, eligibilityDateArb, (rules, fields, own, asOf) => {
          const profile = { ...own, ...fields };
          const parsed = parseRegistrantProfile(profile);
          for (const rule of rules) expect(checkEligibility(rule, parsed, { at: asOf })).toStrictEqual(checkEligibility(rule, profile, { at: asOf }));
        }),
        { numRuns: 300 },
      );
    });

    it("a parsed profile is the validated profile with the app's own keys, frozen, plain JSON, and leaves its input alone", () => {
      fc.assert(
        fc.property(registrantProfileArb, appRecordArb, (fields, own) => {
          const profile = { ...own, ...fields };
          const input = deepFreeze(structuredClone(profile));
          const parsed = parseRegistrantProfile(input);
          expect(parsed).toEqual(RegistrantProfileSchema.parse(profile));
          expect(parsed).not.toBe(input);
          expect(Object.isFrozen(parsed)).toBe(true);
          for (const list of [parsed.memberships, parsed.credentials]) if (list !== undefined) expect(Object.isFrozen(list)).toBe(true);
          expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
          expect(input).toEqual(profile);
        }),
        { numRuns: 200 },
      );
    });
  });

  it('is validated once: checkEligibility does not validate a parsed profile again, and validates a raw one on every call', () => {
    const raw = { memberships: [{ organization: 'ABS' }], leadsGroup: true, email: 'ada@example.org' };
    const parsed = parseRegistrantProfile(raw);
    const parse = vi.spyOn(RegistrantProfileSchema, 'safeParse');
    const rule = { kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'leads_group' }] } as const;
    expect(checkEligibility(rule, parsed, { at: '2026-03-12' })).toStrictEqual({ verdict: 'eligible', reasons: [] });
    expect(parse).not.toHaveBeenCalled();
    checkEligibility(rule, raw, { at: '2026-03-12' });
    checkEligibility(rule, raw, { at: '2026-03-12' });
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('a copy of a parsed profile is ordinary data again, validated on every call', () => {
    const parsed = parseRegistrantProfile({ clinicallyActive: true });
    const copy = JSON.parse(JSON.stringify(parsed)) as Record<string, unknown>;
    expect(checkEligibility({ kind: 'clinically_active' }, copy, { at: '2026-01-01' }).verdict).toBe('eligible');
    copy['clinicallyActive'] = 'yes';
    expect(() => checkEligibility({ kind: 'clinically_active' }, copy, { at: '2026-01-01' })).toThrow(ValidationError);
  });

  it('refuses an invalid profile, naming the key meant for a near miss', () => {
    expect(() => parseRegistrantProfile({ professions: ['surgeon'] } as never)).toThrow(ValidationError);
    expect(() => parseRegistrantProfile({ clinicalyActive: true } as never)).toThrow('did you mean "clinicallyActive"');
  });
});
