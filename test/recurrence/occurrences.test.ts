import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysInMonth, formatDays, isoWeekday, parseDays } from '../../src/_lib/civil.js';
import { ValidationError } from '../../src/errors/index.js';
import { occurrenceDetails, occurrences, US_FEDERAL_HOLIDAYS, holidaysBetween, WEEKDAYS, type RecurrenceRule } from '../../src/recurrence/index.js';
import { localDateArb, patternRuleArb, recurrenceRuleArb, reverseLists } from '../_arbitraries/recurrence.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const secondSaturday = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] } as const;
const fourthThursdayOdd = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] } as const;
const fourthMondayEven = { kind: 'nth_weekday', weekday: 'monday', ordinals: [4], months: [2, 4, 6, 8, 10, 12] } as const;

/** The naive oracle: does the rule meet on this day? Walks nothing, just checks the definition. */
function matches(rule: RecurrenceRule, day: number, anchor: number): boolean {
  const { year, month, day: dom } = civilFromDays(day);
  const length = daysInMonth(year, month);
  switch (rule.kind) {
    case 'nth_weekday': {
      if (rule.months && !rule.months.includes(month)) return false;
      if (WEEKDAYS[isoWeekday(day) - 1] !== rule.weekday) return false;
      const fromStart = Math.ceil(dom / 7);
      const fromEnd = -(Math.floor((length - dom) / 7) + 1);
      return rule.ordinals.includes(fromStart) || rule.ordinals.includes(fromEnd);
    }
    case 'day_of_month':
      if (rule.months && !rule.months.includes(month)) return false;
      return rule.days.includes(dom) || rule.days.includes(dom - length - 1);
    case 'weekly': {
      if (!rule.weekdays.includes(WEEKDAYS[isoWeekday(day) - 1] as (typeof WEEKDAYS)[number])) return false;
      const weekOf = (d: number) => d - (isoWeekday(d) - 1);
      return ((weekOf(day) - weekOf(anchor)) / 7) % rule.interval === 0;
    }
    case 'dates':
      return rule.dates.includes(formatDays(day));
  }
}

