/**
 * The recurrence phrase reference: every phrasing `parseRecurrence` accepts,
 * with the rule it means. The example tests run through it, and the docs
 * generate the "recurrence phrase reference" table from it, so the two cannot
 * drift. `seed: true` marks phrasings taken from the American Balint
 * Society's pages.
 */
import type { RecurrenceRule, Weekday } from '../../src/recurrence/schema.js';

/** One accepted phrasing and the canonical rule it parses to. */
export interface PhraseCase {
  /** The English, as an organizer would write it. */
  readonly text: string;
  /** The canonical rule it means. */
  readonly rule: RecurrenceRule;
  /** Which section of the reference table it belongs to. */
  readonly group: 'nth weekday' | 'day of the month' | 'weekly' | 'dates';
  /** Taken from the American Balint Society's pages. */
  readonly seed?: true;
}

const ODD = [1, 3, 5, 7, 9, 11];
const EVEN = [2, 4, 6, 8, 10, 12];
const QUARTERS = [3, 6, 9, 12];
const QUARTERS_FROM_JANUARY = [1, 4, 7, 10];

function nth(weekday: Weekday, ordinals: number[], months?: number[]): RecurrenceRule {
  return months === undefined ? { kind: 'nth_weekday', weekday, ordinals } : { kind: 'nth_weekday', weekday, ordinals, months };
}

function day(days: number[], months?: number[]): RecurrenceRule {
  return months === undefined ? { kind: 'day_of_month', days } : { kind: 'day_of_month', days, months };
}

function weekly(weekdays: Weekday[], interval = 1): RecurrenceRule {
  return { kind: 'weekly', weekdays, interval };
}

function dates(...list: string[]): RecurrenceRule {
  return { kind: 'dates', dates: list };
}

const n = (text: string, rule: RecurrenceRule, seed?: true): PhraseCase =>
  seed ? { text, rule, group: 'nth weekday', seed } : { text, rule, group: 'nth weekday' };
const d = (text: string, rule: RecurrenceRule): PhraseCase => ({ text, rule, group: 'day of the month' });
const w = (text: string, rule: RecurrenceRule): PhraseCase => ({ text, rule, group: 'weekly' });
const x = (text: string, rule: RecurrenceRule, seed?: true): PhraseCase =>
  seed ? { text, rule, group: 'dates', seed } : { text, rule, group: 'dates' };

const SEED_TUESDAYS = dates(
  '2026-02-10',
  '2026-03-10',
  '2026-04-14',
  '2026-05-12',
  '2026-06-09',
  '2026-07-14',
  '2026-08-11',
  '2026-09-08',
  '2026-10-13',
  '2026-11-10',
);

