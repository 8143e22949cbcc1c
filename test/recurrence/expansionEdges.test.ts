import { describe, expect, it } from 'vitest';
import { expand } from '../../src/_lib/recurrence/expandOccurrences.js';
import { occurrenceDetails, occurrences, US_FEDERAL_HOLIDAYS, type HolidayCalendar, type RecurrenceRule } from '../../src/recurrence/index.js';

const everyDay = { kind: 'weekly', weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] } as const;
const secondSaturday = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] } as const;
const oneHoliday = (name: string, month: number, day: number): HolidayCalendar => ({ name, holidays: [{ name, rule: { kind: 'day_of_month', days: [day], months: [month] } }] });

describe('expansion at the edges of a count', () => {
  it('a date shifted past later rule dates takes its place among them, even when the count is reached around it', () => {
    // The 32nd day from January 1 is February 1, a holiday here, shifted a week: the 32nd occurrence is February 2.
    expect(occurrences(everyDay, { from: '2026-01-01', count: 32, holidays: { calendar: oneHoliday('Feb 1', 2, 1), action: 'shift' } }).slice(-3)).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-02',
    ]);
  });

  it('an added date long after the start does not stand in for rule dates before it', () => {
    expect(occurrences(everyDay, { from: '2026-01-01', count: 33, exceptions: { add: ['2026-12-25'] } }).slice(-2)).toEqual(['2026-02-01', '2026-02-02']);
  });

  it('drops listed with a count are those up to the last occurrence, that date included', () => {
    // January 10 is skipped as a rule date and added back as an extra date.
    expect(occurrenceDetails(secondSaturday, { from: '2026-01-01', count: 1, exceptions: { skip: ['2026-01-10'], add: ['2026-01-10'] } })).toEqual({
      occurrences: [{ date: '2026-01-10', origin: 'added' }],
      skipped: [{ date: '2026-01-10', reason: 'skipped' }],
    });
    expect(occurrenceDetails(secondSaturday, { from: '2026-01-01', count: 3, exceptions: { skip: ['2026-03-14'] } })).toEqual({
      occurrences: [
        { date: '2026-01-10', origin: 'rule' },
        { date: '2026-02-14', origin: 'rule' },
        { date: '2026-04-11', origin: 'rule' },
      ],
      skipped: [{ date: '2026-03-14', reason: 'skipped' }],
    });
    expect(occurrenceDetails({ kind: 'dates', dates: ['2026-01-10'] }, { from: '2026-01-01', count: 1, exceptions: { skip: ['2026-01-10'] } }).occurrences).toEqual([]);
  });
});

describe('expansion at the edges of shifting and moving', () => {
  it('a move without a start time has no start time at all', () => {
    const [moved] = occurrenceDetails(secondSaturday, { from: '2026-01-01', count: 1, exceptions: { move: [{ from: '2026-01-10', to: '2026-01-09' }] } }).occurrences;
    expect(Object.keys(moved!)).toEqual(['date', 'origin', 'originalDate']);
  });

  it('a shift onto the last representable date keeps the occurrence', () => {
    expect(occurrenceDetails({ kind: 'dates', dates: ['9999-12-24'] }, { from: '9999-12-01', holidays: { calendar: oneHoliday('Eve', 12, 24), action: 'shift' } }).occurrences).toEqual([
      { date: '9999-12-31', origin: 'shifted', originalDate: '9999-12-24', holiday: 'Eve' },
    ]);
  });

  it('a shift that finds no day free of holidays drops the occurrence instead of landing on one', () => {
    const everyDayOff: HolidayCalendar = { name: 'Closed', holidays: [{ name: 'Closed', rule: { kind: 'day_of_month', days: Array.from({ length: 31 }, (_, i) => i + 1) } }] };
    expect(occurrenceDetails({ kind: 'dates', dates: ['2026-03-02'] }, { from: '2026-01-01', holidays: { calendar: everyDayOff, action: 'shift' } })).toEqual({
      occurrences: [],
      skipped: [{ date: '2026-03-02', reason: 'holiday', holiday: 'Closed' }],
    });
  });

  it('a filter applies to shifted occurrences too, and a count counts only the ones kept', () => {
    const fridays: RecurrenceRule = { kind: 'weekly', weekdays: ['friday'], interval: 1 };
    // July 3, 2026 is the observed Independence Day: shifted to July 10, which the filter refuses; the rule's own July 10 is then the second.
    expect(expand(fridays, { from: '2026-06-26', count: 2, holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'shift' }, keep: (o) => o.origin !== 'shifted' }).occurrences).toEqual([
      { date: '2026-06-26', origin: 'rule' },
      { date: '2026-07-10', origin: 'rule' },
    ]);
  });
});
