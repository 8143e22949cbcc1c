import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccreditationSchema, compileAccreditation, compileCreditSessions, CreditSessionsSchema, creditsFor, ValidationError } from '../../src/_all.js';
import { deepFreeze } from '../_arbitraries/eligibility.js';
import { attendanceArb, creditCaseArb, seedSessions } from '../_arbitraries/credits.js';

describe('compileAccreditation and compileCreditSessions', () => {
  describe('properties', () => {
    it('a compiled accreditation credits exactly as the raw one (and compiled sessions as raw ones), in every combination', () => {
      fc.assert(
        fc.property(creditCaseArb.chain((c) => fc.tuple(fc.constant(c), fc.array(attendanceArb(c.sessions), { maxLength: 3 }))), ([{ accreditation, sessions, attendance }, more]) => {
          const a = compileAccreditation(accreditation);
          const s = compileCreditSessions(sessions);
          for (const records of [attendance, ...more]) {
            const expected = creditsFor(accreditation, sessions, records);
            expect(creditsFor(a, s, records)).toStrictEqual(expected);
            expect(creditsFor(a, sessions, records)).toStrictEqual(expected);
            expect(creditsFor(accreditation, s, records)).toStrictEqual(expected);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('compiled values are the validated data, frozen, plain JSON, and leave their input alone', () => {
      fc.assert(
        fc.property(creditCaseArb, ({ accreditation, sessions }) => {
          const inputs = deepFreeze(structuredClone({ accreditation, sessions }));
          const a = compileAccreditation(inputs.accreditation);
          const s = compileCreditSessions(inputs.sessions);
          expect(a).toEqual(AccreditationSchema.parse(accreditation));
          expect(s).toEqual(CreditSessionsSchema.parse(sessions));
          expect(Object.isFrozen(a.systems) && Object.isFrozen(s[0])).toBe(true);
          expect(JSON.parse(JSON.stringify({ a, s }))).toEqual({ a, s });
          expect(inputs).toEqual({ accreditation, sessions });
        }),
        { numRuns: 100 },
      );
    });
  });

  it('still checks attendance and minimums against the sessions', () => {
    const a = compileAccreditation({ title: 'Balint Group', systems: [{ kind: 'apa_ce', minimumSessions: { sessions: 9 } }] });
    const s = compileCreditSessions(seedSessions);
    expect(() => creditsFor(a, s, [])).toThrow(ValidationError);
    const b = compileAccreditation({ title: 'Balint Group', systems: [{ kind: 'apa_ce' }] });
    expect(() => creditsFor(b, s, [{ session: 9, kind: 'full' }])).toThrow(ValidationError);
    expect(() => creditsFor(b, s, [{ session: 2, kind: 'partial', minutesPresent: 61 }])).toThrow(ValidationError);
  });

  it('throw a ValidationError for invalid data', () => {
    expect(() => compileAccreditation({ title: '', systems: [] })).toThrow(ValidationError);
    expect(() => compileCreditSessions([])).toThrow(ValidationError);
  });
});
