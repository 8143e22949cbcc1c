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
import { presetOrFile, presetParams, PARAM_OPTIONS, withPresetParams } from '../_sources.js';
import type { CommandSpec } from '../_spec.js';
import { lines, table } from '../_text.js';
import { checkedValue, instantValue, integerValue, withOptionNames } from '../_values.js';
import type { CliIo } from '../io.js';

const POLICY_PRESETS: readonly string[] = AbsRefundPolicyIdSchema.options;

/** The refund policy of `--policy`: an ABS preset (with `--param refundDeadline=...` for Spokane) or a JSON file. */
function policyOf(args: Args, io: CliIo) {
  const raw = required(args, 'policy', 'a JSON file or an ABS preset id');
  return presetOrFile(args, io, raw, 'refund policy', RefundPolicySchema, (id) => {
    const which = AbsRefundPolicyIdSchema.safeParse(id);
    if (!which.success) {
      throw new CliUsageError(`preset ${id} has no refund policy (${ABS_PRESETS[id].name}); presets with one: ${POLICY_PRESETS.join(', ')}`);
    }
    const params = presetParams(args, io);
    return withPresetParams(id, () => absRefundPolicy(which.data, params), which.data === 'abs-spokane-leadership-intensive' ? ['refundDeadline'] : []);
  });
}

/** The registration's and cancellation's paths and the options that give them. */
const PATHS: Readonly<Record<string, string>> = {
  paid: 'paid',
  'paid.currency': 'currency',
  firstSessionStart: 'first-session',
  sessionsAttended: 'sessions-attended',
  by: 'by',
  reason: 'reason',
  receivedAt: 'cancelled',
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

function quoteText(q: RefundQuote): string {
  const rows: [string, string][] = [
    ['outcome', q.outcome],
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

export const refundCommand: CommandSpec = {
  name: 'refund',
  summary: 'what a cancellation gets back under a refund policy, with its sentence',
  usage: [
    'refund --policy <file|preset> --paid <amount> [--currency USD] --cancelled <instant|now> --by registrant|organizer',
    '       [--reason <reason>] [--in-writing] [--acknowledged <instant>] [--first-session <instant>] [--json]',
  ],
  options: [
    { name: 'policy', value: 'file|preset', help: 'a refund policy as JSON, or an ABS preset id (below)' },
    { name: 'paid', value: 'amount', help: 'what was paid, a decimal such as 250 or 875.00' },
    { name: 'currency', value: 'code', help: 'the ISO 4217 currency of --paid (default USD)' },
    { name: 'cancelled', value: 'instant|now', help: 'when the cancellation was received: an ISO-8601 instant with offset, or now' },
    { name: 'by', value: 'party', help: 'who cancelled: registrant or organizer' },
    { name: 'reason', value: 'reason', help: 'why, e.g. insufficient_registrants' },
    { name: 'in-writing', help: 'the cancellation was made in writing' },
    { name: 'transfer', help: 'the registrant asks to transfer the place rather than cancel' },
    { name: 'acknowledged', value: 'instant|now', help: 'when the organizer acknowledged it (dates a refund due "within 30 days of acknowledgment")' },
    { name: 'first-session', value: 'instant', help: "when the first session starts (for deadlines counted from it)" },
    { name: 'sessions-attended', value: 'n', help: 'how many sessions the registrant attended' },
    ...PARAM_OPTIONS,
  ],
  decides: true,
  notes: [
    `Presets with a refund policy: ${POLICY_PRESETS.join(', ')} (abs-spokane-leadership-intensive needs --param refundDeadline=YYYY-MM-DD).`,
    'A deadline date is read in the policy\'s time zone and lasts through the end of that day. "No refund" is an answer (exit code 0, or 1 with --exit-code), not an error. With --json: the quote ({ outcome, paid, refund, credit, withheld, transferAllowed, rule, due, reasons, message }).',
  ],
  examples: [
    'refund --policy abs-online-group-saturday-2026 --paid 250 --cancelled 2026-01-03T15:00:00Z --by organizer --reason insufficient_registrants',
    'refund --policy abs-healing-mindfulness-compassion-retreat-2026 --paid 875 --by registrant --in-writing --cancelled 2026-03-12T23:30:00-07:00 --acknowledged 2026-03-13T16:00:00Z',
    'refund --policy retreat-policy.json --paid 875 --by registrant --in-writing --cancelled now --json',
  ],
  run: (args, io) => {
    const policy = policyOf(args, io);
    const firstSession = args.value('first-session');
    const attended = args.value('sessions-attended');
    const acknowledged = args.value('acknowledged');
    const reason = args.value('reason');
    const registration = {
      paid: { amount: required(args, 'paid', 'the amount paid, e.g. 250.00'), currency: (args.value('currency') ?? 'USD').toUpperCase() },
      ...(firstSession === undefined ? {} : { firstSessionStart: instantValue('first-session', firstSession, io) }),
      ...(attended === undefined ? {} : { sessionsAttended: integerValue('sessions-attended', attended) }),
    };
    const cancellation = {
      by: checkedValue(CancellingPartySchema, 'by', required(args, 'by', 'registrant or organizer')),
      receivedAt: instantValue('cancelled', required(args, 'cancelled', 'when it was received: an ISO-8601 instant, or now'), io),
      inWriting: args.flag('in-writing'),
      request: args.flag('transfer') ? ('transfer' as const) : ('cancel' as const),
      ...(reason === undefined ? {} : { reason }),
      ...(acknowledged === undefined ? {} : { acknowledgedAt: instantValue('acknowledged', acknowledged, io) }),
    };
    const quote = withOptionNames(args, () => {
      validate(RefundRegistrationSchema, registration, 'registration');
      validate(CancellationSchema, cancellation, 'cancellation');
      return quoteRefund(policy, registration, cancellation);
    }, PATHS);
    return { json: quote, text: quoteText(quote), no: nothingBack(quote) };
  },
};
