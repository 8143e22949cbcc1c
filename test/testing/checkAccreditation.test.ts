import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absAccreditation, creditsFor, type AccreditationInput } from '../../src/credits/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { accreditationArbitrary, ACCREDITATION_LAWS, checkAccreditation, type CreditCalculator } from '../../src/testing/index.js';
import { seedSessions } from '../_arbitraries/credits.js';

const broken = (check: ReturnType<typeof checkAccreditation>) => check.laws.filter((l) => !l.holds).map((l) => l.law);
const abs = absAccreditation({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' });

/** A calculator that changes every system's results with `change`. */
type Credited = ReturnType<CreditCalculator>['systems'][string];
const altered = (change: (s: Credited, attended: number) => Partial<Credited>): CreditCalculator => (a, s, at) => {
  const r = creditsFor(a, s, at);
  return { systems: Object.fromEntries(Object.entries(r.systems).map(([id, x]) => [id, { ...x, ...change(x, r.minutesPresent) }])) };
};

describe('checkAccreditation', () => {
  it('the ABS accreditation (AAFP Prescribed and APA) obeys every law over the seeds’ eight sessions', () => {
    const check = checkAccreditation(abs, { sessions: seedSessions });
    expect(check.laws.map((l) => l.law)).toEqual([...ACCREDITATION_LAWS]);
    expect(check.ok).toBe(true);
  });

  it('full_attendance_earns_credit: catches a designated maximum of zero, and a step larger than the sessions allow', () => {
    const zero: AccreditationInput = { title: 'Balint group', systems: [{ kind: 'apa_ce', designatedMaximum: '0' }] };
    expect(broken(checkAccreditation(zero))).toEqual(['full_attendance_earns_credit']);
    const coarse: AccreditationInput = {
      title: 'Balint group',
      systems: [{ kind: 'generic', id: 'board', name: 'Board credit', creditsPerHour: '1.00', step: '5.00', rounding: 'down', basis: 'session' }],
    };
    const check = checkAccreditation(coarse, { sessions: seedSessions });
    expect(broken(check)).toEqual(['full_attendance_earns_credit']);
    expect(check.laws.find((l) => !l.holds)?.counterexample?.description).toBe('Attending all 8 sessions in full (90 min, 60 min, 60 min, 60 min, 60 min, 60 min, 60 min, 60 min) earns no board credit.');
  });

  it('catches calculators that break the other laws', () => {
    const overMax = altered((x) => ({ credits: `${(Number(x.maximum) + 1).toFixed(2)}` }));
    const lessForMore = altered((x, attended) => ({ credits: attended > 300 ? '0.00' : x.credits }));
    const shortOfMax = altered((x) => ({ credits: x.credits === x.maximum && x.maximum !== '0.00' ? '0.00' : x.credits }));
    const offStep = altered((x) => ({ credits: x.credits === '0.00' ? '0.01' : x.credits }));
    expect(broken(checkAccreditation(abs, { sessions: seedSessions, creditsFor: overMax }))).toContain('credits_never_exceed_maximum');
    expect(broken(checkAccreditation(abs, { sessions: seedSessions, creditsFor: lessForMore }))).toContain('attending_more_never_earns_less');
    expect(broken(checkAccreditation(abs, { sessions: seedSessions, creditsFor: shortOfMax }))).toContain('full_attendance_earns_the_maximum');
    expect(broken(checkAccreditation(abs, { sessions: seedSessions, creditsFor: offStep }))).toContain('credits_in_whole_steps');
  });

  it('rejects an invalid accreditation or sessions', () => {
    expect(() => checkAccreditation({ title: '', systems: [] })).toThrow(ValidationError);
    expect(() => checkAccreditation(abs, { sessions: [] as never })).toThrow(ValidationError);
  });

  describe('properties', () => {
    it('creditsFor never lets an accreditation exceed its maximum, pay less for more, or leave the step', () => {
      fc.assert(
        fc.property(accreditationArbitrary({ sessionCount: 8 }), (accreditation) => {
          const check = checkAccreditation(accreditation, { numRuns: 15, sessions: seedSessions });
          expect(check.laws.filter((l) => l.law !== 'full_attendance_earns_credit' && !l.holds)).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });
  });
});
