/**
 * The fast acceptance path of `planSessions`/`planSeries` for plainly valid
 * series: it accepts only what `SeriesSchema` accepts, returns exactly what
 * zod returns (the rule in canonical form), and takes every plainly valid
 * series (a pattern rule, no exceptions or holidays).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

  it('leaves to zod what is not plainly a series: no object, a start time that only reads as one, exceptions or holidays', () => {
    const valid = { recurrence: { kind: 'weekly', weekdays: ['tuesday'], interval: 1 }, from: '2026-01-01', count: 4, startTime: '11:00', timeZone: 'UTC', durationMinutes: 60 };
    expect(fastSeries(valid)).toEqual(valid);
    for (const odd of [null, 'every Tuesday', 42, [valid]]) expect(fastSeries(odd)).toBeUndefined();
    for (const startTime of [['11:00'], '111:00', '11:000', '7:00']) expect(fastSeries({ ...valid, startTime })).toBeUndefined();
    expect(fastSeries({ ...valid, exceptions: { skip: ['2026-01-13'] } })).toBeUndefined();
    expect(fastSeries({ ...valid, holidays: { calendar: { name: 'none', holidays: [] }, action: 'skip' } })).toBeUndefined();
    expect(fastSeries({ ...valid, count: '4' })).toBeUndefined();
    expect(fastSeries({ ...valid, durationMinutes: '60' })).toBeUndefined();
  });
});
