/**
 * How `parseRecurrence` reads which months and how often: ranges ("January
 * through June"), odd and even months, cycles ("every other month starting
 * in February", "every 3 months"), and counts of weeks or months.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { refusal } from '../_helpers/recurrenceRefusal.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBERED = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th'];

/** Month numbers from `from` to `to`, wrapping past December, in calendar order. */
function monthRange(from: number, to: number): number[] {
  const months: number[] = [];
  for (let m = from; ; m = (m % 12) + 1) {
    months.push(m);
    if (m === to) return months.sort((a, b) => a - b);
  }
}

/** Every ways of writing the count `n` of weeks or months (1..12) before its unit. */
function counts(n: number): string[] {
  return [String(n), CARDINALS[n - 1] as string, ORDINALS[n - 1] as string, NUMBERED[n - 1] as string, ...(n === 2 ? ['other', 'alternate'] : [])];
}

const second = (months: number[]) => ({ kind: 'nth_weekday', weekday: 'tuesday', ordinals: [2], months });

describe('parseRecurrence reads months', () => {
  describe('ranges', () => {
    it.each(['through', 'thru', 'to', 'until', 'till'])('"the second Tuesday of January %s June" is January to June', (word) => {
      expect(parseRecurrence(`the second Tuesday of January ${word} June`)).toEqual(second([1, 2, 3, 4, 5, 6]));
    });

    it('a dash joins a range, with or without spaces', () => {
      expect(parseRecurrence('the second Tuesday of January-June')).toEqual(second([1, 2, 3, 4, 5, 6]));
      expect(parseRecurrence('the second Tuesday of November - February')).toEqual(second([1, 2, 11, 12]));
    });

    it('a misspelt "through" is suggested back, and expected among what may follow a month', () => {
      const e = refusal('the second Tuesday of January throgh June');
      expect([e.position, e.found, e.hint]).toEqual([30, 'throgh', 'did you mean "through"?']);
      expect(e.expected[0]).toBe('"through"');
    });
  });

  describe('odd and even months', () => {
    it.each(['odd months', 'odd month', 'odd-numbered months', 'odd numbered months', 'every odd month'])('"the 4th Thursday of %s" is January, March, ...', (words) => {
      expect(parseRecurrence(`the 4th Thursday of ${words}`)).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] });
    });

    it.each([
      ['evn', 'even'],
      ['ood', 'odd'],
    ])('"of %s months" suggests "%s"', (typo, word) => {
      const e = refusal(`the 4th Thursday of ${typo} months`);
      expect([e.position, e.found, e.hint]).toEqual([20, typo, `did you mean "${word}"?`]);
      expect(e.expected).toEqual(['a month', '"the"', '"odd" or "even"']);
    });
  });

  describe('what may follow "of"', () => {
    it('a comma after a list of months, before the next phrase, changes nothing', () => {
      expect(parseRecurrence('the 1st of March, every year')).toEqual(parseRecurrence('the 1st of March every year'));
      expect(parseRecurrence('the 2nd Tuesday of March and June, every year')).toEqual({ kind: 'nth_weekday', weekday: 'tuesday', ordinals: [2], months: [3, 6] });
    });

    it('after "of", a misspelt month is suggested back, among a month, "the", "odd" or "even"', () => {
      const e = refusal('the second Saturday of Marhc');
      expect([e.position, e.found, e.hint, e.expected]).toEqual([23, 'marhc', 'did you mean "March"?', ['a month', '"the"', '"odd" or "even"']]);
    });

    it('after "of the", only "month" or odd and even months may follow: not a month name, not "quarter"', () => {
      const e = refusal('the second Saturday of the mnth');
      expect([e.position, e.found, e.hint, e.expected]).toEqual([27, 'mnth', 'did you mean "month"?', ['"month"', '"odd" or "even"']]);
      expect(refusal('the second Saturday of the quarter').expected).toEqual(['"month"', '"odd" or "even"']);
      expect(refusal('the second Saturday of the March').expected).toEqual(['"month"', '"odd" or "even"']);
    });

    it('"of every month" next to another way of giving the months is refused at "of"', () => {
      const quarterly = refusal('quarterly on the second Thursday of every month');
      expect([quarterly.position, quarterly.found, quarterly.message]).toEqual([
        33,
        'of',
        'Cannot use "quarterly on the second Thursday of every month" at "of" (position 33): the months are already given by "quarterly"',
      ]);
      const yearly = refusal('every year on the 15th of the month');
      expect([yearly.position, yearly.found]).toEqual([23, 'of']);
      expect(yearly.message).toMatch(/a yearly rule needs its month/);
    });
  });

  describe('cycles', () => {
    it('every 1 month is monthly, in what it accepts and in what it refuses', () => {
      expect(parseRecurrence('every 1 month on the 15th')).toEqual({ kind: 'day_of_month', days: [15] });
      expect(parseRecurrence('every one month on the 15th')).toEqual({ kind: 'day_of_month', days: [15] });
      expect(refusal('every 1 month on Tuesdays').message).toBe(
        'Cannot use "every 1 month on Tuesdays" at "1" (position 6): say which Tuesday of the month, e.g. "monthly on the first Tuesday"',
      );
      expect(refusal('every 1 month, monthly on the 15th').message).toBe(
        'Cannot use "every 1 month, monthly on the 15th" at "monthly" (position 15): how often is already given by "1"; say it once',
      );
    });

    // 12 is the largest cycle that meets in the same months each year: its one month.
    it('every 12 months starting in November is November', () => {
      expect(parseRecurrence('every 12 months starting in November on the 4th Thursday')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11] });
    });

    it.each([0, 5, 7, 8, 9, 10, 11, 24])('every %i months is refused: it would not meet in the same months each year', (n) => {
      const text = `every ${n} months starting in January on the 1st`;
      const e = refusal(text);
      expect([e.position, e.found]).toEqual([6, String(n)]);
      expect(e.message).toBe(`Cannot use "${text}" at "${n}" (position 6): every ${n} months would not meet in the same months each year; use 2, 3, 4, 6 or 12`);
    });

    it.each([
      ['every other month beginning in February on the 1st', [2, 4, 6, 8, 10, 12]],
      ['every other month beginning February on the 1st', [2, 4, 6, 8, 10, 12]],
      ['quarterly starting with February on the 1st', [2, 5, 8, 11]],
      ['quarterly from February on the 1st', [2, 5, 8, 11]],
      ['the 1st of every 2 months starting in March', [1, 3, 5, 7, 9, 11]],
      ['the 1st of every second month starting in February', [2, 4, 6, 8, 10, 12]],
    ])('"%s" starts the cycle where it says', (text, months) => {
      expect(parseRecurrence(text)).toEqual({ kind: 'day_of_month', days: [1], months });
    });

    it('"every alternate Tuesday" is every other Tuesday', () => {
      expect(parseRecurrence('every alternate Tuesday')).toEqual({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 });
    });

    it('after "every", a misspelt "other" or "alternate" is suggested back', () => {
      expect(refusal('every othr Tuesday').hint).toBe('did you mean "other"?');
      expect(refusal('every alternat Tuesday').hint).toBe('did you mean "alternate"?');
    });
  });

  describe('counts', () => {
    it.each(Array.from({ length: 12 }, (_, i) => i + 1))('every %i weeks means the same whether the count is written 3, three, third or 3rd, with "week" or "weeks"', (n) => {
      for (const count of counts(n)) {
        for (const unit of ['week', 'weeks']) expect(parseRecurrence(`every ${count} ${unit} on Monday`)).toEqual({ kind: 'weekly', weekdays: ['monday'], interval: n });
      }
    });
  });

  describe('properties', () => {
    const monthArb = fc.integer({ min: 1, max: 12 });

    it('a range of months is the months from the first to the second, wrapping past December, however it is joined', () => {
      const pairArb = fc.tuple(monthArb, monthArb).filter(([a, b]) => a !== b);
      const joinArb = fc.constantFrom(' through ', ' thru ', ' to ', ' until ', ' till ', '-', ' - ');
      fc.assert(
        fc.property(pairArb, joinArb, ([from, to], join) => {
          const text = `the second Tuesday of ${MONTHS[from - 1] as string}${join}${MONTHS[to - 1] as string}`;
          const months = monthRange(from, to);
          expect(parseRecurrence(text)).toEqual(second(months));
        }),
        { numRuns: 200 },
      );
    });

    it('a cycle of N months from a start month is every Nth month from it, however N and the start are written', () => {
      const caseArb = fc
        .constantFrom(2, 3, 4, 6, 12)
        .chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.constantFrom(...counts(n)),
            fc.constantFrom('month', 'months'),
            monthArb,
            fc.constantFrom('starting in', 'starting', 'beginning in', 'beginning with', 'from', 'starting with'),
          ),
        );
      fc.assert(
        fc.property(caseArb, ([n, count, unit, start, intro]) => {
          const months = Array.from({ length: 12 / n }, (_, i) => ((start - 1 + i * n) % 12) + 1).sort((a, b) => a - b);
          expect(parseRecurrence(`every ${count} ${unit} ${intro} ${MONTHS[start - 1] as string} on the 1st`)).toEqual({ kind: 'day_of_month', days: [1], months });
        }),
        { numRuns: 200 },
      );
    });
  });
});
