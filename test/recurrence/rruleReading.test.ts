import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecurrenceSyntaxError } from '../../src/errors/index.js';
import { fromRRule } from '../../src/recurrence/fromRRule.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { rejection as rejectionOf } from '../_helpers/rejection.js';
import { rruleFailure, rruleSyntax as syntax, rruleUnsupported as why } from '../_helpers/rruleFailure.js';

/** Where a syntax error points: its position and the text found there. */
function pointsAt(text: string): { position: number; found: string } {
  const e = rruleFailure(text);
  expect(e, text).toBeInstanceOf(RecurrenceSyntaxError);
  const { position, found } = e as RecurrenceSyntaxError;
  return { position, found };
}

/** Each numeric part with its RFC 5545 range, whether it may count from the end, and a rule it can sit in. */
const NUMERIC_PARTS = [
  { key: 'BYSECOND', min: 0, max: 60, signed: false, rule: 'FREQ=MONTHLY;BYDAY=2SA' },
  { key: 'BYMINUTE', min: 0, max: 59, signed: false, rule: 'FREQ=MONTHLY;BYDAY=2SA' },
  { key: 'BYHOUR', min: 0, max: 23, signed: false, rule: 'FREQ=MONTHLY;BYDAY=2SA' },
  { key: 'BYYEARDAY', min: 1, max: 366, signed: true, rule: 'FREQ=YEARLY;BYDAY=MO' },
  { key: 'BYWEEKNO', min: 1, max: 53, signed: true, rule: 'FREQ=YEARLY;BYDAY=MO' },
] as const;

