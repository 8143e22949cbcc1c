/** `balint refund`. Internal. */
import { unsafeFormatMoney } from '../../money/formatMoney.js';
import type { Money } from '../../money/schema.js';
import { AbsRefundPolicyIdSchema, absRefundPolicy } from '../../presets/abs/absRefundPolicy.js';
import { ABS_PRESETS } from '../../presets/abs/registry.js';
import { CancellationSchema, CancellingPartySchema, RefundRegistrationSchema } from '../../refunds/cancellation.js';
import { quoteRefund, type RefundQuote } from '../../refunds/quoteRefund.js';
import { RefundPolicySchema } from '../../refunds/schema.js';
import { validate } from '../../_lib/validate.js';
import { CliUsageError } from '../CliUsageError.js';
import { required, type Args } from '../_args.js';
import { partParams, presetOrFile, presetParams, PARAM_OPTIONS, withPresetParams } from '../_sources.js';
import type { CommandSpec, OptionSpec } from '../_spec.js';
import { lines, table } from '../_text.js';
import { checkedValue, instantValue, integerValue, wallText, withOptionNames, zoneOption } from '../_values.js';
import type { CliIo } from '../io.js';

const POLICY_PRESETS: readonly string[] = AbsRefundPolicyIdSchema.options;

/** The refund policy of `--policy`: an ABS preset (with `--param refundDeadline=...` for Spokane) or a JSON file. */
export function policyOf(args: Args, io: CliIo) {
  const raw = required(args, 'policy', 'a JSON file or an ABS preset id');
  return presetOrFile(args, io, raw, 'refund policy', RefundPolicySchema, (id) => {
    const which = AbsRefundPolicyIdSchema.safeParse(id);
    if (!which.success) {
      throw new CliUsageError(`preset ${id} has no refund policy (${ABS_PRESETS[id].name}); presets with one: ${POLICY_PRESETS.join(', ')}`);
    }
    const params = partParams(id, 'refunds', presetParams(args, io));
    return withPresetParams(id, () => absRefundPolicy(which.data, params), ABS_PRESETS[id].parts.refunds?.requiredParameters ?? []);
  });
}

/** The registration's and cancellation's paths and the options that give them. */
export const PATHS: Readonly<Record<string, string>> = {
  paid: 'paid',
  'paid.currency': 'currency',
  firstSessionStart: 'first-session',
  sessionsAttended: 'sessions-attended',
  by: 'by',
  reason: 'reason',
  at: 'at',
  acknowledgedAt: 'acknowledged',
};

function dueText(due: NonNullable<RefundQuote['due']>): string {
  const after = due.after === 'acknowledgement' ? 'the acknowledgement' : 'the receipt of the request';
  return `within ${due.days} days of ${after}${due.by === undefined ? '' : `, by ${due.by}`}`;
}

const zero = (m: Money): boolean => /^0+(\.0+)?$/.test(m.amount);

/** Nothing comes back: no cash, no credit, no transfer. */
function nothingBack(q: RefundQuote): boolean {
  return zero(q.refund) && zero(q.credit) && !q.transferAllowed;
}

function quoteText(q: RefundQuote, received: string): string {
  const rows: [string, string][] = [
    ['verdict', q.verdict],
    ['received', received],
    ['paid', unsafeFormatMoney(q.paid)],
    ['refund', unsafeFormatMoney(q.refund)],
  ];
  if (!zero(q.credit)) rows.push(['credit', unsafeFormatMoney(q.credit)]);
  if (!zero(q.withheld)) rows.push(['withheld', unsafeFormatMoney(q.withheld)]);
  if (q.transferAllowed) rows.push(['transfer', 'allowed']);
  if (q.due !== null) rows.push(['due', dueText(q.due)]);
  rows.push(['rule', q.rule.source === 'otherwise' ? 'otherwise' : `rule ${q.rule.index + 1}${q.rule.label === undefined ? '' : ` (${q.rule.label})`}`]);
  return lines([q.message, ...table(rows)]);
}

/** The options that describe the registration and the cancellation, but not its instants (`refund`, `refund-timeline`). */
export const CANCELLATION_OPTIONS: readonly OptionSpec[] = [
  { name: 'policy', value: 'file|preset', help: 'a refund policy as JSON, or an ABS preset id (below)' },
  { name: 'paid', value: 'amount', help: 'what was paid, a decimal such as 250 or 875.00' },
  { name: 'currency', value: 'code', help: 'the ISO 4217 currency of --paid (default USD)' },
  { name: 'by', value: 'party', help: 'who cancelled: registrant or organizer' },
  { name: 'reason', value: 'reason', help: 'why, e.g. insufficient_registrants' },
  { name: 'in-writing', help: 'the cancellation was made in writing' },
  { name: 'transfer', help: 'the registrant asks to transfer the place rather than cancel' },
  { name: 'first-session', value: 'instant', help: 'when the first session starts (for deadlines counted from it)' },
  { name: 'sessions-attended', value: 'n', help: 'how many sessions the registrant attended' },
  { name: 'tz', value: 'zone', help: 'the IANA zone of the local date-times given (default: the policy\'s zone)' },
  ...PARAM_OPTIONS,
];

