/**
 * Differential test: the dates `occurrences` computes by calendar arithmetic
 * against the dates rrule.js computes for the same rule written as an RRULE
 * (`toRRule`), with DTSTART = `from`, UNTIL = `until` and COUNT = `count`.
 * rrule.js runs on floating midnight-UTC dates (test/_lib/rrulejs.ts), so the
 * comparison must hold whatever the machine's zone (vitest runs this file
 * under TZ=UTC, America/New_York and Asia/Tokyo).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { occurrences } from '../../src/recurrence/occurrences.js';
import type { RecurrenceRule } from '../../src/recurrence/schema.js';
import { fromRRule } from '../../src/recurrence/fromRRule.js';
import { toRRule } from '../../src/recurrence/toRRule.js';
import { localDateArb, patternRuleArb } from '../_arbitraries/recurrence.js';
import { ruleAndTextArb, rruleLikeTextArb } from '../_arbitraries/rrule.js';
import { rrulejsOccurrences } from '../_lib/rrulejs.js';

const FOURTH_THURSDAY_ODD: RecurrenceRule = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] };
const FOURTH_MONDAY_EVEN: RecurrenceRule = { kind: 'nth_weekday', weekday: 'monday', ordinals: [4], months: [2, 4, 6, 8, 10, 12] };

/** Both implementations on the same query. */
function both(rule: RecurrenceRule, query: { from: string; until?: string; count?: number }): { ours: string[]; theirs: string[] } {
  return { ours: occurrences(rule, query), theirs: rrulejsOccurrences(toRRule(rule), query) };
}

