/**
 * Replays registrations as a readable log, with the ABS presets' capacity
 * rules:
 *
 * 1. The Diversity Committee's discussion of March 12, 2026, "limiting
 *    attendance to 12 participants": sign-ups, a duplicate, cancellations
 *    ("let us know so we can give your spot to someone else") and the
 *    promotions from the waitlist they cause, then the final roster.
 * 2. The Tuesday online group, which needs "a minimum number of
 *    participants" to run: the go / no-go decision (`decideViability`) before
 *    and after its decision date, and on a no-go the refunds owed to everyone
 *    registered ("those registered will receive their money back"), each
 *    quoted with the group's refund policy.
 *
 * The names and dates of the registrations are made up, and so are the
 * Tuesday group's minimum and decision date (the page publishes neither).
 * Times are printed in Eastern time.
 *
 * Run with `npx tsx examples/waitlist-replay.ts`.
 */
import {
  decideViability,
  instantToZoned,
  replayRegistrations,
  type RegistrantProfile,
  type RegistrationEvent,
  type RosterState,
} from 'balint-rules';
import { quoteFee } from 'balint-rules/fees';
import { addMoney, formatMoney, money } from 'balint-rules/money';
import { absDiversityDiscussions2026, absOnlineGroupTuesday2026 } from 'balint-rules/presets/abs';
import { quoteRefund } from 'balint-rules/refunds';

const EASTERN = 'America/New_York';

/** Each decision of a roster, at its Eastern time. */
function printLog(roster: RosterState): void {
  for (const d of roster.decisions) {
    const at = instantToZoned(d.at, EASTERN);
    console.log(`  ${at.date} ${at.time}  ${d.message}`);
  }
}

// --- 1. Twelve seats and a waitlist -------------------------------------------
const discussion = absDiversityDiscussions2026();
const leaders = ['ana', 'ben', 'chloe', 'dev', 'eli', 'fatima', 'gus', 'hana', 'ivan', 'jo', 'kai', 'lea', 'mo', 'nina', 'omar'];
const log: RegistrationEvent[] = [
  // Fifteen leaders sign up in February, one a day: the last three wait.
  ...leaders.map((id, i): RegistrationEvent => ({ kind: 'register', registrantId: id, at: `2026-02-${String(i + 2).padStart(2, '0')}T15:00:00Z` })),
  { kind: 'register', registrantId: 'ben', at: '2026-02-20T14:00:00Z' }, // ben signs up twice
  { kind: 'cancel', registrantId: 'dev', at: '2026-03-02T13:30:00Z' }, // a seat frees up: mo moves up
  { kind: 'cancel', registrantId: 'omar', at: '2026-03-05T21:10:00Z' }, // omar leaves the waitlist
  { kind: 'cancel', registrantId: 'zoe', at: '2026-03-06T12:00:00Z' }, // never registered
  { kind: 'cancel', registrantId: 'gus', at: '2026-03-11T23:45:00Z' }, // the night before: nina moves up
  { kind: 'register', registrantId: 'pat', at: '2026-03-12T18:00:00Z' }, // the afternoon of the discussion
];
const roster = replayRegistrations(discussion.capacity, log);

console.log(`${discussion.name}: ${discussion.capacity.maxSeats} seats, with a waitlist`);
printLog(roster);
console.log(`  Confirmed (${roster.confirmed.length}): ${roster.confirmed.join(', ')}`);
console.log(`  Waiting: ${roster.waitlist.join(', ') || 'nobody'}; cancelled: ${roster.cancelled.join(', ')}`);
console.log(`  Promoted: ${roster.promotions.map((p) => `${p.registrantId} (for ${p.replaces})`).join(', ')}`);

// --- 2. Go or no-go for a group with a minimum --------------------------------
// The page says a minimum is required but not the number, nor when the ABS
// decides: 6 and February 3, 2026 (Eastern) here.
const group = absOnlineGroupTuesday2026({ minRegistrants: 6, decisionDate: { date: '2026-02-03', timeZone: EASTERN } });
const member: RegistrantProfile = { memberships: [{ organization: 'ABS', until: '2026-12-31' }] };
const profiles: Record<string, RegistrantProfile> = { rosa: member, sam: {}, tariq: member, uma: member, vic: {} };
const signUps: RegistrationEvent[] = [
  { kind: 'register', registrantId: 'rosa', at: '2026-01-08T16:00:00Z' },
  { kind: 'register', registrantId: 'sam', at: '2026-01-12T02:30:00Z' },
  { kind: 'register', registrantId: 'tariq', at: '2026-01-15T18:45:00Z' },
  { kind: 'register', registrantId: 'uma', at: '2026-01-21T13:00:00Z' },
  { kind: 'register', registrantId: 'vic', at: '2026-01-27T20:15:00Z' },
  { kind: 'cancel', registrantId: 'vic', at: '2026-01-30T15:00:00Z' },
];
const groupRoster = replayRegistrations(group.capacity, signUps);

const cancelledAt = '2026-02-04T14:00:00Z'; // the ABS tells the registrants on the morning after the decision date

console.log(`\n${group.name}: at least ${group.capacity.minRegistrants} registrants, decision on ${group.capacity.decisionDate?.date} (Eastern)`);
printLog(groupRoster);
for (const day of ['2026-02-03', '2026-02-04']) {
  const viability = decideViability(group.capacity, groupRoster, { at: day });
  console.log(`  As of ${day}: ${viability.verdict}. ${viability.reasons.map((r) => r.message).join(' ')}`);

  const owed = viability.refundsOwed;
  if (owed === null) continue;
  console.log(`  ${owed.message}`);
  let total = money('0', 'USD');
  for (const id of owed.registrantIds ?? []) {
    // What each paid: the group's fee for them when they registered.
    const registeredAt = signUps.find((e) => e.registrantId === id && e.kind === 'register')?.at ?? '';
    const fee = quoteFee(group.fees, profiles[id] ?? {}, { at: registeredAt });
    if (fee.verdict !== 'priced') {
      console.log(`    ${id}: ${fee.message}`);
      continue;
    }
    const refund = quoteRefund(group.refunds, { paid: fee.price }, { ...owed.cancellation, at: cancelledAt });
    total = addMoney(total, refund.refund);
    console.log(`    ${id} (${fee.category.label}): ${formatMoney(refund.refund)} back. ${refund.message}`);
  }
  console.log(`  Refunds owed in all: ${formatMoney(total)}`);
}

// Two more registrations by the decision date, and the group runs.
const withTwoMore = decideViability(group.capacity, groupRoster.confirmed.length + 2, { at: '2026-02-04' });
console.log(`  With two more registrants: ${withTwoMore.verdict}. ${withTwoMore.reasons.map((r) => r.message).join(' ')}`);
