import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastZonedInput } from '../../src/schedule/_fastZoned.js';
import { InstantSchema, TimeZoneSchema } from '../../src/common/schemas.js';
import { instantToEpochMs } from '../../src/_lib/instant.js';
import { instantToZoned } from '../../src/schedule/index.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { instantArb } from '../_arbitraries/refunds.js';

const zoneArb = fc.constantFrom('America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Mars/Base', '', 'utc', 'EST5EDT', '+05:30', 'America/new_york');
/** Valid input bent: junk, near-instants, wrong types. */
const oddArb = fc.oneof(fc.anything(), fc.constantFrom('2026-02-30T10:00Z', '2026-01-10T24:00Z', '2026-01-10T10:00', '2026-01-10T10:00:00.Z', '2026-01-10T10:00+5:30', null, 0, Number.NaN));

describe('fast instantToZoned input', () => {
  describe('properties', () => {
    it('accepts only what the schema accepts, with the same values and the instant read as instantToEpochMs reads it', () => {
      fc.assert(
        fc.property(fc.oneof(instantArb, oddArb), fc.oneof(zoneArb, fc.anything()), (instant, timeZone) => {
          const fast = fastZonedInput(instant, timeZone);
          if (fast === undefined) return;
          const i = InstantSchema.safeParse(instant);
          const z = TimeZoneSchema.safeParse(timeZone);
          expect(i.success && z.success).toBe(true);
          if (i.success && z.success) {
            expect({ instant: fast.instant, timeZone: fast.timeZone }).toEqual({ instant: i.data, timeZone: z.data });
            expect(fast.epochMs).toBe(instantToEpochMs(i.data));
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('takes every valid instant in a known zone', () => {
      fc.assert(
        fc.property(instantArb, fc.constantFrom('America/New_York', 'UTC', 'Asia/Kolkata'), (instant, timeZone) => {
          expect(fastZonedInput(instant, timeZone)).toEqual({ instant, timeZone, epochMs: instantToEpochMs(instant) });
        }),
      );
    });

    it('instantToZoned still rejects what the fast path leaves to zod', () => {
      fc.assert(
        fc.property(fc.oneof(instantArb, oddArb), fc.oneof(zoneArb, fc.anything()), (instant, timeZone) => {
          const valid = InstantSchema.safeParse(instant).success && TimeZoneSchema.safeParse(timeZone).success;
          if (valid) expect(instantToZoned(instant as string, timeZone as string).timeZone).toBe(timeZone);
          else expect(() => instantToZoned(instant as string, timeZone as string)).toThrow(ValidationError);
        }),
        { numRuns: 500 },
      );
    });
  });
});
