/** The recurrence rule a command is given: English, or RRULE text. Internal. */
import { fromRRule } from '../recurrence/fromRRule.js';
import { parseRecurrence } from '../recurrence/parseRecurrence.js';
import type { RecurrenceRule } from '../recurrence/schema.js';
import { CliUsageError } from './CliUsageError.js';
import type { Args } from './_args.js';

/** The positional words joined by spaces (quotes are optional: `balint dates second Saturday ...`). */
export function ruleText(args: Args): string {
  const text = args.positionals.join(' ');
  if (text.trim() === '') {
    throw new CliUsageError(`"balint ${args.command}" needs a rule, e.g. balint ${args.command} "second Saturday" (see "balint ${args.command} --help")`);
  }
  return text;
}

/** Whether the text is RFC 5545 RRULE text (`FREQ=...` or `RRULE:FREQ=...`) rather than English. */
export function isRRuleText(text: string): boolean {
  return /^\s*(RRULE:)?FREQ=/i.test(text);
}

/** Parses the rule: RRULE text with `fromRRule`, English with `parseRecurrence`. */
export function parseRuleText(text: string): RecurrenceRule {
  return isRRuleText(text) ? fromRRule(text.trim()) : parseRecurrence(text);
}
