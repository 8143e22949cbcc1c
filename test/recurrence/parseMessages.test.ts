import { describe, expect, it } from 'vitest';
import { RecurrenceSyntaxError } from '../../src/errors/RecurrenceSyntaxError.js';
import { parseRecurrence } from '../../src/recurrence/parseRecurrence.js';

/** The RecurrenceSyntaxError that parsing `text` throws. */
function refusal(text: string): RecurrenceSyntaxError {
  try {
    parseRecurrence(text);
  } catch (error) {
    if (error instanceof RecurrenceSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

/** The sentence an organizer reads: where, then why. */
const where = (text: string, e: RecurrenceSyntaxError): string => (e.found === '' ? `"${text}" at the end` : `"${text}" at "${e.found}" (position ${e.position})`);

describe('parseRecurrence explains every refusal in full', () => {
  it.each([
    ["the 2th Saturday", "\"2th\" is not a correctly written ordinal (did you mean \"2nd\"?)"],
    ["the 6th Monday", "a month has at most five of each weekday; use \"first\" to \"fifth\", \"last\" or \"second to last\""],
    ["the sixth to last Monday", "a month has at most five of each weekday; use \"first\" to \"fifth\", \"last\" or \"second to last\""],
    ["the 0th Monday", "there is no \"0th\"; ordinals start at 1st"],
    ["the 32nd", "the 32nd does not exist: a month has at most 31 days"],
    ["the thirty-second of the month", "the 32nd does not exist: a month has at most 31 days"],
    ["February 30, 2026", "February has no day 30; it has at most 29 days"],
    ["February 29, 2026", "February 29, 2026 is not a calendar date"],
    ["Friday, March 12, 2026", "March 12, 2026 is a Thursday, not a Friday"],
    ["the following Wednesdays: March 12, 2026", "March 12, 2026 is a Thursday, not a Wednesday"],
    ["Thursday, July 4", "July 4 falls on a different weekday each year; give the year or leave out the weekday"],
    ["the first and first Monday", "the 1st is named twice"],
    ["Tuesdays and Tuesdays", "Tuesday is named twice"],
    ["the 2nd Tuesday of March and March", "March is named twice"],
    ["2026-03-12 and March 12, 2026", "March 12, 2026 is named twice"],
    ["2026-02-30", "February 30, 2026 is not a calendar date"],
    ["weekly on the second Saturday", "\"weekly\" does not go with a day of the month; a monthly pattern repeats monthly"],
    ["every year on the 15th", "a yearly rule needs its month, e.g. \"every year on the fourth Thursday of November\""],
    ["monthly on Tuesdays", "say which Tuesday of the month, e.g. \"monthly on the first Tuesday\""],
    ["monthly every month on the 1st", "how often is already given by \"monthly\"; say it once"],
    ["every other Tuesday every 3 weeks", "how many weeks apart is already given; say it once"],
    ["the first Monday of every other month", "say which month it starts in, e.g. \"every other month starting in January\", or use \"odd months\" or \"even months\""],
    ["every 5 months starting in January on the 1st", "every 5 months would not meet in the same months each year; use 2, 3, 4, 6 or 12"],
    ["every 600 weeks on Monday", "the interval must be 1 to 520 weeks"],
    ["every Tuesday and Thursday in July", "only one weekday, every week, can be limited to some months, e.g. \"every Tuesday in July\""],
    ["the 2nd Tuesday and Thursday", "a monthly rule names one weekday; for two, use two rules"],
    ["the last weekday of the month", "the nth weekday of the month (any of Monday to Friday) cannot be expressed; name the day, e.g. \"the first Monday\""],
    ["March 12 and June 11", "dates without a year must share their days or their month, e.g. \"January 1 and July 1\"; otherwise give the year"],
    ["March 12, 2026 and June 11", "June 11 needs a year, e.g. \"June 11, 2026\""],
    ["July 4, 2026 every year", "a list of dates does not repeat; \"year\" does not go with it"],
    ["July 4 of odd months", "a date already names its month"],
    ["quarterly on the 2nd Thursday of May", "the months are already given by \"quarterly\""],
    ["the 2nd Tuesday of January through January", "a range of months needs two different months"],
    ["monthly", "say which days, e.g. \"on the second Saturday\" or \"every Tuesday\""],
  ])('"%s": %s', (text, problem) => {
    const e = refusal(text);
    expect(e.message).toBe(`Cannot use ${where(text, e)}: ${problem}`);
    expect(e.expected).toEqual([]);
  });

  it('a word not understood lists what could come there, with a near miss when there is one', () => {
    const e = refusal('the 4th Thurday');
    expect(e.message).toBe(
      'Cannot understand "the 4th Thurday" at "thurday" (position 8); expected a weekday, "and", "day", "of", how often, such as "monthly", "every month" or "every other week", ",", or the end of the text (did you mean "Thursday"?)',
    );
    expect(e.expected).toEqual(['a weekday', '"and"', '"day"', '"of"', 'how often, such as "monthly", "every month" or "every other week"', '","', 'the end of the text']);
    expect(refusal('the second xyzzy').message).toBe(
      'Cannot understand "the second xyzzy" at "xyzzy" (position 11); expected a weekday, "and", "day", "of", how often, such as "monthly", "every month" or "every other week", ",", or the end of the text',
    );
  });

  it('at the start or the end of the text it says what could begin or follow', () => {
    expect(refusal('').message).toBe(
      'Cannot understand "" at the end; expected an ordinal such as "2nd", "second" or "last", a weekday, a month, a date such as "2026-03-12", "on", "of", how often, such as "monthly", "every month" or "every other week", "the", "daily", or "alternate"',
    );
    expect(refusal('every other').message).toBe('Cannot understand "every other" at the end; expected a weekday, "weeks" or "months"');
    expect(refusal('secnd Saturday').hint).toBe('did you mean "second"?');
  });
});
