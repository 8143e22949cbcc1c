/**
 * The limits a recurrence rule's numbers must keep, with the words that
 * explain a breach, as the rule schemas check them.
 */

/** 1st to 5th from the start of the month, or from its end (-1 is the last). */
export const isOrdinal = (n: number): boolean => n !== 0 && n >= -5 && n <= 5;
export const ORDINAL_MESSAGE = 'must be 1 to 5 (from the start) or -1 to -5 (from the end)';

/** A day of the month, from its start or (negative) from its end. */
export const isMonthDay = (n: number): boolean => n !== 0 && n >= -31 && n <= 31;
export const MONTH_DAY_MESSAGE = 'must be 1 to 31 or -1 to -31';

/** The most weeks between meetings of a weekly rule (ten years). */
export const MAX_WEEK_INTERVAL = 520;

/** The message for a list that names an item twice, by what the items are. */
export const repeated = (what: 'month' | 'ordinal' | 'day' | 'weekday' | 'date'): string => `must not repeat ${what === 'ordinal' ? 'an' : 'a'} ${what}`;
