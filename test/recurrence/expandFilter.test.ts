import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand, type Occurrence } from '../../src/_lib/recurrence/expandOccurrences.js';
import { occurrences, type RecurrenceRule } from '../../src/recurrence/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';

// The filter is how a series drops sessions that fall in a daylight-saving gap (planSessions with dst 'rfc5545').
describe('an expansion filter', () => {
  const secondSaturday: RecurrenceRule = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] };
  const notMarch = (o: Occurrence) => o.date.slice(5, 7) !== '03';

  it('drops what it refuses even with no exception or holiday, and a dropped date does not count', () => {
    expect(expand(secondSaturday, { from: '2026-01-01', until: '2026-04-30', keep: notMarch }).occurrences.map((o) => o.date)).toEqual(['2026-01-10', '2026-02-14', '2026-04-11']);
    expect(expand(secondSaturday, { from: '2026-01-01', count: 3, keep: notMarch }).occurrences.map((o) => o.date)).toEqual(['2026-01-10', '2026-02-14', '2026-04-11']);
  });

  describe('properties', () => {
    it('a filtered series is the unfiltered series with the refused dates taken out', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('2000-01-01', '2080-12-31'), fc.integer({ min: 1, max: 28 }), (rule, from, day) => {
          const all = occurrences(rule, { from, count: 120 });
          fc.pre(all.length === 120);
          const keep = (o: Occurrence) => Number(o.date.slice(8)) !== day;
          const until = all.at(-1) as string;
          expect(expand(rule, { from, until, keep }).occurrences.map((o) => o.date)).toEqual(all.filter((d) => Number(d.slice(8)) !== day));
        }),
        { numRuns: 150 },
      );
    });
  });
});
