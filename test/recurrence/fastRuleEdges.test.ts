import { describe, expect, it } from 'vitest';
import { fastRule } from '../../src/recurrence/_fastRule.js';
import { canonical } from '../../src/recurrence/_canonical.js';
import { RecurrenceRuleSchema } from '../../src/recurrence/index.js';

const second = { kind: 'nthWeekday', weekday: 'saturday', ordinals: [2] };
const weekly = { kind: 'weekly', weekdays: ['tuesday'] };

describe('the fast rule check at the edges of what the schema accepts', () => {
  it.each([
    ['a month 0', { ...second, months: [0] }],
    ['a month 13', { ...second, months: [1, 13] }],
    ['a fractional ordinal', { ...second, ordinals: [1.5] }],
    ['a fractional day', { kind: 'dayOfMonth', days: [1.5] }],
    ['no weekdays', { ...weekly, weekdays: [] }],
    ['an unknown weekday', { ...weekly, weekdays: ['tuesday', 'funday'] }],
    ['a weekday that is not a string', { ...weekly, weekdays: [2] }],
    ['an interval of 521 weeks', { ...weekly, interval: 521 }],
    ['an interval of 1.5 weeks', { ...weekly, interval: 1.5 }],
    ['an unknown weekday of a monthly rule', { ...second, weekday: 'funday' }],
    ['a weekday of a monthly rule that is not a string', { ...second, weekday: 6 }],
    ['no ordinals', { ...second, ordinals: [] }],
    ['no days', { kind: 'dayOfMonth', days: [] }],
    ['an empty list of months', { ...second, months: [] }],
    ['a repeated ordinal', { ...second, ordinals: [2, 2] }],
    ['a repeated weekday', { ...weekly, weekdays: ['tuesday', 'tuesday'] }],
    ['eight weekdays', { ...weekly, weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'monday'] }],
    ['a numeric string for an ordinal', { ...second, ordinals: ['2'] }],
    // A hole in a sparse array is no weekday (every() would skip it; it was read as Sunday).
    ['a weekly list with a hole', { ...weekly, weekdays: Object.assign(['monday'], { length: 2 }) }],
    ['all seven weekdays and a hole', { ...weekly, weekdays: Object.assign(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], { length: 8 }) }],
    ['a long list of days that repeats', { kind: 'dayOfMonth', days: Array.from({ length: 100_000 }, (_, i) => (i % 31) + 1) }],
  ])('leaves %s to the schema, which refuses it', (_, value) => {
    expect(fastRule(value)).toBeUndefined();
    expect(RecurrenceRuleSchema.safeParse(value).success).toBe(false);
  });

  it('leaves to zod what zod decides on its own terms: months on a weekly rule, an object that is not plain', () => {
    expect(fastRule({ ...weekly, months: [1] })).toBeUndefined();
    expect(fastRule(Object.assign(Object.create({ extra: true }) as object, second))).toBeUndefined();
  });

  it('takes the edges the schema accepts: months 1 and 12, all 62 days, 520 weeks, all seven weekdays, an object without a prototype', () => {
    expect(fastRule({ ...second, months: [12, 1] })).toEqual({ ...second, months: [1, 12] });
    // A rule without months has no months key, not one that is undefined (as zod gives it).
    expect(fastRule(second)).toStrictEqual(canonical(RecurrenceRuleSchema.parse(second)));
    expect(fastRule({ kind: 'dayOfMonth', days: [15] })).toStrictEqual({ kind: 'dayOfMonth', days: [15] });
    const days = Array.from({ length: 62 }, (_, i) => (i < 31 ? -(i + 1) : i - 30));
    expect(fastRule({ kind: 'dayOfMonth', days })).toEqual(canonical(RecurrenceRuleSchema.parse({ kind: 'dayOfMonth', days })));
    expect(fastRule({ ...weekly, interval: 520 })).toEqual({ ...weekly, interval: 520 });
    const all = ['sunday', 'saturday', 'friday', 'thursday', 'wednesday', 'tuesday', 'monday'];
    expect(fastRule({ kind: 'weekly', weekdays: all })).toEqual({ kind: 'weekly', weekdays: [...all].reverse(), interval: 1 });
    expect(fastRule(Object.assign(Object.create(null) as object, second))).toEqual(second);
  });
});
