import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecurrenceSyntaxError, UnsupportedError, ValidationError } from '../../src/errors/index.js';
import { fromRRule } from '../../src/recurrence/fromRRule.js';
import { RecurrenceRuleSchema, type RecurrenceRule } from '../../src/recurrence/schema.js';
import { toRRule } from '../../src/recurrence/toRRule.js';
import { datesRuleArb, patternRuleArb } from '../_arbitraries/recurrence.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { ruleAndTextArb, rruleLikeTextArb, shuffledRule } from '../_arbitraries/rrule.js';

const FOURTH_THURSDAY_ODD: RecurrenceRule = { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] };

/** Runs `f` and returns what it threw (fails the test if it did not throw). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('toRRule', () => {
  it('writes the seed series as RRULE text', () => {
    expect(toRRule(FOURTH_THURSDAY_ODD)).toBe('FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH');
    expect(toRRule({ kind: 'nth_weekday', weekday: 'monday', ordinals: [4], months: [12, 2, 4, 6, 8, 10] })).toBe(
      'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=4MO',
    );
    expect(toRRule({ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] })).toBe('FREQ=MONTHLY;BYDAY=2SA');
    expect(toRRule({ kind: 'nth_weekday', weekday: 'tuesday', ordinals: [2] })).toBe('FREQ=MONTHLY;BYDAY=2TU');
  });

  it('writes ordinals, days and weekdays in canonical order', () => {
    expect(toRRule({ kind: 'nth_weekday', weekday: 'wednesday', ordinals: [3, 1] })).toBe('FREQ=MONTHLY;BYDAY=1WE,3WE');
    expect(toRRule({ kind: 'nth_weekday', weekday: 'monday', ordinals: [-1, 2, -2] })).toBe('FREQ=MONTHLY;BYDAY=2MO,-2MO,-1MO');
    expect(toRRule({ kind: 'day_of_month', days: [15, 1] })).toBe('FREQ=MONTHLY;BYMONTHDAY=1,15');
    expect(toRRule({ kind: 'day_of_month', days: [4], months: [7] })).toBe('FREQ=MONTHLY;BYMONTH=7;BYMONTHDAY=4');
    expect(toRRule({ kind: 'day_of_month', days: [-1] })).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
  });

  it('writes weekly rules, with WKST=MO spelled out when an interval makes the week start matter', () => {
    expect(toRRule({ kind: 'weekly', weekdays: ['tuesday'] })).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(toRRule({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO');
    expect(toRRule({ kind: 'weekly', weekdays: ['thursday', 'monday'], interval: 3 })).toBe('FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;WKST=MO');
  });

  it('refuses an explicit list of dates, pointing to RDATE', () => {
    const error = thrown(() => toRRule({ kind: 'dates', dates: ['2026-03-12', '2026-06-11'] }));
    expect(error).toBeInstanceOf(UnsupportedError);
    expect((error as UnsupportedError).code).toBe('unsupported');
    expect((error as UnsupportedError).message).toMatch(/RDATE/);
  });

  it('validates its input', () => {
    for (const bad of [null, 'second Saturday', { kind: 'nth_weekday', weekday: 'thursday', ordinals: [6] }, { kind: 'weekly', weekdays: [] }]) {
      const error = thrown(() => toRRule(bad as never));
      expect(error).toBeInstanceOf(ValidationError);
    }
  });
});

describe('fromRRule', () => {
  it('reads the seed series and the forms other tools write', () => {
    expect(fromRRule('FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH')).toEqual(FOURTH_THURSDAY_ODD);
    expect(fromRRule('RRULE:FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH')).toEqual(FOURTH_THURSDAY_ODD);
    expect(fromRRule('rrule:byday=+4th;bymonth=11,9,7,5,3,1;freq=monthly')).toEqual(FOURTH_THURSDAY_ODD);
    expect(fromRRule('FREQ=YEARLY;BYMONTH=1,3,5,7,9,11;BYDAY=4TH')).toEqual(FOURTH_THURSDAY_ODD);
    expect(fromRRule('FREQ=YEARLY;BYMONTH=11;BYDAY=4TH')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [11] });
    expect(fromRRule('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=4')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4] });
    expect(fromRRule('FREQ=YEARLY;BYMONTH=5;BYDAY=MO;BYSETPOS=-1')).toEqual({ kind: 'nth_weekday', weekday: 'monday', ordinals: [-1], months: [5] });
    expect(fromRRule('FREQ=MONTHLY;BYDAY=2SA')).toEqual({ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] });
    expect(fromRRule('FREQ=MONTHLY;BYDAY=TU')).toEqual({ kind: 'nth_weekday', weekday: 'tuesday', ordinals: [1, 2, 3, 4, 5] });
    expect(fromRRule('FREQ=MONTHLY;BYMONTHDAY=15,1')).toEqual({ kind: 'day_of_month', days: [1, 15] });
    expect(fromRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toEqual({ kind: 'weekly', weekdays: ['tuesday'], interval: 2 });
    expect(fromRRule('FREQ=WEEKLY;BYDAY=TU;WKST=SU')).toEqual({ kind: 'weekly', weekdays: ['tuesday'], interval: 1 });
    expect(fromRRule('  FREQ = MONTHLY ; INTERVAL=1; BYDAY = 1we , 3we ; ')).toEqual({ kind: 'nth_weekday', weekday: 'wednesday', ordinals: [1, 3] });
  });

  it('reports malformed text with the position of the offending part and a hint', () => {
    const cases: [text: string, position: number, found: string, hint: string | undefined][] = [
      ['FREQ=MONTHLY;BYDAY=4THU', 19, '4THU', 'use two-letter weekday codes: "TH"'],
      ['FREQ=MONTHLY;BYDAY=2Saturday', 19, '2Saturday', 'use two-letter weekday codes: "SA"'],
      ['FREQUENCY=MONTHLY;BYDAY=2SA', 0, 'FREQUENCY', 'did you mean "FREQ"?'],
      ['FREQ=MONTHY;BYDAY=2SA', 5, 'MONTHY', 'did you mean "MONTHLY"?'],
      ['FREQ=MONTHLY;BYMONTHDAYS=1', 13, 'BYMONTHDAYS', 'did you mean "BYMONTHDAY"?'],
      ['FREQ=MONTHLY;BYDAY=2SA;BYDAY=4SA', 23, 'BYDAY', 'each part may appear once'],
      ['FREQ=MONTHLY;BYMONTHDAY=32', 24, '32', undefined],
      ['FREQ=MONTHLY;BYMONTH=1,,3;BYDAY=1MO', 23, '', undefined],
      ['FREQ=MONTHLY;;BYDAY=2SA', 13, '', undefined],
      ['FREQ=MONTHLY;BYDAY', 13, 'BYDAY', undefined],
      ['FREQ=WEEKLY;BYDAY=2TU', 18, '2TU', 'an ordinal before a weekday needs FREQ=MONTHLY'],
      ['FREQ=WEEKLY;BYMONTHDAY=2', 23, '2', undefined],
      ['FREQ=MONTHLY,WEEKLY;BYDAY=2SA', 13, 'WEEKLY', undefined],
      ['BYDAY=2SA', 9, '', undefined],
      ['', 0, '', undefined],
    ];
    for (const [text, position, found, hint] of cases) {
      const error = thrown(() => fromRRule(text));
      expect(error, text).toBeInstanceOf(RecurrenceSyntaxError);
      const e = error as RecurrenceSyntaxError;
      expect({ text, position: e.position, found: e.found, hint: e.hint }).toEqual({ text, position, found, hint });
      expect(e.code).toBe('recurrence_syntax');
      expect(e.input).toBe(text);
      expect(e.message).toContain(`position ${position}`);
    }
  });

  it('says to pass only the RRULE value when given a DTSTART line too', () => {
    const error = thrown(() => fromRRule('DTSTART:20260110T110000\nRRULE:FREQ=MONTHLY;BYDAY=2SA')) as RecurrenceSyntaxError;
    expect(error).toBeInstanceOf(RecurrenceSyntaxError);
    expect(error.hint).toMatch(/only the RRULE value/);
  });

  it('rejects series bounds, saying to pass them to the series', () => {
    for (const [text, part] of [
      ['FREQ=MONTHLY;BYDAY=2SA;COUNT=8', 'COUNT=8'],
      ['FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260808', 'UNTIL=20260808'],
      ['FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260808T150000Z', 'UNTIL=20260808T150000Z'],
    ] as const) {
      const error = thrown(() => fromRRule(text));
      expect(error).toBeInstanceOf(UnsupportedError);
      expect((error as UnsupportedError).message).toContain(part);
      expect((error as UnsupportedError).message).toMatch(/pass (count|until) to the series/);
    }
  });

  it('rejects what the model cannot express, naming the part', () => {
    const cases: [text: string, part: string][] = [
      ['FREQ=WEEKLY', 'FREQ=WEEKLY'],
      ['FREQ=DAILY', 'FREQ=DAILY'],
      ['FREQ=HOURLY;BYDAY=MO', 'FREQ=HOURLY'],
      ['FREQ=MONTHLY;BYDAY=2SA;BYHOUR=11', 'BYHOUR=11'],
      ['FREQ=MONTHLY;BYDAY=2SA;BYMINUTE=30', 'BYMINUTE=30'],
      ['FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', 'BYWEEKNO=20'],
      ['FREQ=YEARLY;BYYEARDAY=100', 'BYYEARDAY=100'],
      ['FREQ=MONTHLY;INTERVAL=2;BYDAY=4TH', 'INTERVAL=2'],
      ['FREQ=YEARLY;INTERVAL=2;BYMONTH=11;BYDAY=4TH', 'INTERVAL=2'],
      ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU', 'WKST=SU'],
      ['FREQ=WEEKLY;INTERVAL=521;BYDAY=TU', 'INTERVAL=521'],
      ['FREQ=WEEKLY;BYMONTH=1;BYDAY=TU', 'BYMONTH=1'],
      ['FREQ=WEEKLY;BYDAY=TU;BYSETPOS=1', 'BYSETPOS=1'],
      ['FREQ=YEARLY;BYDAY=20MO', 'FREQ=YEARLY'],
      ['FREQ=YEARLY', 'FREQ=YEARLY'],
      ['FREQ=MONTHLY', 'FREQ=MONTHLY'],
      ['FREQ=MONTHLY;BYDAY=1MO,3WE', 'BYDAY=1MO,3WE'],
      ['FREQ=MONTHLY;BYDAY=MO,WE', 'BYDAY=MO,WE'],
      ['FREQ=MONTHLY;BYDAY=MO,2MO', 'BYDAY=MO,2MO'],
      ['FREQ=MONTHLY;BYDAY=6MO', 'BYDAY=6MO'],
      ['FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', 'BYMONTHDAY=13'],
      ['FREQ=MONTHLY;BYDAY=TH;BYSETPOS=6', 'BYSETPOS=6'],
      ['FREQ=MONTHLY;BYDAY=4TH;BYSETPOS=1', 'BYSETPOS=1'],
      ['FREQ=MONTHLY;BYDAY=TH,4TH;BYSETPOS=1', 'BYSETPOS=1'],
      ['FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=1', 'BYSETPOS=1'],
      ['FREQ=YEARLY;BYMONTH=3,11;BYDAY=TH;BYSETPOS=4', 'BYSETPOS=4'],
    ];
    for (const [text, part] of cases) {
      const error = thrown(() => fromRRule(text));
      expect(error, text).toBeInstanceOf(UnsupportedError);
      expect((error as UnsupportedError).message, text).toContain(`RRULE part ${part} `);
    }
  });

  it('explains that a weekly rule without BYDAY takes its weekday from DTSTART', () => {
    expect((thrown(() => fromRRule('FREQ=WEEKLY;INTERVAL=2')) as Error).message).toMatch(/weekday comes from DTSTART/);
  });

  it('validates that its input is a string', () => {
    expect(thrown(() => fromRRule(42 as never))).toBeInstanceOf(ValidationError);
    expect(thrown(() => fromRRule(`FREQ=MONTHLY;BYDAY=2SA${' '.repeat(1000)}`))).toBeInstanceOf(ValidationError);
  });
});

describe('properties', () => {
  it('fromRRule(toRRule(rule)) deep-equals every canonical pattern rule', () => {
    fc.assert(
      fc.property(patternRuleArb, (rule) => {
        expect(fromRRule(toRRule(rule))).toEqual(rule);
      }),
      { numRuns: 300 },
    );
  });

  it('every equivalent RRULE form, in any part order, case and spacing, reads back as the same rule', () => {
    fc.assert(
      fc.property(ruleAndTextArb, ({ rule, text }) => {
        expect(fromRRule(text)).toEqual(rule);
      }),
      { numRuns: 300 },
    );
  });

  it('toRRule(fromRRule(text)) is idempotent: writing what was read reads back to the same text', () => {
    fc.assert(
      fc.property(ruleAndTextArb, ({ rule, text }) => {
        const once = toRRule(fromRRule(text));
        expect(toRRule(fromRRule(once))).toBe(once);
        expect(once).toBe(toRRule(rule));
      }),
      { numRuns: 300 },
    );
  });

  it('equal rules give equal text whatever the order of their lists', () => {
    fc.assert(
      fc.property(
        patternRuleArb.chain((rule) => fc.tuple(fc.constant(rule), shuffledRule(rule))),
        ([rule, reordered]) => {
          expect(toRRule(reordered)).toBe(toRRule(rule));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any text either reads as a valid rule or throws a RecurrenceSyntaxError pointing into it or an UnsupportedError', () => {
    fc.assert(
      fc.property(fc.oneof(rruleLikeTextArb, fc.string({ maxLength: 60 })), (text) => {
        let rule: RecurrenceRule;
        try {
          rule = fromRRule(text);
        } catch (error) {
          if (error instanceof RecurrenceSyntaxError) {
            expect(error.position).toBeGreaterThanOrEqual(0);
            expect(error.position).toBeLessThanOrEqual(text.length);
            expect(text.slice(error.position, error.position + error.found.length)).toBe(error.found);
            return;
          }
          expect(error).toBeInstanceOf(UnsupportedError);
          return;
        }
        expect(RecurrenceRuleSchema.safeParse(rule).success).toBe(true);
        expect(fromRRule(toRRule(rule))).toEqual(rule);
      }),
      { numRuns: 300 },
    );
  });

  it('toRRule never mutates its input', () => {
    fc.assert(
      fc.property(patternRuleArb, (rule) => {
        const frozen = deepFreeze(structuredClone(rule));
        expect(() => toRRule(frozen)).not.toThrow();
        expect(frozen).toEqual(rule);
      }),
      { numRuns: 100 },
    );
  });

  it('an explicit list of dates never becomes an RRULE', () => {
    fc.assert(
      fc.property(datesRuleArb, (rule) => {
        expect(() => toRRule(rule)).toThrow(UnsupportedError);
      }),
      { numRuns: 50 },
    );
  });
});
