/** `balint rule`. Internal. */
import { UnsupportedError } from '../../errors/UnsupportedError.js';
import { formatRecurrence } from '../../recurrence/formatRecurrence.js';
import { toRRule } from '../../recurrence/toRRule.js';
import type { CommandSpec } from '../_spec.js';
import { parseRuleText, ruleText } from '../_rule.js';
import { lines, lowerFirst, table } from '../_text.js';

/** The rule's RRULE, or null with why when one RRULE cannot say it (a list of dates). */
function rruleOf(rule: Parameters<typeof toRRule>[0]): { rrule: string | null; note: string | null } {
  try {
    return { rrule: toRRule(rule), note: null };
  } catch (error) {
    if (error instanceof UnsupportedError) return { rrule: null, note: error.message };
    throw error;
  }
}

export const ruleCommand: CommandSpec = {
  name: 'rule',
  summary: 'how a recurrence rule is understood: canonical English and RRULE',
  usage: ['rule "<rule>" [--json]'],
  positional: { name: '<rule>', help: 'the rule in English or RRULE text' },
  options: [],
  notes: ['With --json: { rule, text, rrule } (rule: the canonical rule as data; rrule: null when one RRULE cannot say it).'],
  examples: ['rule "the 4th Thursday of odd months"', 'rule "1st & 3rd Wed" --json', 'rule "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=4MO"'],
  run: (args) => {
    const rule = parseRuleText(ruleText(args));
    const text = formatRecurrence(rule);
    const { rrule, note } = rruleOf(rule);
    return {
      json: { rule, text, rrule },
      text: lines(table([['rule', text], ['rrule', rrule ?? `none (${lowerFirst(note ?? '')})`]], '')),
    };
  },
};
