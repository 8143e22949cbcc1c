import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFeeSchedule, FeeScheduleSchema, quoteFee, ValidationError } from '../../src/_all.js';
import { absLeadershipIntensiveFees2026 } from '../../src/presets/abs/index.js';
import { deepFreeze } from '../_arbitraries/eligibility.js';
import { feeScheduleArb, instant2026Arb, stableProfileArb } from '../_arbitraries/fees.js';

describe('compileFeeSchedule', () => {
  describe('properties', () => {
    it('a compiled schedule quotes exactly as the schedule itself', () => {
      fc.assert(
        fc.property(feeScheduleArb, fc.array(fc.tuple(stableProfileArb, instant2026Arb, fc.integer({ min: 1, max: 61 })), { minLength: 1, maxLength: 4 }), (schedule, registrations) => {
          const compiled = compileFeeSchedule(schedule);
          for (const [profile, at, position] of registrations) {
            expect(quoteFee(compiled, profile, { at, position })).toStrictEqual(quoteFee(schedule, profile, { at, position }));
          }
        }),
        { numRuns: 200 },
      );
    });

    it('a compiled schedule is the validated schedule, frozen, plain JSON, and leaves its input alone', () => {
      fc.assert(
        fc.property(feeScheduleArb, (schedule) => {
          const input = deepFreeze(structuredClone(schedule));
          const compiled = compileFeeSchedule(input);
          expect(compiled).toEqual(FeeScheduleSchema.parse(schedule));
          expect(Object.isFrozen(compiled) && Object.isFrozen(compiled.categories[0])).toBe(true);
          expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
          expect(input).toEqual(schedule);
        }),
        { numRuns: 100 },
      );
    });
  });

  it('quotes from a compiled schedule share no object with it', () => {
    const compiled = compileFeeSchedule(absLeadershipIntensiveFees2026());
    const a = quoteFee(compiled, {}, { at: '2026-07-01T12:00:00Z' });
    const b = quoteFee(compiled, {}, { at: '2026-07-01T12:00:00Z' });
    expect(a).toStrictEqual(b);
    expect(a.price).not.toBe(b.price);
    expect(Object.isFrozen(a.price)).toBe(false);
  });

  it('throws a ValidationError for an invalid schedule, and still validates the options of each quote', () => {
    expect(() => compileFeeSchedule({ currency: 'usd' } as never)).toThrow(ValidationError);
    const compiled = compileFeeSchedule(absLeadershipIntensiveFees2026());
    expect(() => quoteFee(compiled, {}, { at: 'tomorrow' })).toThrow(ValidationError);
  });
});
