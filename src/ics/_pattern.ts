/**
 * The RRULE pattern written for a rule: `toRRule`'s text, in the form the
 * readers in use expand correctly.
 *
 * ical.js (the recurrence engine of Thunderbird) starts FREQ=MONTHLY with
 * several BYMONTH values at the first listed month whatever DTSTART's month
 * is, so with several days a month it repeats or misplaces occurrences:
 * - several ordinals (`BYDAY=1MO,3MO;BYMONTH=1,7`): FREQ=YEARLY gives the
 *   same dates by RFC 5545 (with BYMONTH, a YEARLY BYDAY ordinal counts
 *   within the month) and ical.js expands it correctly;
 * - several days of the month (`BYMONTHDAY=1,15;BYMONTH=1,7`): ical.js gets
 *   both forms wrong, so such a series is exported one event per session.
 */
import { assertNever } from '../_lib/assertNever.js';
import type { RecurrenceRule } from '../recurrence/schema.js';
import { toRRule } from '../recurrence/toRRule.js';
import { datesRule, unreliablePattern, type PerSessionReason } from './reasons.js';

const MONTHLY = 'FREQ=MONTHLY';

/** The RRULE value (without bounds) for a canonical rule, or why it has none readers expand reliably. */
export function rrulePattern(rule: RecurrenceRule): { rrule: string } | { reason: PerSessionReason } {
  switch (rule.kind) {
    case 'dates':
      return { reason: datesRule() };
    case 'weekly':
      return { rrule: toRRule(rule) };
    case 'nth_weekday': {
      const text = toRRule(rule);
      const several = (rule.months?.length ?? 0) > 1 && rule.ordinals.length > 1;
      return { rrule: several && text.startsWith(MONTHLY) ? `FREQ=YEARLY${text.slice(MONTHLY.length)}` : text };
    }
    case 'day_of_month': {
      const text = toRRule(rule);
      return (rule.months?.length ?? 0) > 1 && rule.days.length > 1 ? { reason: unreliablePattern(text) } : { rrule: text };
    }
    default:
      return assertNever(rule);
  }
}