describe('occurrences', () => {
  it('gives the online group its eight second Saturdays, January 10 to August 8, 2026', () => {
    expect(occurrences(secondSaturday, { from: '2026-01-01', count: 8 })).toEqual([
      '2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08',
    ]);
  });

  it('gives the ten second Tuesdays from February 10 to November 10, 2026', () => {
    expect(occurrences({ kind: 'nth_weekday', weekday: 'tuesday', ordinals: [2] }, { from: '2026-02-01', until: '2026-11-30' })).toEqual([
      '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10',
    ]);
  });

  it('gives the drop-in series the 4th Thursday of odd months and the 4th Monday of even months in 2026', () => {
    expect(occurrences(fourthThursdayOdd, { from: '2026-01-01', until: '2026-12-31' })).toEqual([
      '2026-01-22', '2026-03-26', '2026-05-28', '2026-07-23', '2026-09-24', '2026-11-26',
    ]);
    expect(occurrences(fourthMondayEven, { from: '2026-01-01', until: '2026-12-31' })).toEqual([
      '2026-02-23', '2026-04-27', '2026-06-22', '2026-08-24', '2026-10-26', '2026-12-28',
    ]);
  });

  it('lists the diversity discussions as explicit dates', () => {
    const dates = { kind: 'dates', dates: ['2026-12-10', '2026-03-12', '2026-06-11', '2026-09-10'] } as const;
    expect(occurrences(dates, { from: '2026-01-01' })).toEqual(['2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10']);
  });

  it('skips months without a fifth weekday, as RFC 5545 says', () => {
    expect(occurrences({ kind: 'nth_weekday', weekday: 'friday', ordinals: [5] }, { from: '2026-01-01', until: '2026-12-31' })).toEqual([
      '2026-01-30', '2026-05-29', '2026-07-31', '2026-10-30',
    ]);
  });

  it('finds the second to last and the last weekday', () => {
    expect(occurrences({ kind: 'nth_weekday', weekday: 'monday', ordinals: [-2, -1], months: [5] }, { from: '2026-01-01', count: 2 })).toEqual([
      '2026-05-18', '2026-05-25',
    ]);
  });

  it('anchors every other week to the week of the series start', () => {
    expect(occurrences({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 }, { from: '2026-01-14', count: 3 })).toEqual([
      '2026-01-27', '2026-02-10', '2026-02-24',
    ]);
  });

  it('returns nothing for a rule that can never meet instead of running forever', () => {
    expect(occurrences({ kind: 'day_of_month', days: [30], months: [2] }, { from: '2026-01-01', count: 3 })).toEqual([]);
  });

  it('stops at the last representable date', () => {
    expect(occurrences(secondSaturday, { from: '9999-11-01', count: 5 })).toEqual(['9999-11-13', '9999-12-11']);
  });

  it('skips, adds and moves single dates', () => {
    const result = occurrenceDetails(fourthThursdayOdd, {
      from: '2026-01-01',
      until: '2026-12-31',
      exceptions: { skip: ['2026-11-26'], add: ['2026-12-03'], move: [{ from: '2026-05-28', to: '2026-05-21', startTime: '18:00' }] },
    });
    expect(result.occurrences.map((o) => o.date)).toEqual([
      '2026-01-22', '2026-03-26', '2026-05-21', '2026-07-23', '2026-09-24', '2026-12-03',
    ]);
    expect(result.occurrences[2]).toEqual({ date: '2026-05-21', origin: 'moved', originalDate: '2026-05-28', startTime: '18:00' });
    expect(result.skipped).toEqual([
      { date: '2026-05-28', reason: 'moved' },
      { date: '2026-11-26', reason: 'skipped' },
    ]);
  });

  it('skips or shifts the drop-in that falls on Thanksgiving 2026', () => {
    const skip = occurrenceDetails(fourthThursdayOdd, { from: '2026-09-01', until: '2026-12-31', holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' } });
    expect(skip.occurrences.map((o) => o.date)).toEqual(['2026-09-24']);
    expect(skip.skipped).toEqual([{ date: '2026-11-26', reason: 'holiday', holiday: 'Thanksgiving Day' }]);
    const shift = occurrences(fourthThursdayOdd, { from: '2026-09-01', until: '2026-12-31', holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' } });
    expect(shift).toEqual(['2026-09-24', '2026-12-03']);
  });

  it('knows the observed federal holidays', () => {
    expect(holidaysBetween(US_FEDERAL_HOLIDAYS, '2026-01-01', '2026-12-31').map((h) => `${h.date} ${h.name}${h.observed ? ' (observed)' : ''}`)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-01-19 Birthday of Martin Luther King, Jr.',
      "2026-02-16 Washington's Birthday",
      '2026-05-25 Memorial Day',
      '2026-06-19 Juneteenth National Independence Day',
      '2026-07-03 Independence Day (observed)',
      '2026-07-04 Independence Day',
      '2026-09-07 Labor Day',
      '2026-10-12 Columbus Day',
      '2026-11-11 Veterans Day',
      '2026-11-26 Thanksgiving Day',
      '2026-12-25 Christmas Day',
    ]);
  });

  it('rejects invalid input with a validation error naming the path', () => {
    expect(() => occurrences(secondSaturday, { from: '2026-02-30', count: 1 })).toThrow(ValidationError);
    expect(() => occurrences(secondSaturday, { from: '2026-01-01' })).toThrow(/until.*count/);
    try {
      occurrences({ kind: 'nth_weekday', weekday: 'satday', ordinals: [0] } as never, { from: '2026-01-01', count: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const paths = (error as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['rule.weekday', 'rule.ordinals.0']));
    }
  });

  describe('properties', () => {
    const windowArb = fc.tuple(localDateArb('1900-01-01', '2100-12-31'), fc.integer({ min: 0, max: 800 }));

    it('lists exactly the dates the rule describes in the window (against a day-by-day oracle)', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, windowArb, (rule, [from, span]) => {
          const fromDays = parseDays(from);
          const until = formatDays(fromDays + span);
          const expected: string[] = [];
          for (let d = fromDays; d <= fromDays + span; d++) if (matches(rule, d, fromDays)) expected.push(formatDays(d));
          expect(occurrences(rule, { from, until })).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    });

    it('the order of a rule\'s lists changes nothing: reversed ordinals, days, weekdays, months and dates give the same occurrences and details', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, localDateArb('1990-01-01', '2060-12-31'), fc.integer({ min: 1, max: 40 }), (rule, from, count) => {
          const holidays = { calendar: { name: 'reversed', holidays: [{ name: 'Test day', rule: reverseLists({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4, -1], months: [1, 3, 5, 7, 9, 11] }) as never }] }, action: 'shift' } as const;
          expect(occurrences(reverseLists(rule), { from, count })).toEqual(occurrences(rule, { from, count }));
          expect(occurrenceDetails(reverseLists(rule), { from, count, holidays })).toEqual(occurrenceDetails(rule, { from, count, holidays }));
        }),
        { numRuns: 300 },
      );
    });

    it('every occurrence is the weekday and ordinal it claims', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb(), fc.integer({ min: 1, max: 60 }), (rule, from, count) => {
          const fromDays = parseDays(from);
          for (const date of occurrences(rule, { from, count })) expect(matches(rule, parseDays(date), fromDays)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });

    it('results are sorted, unique, on or after the start, and at most count', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, localDateArb(), fc.integer({ min: 1, max: 50 }), (rule, from, count) => {
          const dates = occurrences(rule, { from, count });
          expect(dates.length).toBeLessThanOrEqual(count);
          for (let i = 0; i < dates.length; i++) {
            expect(dates[i]! >= from).toBe(true);
            if (i > 0) expect(dates[i - 1]! < dates[i]!).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('a count is respected exactly for rules that meet every month', () => {
      const everyMonth = fc.record({
        kind: fc.constant('nth_weekday' as const),
        weekday: fc.constantFrom(...WEEKDAYS),
        ordinals: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, -1, -2, -3, -4), { minLength: 1, maxLength: 3 }),
      });
      fc.assert(
        fc.property(everyMonth, localDateArb(), fc.integer({ min: 1, max: 100 }), (rule, from, count) => {
          expect(occurrences(rule, { from, count })).toHaveLength(count);
        }),
      );
    });

    it('a shorter count is a prefix of a longer one', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, localDateArb(), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), (rule, from, n, more) => {
          const longer = occurrences(rule, { from, count: n + more });
          expect(occurrences(rule, { from, count: n })).toEqual(longer.slice(0, n));
        }),
        { numRuns: 200 },
      );
    });

    it('an end date cuts the same list a count gives', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb(), fc.integer({ min: 0, max: 400 }), (rule, from, span) => {
          const until = formatDays(parseDays(from) + span);
          const byCount = occurrences(rule, { from, count: 500 });
          expect(occurrences(rule, { from, until })).toEqual(byCount.filter((d) => d <= until));
        }),
        { numRuns: 200 },
      );
    });

    it('skipped dates never occur, added dates always do (within the range)', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('2000-01-01', '2030-12-31'), fc.integer({ min: 0, max: 5 }), fc.array(localDateArb('2000-01-01', '2031-12-31'), { maxLength: 4 }), (rule, from, skipEvery, add) => {
          const until = formatDays(parseDays(from) + 366);
          const plain = occurrences(rule, { from, until });
          const skip = plain.filter((_, i) => skipEvery > 0 && i % skipEvery === 0);
          const result = occurrences(rule, { from, until, exceptions: { skip, add } });
          for (const d of skip) if (!add.includes(d)) expect(result).not.toContain(d);
          for (const d of add) if (d >= from && d <= until) expect(result).toContain(d);
          for (const d of plain) if (!skip.includes(d)) expect(result).toContain(d);
        }),
        { numRuns: 200 },
      );
    });

    it('with holidays skipped, no occurrence falls on a holiday; with holidays shifted, each shift lands a whole number of weeks later on a non-holiday', () => {
      fc.assert(
        fc.property(patternRuleArb, localDateArb('1990-01-01', '2060-12-31'), (rule, from) => {
          const until = formatDays(parseDays(from) + 730);
          const holidays = new Set(holidaysBetween(US_FEDERAL_HOLIDAYS, from, formatDays(parseDays(until) + 60)).map((h) => h.date));
          const skipped = occurrences(rule, { from, until, holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' } });
          for (const d of skipped) expect(holidays.has(d)).toBe(false);
          const shifted = occurrenceDetails(rule, { from, until, holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' } }).occurrences;
          for (const o of shifted) {
            expect(holidays.has(o.date)).toBe(false);
            if (o.origin === 'shifted') {
              expect(holidays.has(o.originalDate!)).toBe(true);
              expect((parseDays(o.date) - parseDays(o.originalDate!)) % 7).toBe(0);
            }
          }
        }),
        { numRuns: 150 },
      );
    });

    it('never mutates its inputs and depends only on them', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, localDateArb(), (rule, from) => {
          const frozenRule = deepFreeze(structuredClone(rule));
          const skip = occurrences(rule, { from, count: 1 });
          const options = deepFreeze({ from, count: 12, exceptions: { skip } });
          expect(occurrences(frozenRule, options)).toEqual(occurrences(structuredClone(rule), { from, count: 12, exceptions: { skip: [...skip] } }));
          expect(frozenRule).toEqual(rule);
        }),
        { numRuns: 100 },
      );
    });
  });
});
