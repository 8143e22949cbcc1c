/** `balint waitlist`. Internal. */
import { CapacityPolicySchema, RegistrationEventsSchema, replayRegistrations, type RegistrationEvent, type RosterState } from '../../capacity/index.js';
import { TimeZoneSchema } from '../../common/schemas.js';
import { waitlistTimelineSvg } from '../../pictures/index.js';
import { validate } from '../../_lib/validate.js';
import { CliUsageError } from '../CliUsageError.js';
import { required, type Args } from '../_args.js';
import { presetOrFile, presetParams, presetPart, PARAM_OPTIONS, readJson } from '../_sources.js';
import type { CommandSpec } from '../_spec.js';
import { lines } from '../_text.js';
import { checkedValue, instantValue, integerValue, wallText, withOptionNames } from '../_values.js';
import type { CliIo } from '../io.js';

/** `--claim-hours <n>`: waitlist offers, over the policy's own. */
function withOffers(policy: unknown, args: Args): unknown {
  const hours = args.value('claim-hours');
  // A policy that is not an object is left for the validator to refuse.
  if (hours === undefined || typeof policy !== 'object' || policy === null || Array.isArray(policy)) return policy;
  return { ...policy, waitlistOffers: { claimHours: integerValue('claim-hours', hours) } };
}

/** The capacity policy: `--capacity <file|preset>`, or `--seats`, `--max-waitlist`, `--no-waitlist` and `--allow-transfers`. */
function policyOf(args: Args, io: CliIo): unknown {
  const raw = args.value('capacity');
  const seats = args.value('seats');
  const maxWaitlist = args.value('max-waitlist');
  const inline = seats !== undefined || maxWaitlist !== undefined || args.flag('no-waitlist') || args.flag('allow-transfers');
  if (raw !== undefined && inline) throw new CliUsageError('give --capacity <file|preset> or --seats/--max-waitlist/--no-waitlist/--allow-transfers, not both');
  if (raw !== undefined) {
    return presetOrFile(args, io, raw, 'capacity policy', CapacityPolicySchema, (id) => {
      return presetPart(id, 'capacity', presetParams(args, io), () => new CliUsageError(`preset ${id} sets no capacity; give --seats <n>`));
    });
  }
  if (seats === undefined) throw new CliUsageError('--seats <n> or --capacity <file|preset> is required');
  return {
    maxSeats: integerValue('seats', seats),
    ...(args.flag('no-waitlist') ? { waitlist: false } : {}),
    ...(maxWaitlist === undefined ? {} : { maxWaitlist: integerValue('max-waitlist', maxWaitlist) }),
    ...(args.flag('allow-transfers') ? { transfers: { allowed: true } } : {}),
  };
}

/** The events of a file: an array, or an object with an `events` array. */
export function eventsOf(io: CliIo, path: string): unknown {
  const json = readJson(io, path, 'registration events');
  return json !== null && typeof json === 'object' && !Array.isArray(json) && 'events' in json ? json.events : json;
}

/** The registration log of `--events <file>`, validated, its errors naming the file (or standard input). */
export function eventsLog(io: CliIo, file: string): RegistrationEvent[] {
  return validate(RegistrationEventsSchema, eventsOf(io, file), `registration events in ${file === '-' ? 'standard input' : `"${file}"`}`);
}

const names = (ids: readonly string[]): string => (ids.length === 0 ? 'none' : ids.join(', '));

/** One line of the log: numbered by the event that caused it, or, for what happened after the last event (offers expired by `--at`), unnumbered. */
function logLine(d: RosterState['decisions'][number], roster: RosterState, zone: string, at: string | undefined): string {
  return d.eventIndex < roster.eventCount || at === undefined ? `  ${d.eventIndex + 1}. ${wallText(d.at, zone)}: ${d.message}` : `  as of ${wallText(at, zone)}: ${d.message}`;
}

