/**
 * Why a series was exported as it was: one recurring event, or one event per
 * session and what prevented the recurring form.
 */

/**
 * The series is one VEVENT with an RRULE (plus EXDATE, RDATE and overrides) that expands to exactly its sessions.
 *
 * @example
 * ```ts
 * import type { RRuleExactReason } from 'balint-rules/ics';
 *
 * const reason: RRuleExactReason = {
 *   code: 'rrule_exact',
 *   rrule: 'FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260809T030000Z',
 *   excludedDates: [],
 *   addedDates: [],
 *   overriddenDates: ['2026-01-10'],
 *   message: 'All 8 sessions are one recurring event (RRULE FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260809T030000Z) with 0 excluded dates, 0 added dates and 1 changed occurrence',
 * };
 * ```
 */
export interface RRuleExactReason {
  readonly code: 'rrule_exact';
  /** The RRULE value written, with its UNTIL. */
  readonly rrule: string;
  /** Rule dates with no session, written as EXDATE. */
  readonly excludedDates: readonly string[];
  /** Sessions outside the rule, written as RDATE. */
  readonly addedDates: readonly string[];
  /** Occurrences (by the date the rule or RDATE gives them) written as override VEVENTs: moved, shifted, or of another length. */
  readonly overriddenDates: readonly string[];
  readonly message: string;
}

/**
 * Why a series could not be one recurring event, so each session became its own VEVENT.
 *
 * @example
 * ```ts
 * import type { PerSessionReason } from 'balint-rules/ics';
 *
 * const reason: PerSessionReason = {
 *   code: 'dates_rule',
 *   message: 'An explicit list of dates has no RRULE pattern, so each session is its own event',
 * };
 * ```
 */
export type PerSessionReason =
  | { readonly code: 'no_sessions'; readonly message: string }
  | { readonly code: 'dates_rule'; readonly message: string }
  | { readonly code: 'unreliable_pattern'; readonly rrule: string; readonly message: string }
  | { readonly code: 'no_rule_instance'; readonly message: string }
  | {
      readonly code: 'dst_transition';
      readonly date: string;
      readonly time: string;
      readonly timeZone: string;
      readonly transition: 'gap' | 'overlap';
      readonly message: string;
    }
  | { readonly code: 'added_before_start'; readonly date: string; readonly message: string }
  | { readonly code: 'instance_conflict'; readonly date: string; readonly message: string };

/**
 * A reason for the layout of an exported series: see {@link RRuleExactReason} and {@link PerSessionReason}.
 *
 * @example
 * ```ts
 * import type { CalendarLayoutReason } from 'balint-rules/ics';
 *
 * const reason: CalendarLayoutReason = {
 *   code: 'dates_rule',
 *   message: 'An explicit list of dates has no RRULE pattern, so each session is its own event',
 * };
 * ```
 */
export type CalendarLayoutReason = RRuleExactReason | PerSessionReason;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function rruleExact(
  sessions: number,
  rrule: string,
  excludedDates: readonly string[],
  addedDates: readonly string[],
  overriddenDates: readonly string[],
): RRuleExactReason {
  return {
    code: 'rrule_exact',
    rrule,
    excludedDates,
    addedDates,
    overriddenDates,
    message:
      `All ${plural(sessions, 'session')} are one recurring event (RRULE ${rrule}) with ` +
      `${plural(excludedDates.length, 'excluded date')}, ${plural(addedDates.length, 'added date')} ` +
      `and ${plural(overriddenDates.length, 'changed occurrence')}`,
  };
}

export const noSessions = (): PerSessionReason => ({
  code: 'no_sessions',
  message: 'The series has no sessions, so the calendar has no events',
});

export const datesRule = (): PerSessionReason => ({
  code: 'dates_rule',
  message: 'An explicit list of dates has no RRULE pattern, so each session is its own event',
});

export const unreliablePattern = (rrule: string): PerSessionReason => ({
  code: 'unreliable_pattern',
  rrule,
  message: `Calendar readers in use (ical.js, in Thunderbird) repeat or misplace occurrences of ${rrule}, so each session is its own event`,
});

export const noRuleInstance = (): PerSessionReason => ({
  code: 'no_rule_instance',
  message: 'No session takes the place of a rule date, so there is no recurring event to anchor them; each session is its own event',
});

export const dstTransition = (date: string, time: string, timeZone: string, transition: 'gap' | 'overlap'): PerSessionReason => ({
  code: 'dst_transition',
  date,
  time,
  timeZone,
  transition,
  message:
    `The rule's ${time} on ${date} ${transition === 'gap' ? 'does not exist' : 'occurs twice'} in ${timeZone} because of a ` +
    'daylight-saving change, and calendar readers place such occurrences differently, so each session is its own event',
});

export const addedBeforeStart = (date: string): PerSessionReason => ({
  code: 'added_before_start',
  date,
  message: `The session on ${date} comes before the rule's first date, which calendar readers handle unreliably, so each session is its own event`,
});

export const instanceConflict = (date: string): PerSessionReason => ({
  code: 'instance_conflict',
  date,
  message: `Two sessions would be the same occurrence on ${date} (iCalendar tells occurrences apart by their start), so each session is its own event`,
});