describe('fromRRule reads exactly the RFC 5545 syntax', () => {
  it('text over 1000 characters, or not a string, is a validation error that says so', () => {
    const long = rejectionOf(() => fromRRule(`FREQ=MONTHLY;BYDAY=2SA${' '.repeat(990)}`));
    expect(long.issues.map((i) => i.message)).toEqual(['must be at most 1000 characters']);
    expect(long.message).toContain('RRULE text');
    // 1000 characters exactly is read.
    expect(fromRRule(`FREQ=MONTHLY;BYDAY=2SA${' '.repeat(978)}`)).toEqual({ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] });
    expect(rejectionOf(() => fromRRule(42 as unknown as string)).message).toContain('RRULE text');
    expect(rejectionOf(() => parseRecurrence(42 as unknown as string)).message).toContain('recurrence text');
  });

  it('each of the single-valued parts takes one value', () => {
    expect(syntax('FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260101,20270101').message).toBe(
      'Cannot read RRULE "FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260101,20270101" at "20270101" (position 38): UNTIL takes one value',
    );
    expect(syntax('FREQ=MONTHLY;BYDAY=2SA;COUNT=1,2').message).toBe('Cannot read RRULE "FREQ=MONTHLY;BYDAY=2SA;COUNT=1,2" at "2" (position 31): COUNT takes one value');
    expect(syntax('FREQ=WEEKLY;BYDAY=TU;INTERVAL=2,3').message).toBe('Cannot read RRULE "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2,3" at "3" (position 32): INTERVAL takes one value');
    expect(syntax('FREQ=WEEKLY;BYDAY=TU;WKST=MO,SU').message).toBe('Cannot read RRULE "FREQ=WEEKLY;BYDAY=TU;WKST=MO,SU" at "SU" (position 29): WKST takes one value');
    // The list parts take several.
    expect(fromRRule('FREQ=MONTHLY;BYMONTH=1,7;BYDAY=TH;BYSETPOS=1,-1')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [1, -1], months: [1, 7] });
  });

  it('the time-of-day and week-of-year parts are read with their own ranges before they are refused', () => {
    for (const { key, min, max, signed, rule } of NUMERIC_PARTS) {
      const range = signed ? `${min} to ${max} or -${min} to -${max}` : `${min} to ${max}`;
      for (const value of [String(max + 1), ...(signed ? [`-${max + 1}`] : ['-1', '+1']), 'X1', '1X']) {
        const text = `${rule};${key}=${value}`;
        expect(syntax(text), text).toEqual({ message: `Cannot read RRULE "${text}" at "${value}" (position ${rule.length + key.length + 2}): bad ${key} value; expected a number ${range}`, expected: [`a number ${range}`], hint: undefined });
      }
      for (const value of [String(min), String(max), ...(signed ? [`-${max}`, `+${min}`] : [])]) {
        expect(why(`${rule};${key}=${value}`)).toMatch(new RegExp(`^${key}=${value.replace('+', '\\+')}: `));
      }
    }
  });

  it('a number is digits only, with a sign where a count from the end is allowed', () => {
    expect(syntax('FREQ=MONTHLY;BYMONTHDAY=X5').message).toBe('Cannot read RRULE "FREQ=MONTHLY;BYMONTHDAY=X5" at "X5" (position 24): bad BYMONTHDAY value; expected a number 1 to 31 or -1 to -31');
    expect(syntax('FREQ=MONTHLY;BYMONTHDAY=5X').expected).toEqual(['a number 1 to 31 or -1 to -31']);
    expect(syntax('FREQ=MONTHLY;BYMONTH=X5;BYDAY=1MO').expected).toEqual(['a number 1 to 12']);
    expect(syntax('FREQ=MONTHLY;BYMONTH=5X;BYDAY=1MO').expected).toEqual(['a number 1 to 12']);
  });

  it('UNTIL is a date or a date-time, floating or in UTC, and nothing around it', () => {
    for (const until of ['20261231', '20261231T235959', '20261231T235959Z']) {
      expect(why(`FREQ=MONTHLY;BYDAY=2SA;UNTIL=${until}`)).toBe(`UNTIL=${until}: UNTIL bounds the series, not the rule; pass until to the series (occurrences, planSessions) instead`);
    }
    for (const until of ['X20261231', '20261231X', '20261231T2359', '20261231T235959ZZ']) {
      expect(syntax(`FREQ=MONTHLY;BYDAY=2SA;UNTIL=${until}`).expected, until).toEqual(['a date YYYYMMDD or date-time YYYYMMDDTHHMMSSZ']);
    }
  });

  it('a weekday code is the whole value, after an optional ordinal', () => {
    expect(pointsAt('FREQ=MONTHLY;BYDAY=XSA')).toEqual({ position: 19, found: 'XSA' });
    expect(pointsAt('FREQ=MONTHLY;BYDAY=2SAX')).toEqual({ position: 19, found: '2SAX' });
    expect(pointsAt('FREQ=WEEKLY;BYDAY=TU;WKST=XMO')).toEqual({ position: 26, found: 'XMO' });
  });

  it('the RRULE: prefix is read only at the start, with or without spaces before its colon', () => {
    const saturday = { kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] };
    for (const text of ['RRULE:FREQ=MONTHLY;BYDAY=2SA', 'rrule : FREQ=MONTHLY;BYDAY=2SA', '  RRULE:\tFREQ=MONTHLY;BYDAY=2SA ;']) expect(fromRRule(text), text).toEqual(saturday);
    expect(pointsAt('XRRULE:FREQ=MONTHLY;BYDAY=2SA')).toEqual({ position: 0, found: 'XRRULE:FREQ' });
    expect(pointsAt('RRULEX:FREQ=MONTHLY;BYDAY=2SA')).toEqual({ position: 0, found: 'RRULEX:FREQ' });
  });

  it('an empty text, or a prefix alone, is an empty part rather than a missing FREQ', () => {
    expect(syntax('').message).toBe('Cannot read RRULE "" at position 0: empty part; expected a part such as FREQ=MONTHLY');
    expect(syntax('RRULE:').message).toBe('Cannot read RRULE "RRULE:" at position 6: empty part; expected a part such as FREQ=MONTHLY');
    expect(syntax('  ').message).toBe('Cannot read RRULE "  " at position 2: empty part; expected a part such as FREQ=MONTHLY');
  });

  it('a value without a part name is an unknown part with nothing found', () => {
    expect(pointsAt('FREQ=MONTHLY;=2SA')).toEqual({ position: 13, found: '' });
    expect(pointsAt('FREQ=MONTHLY; =2SA')).toEqual({ position: 14, found: '' });
  });
});

