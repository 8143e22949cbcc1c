/** `balint fee`. Internal. */
import { didYouMean } from '../../_lib/suggest.js';
import { validate } from '../../_lib/validate.js';
import { PROFESSIONS, RegistrantProfileSchema, type RegistrantProfile } from '../../eligibility/profile.js';
import { FeeScheduleSchema, quoteFee, type FeeQuote } from '../../fees/index.js';
import { formatMoney } from '../../money/index.js';
import { CliUsageError } from '../CliUsageError.js';
import { required, type Args } from '../_args.js';
import { presetOrFile, presetParams, presetPart, PARAM_OPTIONS, readChecked } from '../_sources.js';
import type { CommandSpec } from '../_spec.js';
import { lines, table } from '../_text.js';
import { instantValue, integerValue, wallText, withOptionNames, zoneOption } from '../_values.js';
import type { CliIo } from '../io.js';

/** The registrant: `--profile <file>`, or `--member`/`--profession` for the common case. */
function profileOf(args: Args, io: CliIo): RegistrantProfile {
  const file = args.value('profile');
  const members = args.values('member');
  const professions = args.values('profession');
  if (file !== undefined && members.length + professions.length > 0) throw new CliUsageError('give --profile <file> or --member/--profession, not both');
  if (file !== undefined) return readChecked(io, file, 'registrant profile', RegistrantProfileSchema);
  for (const p of professions) {
    if (!(PROFESSIONS as readonly string[]).includes(p)) {
      throw new CliUsageError(`--profession "${p}" is not one balint-rules knows${didYouMean(p, PROFESSIONS)} (professions: ${PROFESSIONS.join(', ')})`);
    }
  }
  const profile = {
    ...(members.length === 0 ? {} : { memberships: members.map((organization) => ({ organization })) }),
    ...(professions.length === 0 ? {} : { professions }),
  };
  return withOptionNames(args, () => validate(RegistrantProfileSchema, profile, 'registrant profile'), { memberships: 'member', professions: 'profession' });
}

function quoteText(q: FeeQuote, at: string): string {
  const rows: [string, string][] = [['at', at], ['period', q.period?.label ?? (q.reasons[0]?.code === 'registration_closed' ? 'none: registration closed' : 'none: registration not open yet')]];
  if (q.verdict === 'priced') rows.push(['price', formatMoney(q.price)], ['category', q.category.label]);
  if (q.qualifiedFor.length > 1) rows.push(['qualified', q.qualifiedFor.map((c) => `${c.label} ${formatMoney(c.price)}`).join('; ')]);
  return lines([q.message, ...table(rows)]);
}

export const feeCommand: CommandSpec = {
  name: 'fee',
  summary: 'the fee a registrant pays at a moment under a fee schedule, with the reasons',
  usage: [
    'fee --schedule <file|preset> [--param name=value]... (--profile <file> | [--member <org>]... [--profession <p>]...)',
    '    --at <date-time|instant|now> [--tz <zone>] [--position <n>] [--json]',
  ],
  options: [
    { name: 'schedule', value: 'file|preset', help: "a fee schedule as JSON, or an ABS preset id (its program's fees)" },
    { name: 'profile', value: 'file', help: "the registrant's profile as JSON (- for standard input)" },
    { name: 'member', value: 'org', multiple: true, help: 'the registrant is a member of this organization, e.g. ABS' },
    { name: 'profession', value: 'profession', multiple: true, help: 'the registrant\'s profession, e.g. physician, resident, medical_student' },
    { name: 'at', value: 'date-time|instant|now', help: 'when they register: "2026-07-31 23:30" (in --tz, or the schedule\'s zone), an instant with an offset, or now' },
    { name: 'tz', value: 'zone', help: "the IANA zone of --at when it has no offset (default: the schedule's zone)" },
    { name: 'position', value: 'n', help: "the registrant's place in the order of registration, from 1 (for prices limited to the first registrants)" },
    ...PARAM_OPTIONS,
  ],
  decides: true,
  notes: [
    'The registrant pays the lowest price among the categories they qualify for; qualifying for none, or registering outside the registration window, is an answer (verdict not_qualified or closed; exit code 0, or 1 with --exit-code). With --json: the quote ({ verdict, price, category, period, qualifiedFor, reasons, message }).',
  ],
  examples: [
    'fee --schedule abs-new-england-leadership-intensive-2026 --member ABS --at "2026-07-31 23:30"',
    'fee --schedule fees.json --profile me.json --at now --json',
  ],
  run: (args, io) => {
    const raw = required(args, 'schedule', 'a JSON file or an ABS preset id');
    const schedule = presetOrFile(args, io, raw, 'fee schedule', FeeScheduleSchema, (id) => {
      return presetPart(id, 'fees', presetParams(args, io), () => new CliUsageError(`preset ${id} publishes no fee schedule; give one as a JSON file`));
    });
    const zone = zoneOption(args, { name: schedule.timeZone, from: "the schedule's zone" });
    const at = instantValue('at', required(args, 'at', 'when they register, e.g. "2026-07-31 23:30", or now'), io, zone);
    const position = args.value('position');
    const options = { at, ...(position === undefined ? {} : { position: integerValue('position', position) }) };
    const profile = profileOf(args, io);
    const quote = withOptionNames(args, () => quoteFee(schedule, profile, options), { position: 'position' });
    return { json: quote, text: quoteText(quote, wallText(at, schedule.timeZone)), no: quote.verdict !== 'priced' };
  },
};
