import { describe, expect, it } from 'vitest';
import { RecurrenceSyntaxError } from '../../src/errors/RecurrenceSyntaxError.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';
import { refusal } from '../_helpers/recurrenceRefusal.js';

describe('what a refusal of recurrence English says', () => {
  it('a list of what was expected stays one list when an item has an "or" of its own', () => {
    // Without the comma before the last "or", "odd" or "even" or "day" reads as one item.
    expect(refusal('every blah').message).toBe(
      'Cannot understand "every blah" at "blah" (position 6); expected a number of weeks or months such as "2", "three" or "other", an ordinal such as "2nd", "second" or "last", a weekday, a month, "week", "month", "quarter" or "year", "odd" or "even", or "day"',
    );
    // Items without an "or" of their own are joined as before.
    expect(refusal('every other').message).toBe('Cannot understand "every other" at the end; expected a weekday, "weeks" or "months"');
    expect(refusal('second Saturday of').message).toBe('Cannot understand "second Saturday of" at the end; expected a month, "the", or "odd" or "even"');
  });

  it('an error built from the same details says what the parser says', () => {
    for (const text of ['every blah', 'every other', 'the 4th Thurday', 'second Saturday of']) {
      const e = refusal(text);
      const rebuilt = new RecurrenceSyntaxError({ input: e.input, position: e.position, found: e.found, expected: e.expected, hint: e.hint });
      expect(rebuilt.message, text).toBe(e.message);
    }
  });

  it('leading zeros do not make a number too long to read', () => {
    expect(parseRecurrence('every 0000000002 weeks on Monday')).toEqual({ kind: 'weekly', weekdays: ['monday'], interval: 2 });
    expect(parseRecurrence('the 2nd Monday of every 0000000003 months starting in January')).toEqual(parseRecurrence('the 2nd Monday of every 3 months starting in January'));
  });

  it('a number too long to read is named as it was written', () => {
    expect(refusal('the 2nd Monday of every 1234567890 months').message).toBe(
      'Cannot use "the 2nd Monday of every 1234567890 months" at "1234567890" (position 24): every 1234567890 months would not meet in the same months each year; use 2, 3, 4, 6 or 12',
    );
  });

  it('a word the parser knows, in a place that cannot take it, gets no "did you mean"', () => {
    // "March" is one of the parser's words, not a misspelling of "each".
    expect(refusal('weekdays, March 12, 2026')).toMatchObject({ found: 'march', hint: undefined });
    expect(refusal('second Saturday, Monday').hint).toBeUndefined();
    // A misspelling still gets one.
    expect(refusal('the 4th Thurday').hint).toBe('did you mean "Thursday"?');
  });
});
