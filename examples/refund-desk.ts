/**
 * A refund desk: "what do I get back if I cancel today?", answered for every
 * ABS preset whose refund policy is published in full (the two online
 * groups, the Healing, Mindfulness and Compassion Retreat, the New England
 * leadership intensive), for "today" values on both sides of each deadline:
 * a day before, the last minute, the first minute after, a request by phone
 * instead of in writing, and emails sent from another time zone (a deadline
 * is read in the policy's zone, whatever the sender's clock says).
 *
 * Every "today" is a constant below, given as the sender's wall-clock time.
 * The answers are the library's: the refund, the fee withheld, and the
 * sentence a registrant reads.
 *
 * Run with `npx tsx examples/refund-desk.ts`.
 */
import { instantToZoned, zonedToInstant } from 'balint-rules';
import { quoteFee } from 'balint-rules/fees';
import { formatMoney, money, type Money } from 'balint-rules/money';
import {
  ABS_PRESET_IDS,
  ABS_PRESETS,
  absLeadershipIntensiveFees2026,
  type AbsPresetId,
} from 'balint-rules/presets/abs';
import { quoteRefund } from 'balint-rules/refunds';

const PACIFIC = 'America/Los_Angeles';
const EASTERN = 'America/New_York';
const LABELS: Record<string, string> = { [PACIFIC]: 'Pacific', [EASTERN]: 'Eastern' };

/** One question at the desk: when it is sent (the sender's clock and zone), by whom, how. */
interface Question {
  readonly today: string;
  readonly from: string;
  readonly by: 'registrant' | 'organizer';
  readonly how: string;
  readonly inWriting?: boolean;
  readonly reason?: string;
  readonly sessionsAttended?: number;
}

const registrant = (today: string, from: string, how: string, inWriting = true): Question => ({ today, from, by: 'registrant', how, inWriting });

// What the registrant paid. The intensive's fee comes from the ABS's 2026
// table (an ABS member registering in June pays the early-bird price); the
// online groups' is the Tuesday group's $250; the retreat's is not published.
const intensiveFee = quoteFee(absLeadershipIntensiveFees2026(), { memberships: [{ organization: 'ABS' }] }, { at: '2026-06-01T15:00:00Z' });
if (intensiveFee.verdict !== 'priced') throw new Error(intensiveFee.message);

const DESK: Partial<Record<AbsPresetId, { paid: Money; note: string; questions: Question[] }>> = {
  'abs-online-group-saturday-2026': {
    paid: money('250', 'USD'),
    note: "no fee is published for this group: the Tuesday group's member fee",
    questions: [
      registrant('2026-01-05T09:00', EASTERN, 'cancels by email before the first meeting'),
      { today: '2026-01-06T09:00', from: EASTERN, by: 'organizer', how: 'the ABS cancels: too few registered', reason: 'insufficient_registrants' },
    ],
  },
  'abs-online-group-tuesday-2026': {
    paid: money('250', 'USD'),
    note: 'the ABS member fee',
    questions: [
      { today: '2026-02-03T12:00', from: EASTERN, by: 'organizer', how: 'the ABS cancels: too few registered', reason: 'insufficient_registrants' },
      { today: '2026-02-03T12:00', from: EASTERN, by: 'organizer', how: 'the hosts cancel: a leader is ill', reason: 'leader_unavailable' },
      registrant('2026-02-09T18:00', PACIFIC, 'cancels by email the day before the first meeting'),
      { ...registrant('2026-05-13T10:00', EASTERN, 'drops out after 4 meetings'), sessionsAttended: 4 },
    ],
  },
  'abs-healing-mindfulness-compassion-retreat-2026': {
    paid: money('600', 'USD'),
    note: 'the fee is not published: $600 as an example',
    questions: [
      registrant('2026-03-11T10:00', PACIFIC, 'cancels by email'),
      registrant('2026-03-12T15:00', PACIFIC, 'cancels by phone', false),
      registrant('2026-03-12T23:59', PACIFIC, 'cancels by email'),
      registrant('2026-03-13T01:30', EASTERN, 'cancels by email from New York'),
      registrant('2026-03-13T00:00', PACIFIC, 'cancels by email'),
    ],
  },
  'abs-new-england-leadership-intensive-2026': {
    paid: intensiveFee.price,
    note: `${intensiveFee.period.label}, ${intensiveFee.category.label}`,
    questions: [
      registrant('2026-09-14T09:00', EASTERN, 'cancels by letter'),
      registrant('2026-09-15T23:59', EASTERN, 'cancels by email'),
      registrant('2026-09-15T21:30', PACIFIC, 'cancels by email from Los Angeles'),
      registrant('2026-09-16T00:00', EASTERN, 'cancels by email'),
    ],
  },
};

console.log('What do I get back if I cancel today? ("today": when the request is received, by the sender\'s clock)\n');
for (const id of ABS_PRESET_IDS) {
  const { name, refundPolicy: policy } = ABS_PRESETS[id];
  const desk = DESK[id];
  if (policy === null || desk === undefined) continue;
  console.log(`${name}: paid ${formatMoney(desk.paid)} (${desk.note})`);
  for (const q of desk.questions) {
    const [date = '', time = ''] = q.today.split('T');
    const at = zonedToInstant({ date, time, timeZone: q.from });
    const local = instantToZoned(at, policy.timeZone);
    const there = q.from === policy.timeZone ? '' : ` (${local.date} ${local.time} ${LABELS[policy.timeZone]})`;
    const quote = quoteRefund(
      policy,
      { paid: desk.paid, ...(q.sessionsAttended === undefined ? {} : { sessionsAttended: q.sessionsAttended }) },
      { by: q.by, at, inWriting: q.inWriting ?? false, ...(q.reason === undefined ? {} : { reason: q.reason }) },
    );
    console.log(`  ${date} ${time} ${LABELS[q.from]}${there}, ${q.how}: ${formatMoney(quote.refund)} back`);
    console.log(`    ${quote.message}`);
  }
  console.log();
}

console.log('No answer at this desk: no refund policy published in full');
for (const id of ABS_PRESET_IDS) {
  const preset = ABS_PRESETS[id];
  if (preset.refundPolicy !== null) continue;
  const deadline = preset.parameters.find((p) => p.name === 'refundDeadline');
  console.log(`  ${preset.name}: ${deadline === undefined ? 'its page states no cancellation policy' : 'its cancellation deadline is not published'}`);
}