describe('fromRRule hints at the code or part meant', () => {
  it('a weekday written out or abbreviated, after any ordinal, gets its two-letter code', () => {
    const hint = (value: string) => syntax(`FREQ=MONTHLY;BYDAY=${value}`).hint;
    expect(hint('MON')).toBe('use two-letter weekday codes: "MO"');
    expect(hint('12THU')).toBe('use two-letter weekday codes: "TH"');
    expect(hint('-1FRIDAY')).toBe('use two-letter weekday codes: "FR"');
    expect(hint('4THURSDAYS')).toBe('use two-letter weekday codes: "TH"');
    expect(hint('2sundays')).toBe('use two-letter weekday codes: "SU"');
    // One letter could be two days; two letters that are not a code start no weekday.
    expect(hint('4T')).toBeUndefined();
    expect(hint('4TX')).toBeUndefined();
    expect(hint('4XYZ')).toBeUndefined();
  });

  it('a prefix of three letters or more hints at the word it starts; shorter ones do not', () => {
    expect(syntax('FREQ=MON;BYDAY=2SA').hint).toBe('did you mean "MONTHLY"?');
    expect(syntax('FREQ=WEEK;BYDAY=TU').hint).toBe('did you mean "WEEKLY"?');
    expect(syntax('FREQ=YEARLY;BYYEAR=1;BYDAY=1MO').hint).toBe('did you mean "BYYEARDAY"?');
    expect(syntax('FREQ=MONTHLY;BY=1;BYDAY=1MO').hint).toBeUndefined();
    expect(syntax('FREQ=MO;BYDAY=2SA').hint).toBeUndefined();
  });

  it('the start-date hint is for DTSTART, RDATE, EXDATE and EXRULE lines only', () => {
    const startHint = 'pass only the RRULE value; the start date is the series\' "from"';
    for (const text of ['DTSTART=20260101;FREQ=MONTHLY', 'FREQ=MONTHLY;EXDATE=20260101', 'FREQ=MONTHLY;EXRULE=X', 'DTSTART:20260101T100000Z\nRRULE:FREQ=MONTHLY']) {
      expect(syntax(text).hint, text).toBe(startHint);
    }
    expect(syntax('FREQ=MONTHLY;NODTSTART=1').hint).toBeUndefined();
  });
});

describe('fromRRule refuses monthly rules it cannot hold, and only those', () => {
  it('positions count within each month when a monthly rule lists months', () => {
    expect(fromRRule('FREQ=MONTHLY;BYMONTH=1,3;BYDAY=TH;BYSETPOS=4')).toEqual({ kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3] });
  });

  it('one position or ordinal past the fifth is enough to refuse', () => {
    expect(why('FREQ=MONTHLY;BYDAY=TH;BYSETPOS=1,6')).toBe('BYSETPOS=1,6: a month has at most 5 of a weekday: use 1 to 5 or -1 to -5');
    expect(why('FREQ=MONTHLY;BYDAY=1TH,6TH')).toBe('BYDAY=1TH,6TH: a month has at most 5 of a weekday: use ordinals 1 to 5 or -1 to -5');
  });
});

describe('properties', () => {
  const spaceArb = fc.stringMatching(/^[ \t\u00a0\u2028\ufeff]{0,3}$/);

  it('white space around parts, values and the prefix never changes the rule read, and errors point past it', () => {
    fc.assert(
      fc.property(fc.array(spaceArb, { minLength: 8, maxLength: 8 }), (s) => {
        const text = `${s[0]}RRULE:${s[1]}FREQ${s[2]}=${s[3]}MONTHLY${s[4]};${s[5]}BYDAY${s[6]}=${s[7]}2SA`;
        expect(fromRRule(text)).toEqual({ kind: 'nth_weekday', weekday: 'saturday', ordinals: [2] });
        const bad = `${text};${s[0]}BYDAY${s[1]}=${s[2]}9XX${s[3]}`;
        const at = pointsAt(bad);
        expect(at.found).toBe('BYDAY');
        expect(bad.slice(at.position, at.position + 5)).toBe('BYDAY');
        const value = pointsAt(`${text.replace('2SA', `${s[2]}9XX${s[3]}`)}`);
        expect(value.found).toBe('9XX');
      }),
      { numRuns: 200 },
    );
  });
});
