/**
 * The fast acceptance path of `planSessions`/`planSeries` for plainly valid
 * series: it accepts only what `SeriesSchema` accepts, returns exactly what
 * zod returns (the rule in canonical form), and takes every plainly valid
 * series (a pattern rule, no exceptions or holidays).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { canonical } from '../../src/recurrence/_canonical.js';
import type { RecurrenceRule } from '../../src/recurrence/index.js';
import { fastSeries } from '../../src/schedule/_fastSeries.js';
import { SeriesSchema } from '../../src/schedule/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';
import { assertFastPath } from '../_helpers/bent.js';

const plainSeriesArb = fc.record(
  {
    name: fc.string({ maxLength: 12 }),
    recurrence: patternRuleArb,
    from: localDateArb(),
    until: localDateArb(),
    count: fc.integer({ min: 1, max: 100_000 }),
    startTime: fc.constantFrom('00:00', '09:05', '11:00', '19:30', '23:59'),
    timeZone: fc.constantFrom('America/New_York', 'UTC', 'Asia/Kolkata', 'Europe/London'),
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
    firstSessionMinutes: fc.integer({ min: 1, max: 1440 }),
    dst: fc.constantFrom('compatible', 'rfc5545', 'reject'),
  },
  { requiredKeys: ['recurrence', 'from', 'startTime', 'timeZone', 'durationMinutes'] },
);

describe('the fast series check', () => {
  describe('properties', () => {
    it('accepts only what the schema accepts, returns what zod returns with the rule in canonical form, and takes every plainly valid series', () => {
      assertFastPath(fastSeries, SeriesSchema, plainSeriesArb, {
        expected: (data) => ({ ...(data as object), recurrence: canonical((data as { recurrence: RecurrenceRule }).recurrence) }),
        numRuns: 1500,
      });
    });
  });
});
