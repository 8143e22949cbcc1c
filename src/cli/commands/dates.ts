/** `balint dates`. Internal. */
import { occurrences } from '../../recurrence/occurrences.js';
import type { CommandSpec } from '../_spec.js';
import { parseRuleText, ruleText } from '../_rule.js';
import { boundsOf, BOUND_OPTIONS, requireBound, withSeriesOptions } from '../_series.js';
import { lines } from '../_text.js';

export const datesCommand: CommandSpec = {
  name: 'dates',
  summary: 'the dates a recurrence rule meets on, one per line',
  usage: ['dates "<rule>" --from <date> (--count <n> | --until <date>) [--skip <date>]... [--json]'],
  positional: { name: '<rule>', help: 'the rule in English ("second Saturday", "the 4th Thursday of odd months") or RRULE text (FREQ=MONTHLY;BYDAY=2SA)' },
  options: BOUND_OPTIONS,
  notes: ['The dates are local calendar dates (YYYY-MM-DD); they do not depend on the machine\'s time zone. With --json: the array of dates.'],
  examples: [
    'dates "second Saturday" --from 2026-01-01 --count 8',
    'dates "the 4th Thursday of odd months" --from 2026-01-01 --until 2026-12-31 --json',
    'dates "FREQ=MONTHLY;BYDAY=2TU" --from 2026-02-01 --count 10 --skip 2026-07-14',
  ],
  run: (args) => {
    const rule = parseRuleText(ruleText(args));
    const bounds = boundsOf(args);
    requireBound(rule, bounds);
    const dates = withSeriesOptions(args, () => occurrences(rule, bounds), {
      'options.from': 'from',
      'options.count': 'count',
      'options.until': 'until',
      'options.exceptions.skip': 'skip',
    });
    return { json: dates, text: lines(dates) };
  },
};
