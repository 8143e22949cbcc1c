import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand, type Occurrence } from '../../src/_lib/recurrence/expandOccurrences.js';
import { occurrenceDetails, occurrences, type RecurrenceRule } from '../../src/recurrence/index.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';

const secondSaturday = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] } as const;
const firstQuarter = { from: '2026-01-01', until: '2026-03-31' } as const;

describe('exceptions at the edges', () => {
  it('an added date that the rule gives anyway is one occurrence, marked added; added dates outside the range are left out', () => {
    expect(occurrenceDetails(secondSaturday, { ...firstQuarter, exceptions: { add: ['2026-02-14', '2025-12-31', '2026-04-01', '2026-03-01', '2026-01-01', '2026-03-31'] } })).toEqual({
      occurrences: [
        { date: '2026-01-01', origin: 'added' },
        { date: '2026-01-10', origin: 'rule' },
        { date: '2026-02-14', origin: 'added' },
        { date: '2026-03-01', origin: 'added' },
        { date: '2026-03-14', origin: 'rule' },
        { date: '2026-03-31', origin: 'added' },
      ],
      skipped: [],
    });
  });

  it('a move out of the range drops the occurrence but still names it as moved; a move onto a rule date is one occurrence, the moved one', () => {
    expect(
      occurrenceDetails(secondSaturday, { ...firstQuarter, exceptions: { move: [{ from: '2026-02-14', to: '2026-04-18' }, { from: '2026-01-10', to: '2026-03-14' }] } }),
    ).toEqual({
      occurrences: [{ date: '2026-03-14', origin: 'moved', originalDate: '2026-01-10' }],
      skipped: [
        { date: '2026-01-10', reason: 'moved' },
        { date: '2026-02-14', reason: 'moved' },
      ],
    });
  });

  it('skipping a date the rule does not give is refused, naming the nearest dates it gives', () => {
    expect(() => occurrenceDetails(secondSaturday, { ...firstQuarter, exceptions: { skip: ['2026-01-11'] } })).toThrow(
      "Invalid occurrence query: options.exceptions.skip[0]: 2026-01-11 is not a date the rule gives; the rule's nearest dates are 2026-01-10 and 2026-02-14",
    );
    expect(occurrenceDetails(secondSaturday, firstQuarter).skipped).toEqual([]);
  });

  it('with a count, a skipped date makes room for the next one, and skips after the last occurrence are not listed', () => {
    expect(occurrenceDetails(secondSaturday, { from: '2026-01-01', count: 2, exceptions: { skip: ['2026-02-14', '2026-04-11'] } })).toEqual({
      occurrences: [
        { date: '2026-01-10', origin: 'rule' },
        { date: '2026-03-14', origin: 'rule' },
      ],
      skipped: [{ date: '2026-02-14', reason: 'skipped' }],
    });
  });

  it('empty exception lists are no exceptions', () => {
    const empty = { skip: [], add: [], move: [] };
    expect(occurrenceDetails(secondSaturday, { from: '2026-01-01', count: 2, exceptions: empty })).toEqual(occurrenceDetails(secondSaturday, { from: '2026-01-01', count: 2 }));
    for (const exceptions of [{ skip: ['2026-01-10'] }, { add: ['2026-01-03'] }, { move: [{ from: '2026-01-10', to: '2026-01-09' }] }]) {
      expect(occurrences(secondSaturday, { from: '2026-01-01', count: 1, exceptions })).not.toEqual(['2026-01-10']);
    }
  });

  it('an added date on a rule date is one occurrence, and a count filled with a filter is not cut short by it', () => {
    const rule: RecurrenceRule = { kind: 'weekly', weekdays: ['friday', 'sunday'], interval: 3 };
    const keep = (o: Occurrence) => o.date.slice(8) !== '05';
    const kept = expand(rule, { from: '2021-09-26', count: 30, keep, exceptions: { add: ['2021-09-26'] } }).occurrences;
    expect(kept).toHaveLength(30);
    expect(kept[0]).toEqual({ date: '2021-09-26', origin: 'added' });
    expect(kept.at(-1)?.date).toBe('2022-08-28');
  });

  it('a count of rules that meet more than once a month stops at the count, not at the end of the month or week', () => {
    expect(occurrences({ kind: 'day_of_month', days: [1, 15, -1] }, { from: '2026-01-01', count: 2 })).toEqual(['2026-01-01', '2026-01-15']);
    expect(occurrences({ kind: 'weekly', weekdays: ['monday', 'wednesday', 'friday'] }, { from: '2026-01-05', count: 2 })).toEqual(['2026-01-05', '2026-01-07']);
    expect(occurrences({ kind: 'dates', dates: ['2026-01-05', '2026-01-07', '2026-01-09'] }, { from: '2026-01-01', count: 2 })).toEqual(['2026-01-05', '2026-01-07']);
  });
});

/** The dates of an expansion, for comparing. */
const dates = (list: readonly Occurrence[]): string[] => list.map((o) => o.date);

describe('properties', () => {
  const caseArb = fc.record({
    rule: patternRuleArb,
    from: localDateArb('2000-01-01', '2030-12-31'),
    count: fc.integer({ min: 1, max: 30 }),
    day: fc.integer({ min: 1, max: 28 }),
  });

  it('a filter drops the occurrences it refuses and a count counts only the ones kept', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, from, count, day }) => {
        const keep = (o: Occurrence) => Number(o.date.slice(8)) !== day;
        const kept = expand(rule as RecurrenceRule, { from, count, keep, exceptions: { add: [from] } }).occurrences;
        // Everything up to the last date kept, filtered afterwards (a window of so many dates could hold fewer kept ones than the count).
        const until = kept.at(-1)?.date ?? from;
        const all = expand(rule as RecurrenceRule, { from, until, exceptions: { add: [from] } }).occurrences.filter(keep);
        expect(dates(kept)).toEqual(dates(all));
        expect(kept.every(keep)).toBe(true);
        expect(kept.length).toBeLessThanOrEqual(count);
      }),
      { numRuns: 150 },
    );
  });

  it('a shorter count of a series with exceptions is a prefix of a longer one, with the drops listed only up to its end', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 10 }), ({ rule, from, count }, skipIndex) => {
        const plain = occurrences(rule, { from, count: count + 11 });
        const exceptions = { skip: plain.filter((_, i) => i % (skipIndex + 2) === 0) };
        const short = occurrenceDetails(rule, { from, count, exceptions });
        const long = occurrenceDetails(rule, { from, count: count + 5, exceptions });
        expect(short.occurrences).toEqual(long.occurrences.slice(0, short.occurrences.length));
        const last = short.occurrences.at(-1)?.date ?? '';
        expect(short.skipped).toEqual(long.skipped.filter((s) => s.date <= last));
      }),
      { numRuns: 150 },
    );
  });
});
