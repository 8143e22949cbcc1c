import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRegistrationEvent,
  CapacityPolicySchema,
  compileCapacityPolicy,
  decideViability,
  emptyRoster,
  replayRegistrations,
  type RosterState,
} from '../../src/capacity/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { deepFreeze } from '../_arbitraries/eligibility.js';
import { capacityPolicyArb, registrationEventsArb } from '../_arbitraries/capacity.js';

/** The result, or the class and message of what it threw. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
}

const asOfArb = fc.constantFrom('2025-12-31', '2026-01-02', '2026-01-03', '2026-01-03T04:59:59Z', '2026-06-01T00:00:00Z');

describe('compileCapacityPolicy', () => {
  describe('laws', () => {
    it('a compiled policy decides exactly as the raw one: the roster, each event applied in turn, and viability', () => {
      fc.assert(
        fc.property(capacityPolicyArb, registrationEventsArb, asOfArb, fc.boolean(), (policy, events, at, decideNow) => {
          const compiled = compileCapacityPolicy(policy);
          const roster = outcome(() => replayRegistrations(policy, events));
          expect(outcome(() => replayRegistrations(compiled, events))).toStrictEqual(roster);
          let raw: RosterState = emptyRoster();
          let once: RosterState = emptyRoster();
          for (const event of events) {
            raw = applyRegistrationEvent(policy, raw, event);
            once = applyRegistrationEvent(compiled, once, event);
          }
          expect(once).toStrictEqual(raw);
          expect(outcome(() => decideViability(compiled, raw, { at, decideNow }))).toStrictEqual(outcome(() => decideViability(policy, raw, { at, decideNow })));
        }),
        { numRuns: 200 },
      );
    });

    it('a compiled policy is the validated policy, frozen, plain JSON, and leaves its input alone', () => {
      fc.assert(
        fc.property(capacityPolicyArb, (policy) => {
          const input = deepFreeze(structuredClone(policy));
          const compiled = compileCapacityPolicy(input);
          expect(compiled).toEqual(CapacityPolicySchema.parse(policy));
          expect(Object.isFrozen(compiled)).toBe(true);
          expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
          expect(input).toEqual(policy);
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('examples', () => {
    it('the diversity discussion: 12 seats, the waitlist filled in', () => {
      expect(compileCapacityPolicy({ maxSeats: 12 })).toEqual({ maxSeats: 12, waitlist: true });
    });

    it('refuses an invalid policy as the decisions do', () => {
      expect(() => compileCapacityPolicy({ maxSeats: 2, minRegistrants: 3 })).toThrow(ValidationError);
      expect(outcome(() => compileCapacityPolicy({ maxSeats: 0 }))).toStrictEqual(outcome(() => replayRegistrations({ maxSeats: 0 }, [])));
    });

    it('a copy of a compiled policy is an ordinary policy again, validated (and decided) as usual', () => {
      const compiled = compileCapacityPolicy({ maxSeats: 1, waitlist: false });
      const copy = JSON.parse(JSON.stringify(compiled)) as typeof compiled;
      const events = [
        { kind: 'register' as const, registrantId: 'ana', at: '2026-02-01T15:00:00Z' },
        { kind: 'register' as const, registrantId: 'ben', at: '2026-02-01T16:00:00Z' },
      ];
      expect(replayRegistrations(copy, events)).toStrictEqual(replayRegistrations(compiled, events));
      expect(replayRegistrations(compiled, events).declined).toEqual(['ben']);
    });
  });
});
