/** `balint transfer`. Internal. */
import { CapacityPolicySchema, quoteTransfer, replayRegistrations, type TransferQuote } from '../../capacity/index.js';
import { RegistrantProfileSchema } from '../../eligibility/profile.js';
import { EligibilityRuleSchema } from '../../eligibility/rule.js';
import { formatMoney } from '../../money/index.js';
import { formatDays } from '../../_lib/civil.js';
import { instantToEpochMs, instantWrittenDate } from '../../_lib/instant.js';
import { validate } from '../../_lib/validate.js';
import { instantToWall } from '../../_lib/zone.js';
import { CliUsageError } from '../CliUsageError.js';
import { required, type Args } from '../_args.js';
import { presetOrFile, presetParams, presetPart, PARAM_OPTIONS, readChecked } from '../_sources.js';
import type { CommandSpec } from '../_spec.js';
import { lines, table } from '../_text.js';
import { instantValue, withOptionNames, zoneOption } from '../_values.js';
import type { CliIo } from '../io.js';
import { eventsLog } from './waitlist.js';

const UTC = { name: 'UTC', from: 'UTC, the default' };

/** The capacity policy: `--capacity <file|preset>`, or `--allowed` with `--fee`, `--currency` and `--until`. */
function policyOf(args: Args, io: CliIo, zone: { name: string; from: string }): unknown {
  const raw = args.value('capacity');
  const fee = args.value('fee');
  const until = args.value('until');
  const inline = args.flag('allowed') || fee !== undefined || until !== undefined || args.value('currency') !== undefined;
  if (raw !== undefined && inline) throw new CliUsageError('give --capacity <file|preset> or --allowed/--fee/--currency/--until, not both');
  if (raw !== undefined) {
    return presetOrFile(args, io, raw, 'capacity policy', CapacityPolicySchema, (id) => {
      return presetPart(id, 'capacity', presetParams(args, io), () => new CliUsageError(`preset ${id} sets no capacity; give --capacity <file> or --allowed`));
    });
  }
  if (!args.flag('allowed')) throw new CliUsageError('--capacity <file|preset> or --allowed is required (the policy that says whether transfers are taken)');
  const closes = until === undefined ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(until.trim()) ? { date: until.trim(), timeZone: zone.name } : instantValue('until', until, io, zone);
  const transfers = {
    allowed: true,
    ...(fee === undefined ? {} : { fee: { amount: fee, currency: (args.value('currency') ?? 'USD').toUpperCase() } }),
    ...(closes === undefined ? {} : { until: closes }),
  };
  return withOptionNames(args, () => validate(CapacityPolicySchema, { transfers }, 'capacity policy'), {
    'transfers.fee.amount': 'fee',
    'transfers.fee.currency': 'currency',
    'transfers.until': 'until',
  });
}

function quoteText(q: TransferQuote): string {
  const rows: [string, string][] = [['verdict', q.verdict]];
  if (q.verdict === 'allowed') rows.push(['fee', q.fee === null ? 'none' : formatMoney(q.fee)]);
  return lines([q.message, ...table(rows), ...q.reasons.map((r) => `- ${r.message}`)]);
}

