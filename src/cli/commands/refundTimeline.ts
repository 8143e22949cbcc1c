/** `balint refund-timeline`. Internal. */
import { formatMoney } from '../../money/index.js';
import { refundTimeline, refundTimelineSvg } from '../../pictures/index.js';
import { epochMsToInstant, instantToEpochMs } from '../../_lib/instant.js';
import type { CommandSpec } from '../_spec.js';
import { lines } from '../_text.js';
import { instantValue, wallText, withOptionNames } from '../_values.js';
import { cancellationOf, CANCELLATION_OPTIONS, PATHS } from './refund.js';

export const refundTimelineCommand: CommandSpec = {
  name: 'refund-timeline',
  summary: 'what a cancellation gets back by the date it is received, with the deadlines, or an SVG step chart',
  usage: [
    'refund-timeline --policy <file|preset> --paid <amount> --by registrant|organizer [--reason <reason>] [--in-writing]',
    '                [--from <instant>] [--until <instant>] [--svg > refunds.svg] [--json]',
  ],
  options: [
    ...CANCELLATION_OPTIONS,
    { name: 'from', value: 'instant', help: 'the first cancellation instant to show (default: 30 days before the first deadline)' },
    { name: 'until', value: 'instant', help: 'the last one (default: 30 days after the last deadline)' },
    { name: 'svg', help: 'print the timeline as an SVG step chart, deadlines labelled in the policy\'s zone' },
  ],
  notes: [
    'The amount back changes only at the policy\'s deadlines, so each step is quoted once with the refund rules. --from and --until take "2026-02-01 00:00" (in --tz or the policy\'s zone) or an instant with an offset. With --json: { timeZone, from, until, deadlines, steps }, each step with its quote.',
  ],
  examples: [
    'refund-timeline --policy abs-healing-mindfulness-compassion-retreat-2026 --paid 875 --by registrant --in-writing',
    'refund-timeline --policy abs-new-england-leadership-intensive-2026 --paid 875 --by registrant --in-writing --svg > refunds.svg',
  ],
  run: (args, io) => {
    const { policy, zone, registration, facts } = cancellationOf(args, io);
    const from = args.value('from');
    const until = args.value('until');
    const span = {
      ...(from === undefined ? {} : { from: instantValue('from', from, io, zone) }),
      ...(until === undefined ? {} : { until: instantValue('until', until, io, zone) }),
    };
    const paths = { ...PATHS, from: 'from', until: 'until' };
    const timeline = withOptionNames(args, () => refundTimeline(policy, registration, facts, span), paths);
    if (args.flag('svg')) return { json: timeline, text: withOptionNames(args, () => refundTimelineSvg(policy, registration, facts, span), paths) };
    const last = timeline.steps.length - 1;
    const text = [
      `What comes back of ${formatMoney(timeline.steps[0]?.quote.paid ?? registration.paid)} by when the cancellation is received (${timeline.timeZone}):`,
      ...timeline.steps.map((s, i) => {
        const through = i === last ? s.until : epochMsToInstant(instantToEpochMs(s.until) - 60_000);
        const wall = (instant: string): string => wallText(instant, timeline.timeZone).replace(` ${timeline.timeZone}`, '');
        return `  ${wall(s.from)} to ${wall(through)}: ${s.back}`;
      }),
      'Deadlines:',
      ...(timeline.deadlines.length === 0 ? ['  none'] : timeline.deadlines.map((d) => `  ${d.label}`)),
    ];
    return { json: timeline, text: lines(text) };
  },
};