/** The policy, the zone local date-times are read in, the registration and the cancellation's facts (who, why, how), from the options. */
export function cancellationOf(args: Args, io: CliIo) {
  const policy = policyOf(args, io);
  const zone = zoneOption(args, { name: policy.timeZone, from: "the policy's zone" });
  const firstSession = args.value('first-session');
  const attended = args.value('sessions-attended');
  const reason = args.value('reason');
  const registration = {
    paid: { amount: required(args, 'paid', 'the amount paid, e.g. 250.00'), currency: (args.value('currency') ?? 'USD').toUpperCase() },
    ...(firstSession === undefined ? {} : { firstSessionStart: instantValue('first-session', firstSession, io, zone) }),
    ...(attended === undefined ? {} : { sessionsAttended: integerValue('sessions-attended', attended) }),
  };
  const facts = {
    by: checkedValue(CancellingPartySchema, 'by', required(args, 'by', 'registrant or organizer')),
    inWriting: args.flag('in-writing'),
    request: args.flag('transfer') ? ('transfer' as const) : ('cancel' as const),
    ...(reason === undefined ? {} : { reason }),
  };
  return { policy, zone, registration, facts };
}

export const refundCommand: CommandSpec = {
  name: 'refund',
  summary: 'what a cancellation gets back under a refund policy, with its sentence',
  usage: [
    'refund --policy <file|preset> --paid <amount> [--currency USD] --at <instant|now> --by registrant|organizer',
    '       [--reason <reason>] [--in-writing] [--acknowledged <instant>] [--first-session <instant>] [--json]',
  ],
  options: [
    ...CANCELLATION_OPTIONS.slice(0, 3),
    { name: 'at', value: 'instant|now', help: 'when the cancellation was received: "2026-03-12 23:30" (in --tz, or the policy\'s zone), an ISO-8601 instant with offset, or now' },
    { name: 'acknowledged', value: 'instant|now', help: 'when the organizer acknowledged it (dates a refund due "within 30 days of acknowledgment")' },
    ...CANCELLATION_OPTIONS.slice(3),
  ],
  decides: true,
  notes: [
    `Presets with a refund policy: ${POLICY_PRESETS.join(', ')} (abs-spokane-leadership-intensive needs --param refundDeadline=YYYY-MM-DD).`,
    'A deadline date is read in the policy\'s time zone and lasts through the end of that day. A local date-time such as "2026-03-12 23:30" is read in --tz, or in the policy\'s zone when --tz is not given (so daylight saving is never guessed: "received" shows the instant on the policy\'s clock); a time a daylight-saving change skips or repeats is refused. "No refund" is an answer (exit code 0, or 1 with --exit-code), not an error. With --json: the quote ({ verdict, paid, refund, credit, withheld, transferAllowed, rule, due, reasons, message }).',
  ],
  examples: [
    'refund --policy abs-online-group-saturday-2026 --paid 250 --at 2026-01-03T15:00:00Z --by organizer --reason insufficient_registrants',
    'refund --policy abs-healing-mindfulness-compassion-retreat-2026 --paid 875 --by registrant --in-writing --at "2026-03-12 23:30" --acknowledged "2026-03-13 09:00"',
    'refund --policy abs-healing-mindfulness-compassion-retreat-2026 --paid 875 --by registrant --in-writing --at "2026-03-12 20:30" --tz America/New_York',
    'refund --policy retreat-policy.json --paid 875 --by registrant --in-writing --at now --json',
  ],
  run: (args, io) => {
    const { policy, zone, registration, facts } = cancellationOf(args, io);
    const acknowledged = args.value('acknowledged');
    const cancellation = {
      ...facts,
      at: instantValue('at', required(args, 'at', 'when it was received, e.g. "2026-03-12 23:30" or 2026-03-12T23:30:00-07:00, or now'), io, zone),
      ...(acknowledged === undefined ? {} : { acknowledgedAt: instantValue('acknowledged', acknowledged, io, zone) }),
    };
    const quote = withOptionNames(args, () => {
      validate(RefundRegistrationSchema, registration, 'registration');
      validate(CancellationSchema, cancellation, 'cancellation');
      return quoteRefund(policy, registration, cancellation);
    }, PATHS);
    return { json: quote, text: quoteText(quote, wallText(cancellation.at, policy.timeZone)), no: nothingBack(quote) };
  },
};