export const transferCommand: CommandSpec = {
  name: 'transfer',
  summary: 'whether a registrant may hand their place to a colleague, and the fee',
  usage: [
    'transfer --registrant <id> --to <id> --at <date-time|instant|now> (--capacity <file|preset> [--events <file>] | --allowed [--fee <amount>] [--currency USD] [--until <date|instant>])',
    '         [--rule <file|preset> --profile <file>] [--tz <zone>] [--json]',
  ],
  options: [
    { name: 'registrant', value: 'id', help: 'who hands their place on' },
    { name: 'to', value: 'id', help: 'the colleague who takes it' },
    { name: 'at', value: 'date-time|instant|now', help: 'when the transfer is asked for: "2025-03-12 20:00" (in --tz), an instant with an offset, or now; with --rule, the colleague must meet it on the date written (today in --tz for now)' },
    { name: 'capacity', value: 'file|preset', help: "a capacity policy as JSON (its transfers: { allowed, fee?, until? }), or an ABS preset id" },
    { name: 'allowed', help: 'transfers are taken (instead of --capacity)' },
    { name: 'fee', value: 'amount', help: 'the transfer fee, a decimal such as 25.00 (with --allowed)' },
    { name: 'currency', value: 'code', help: 'the ISO 4217 currency of --fee (default USD)' },
    { name: 'until', value: 'date|instant', help: 'transfers close: through the end of this date (in --tz) or at this instant (with --allowed)' },
    { name: 'rule', value: 'file|preset', help: "the group's eligibility rule as JSON, or an ABS preset id, to check the colleague" },
    { name: 'profile', value: 'file', help: "the colleague's registrant profile as JSON (- for standard input)" },
    { name: 'events', value: 'file', help: 'the registration log as JSON, to check who holds a place at --at (no earlier than its last event); with --capacity, whose seats, waitlist and offers it is replayed under' },
    { name: 'tz', value: 'zone', help: 'the IANA zone of local date-times and of a --until date (default UTC)' },
    ...PARAM_OPTIONS,
  ],
  decides: true,
  notes: [
    'A refused transfer is an answer (exit code 0, or 1 with --exit-code), listing every reason. With --json: the quote ({ verdict, fee, reasons, message }, verdict allowed or refused).',
  ],
  examples: [
    'transfer --allowed --fee 25.00 --registrant ana --to eve --at 2025-03-01T12:00:00Z',
    'transfer --capacity transfer-policy.json --rule rule.json --profile me.json --events registrations.json --registrant ben --to eve --at "2026-03-12 20:00" --tz America/Los_Angeles --json',
  ],
  run: (args, io) => {
    const zone = zoneOption(args, UTC);
    const policy = policyOf(args, io, zone);
    const rawAt = required(args, 'at', 'when the transfer is asked for, e.g. "2025-03-12 20:00", or now');
    const at = instantValue('at', rawAt, io, zone);
    const request = { registrantId: required(args, 'registrant', "the registrant's id"), to: required(args, 'to', "the colleague's id"), at };
    const ruleRaw = args.value('rule');
    const profileFile = args.value('profile');
    if ((ruleRaw === undefined) !== (profileFile === undefined)) throw new CliUsageError('give --rule and --profile together (the rule the colleague must meet, and their profile)');
    const eligibility =
      ruleRaw === undefined
        ? undefined
        : {
            rule: presetOrFile(args, io, ruleRaw, 'eligibility rule', EligibilityRuleSchema, (id) => {
              return presetPart(id, 'eligibility', presetParams(args, io), () => new CliUsageError(`preset ${id} sets no eligibility rule`));
            }),
            // The colleague must meet the rule on the date of --at: the date written, or today in --tz for now.
            at: instantWrittenDate(rawAt.trim()) ?? formatDays(instantToWall(instantToEpochMs(at), zone.name).days),
          };
    const profile = profileFile === undefined ? undefined : readChecked(io, profileFile, "colleague's profile", RegistrantProfileSchema);
    const eventsFile = args.value('events');
    if (eventsFile !== undefined && args.value('capacity') === undefined) {
      throw new CliUsageError("--events needs --capacity <file|preset>: the log is replayed under the group's seats, waitlist and offers, which --allowed does not give");
    }
    const p = validate(CapacityPolicySchema, policy, 'capacity policy');
    // The roster when the transfer is asked for: offers ended by then have expired.
    const log = eventsFile === undefined ? undefined : eventsLog(io, eventsFile);
    const roster = log === undefined ? undefined : withOptionNames(args, () => replayRegistrations(p, log, { at }), { at: 'at' });
    const quote = withOptionNames(
      args,
      () => quoteTransfer(p, { ...request, ...(profile === undefined ? {} : { profile }) }, { ...(eligibility === undefined ? {} : { eligibility }), ...(roster === undefined ? {} : { roster }) }),
      { registrantId: 'registrant', to: 'to' },
    );
    return { json: quote, text: quoteText(quote), no: quote.verdict === 'refused' };
  },
};