describe('occurrences against rrule.js: the seed series', () => {
  it('the drop-in "4th Thursday of odd months" in 2026', () => {
    const { ours, theirs } = both(FOURTH_THURSDAY_ODD, { from: '2026-01-01', until: '2026-12-31' });
    expect(ours).toEqual(['2026-01-22', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24', '2026-11-26']);
    expect(theirs).toEqual(ours);
  });

  it('the drop-in "4th Monday of even months" in 2026', () => {
    const { ours, theirs } = both(FOURTH_MONDAY_EVEN, { from: '2026-01-01', until: '2026-12-31' });
    expect(ours).toEqual(['2026-02-23', '2026-04-27', '2026-06-22', '2026-08-24', '2026-10-26', '2026-12-28']);
    expect(theirs).toEqual(ours);
  });

  it('the online group: eight meetings on the second Saturday from January 2026', () => {
    const { ours, theirs } = both({ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] }, { from: '2026-01-01', count: 8 });
    expect(ours).toEqual(['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08']);
    expect(theirs).toEqual(ours);
  });

  it('the evening group: ten meetings on the second Tuesday from February 2026', () => {
    const { ours, theirs } = both({ kind: 'nth_weekday', weekday: 'tuesday', ordinals: [2] }, { from: '2026-02-01', count: 10 });
    expect(ours).toEqual([
      '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09',
      '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10',
    ]);
    expect(theirs).toEqual(ours);
  });

  it('skips months without a 5th Monday, as RFC 5545 says', () => {
    const { ours, theirs } = both({ kind: 'nth_weekday', weekday: 'monday', ordinals: [5] }, { from: '2026-01-01', until: '2026-12-31' });
    expect(ours).toEqual(['2026-03-30', '2026-06-29', '2026-08-31', '2026-11-30']);
    expect(theirs).toEqual(ours);
  });

  it('skips months too short for the 31st and February 30th entirely', () => {
    const { ours, theirs } = both({ kind: 'day_of_month', days: [30, 31] }, { from: '2024-01-01', until: '2024-04-30' });
    expect(ours).toEqual(['2024-01-30', '2024-01-31', '2024-03-30', '2024-03-31', '2024-04-30']);
    expect(theirs).toEqual(ours);
  });

  it('reads the forms other tools write as rrule.js reads them', () => {
    const query = { from: '2026-01-01', until: '2027-12-31' };
    for (const text of ['FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-1,2', 'FREQ=MONTHLY;BYDAY=TU']) {
      expect(occurrences(fromRRule(text), query), text).toEqual(rrulejsOccurrences(text, query));
    }
  });

  it('rrule.js 2.8 still has the BYSETPOS bugs excluded from the properties (remove the exclusion when this fails)', () => {
    const fourMondays = { from: '1970-01-01', until: '1970-01-31' };
    expect(occurrences(fromRRule('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-5'), fourMondays)).toEqual([]);
    expect(rrulejsOccurrences('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-5', fourMondays)).toEqual(['1970-01-05']);
    expect(rrulejsOccurrences('FREQ=MONTHLY;BYDAY=-5MO', fourMondays)).toEqual([]);
    const fiveMondays = { from: '1970-03-01', until: '1970-03-31' };
    expect(occurrences(fromRRule('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3,-3'), fiveMondays)).toEqual(['1970-03-16']);
    expect(rrulejsOccurrences('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=3,-3', fiveMondays)).toEqual(['1970-03-16', '1970-03-16']);
    const aprils = { from: '1970-01-01', until: '1972-04-06' };
    const text = 'FREQ=MONTHLY;BYMONTH=4;BYDAY=TH;BYSETPOS=-1,5,1';
    expect(occurrences(fromRRule(text), aprils)).toEqual(['1970-04-02', '1970-04-30', '1971-04-01', '1971-04-29', '1972-04-06']);
    expect(rrulejsOccurrences(text, aprils)).not.toContain('1972-04-06');
  });

  it('anchors "every other week" on the Monday-started week of the start date', () => {
    // 2026-01-04 is a Sunday: its week is Mon 2025-12-29 .. Sun 2026-01-04.
    const { ours, theirs } = both({ kind: 'weekly', weekdays: ['monday', 'sunday'], interval: 2 }, { from: '2026-01-04', count: 4 });
    expect(ours).toEqual(['2026-01-04', '2026-01-12', '2026-01-18', '2026-01-26']);
    expect(theirs).toEqual(ours);
  });
});

/** A start date and an inclusive end at most ~10 years later, both within 1900-2100. */
const windowArb = fc
  .tuple(localDateArb('1900-01-01', '2100-12-31'), fc.integer({ min: 0, max: 3660 }))
  .map(([from, length]) => ({ from, until: formatDays(Math.min(parseDays(from) + length, parseDays('2100-12-31'))) }));
const countArb = fc.integer({ min: 1, max: 200 });

/** The text as rrule.js's parser wants it: upper case, no spaces, no `RRULE:` prefix. */
const forRRuleJs = (text: string): string => text.replace(/\s+/g, '').replace(/^RRULE:/i, '').toUpperCase();

/**
 * rrule.js 2.8 has bugs in BYSETPOS (dist/esm/iter/poslist.js) that the
 * comparison of texts read by fromRRule excludes explicitly (toRRule never
 * writes BYSETPOS, so the rule-based properties above are not affected).
 * python-dateutil, which rrule.js ports, skips a position beyond the set
 * (IndexError), as RFC 5545 requires; rrule.js does not:
 *
 * 1. A negative position beyond the month's set gives the month's FIRST date
 *    instead of none: `FREQ=MONTHLY;BYDAY=MO;BYSETPOS=-5` in January 1970
 *    (four Mondays) gives 1970-01-05 (`tmp.slice(daypos)[0]`). The
 *    5th-to-last of four Mondays does not exist, so the month has no
 *    occurrence (rrule.js's own `BYDAY=-5MO` agrees).
 * 2. A positive position beyond the set (5 in a month of four Thursdays)
 *    makes an Invalid Date, which breaks the sort of the month's dates; with
 *    UNTIL the series can then end early: `FREQ=MONTHLY;BYMONTH=4;BYDAY=TH;
 *    BYSETPOS=-1,5,1` until 1972-04-06 loses 1972-04-06.
 * 3. Two positions that pick the same date (3 and -3 in a month of five
 *    Mondays) give it twice: duplicates are looked for by `Date` identity
 *    (`includes(poslist, res)`). A recurrence set has no duplicates.
 *
 * Every month has at least four of each weekday and fromRRule accepts one
 * weekday with positions up to 5, so only 5 and -5 reach beyond the set:
 * texts with BYSETPOS 5 or -5 are skipped, and for other BYSETPOS texts
 * rrule.js's dates are de-duplicated before comparing.
 */
function hitsRRuleJsSetPosBug(rrule: string): boolean {
  const positions = /(?:^|;)BYSETPOS=([^;]*)/.exec(rrule)?.[1]?.split(',').map(Number) ?? [];
  return positions.some((p) => Math.abs(p) === 5);
}

/** Texts that fromRRule reads: the equivalent forms of canonical rules, and assembled texts that happen to be accepted. */
const acceptedTextArb = fc.oneof(
  ruleAndTextArb.map(({ text }) => text),
  rruleLikeTextArb.filter((text) => {
    try {
      fromRRule(text);
      return true;
    } catch {
      return false;
    }
  }),
);

describe('properties', () => {
  it('occurrences equal rrule.js between a start and an end date', () => {
    fc.assert(
      fc.property(patternRuleArb, windowArb, (rule, { from, until }) => {
        const { ours, theirs } = both(rule, { from, until });
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 250 },
    );
  });

  it('occurrences equal rrule.js for a count of dates', () => {
    fc.assert(
      fc.property(patternRuleArb, localDateArb('1900-01-01', '2100-12-31'), countArb, (rule, from, count) => {
        const { ours, theirs } = both(rule, { from, count });
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 250 },
    );
  });

  it('occurrences equal rrule.js with both an end date and a count (whichever comes first)', () => {
    fc.assert(
      fc.property(patternRuleArb, windowArb, countArb, (rule, { from, until }, count) => {
        const { ours, theirs } = both(rule, { from, until, count });
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 200 },
    );
  });

  it('an RRULE text that fromRRule reads means to rrule.js the dates occurrences gives for the rule read', () => {
    fc.assert(
      fc.property(acceptedTextArb, windowArb, (text, { from, until }) => {
        const rrule = forRRuleJs(text);
        fc.pre(!hitsRRuleJsSetPosBug(rrule));
        const theirs = rrulejsOccurrences(rrule, { from, until });
        const expected = rrule.includes('BYSETPOS=') ? [...new Set(theirs)] : theirs;
        expect(occurrences(fromRRule(text), { from, until })).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
