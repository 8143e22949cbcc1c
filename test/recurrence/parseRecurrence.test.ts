import fc from 'fast-check';
import { RRule } from 'rrule';
import { describe, expect, it } from 'vitest';
import { formatDays } from '../../src/_lib/civil.js';
import { BalintError } from '../../src/errors/BalintError.js';
import { RecurrenceSyntaxError } from '../../src/errors/RecurrenceSyntaxError.js';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { parserWork } from '../_helpers/parserWork.js';
import { formatRecurrence } from '../../src/recurrence/formatRecurrence.js';
import { normalizeRecurrence } from '../../src/recurrence/normalize.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { RecurrenceRuleSchema, WEEKDAYS, type RecurrenceRule, type RecurrenceRuleInput } from '../../src/recurrence/schema.js';
import { recurrenceRuleArb } from '../_arbitraries/recurrence.js';
import { PHRASES } from './phrases.js';

function syntaxError(text: string): RecurrenceSyntaxError {
  try {
    parseRecurrence(text);
  } catch (error) {
    if (error instanceof RecurrenceSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected "${text}" not to parse`);
}

/** The rule, or the RecurrenceSyntaxError: any other error escapes and fails the test. */
function attempt(text: string): RecurrenceRule | RecurrenceSyntaxError {
  try {
    return parseRecurrence(text);
  } catch (error) {
    if (error instanceof RecurrenceSyntaxError) return error;
    throw error;
  }
}

function isCanonical(rule: RecurrenceRule): boolean {
  return RecurrenceRuleSchema.safeParse(rule).success && JSON.stringify(normalizeRecurrence(rule)) === JSON.stringify(rule);
}

/** The robustness law: every text parses to a canonical rule or throws a RecurrenceSyntaxError, nothing else. */
function parsesCanonicallyOrFails(textArb: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(textArb, (text) => {
      const result = attempt(text);
      if (!(result instanceof BalintError)) expect(isCanonical(result)).toBe(true);
    }),
    { numRuns: 300 },
  );
}

describe('parseRecurrence', () => {
  it.each(PHRASES)('reads "$text"', ({ text, rule }) => {
    expect(parseRecurrence(text)).toEqual(rule);
  });

  it('has a reference of at least 60 phrasings, including the seed pages\' own', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(60);
    const seeds = PHRASES.filter((p) => p.seed).map((p) => p.text);
    expect(seeds).toEqual(expect.arrayContaining(['second Saturday', 'monthly on the second Saturday', 'the 4th Thursday of odd months', '4th Monday of even months']));
    expect(new Set(PHRASES.map((p) => p.text)).size).toBe(PHRASES.length);
  });

  it('holds its TSDoc examples and the RecurrenceSyntaxError example', () => {
    expect(parseRecurrence('the 4th Thursday of odd months')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] });
    expect(parseRecurrence('every 3 weeks on Monday and Thursday')).toEqual({ kind: 'weekly', weekdays: ['monday', 'thursday'], interval: 3 });
    const error = syntaxError('second Satruday');
    expect([error.position, error.found, error.hint]).toEqual([7, 'satruday', 'did you mean "Saturday"?']);
    expect(error.code).toBe('recurrence_syntax');
    expect(error.expected).toEqual(expect.arrayContaining(['a weekday', '"and"']));
  });

  it('rejects a non-string with a ValidationError', () => {
    expect(() => parseRecurrence(42 as unknown as string)).toThrow(ValidationError);
    expect(() => parseRecurrence(undefined as unknown as string)).toThrow(ValidationError);
  });

  describe('never drops a word (unlike rrule.js fromText)', () => {
    const rruleExample = 'every month on the fourth Thursday in January, March, May, July, September and November';

    it('keeps the months rrule.js drops from its own example', () => {
      expect(RRule.fromText(rruleExample).toString()).toBe('RRULE:FREQ=MONTHLY');
      expect(parseRecurrence(rruleExample)).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] });
    });

    it.each([
      ['every month on the fourth Thursday in odd months please', 49, 'please'],
      ['second Saturday at 11am', 16, 'at'],
      ['every Tuesday except holidays', 14, 'except'],
      ['the 4th Thursday of odd months only', 31, 'only'],
      ['every month on the fourth Thursday in Janvier, March and May', 38, 'janvier'],
      ['the first and maybe third Wednesday', 14, 'maybe'],
      ['every other blue Tuesday', 12, 'blue'],
      ['March 12, June 11 or September 10, 2026', 18, 'or'],
      ['the 4th Thursday of odd months (usually)', 31, '('],
      ['monthly on the second Saturday 11:00', 31, '11'],
      ['every three fortnights on Monday', 12, 'fortnights'],
    ])('fails on "%s" at %i ("%s")', (text, position, found) => {
      const error = syntaxError(text);
      expect([error.position, error.found]).toEqual([position, found]);
    });
  });

  describe('errors', () => {
    it.each([
      ['the 4th Thurday', 'Thursday'],
      ['secnd Saturday', 'second'],
      ['evry Tuesday', 'every'],
      ['the 4th Thursday of odd monts', 'months'],
      ['Febuary 3, 2026', 'February'],
      ['quartely on the second Thursday', 'quarterly'],
      ['the second Saturday of Sept, Ocotber and November', 'October'],
    ])('suggests a near miss: "%s" -> "%s"', (text, word) => {
      expect(syntaxError(text).hint).toBe(`did you mean "${word}"?`);
    });

    it('suggests nothing for a word far from every valid one, or too long to compare', () => {
      expect(syntaxError('the second xyzzy').hint).toBeUndefined();
      expect(syntaxError(`the second ${'saturday'.repeat(20)}`).hint).toBeUndefined();
    });

    it('says what could come next at the end of the text', () => {
      const error = syntaxError('every other');
      expect([error.position, error.found]).toEqual([11, '']);
      expect(error.expected).toEqual(expect.arrayContaining(['a weekday', '"weeks"', '"months"']));
      expect(syntaxError('').expected).toContain('a weekday');
    });

    it.each([
      ['the 2th Saturday', '2th', /correctly written ordinal/],
      ['the 6th Monday', '6th', /at most five of each weekday/],
      ['the sixth to last Monday', 'sixth', /at most five/],
      ['the 0th Monday', '0th', /start at 1st/],
      ['the 32nd', '32nd', /at most 31 days/],
      ['the thirty-second of the month', 'thirty', /32nd does not exist/],
      ['February 30, 2026', '30', /February has no day 30/],
      ['February 29, 2026', '29', /not a calendar date/],
      ['Friday, March 12, 2026', 'friday', /is a Thursday, not a Friday/],
      ['the following Wednesdays: March 12, 2026', 'march', /is a Thursday, not a Wednesday/],
      ['Thursday, July 4', 'thursday', /different weekday each year/],
      ['the first and first Monday', 'first', /named twice/],
      ['the 1st and first Monday', 'first', /named twice/],
      ['Tuesdays and Tuesdays', 'tuesdays', /named twice/],
      ['the 2nd Tuesday of March and March', 'march', /named twice/],
      ['2026-03-12 and March 12, 2026', 'march', /named twice/],
      ['2026-02-30', '2026-02-30', /not a calendar date/],
      ['weekly on the second Saturday', 'weekly', /does not go with a day of the month/],
      ['every year on the 15th', 'year', /needs its month/],
      ['monthly on Tuesdays', 'monthly', /which Tuesday of the month/],
      ['monthly every month on the 1st', 'month', /already given/],
      ['every other Tuesday every 3 weeks', '3', /already given/],
      ['the first Monday of every other month', 'other', /which month it starts in/],
      ['every 5 months starting in January on the 1st', '5', /same months each year/],
      ['every 600 weeks on Monday', '600', /1 to 520 weeks/],
      ['every Tuesday and Thursday in July', 'in', /only one weekday/],
      ['the 2nd Tuesday and Thursday', 'thursday', /one weekday/],
      ['the last weekday of the month', 'weekday', /cannot be expressed/],
      ['March 12 and June 11', 'march', /without a year/],
      ['March 12, 2026 and June 11', '11', /needs a year/],
      ['July 4, 2026 every year', 'year', /does not repeat/],
      ['July 4 of odd months', 'of', /already names its month/],
      ['quarterly on the 2nd Thursday of May', 'of', /already given/],
      ['the 2nd Tuesday of January through January', 'january', /two different months/],
      ['monthly', '', /which days/],
    ])('rejects "%s" at "%s"', (text, found, message) => {
      const error = syntaxError(text);
      expect(error.found).toBe(found);
      if (found === '') expect(error.position).toBe(text.length);
      else expect(text.slice(error.position).toLowerCase().startsWith(found)).toBe(true);
      expect(error.message).toMatch(message);
    });

    it('keeps its message short for a huge input', () => {
      const error = syntaxError(`second ${'x'.repeat(100_000)}`);
      expect(error.found.length).toBe(100_000);
      expect(error.message.length).toBeLessThan(400);
    });
  });

  describe('work grows linearly with the length of the text', () => {
    const work = parserWork;
    const repeat = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    const garbage = (length: number): string =>
      fc.sample(fc.string({ unit: 'binary', minLength: length, maxLength: length }), { numRuns: 1, seed: 42 })[0] as string;
    const longDateList = (length: number): string => {
      const parts: string[] = [];
      for (let size = 3, day = 20_000; size < length; day++, size += 12) parts.push(formatDays(day));
      return `on ${parts.join(', ')}`;
    };

    it.each([
      ['"first and " repeated', repeat('first and ')],
      ['"1st, " repeated', repeat('1st, ')],
      ['"every " repeated', repeat('every ')],
      ['"Monday, " repeated', repeat('Monday, ')],
      ['"March 1, " repeated', repeat('March 1, ')],
      ['"second-to-" repeated', repeat('second-to-')],
      ['one giant word', repeat('a')],
      ['one giant number', repeat('9')],
      ['spaces', repeat(' ')],
      ['random garbage', garbage],
      ['a valid list of thousands of dates', longDateList],
    ])('%s: 100 KB costs at most ~10x the work of 10 KB', (_name, make) => {
      const small = work(make(10_000));
      const large = work(make(100_000));
      expect(large).toBeLessThanOrEqual(small * 12);
      expect(large).toBeLessThanOrEqual(100_000 * 16);
    });

    it('parses a valid 100 KB list of dates completely', () => {
      expect(parseRecurrence(longDateList(100_000))).toMatchObject({ kind: 'dates' });
    });
  });

  describe('properties', () => {
    const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...items], { minLength: items.length });
    /** Valid rules in any order, `interval` left out when it is 1: the inputs `normalizeRecurrence` accepts. */
    const nonCanonicalArb = recurrenceRuleArb.chain((rule): fc.Arbitrary<RecurrenceRuleInput> => {
      switch (rule.kind) {
        case 'nth_weekday':
          return fc
            .tuple(shuffled(rule.ordinals), shuffled(rule.months ?? []))
            .map(([ordinals, months]) => (rule.months ? { ...rule, ordinals, months } : { ...rule, ordinals }));
        case 'day_of_month':
          return fc
            .tuple(shuffled(rule.days), shuffled(rule.months ?? []))
            .map(([days, months]) => (rule.months ? { ...rule, days, months } : { ...rule, days }));
        case 'weekly':
          return shuffled(rule.weekdays).map((weekdays) => (rule.interval === 1 ? { kind: 'weekly' as const, weekdays } : { ...rule, weekdays }));
        default:
          return shuffled(rule.dates).map((dates) => ({ kind: 'dates' as const, dates }));
      }
    });
    const phraseArb = fc.oneof(fc.constantFrom(...PHRASES.map((p) => p.text)), recurrenceRuleArb.map(formatRecurrence));

    it('parsing the formatted text of a canonical rule gives the rule back', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, (rule) => {
          expect(parseRecurrence(formatRecurrence(rule))).toEqual(rule);
        }),
        { numRuns: 300 },
      );
    });

    it('parsing the formatted text of any valid rule gives its normal form', () => {
      fc.assert(
        fc.property(nonCanonicalArb, (rule) => {
          expect(parseRecurrence(formatRecurrence(rule))).toEqual(normalizeRecurrence(rule));
        }),
        { numRuns: 200 },
      );
    });

    it('parsing ignores case and extra whitespace', () => {
      const spaceArb = fc.string({ unit: fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0'), minLength: 1, maxLength: 3 });
      fc.assert(
        fc.property(phraseArb, fc.infiniteStream(fc.boolean()), fc.infiniteStream(spaceArb), spaceArb, (text, upper, spaces, edge) => {
          const upperIt = upper[Symbol.iterator]();
          const spaceIt = spaces[Symbol.iterator]();
          const cased = [...text].map((ch) => (upperIt.next().value ? ch.toUpperCase() : ch.toLowerCase())).join('');
          const spaced = `${edge}${cased.split(' ').join(spaceIt.next().value as string)}${edge}`;
          expect(parseRecurrence(spaced)).toEqual(parseRecurrence(text));
        }),
        { numRuns: 200 },
      );
    });

    it('parsing any text returns a canonical rule or throws a RecurrenceSyntaxError, nothing else', () => {
      const vocabulary = ['the', 'of', 'in', 'and', ',', 'every', 'other', 'last', 'to', '-', 'first', '2nd', '15th', 'Saturday', 'Tuesdays', 'March', 'odd', 'months', 'month', 'day', 'week', 'weeks', 'monthly', 'quarterly', 'starting', '12', '2026', '2026-03-12', 'on', 'following', ':'];
      const textArb = fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((words) => words.join(' ')),
      );
      parsesCanonicallyOrFails(textArb);
    });

    it('a phrase with a token deleted, duplicated or swapped parses canonically or throws a RecurrenceSyntaxError', () => {
      const mutatedArb = phraseArb.chain((text) => {
        const words = text.split(' ');
        return fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap'), fc.nat(words.length - 1), fc.nat(words.length - 1)).map(([how, i, j]) => {
          const out = [...words];
          if (how === 'delete') out.splice(i, 1);
          else if (how === 'duplicate') out.splice(i, 0, words[i] as string);
          else [out[i], out[j]] = [words[j] as string, words[i] as string];
          return out.join(' ');
        });
      });
      parsesCanonicallyOrFails(mutatedArb);
    });

    it('replacing any word with an unknown word fails exactly at that word', () => {
      const unknownArb = fc.string({ unit: fc.constantFrom(...'bcdfghjklmnpqrstvwxz'), minLength: 2, maxLength: 8 }).map((s) => `q${s}`);
      const caseArb = phraseArb.chain((text) => {
        const words = [...text.matchAll(/(?<![0-9A-Za-z])[A-Za-z]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
        return fc.tuple(fc.constant(text), fc.constantFrom(...words), unknownArb);
      });
      fc.assert(
        fc.property(caseArb, ([text, word, unknown]) => {
          const error = syntaxError(`${text.slice(0, word.start)}${unknown}${text.slice(word.end)}`);
          expect(error.position).toBe(word.start);
          expect(error.found).toBe(unknown);
        }),
        { numRuns: 300 },
      );
    });

    it('a weekday with two neighbouring letters swapped is suggested back', () => {
      const typoArb = fc.constantFrom(...WEEKDAYS).chain((day) =>
        fc.integer({ min: 0, max: day.length - 2 }).filter((i) => day[i] !== day[i + 1]).map((i) => ({ day, typo: `${day.slice(0, i)}${day[i + 1] as string}${day[i] as string}${day.slice(i + 2)}` })),
      );
      fc.assert(
        fc.property(typoArb, ({ day, typo }) => {
          expect(syntaxError(`the second ${typo}`).hint).toBe(`did you mean "${day.charAt(0).toUpperCase()}${day.slice(1)}"?`);
        }),
        { numRuns: 100 },
      );
    });
  });
});
