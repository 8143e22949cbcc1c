import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/recurrence/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';

// The full expansion (any exception or holiday) reads a rule's dates in batches of 64; these pin the end
// date at the batch edges. A holiday policy with an empty calendar changes nothing but takes that path.
const full = { holidays: { calendar: { name: 'None', holidays: [] }, action: 'skip' } } as const;

describe('the end date of a series is inclusive', () => {
  it('the 65th Monday, given as the end date, is the 65th occurrence', () => {
    const until = '2027-03-29'; // 64 weeks after Monday 5 January 2026
    expect(occurrences({ kind: 'weekly', weekdays: ['monday'] }, { from: '2026-01-05', until, ...full })).toHaveLength(65);
    expect(occurrences({ kind: 'weekly', weekdays: ['monday'] }, { from: '2026-01-05', until, ...full }).at(-1)).toBe(until);
  });

  it('the first of the 65th month, given as the end date, is the 65th occurrence', () => {
    const dates = occurrences({ kind: 'day_of_month', days: [1] }, { from: '2026-01-01', until: '2031-05-01', ...full });
    expect(dates).toHaveLength(65);
    expect(dates.at(-1)).toBe('2031-05-01');
  });

  describe('properties', () => {
    it('ending a series on its nth date keeps exactly n dates, the last of them the end date', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('2000-01-01', '2080-12-31'), fc.integer({ min: 1, max: 200 }), (rule, from, n) => {
          const first = occurrences(rule, { from, count: n });
          fc.pre(first.length === n);
          const until = first.at(-1) as string;
          expect(occurrences(rule, { from, until, ...full })).toEqual(first);
          expect(occurrences(rule, { from, until })).toEqual(first);
        }),
        { numRuns: 200 },
      );
    });
  });
});