function rosterText(roster: RosterState, seats: number | undefined, zone: string, at: string | undefined): string {
  const out = [
    `seats:      ${seats === undefined ? `${roster.confirmed.length} taken (no limit)` : `${roster.confirmed.length} of ${seats} taken${roster.offers.length > 0 ? `, ${roster.offers.length} held for an offer` : ''}`}`,
    `confirmed:  ${names(roster.confirmed)}`,
    `waitlisted: ${roster.waitlist.length === 0 ? 'none' : roster.waitlist.map((id, i) => `${i + 1}. ${id}`).join(', ')}`,
  ];
  if (roster.offers.length > 0) {
    out.push(`offered:    ${roster.offers.map((o) => `${o.registrantId} (seat ${o.replaces} gave up, until ${wallText(o.expiresAt, zone)})`).join(', ')}`);
  }
  if (roster.declined.length > 0) out.push(`declined:   ${names(roster.declined)}`);
  if (roster.cancelled.length > 0) out.push(`cancelled:  ${names(roster.cancelled)}`);
  out.push('', 'Log:', ...roster.decisions.map((d) => logLine(d, roster, zone, at)));
  return lines(out);
}

export const waitlistCommand: CommandSpec = {
  name: 'waitlist',
  summary: 'replay registrations and cancellations: who has a seat, who waits, and why, or an SVG timeline',
  usage: [
    'waitlist --events <file> (--seats <n> [--max-waitlist <n>] [--no-waitlist] [--allow-transfers] | --capacity <file|preset>)',
    '         [--claim-hours <n>] [--at <date-time|instant|now>] [--tz <zone>] [--svg > waitlist.svg] [--json]',
  ],
  options: [
    { name: 'events', value: 'file', help: 'the log as JSON: an array of { kind: register | cancel | accept | decline, registrantId, at } and { kind: transfer, registrantId, to, at }, in the order it happened (- for standard input)' },
    { name: 'seats', value: 'n', help: 'how many seats' },
    { name: 'max-waitlist', value: 'n', help: 'how many may wait (default: no limit)' },
    { name: 'no-waitlist', help: 'keep no waitlist: registrations beyond the seats are declined' },
    { name: 'allow-transfers', help: 'accept transfer events (a registrant hands their place to a colleague)' },
    { name: 'capacity', value: 'file|preset', help: "a capacity policy as JSON, or an ABS preset id (its program's capacity)" },
    { name: 'claim-hours', value: 'n', help: 'offer a freed seat to the head of the waitlist for n hours instead of promoting at once (accept/decline events answer)' },
    { name: 'at', value: 'date-time|instant|now', help: 'the roster at this moment: offers whose hours ran out by then have expired (default: as of the last event)' },
    { name: 'tz', value: 'zone', help: 'the IANA zone to write times in (default UTC)' },
    { name: 'svg', help: 'print the replay as an SVG timeline of seats taken, seats held for an offer and the waitlist (with --at, a last column as of then)' },
    ...PARAM_OPTIONS,
  ],
  notes: [
    'First come, first served: a cancellation gives the seat to the head of the waitlist at once, or with --claim-hours offers it to them for that long. With --json: the roster ({ confirmed, waitlist, offers, declined, cancelled, promotions, decisions, eventCount, lastAt }).',
  ],
  examples: [
    'waitlist --events registrations.json --seats 2',
    'waitlist --events registrations.json --seats 2 --claim-hours 48 --at 2026-03-04T00:00:00Z',
    'waitlist --events registrations.json --seats 12 --max-waitlist 5 --svg > waitlist.svg',
  ],
  run: (args, io) => {
    const policy = withOffers(policyOf(args, io), args);
    const file = required(args, 'events', 'a JSON file of registration events');
    const rawZone = args.value('tz');
    const zone = rawZone === undefined ? 'UTC' : checkedValue(TimeZoneSchema, 'tz', rawZone);
    const p = withOptionNames(args, () => validate(CapacityPolicySchema, policy, 'capacity policy'), {
      maxSeats: 'seats',
      maxWaitlist: 'max-waitlist',
      waitlist: 'no-waitlist',
      'waitlistOffers.claimHours': 'claim-hours',
    });
    const log = eventsLog(io, file);
    const rawAt = args.value('at');
    const options = rawAt === undefined ? {} : { at: instantValue('at', rawAt, io, { name: zone, from: rawZone === undefined ? 'UTC, the default' : '--tz' }) };
    const roster = withOptionNames(args, () => replayRegistrations(p, log, options), { at: 'at' });
    return { json: roster, text: args.flag('svg') ? waitlistTimelineSvg(p, log, { timeZone: zone, ...options }) : rosterText(roster, p.maxSeats, zone, options.at) };
  },
};
