import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { parseEnglish } from './_english/sentence.js';
import type { RecurrenceRule } from './schema.js';

/**
 * Recurrence text as accepted by {@link parseRecurrence}: any string (the
 * grammar, not the schema, decides what it means).
 *
 * @example
 * ```ts
 * import { RecurrenceTextSchema } from 'balint-rules/recurrence';
 *
 * RecurrenceTextSchema.safeParse(42).success;
 * //=> false
 * ```
 */
export const RecurrenceTextSchema = z.string();

/**
 * Turns English into a canonical recurrence rule.
 *
 * Understands the phrasings organizers write, in any case and spacing:
 * - nth weekday: "second Saturday", "monthly on the second Saturday",
 *   "the 4th Thursday of odd months", "1st & 3rd Wed", "the first, third and
 *   fifth Wednesdays", "last Friday", "second-to-last Monday", "the second
 *   Thursday of March, June, September and December", "quarterly on the second
 *   Thursday" (March, June, September, December), "quarterly starting in
 *   January", "every other month starting in February", "every year on the
 *   4th Thursday of November", "every Tuesday in July" (every one of them);
 * - day of the month: "the 15th of every month", "monthly on the 1st and
 *   15th", "the last day of the month", "the 4th of July", "July 4";
 * - weekly: "every Tuesday", "weekly on Tuesdays", "every other Tuesday",
 *   "every other week on Tuesday", "every 3 weeks on Monday and Thursday",
 *   "every weekday", "daily";
 * - dates: "on 2026-03-12, 2026-06-11 and 2026-09-10", "March 12, June 11,
 *   September 10 and December 10, 2026", "Thursday, March 12, 2026", "the
 *   following Tuesdays: February 10, March 10 and April 14, 2026".
 *
 * Every word must be understood, or the parse fails: nothing is skipped.
 * Decisions: a repeated ordinal, weekday, month or date is an error (it is
 * usually a typo); "every second Tuesday" means the second Tuesday of each
 * month (write "every other Tuesday" for fortnightly); "quarterly" alone means
 * March, June, September and December; "biweekly" means every two weeks; a
 * date without a year ("July 4") repeats yearly. Parsing takes time linear in
 * the length of the text, however long or hostile.
 *
 * @param text - The English recurrence, e.g. "the 4th Thursday of odd months".
 * @returns The canonical rule (the form `normalizeRecurrence` returns).
 * @throws {@link errors!ValidationError | ValidationError} if `text` is not a string.
 * @throws {@link errors!RecurrenceSyntaxError | RecurrenceSyntaxError} with the position, the word found, what
 *   was expected and, for a near miss, a hint, if the text is not understood
 *   or describes impossible days ("the 6th Monday", "February 30, 2026").
 *
 * @example
 * ```ts
 * import { parseRecurrence } from 'balint-rules/recurrence';
 *
 * parseRecurrence('the 4th Thursday of odd months');
 * //=> { kind: 'nth_weekday', weekday: 'thursday', ordinals: [4], months: [1, 3, 5, 7, 9, 11] }
 *
 * parseRecurrence('every 3 weeks on Monday and Thursday');
 * //=> { kind: 'weekly', weekdays: ['monday', 'thursday'], interval: 3 }
 * ```
 */
export function parseRecurrence(text: string): RecurrenceRule {
  return parseEnglish(validate(RecurrenceTextSchema, text, 'recurrence text'));
}