/** Every accepted phrasing, grouped by kind of rule. */
export const PHRASES: readonly PhraseCase[] = [
  // The nth weekday of the month.
  n('second Saturday', nth('saturday', [2]), true),
  n('monthly on the second Saturday', nth('saturday', [2]), true),
  n('the 4th Thursday of odd months', nth('thursday', [4], ODD), true),
  n('4th Monday of even months', nth('monday', [4], EVEN), true),
  n('the second Saturday of every month', nth('saturday', [2])),
  n('the 2nd Saturday of the month', nth('saturday', [2])),
  n('2nd Saturday of each month', nth('saturday', [2])),
  n('Second Saturdays', nth('saturday', [2])),
  n('the second Saturday monthly', nth('saturday', [2])),
  n('every month on the 2nd Sat', nth('saturday', [2])),
  n('once a month on the second Saturday', nth('saturday', [2])),
  n('monthly, on the second Saturday', nth('saturday', [2])),
  n('the fourth Thursday in odd months', nth('thursday', [4], ODD)),
  n('the 4th Thursday of every odd month', nth('thursday', [4], ODD)),
  n('the 4th Monday of even-numbered months', nth('monday', [4], EVEN)),
  n('every month on the fourth Thursday in January, March, May, July, September and November', nth('thursday', [4], ODD)),
  n('first and third Wednesday', nth('wednesday', [1, 3])),
  n('1st & 3rd Wed', nth('wednesday', [1, 3])),
  n('1st/3rd Weds', nth('wednesday', [1, 3])),
  n('the first, third and fifth Wednesdays', nth('wednesday', [1, 3, 5])),
  n('the first, third, and fifth Wednesday of the month', nth('wednesday', [1, 3, 5])),
  n('every first and third Wednesday', nth('wednesday', [1, 3])),
  n('the second and fourth Tuesdays of each month', nth('tuesday', [2, 4])),
  n('the last Friday of the month', nth('friday', [-1])),
  n('last Fri', nth('friday', [-1])),
  n('the second to last Friday', nth('friday', [-2])),
  n('the second-to-last Friday', nth('friday', [-2])),
  n('the 2nd to last Friday of every month', nth('friday', [-2])),
  n('the next to last Friday', nth('friday', [-2])),
  n('the penultimate Friday', nth('friday', [-2])),
  n('the third from last Thursday', nth('thursday', [-3])),
  n('the first and last Monday', nth('monday', [1, -1])),
  n('the second Thursday of March, June, September and December', nth('thursday', [2], QUARTERS)),
  n('the second Thursday of Mar, Jun, Sept & Dec', nth('thursday', [2], QUARTERS)),
  n('quarterly on the second Thursday', nth('thursday', [2], QUARTERS)),
  n('the second Thursday of every quarter', nth('thursday', [2], QUARTERS)),
  n('the second Thursday, quarterly starting in January', nth('thursday', [2], QUARTERS_FROM_JANUARY)),
  n('quarterly from January on the 2nd Thursday', nth('thursday', [2], QUARTERS_FROM_JANUARY)),
  n('every 3 months starting in January on the second Thursday', nth('thursday', [2], QUARTERS_FROM_JANUARY)),
  n('the first Monday of every other month starting in February', nth('monday', [1], EVEN)),
  n('the second Tuesday of January through June', nth('tuesday', [2], [1, 2, 3, 4, 5, 6])),
  n('the second Tuesday of November to February', nth('tuesday', [2], [1, 2, 11, 12])),
  n('every year on the 4th Thursday of November', nth('thursday', [4], [11])),
  n('annually on the fourth Thursday of November', nth('thursday', [4], [11])),
  n('yearly on the 4th Thu in Nov', nth('thursday', [4], [11])),
  n('4th Thursday of November', nth('thursday', [4], [11])),
  n('the 4th Thursday of November every year', nth('thursday', [4], [11])),
  n('the last Monday of May', nth('monday', [-1], [5])),
  n('every Tuesday in July', nth('tuesday', [1, 2, 3, 4, 5], [7])),
  n('every 2nd Tuesday', nth('tuesday', [2])),
  n('on each first Monday of the month', nth('monday', [1])),
  // A day of the month.
  d('the 15th of every month', day([15])),
  d('the 15th of each month', day([15])),
  d('the fifteenth day of the month', day([15])),
  d('monthly on the 1st and 15th', day([1, 15])),
  d('the 1st and 15th', day([1, 15])),
  d('the first of the month', day([1])),
  d('the twenty-first of every month', day([21])),
  d('the last day of the month', day([-1])),
  d('the last day of every month', day([-1])),
  d('the 1st and last day of the month', day([1, -1])),
  d('the second to last day of the month', day([-2])),
  d('the 4th of July', day([4], [7])),
  d('July 4', day([4], [7])),
  d('July 4th', day([4], [7])),
  d('every year on July 4', day([4], [7])),
  d('January 1 and July 1', day([1], [1, 7])),
  d('the 15th of odd months', day([15], ODD)),
  d('the 1st of January, April, July and October', day([1], QUARTERS_FROM_JANUARY)),
  // Every N weeks.
  w('every Tuesday', weekly(['tuesday'])),
  w('each Tuesday', weekly(['tuesday'])),
  w('Tuesdays', weekly(['tuesday'])),
  w('on Tuesdays', weekly(['tuesday'])),
  w('weekly on Tuesdays', weekly(['tuesday'])),
  w('every week on Tuesday', weekly(['tuesday'])),
  w('every Tuesday of the month', weekly(['tuesday'])),
  w('Tuesdays and Thursdays', weekly(['tuesday', 'thursday'])),
  w('every Tue/Thu', weekly(['tuesday', 'thursday'])),
  w('every Mon, Wed and Fri', weekly(['monday', 'wednesday', 'friday'])),
  w('every other Tuesday', weekly(['tuesday'], 2)),
  w('on every other Tuesday', weekly(['tuesday'], 2)),
  w('alternate Tuesdays', weekly(['tuesday'], 2)),
  w('every other week on Tuesday', weekly(['tuesday'], 2)),
  w('Tuesdays every other week', weekly(['tuesday'], 2)),
  w('biweekly on Tuesdays', weekly(['tuesday'], 2)),
  w('bi-weekly on Tuesday', weekly(['tuesday'], 2)),
  w('fortnightly on Thursdays', weekly(['thursday'], 2)),
  w('every 2nd week on Monday', weekly(['monday'], 2)),
  w('every 3 weeks on Monday and Thursday', weekly(['monday', 'thursday'], 3)),
  w('every three weeks on Mon & Thurs', weekly(['monday', 'thursday'], 3)),
  w('every weekday', weekly(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])),
  w('weekends', weekly(['saturday', 'sunday'])),
  w('daily', weekly(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])),
  w('every day', weekly(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])),
  // Explicit dates.
  x('on 2026-03-12, 2026-06-11 and 2026-09-10', dates('2026-03-12', '2026-06-11', '2026-09-10')),
  x('March 12, June 11, September 10 and December 10, 2026', dates('2026-03-12', '2026-06-11', '2026-09-10', '2026-12-10'), true),
  x('Thursday, March 12, 2026', dates('2026-03-12'), true),
  x('on March 12, 2026 and June 11, 2026', dates('2026-03-12', '2026-06-11')),
  x('March 12th, 13th and 14th, 2026', dates('2026-03-12', '2026-03-13', '2026-03-14')),
  x('December 10, 2026 and January 14, 2027', dates('2026-12-10', '2027-01-14')),
  x(
    'January 10, February 14, March 14, April 11, May 9, June 13, July 11, and August 8, 2026',
    dates('2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08'),
    true,
  ),
  x(
    'on the following Tuesdays: February 10, March 10, April 14, May 12, June 9, July14, August 11, Sept 8, October13, and November 10, 2026',
    SEED_TUESDAYS,
    true,
  ),
  x('the following dates: 2026-03-12 and 2026-06-11', dates('2026-03-12', '2026-06-11')),
];
