import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/ValidationError.js';
import { formatRecurrence } from '../../src/recurrence/formatRecurrence.js';
import { normalizeRecurrence } from '../../src/recurrence/normalize.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import type { RecurrenceRuleInput } from '../../src/recurrence/schema.js';
import { recurrenceRuleArb, reverseLists } from '../_arbitraries/recurrence.js';
import { PHRASES } from './phrases.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const ODD = [1, 3, 5, 7, 9, 11];
const EVEN = [2, 4, 6, 8, 10, 12];

describe('formatRecurrence', () => {
  it.each<[RecurrenceRuleInput, string]>([
    [{ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] }, 'the second Saturday of every month'],
    [{ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: ODD }, 'the fourth Thursday of odd months'],
    [{ kind: 'nth_weekday', weekday: 'monday', ordinals: [4], months: EVEN }, 'the fourth Monday of even months'],
    [{ kind: 'nth_weekday', weekday: 'wednesday', ordinals: [3, 1] }, 'the first and third Wednesday of every month'],
    [{ kind: 'nth_weekday', weekday: 'wednesday', ordinals: [5, 1, 3] }, 'the first, third and fifth Wednesday of every month'],
    [{ kind: 'nth_weekday', weekday: 'thursday', ordinals: [2], months: [12, 3, 9, 6] }, 'the second Thursday of March, June, September and December'],
    [{ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11] }, 'the fourth Thursday of November'],
    [{ kind: 'nth_weekday', weekday: 'friday', ordinals: [-1] }, 'the last Friday of every month'],
    [{ kind: 'nth_weekday', weekday: 'friday', ordinals: [-1, -2] }, 'the second to last and last Friday of every month'],
    [{ kind: 'nth_weekday', weekday: 'monday', ordinals: [-1, 1], months: [5] }, 'the first and last Monday of May'],
    [{ kind: 'day_of_month', days: [-1] }, 'the last day of every month'],
    [{ kind: 'day_of_month', days: [15, 1] }, 'the 1st and 15th of every month'],
    [{ kind: 'day_of_month', days: [-2, 1] }, 'the 1st and 2nd to last day of every month'],
    [{ kind: 'day_of_month', days: [4], months: [7] }, 'the 4th of July'],
    [{ kind: 'day_of_month', days: [22, 23, 11, 31] }, 'the 11th, 22nd, 23rd and 31st of every month'],
    [{ kind: 'weekly', weekdays: ['tuesday'] }, 'every Tuesday'],
    [{ kind: 'weekly', weekdays: ['thursday', 'monday'], interval: 1 }, 'every Monday and Thursday'],
    [{ kind: 'weekly', weekdays: ['tuesday'], interval: 2 }, 'every other Tuesday'],
    [{ kind: 'weekly', weekdays: ['thursday', 'monday'], interval: 2 }, 'every other week on Monday and Thursday'],
    [{ kind: 'weekly', weekdays: ['thursday', 'monday'], interval: 3 }, 'every 3 weeks on Monday and Thursday'],
    [{ kind: 'dates', dates: ['2026-09-10', '2026-03-12', '2026-06-11'] }, 'on 2026-03-12, 2026-06-11 and 2026-09-10'],
    [{ kind: 'dates', dates: ['2026-03-12'] }, 'on 2026-03-12'],
  ])('writes %j as "%s"', (rule, text) => {
    expect(formatRecurrence(rule)).toBe(text);
  });

  it('holds its TSDoc examples', () => {
    expect(formatRecurrence({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11, 9, 7, 5, 3, 1] })).toBe('the fourth Thursday of odd months');
    expect(formatRecurrence({ kind: 'weekly', weekdays: ['thursday', 'monday'], interval: 3 })).toBe('every 3 weeks on Monday and Thursday');
  });

  it.each(PHRASES)('writes the rule of "$text" in words that read back to it', ({ rule }) => {
    expect(parseRecurrence(formatRecurrence(rule))).toEqual(rule);
  });

  it('writes the seed rules the way the seed pages say them', () => {
    expect(formatRecurrence(parseRecurrence('monthly on the second Saturday'))).toBe('the second Saturday of every month');
    expect(formatRecurrence(parseRecurrence('the 4th Thursday of odd months'))).toBe('the fourth Thursday of odd months');
    expect(formatRecurrence(parseRecurrence('4th Monday of even months'))).toBe('the fourth Monday of even months');
  });

  it.each<[string, unknown]>([
    ['no weekdays', { kind: 'weekly', weekdays: [] }],
    ['a sixth Monday', { kind: 'nth_weekday', weekday: 'monday', ordinals: [6] }],
    ['a repeated day', { kind: 'day_of_month', days: [1, 1] }],
    ['month 13', { kind: 'day_of_month', days: [1], months: [13] }],
    ['an impossible date', { kind: 'dates', dates: ['2026-02-30'] }],
    ['an unknown kind', { kind: 'hourly' }],
    ['English text', 'second Saturday'],
    ['null', null],
  ])('rejects %s with a ValidationError', (_name, rule) => {
    expect(() => formatRecurrence(rule as RecurrenceRuleInput)).toThrow(ValidationError);
  });

  it('does not mutate its input', () => {
    const rule = deepFreeze({ kind: 'nth_weekday' as const, weekday: 'thursday' as const, ordinals: [4, 2], months: [11, 1] });
    expect(formatRecurrence(rule)).toBe('the second and fourth Thursday of January and November');
    expect(rule.ordinals).toEqual([4, 2]);
  });

  describe('properties', () => {
    const reversed = recurrenceRuleArb.map((rule): RecurrenceRuleInput => reverseLists(rule));

    it('rules with the same normal form are written the same way', () => {
      fc.assert(
        fc.property(reversed, (rule) => {
          expect(formatRecurrence(rule)).toBe(formatRecurrence(normalizeRecurrence(rule)));
        }),
        { numRuns: 200 },
      );
    });

    it('the text is a fixed point: writing what was read back gives the same text', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, (rule) => {
          const text = formatRecurrence(rule);
          expect(formatRecurrence(parseRecurrence(text))).toBe(text);
        }),
        { numRuns: 200 },
      );
    });

    it('the text starts with "the", "every" or "on" and has single spaces only', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, (rule) => {
          const text = formatRecurrence(rule);
          expect(text).toMatch(/^(the|every|on) /);
          expect(text).not.toMatch(/\s{2}|^\s|\s$|\s,/);
        }),
        { numRuns: 200 },
      );
    });

    it('different rules are written differently', () => {
      fc.assert(
        fc.property(recurrenceRuleArb, recurrenceRuleArb, (a, b) => {
          fc.pre(JSON.stringify(a) !== JSON.stringify(b));
          expect(formatRecurrence(a)).not.toBe(formatRecurrence(b));
        }),
        { numRuns: 200 },
      );
    });
  });
});
