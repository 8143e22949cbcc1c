/**
 * The main job: prints the 2026 schedule of the American Balint Society's
 * online Balint group in Eastern and Pacific time, the ABS's other series,
 * and the policy decisions the library makes for them, as the ABS's pages
 * state them. Every time reads the same way ("4:00pm Eastern / 1:00pm
 * Pacific") and every date as weekday and ISO date ("Sat 2026-01-10").
 *
 * Run with `npm start`.
 */
import {
  checkEligibility,
  describeSessionTimes,
  formatRecurrence,
  occurrenceDetails,
  parseRecurrence,
  planSeries,
  planSessions,
  replayRegistrations,
  type RegistrantProfile,
  toRRule,
  US_FEDERAL_HOLIDAYS,
  zonedToInstant,
} from 'balint-rules';
import { creditsFor } from 'balint-rules/credits';
import { quoteFee } from 'balint-rules/fees';
import { formatMoney } from 'balint-rules/money';
import {
  absDiversityDiscussions2026,
  absLeadershipIntensiveFees2026,
  absOnlineGroupSaturday2026,
  absOnlineGroupTuesday2026,
  absRefundPolicy,
} from 'balint-rules/presets/abs';
import { quoteRefund } from 'balint-rules/refunds';

const zones = ['America/New_York', 'America/Los_Angeles'];
const lines: string[] = [];
const say = (line = ''): void => {
  lines.push(line);
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** A date as the demo writes every date: `Sat 2026-01-10`. */
function day(date: string): string {
  return `${WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]} ${date}`;
}
/** A wall time as the demo writes every time: `4:00pm`. */
function clock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${String(minutes).padStart(2, '0')}${hours < 12 ? 'am' : 'pm'}`;
}
/** An instant in one zone: `Fri 2026-07-31 at 11:59pm Eastern`. */
function when(instant: string, zone: string): string {
  const [at] = describeSessionTimes({ start: instant, end: instant }, [zone]).zones;
  if (at === undefined) throw new Error(`no time in ${zone}`);
  return `${day(at.date)} at ${clock(at.startTime)} ${at.label}`;
}

say("The American Balint Society's 2026 programs, from the ABS's pages, as balint-rules plans and decides them.");
say('Times are shown in Eastern and Pacific time; sessions keep their wall-clock time across daylight saving.');
say();

function printSeries(title: string, series: Parameters<typeof planSeries>[0]): void {
  const plan = planSeries(series);
  say(title);
  for (const session of plan.sessions) {
    const times = describeSessionTimes(session, zones).text;
    const notes = [
      session.durationMinutes !== series.durationMinutes ? `${session.index === 1 ? 'first session, ' : ''}${session.durationMinutes} minutes` : '',
      session.holiday ? `moved off ${session.holiday}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    say(`  ${String(session.index).padStart(2)}. ${day(session.date)}  ${times}${notes ? `  (${notes})` : ''}`);
  }
  for (const skipped of plan.skipped) say(`      ${day(skipped.date)}: no session (${skipped.holiday ?? skipped.reason})`);
  say();
}

printSeries('Online Balint group: monthly on the second Saturday, 11:00am Eastern, January to August 2026', {
  recurrence: 'monthly on the second Saturday',
  from: '2026-01-01',
  count: 8,
  startTime: '11:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
  firstSessionMinutes: 90,
});

printSeries('Online Balint group: the second Tuesday, 7:00pm Eastern, February to November 2026', {
  recurrence: 'the second Tuesday of every month',
  from: '2026-02-01',
  count: 10,
  startTime: '19:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
  firstSessionMinutes: 90,
});

function printDates(title: string, recurrence: string): void {
  const rule = parseRecurrence(recurrence);
  const { occurrences, skipped } = occurrenceDetails(rule, {
    from: '2026-01-01',
    until: '2026-12-31',
    holidays: { calendar: US_FEDERAL_HOLIDAYS, action: 'skip' },
  });
  say(`${title}: ${formatRecurrence(rule)} (${toRRule(rule)})`);
  say("  The ABS's page gives no meeting time, so these are dates only, with US federal holidays left out.");
  say(`  Held: ${occurrences.map((o) => day(o.date)).join(', ')}`);
  for (const s of skipped) {
    say(`  Not held on ${day(s.date)}: it is ${s.holiday ?? s.reason}. The ABS's page says the series "generally" meets on`);
    say('  its rule, so confirm the date with the ABS before announcing it.');
  }
  say();
}

printDates("Credentialed leaders' drop-in (Arnold Goldberg)", 'the 4th Thursday of odd months');
printDates("Credentialed leaders' drop-in (Paul Scott)", '4th Monday of even months');

const conversation = zonedToInstant({ date: '2026-01-22', time: '16:00', timeZone: 'America/New_York' });
say('Conversation for non-credentialed leaders (its length is not published: start time only)');
say(`  ${zones.map((zone) => when(conversation, zone)).join(' / ')}`);
say();

printSeries('Diversity discussions, 8:00pm Eastern (free, 12 seats)', {
  recurrence: 'on March 12, June 11, September 10 and December 10, 2026',
  from: '2026-01-01',
  startTime: '20:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
});

// ---------------------------------------------------------------------------
// Policy decisions, from the ABS presets. The registrants, amounts paid and
// dates below are example inputs; the policies are the ABS's published ones.

const tuesdayGroup = absOnlineGroupTuesday2026({ minRegistrants: 6 }); // the minimum is not published: an input
say('Decisions for the Tuesday online group (fees $250 ABS members / $400 non-members)');
const physician: RegistrantProfile = { professions: ['physician'], clinicallyActive: true, memberships: [{ organization: 'ABS', until: '2026-12-31' }] };
const retired: RegistrantProfile = { professions: ['psychologist'], clinicallyActive: false };
const people: [string, RegistrantProfile][] = [['a clinically active physician, ABS member', physician], ['a retired psychologist, not a member', retired]];
for (const [who, profile] of people) {
  const eligibility = checkEligibility(tuesdayGroup.eligibility, profile, { at: '2026-01-15' });
  const fee = quoteFee(tuesdayGroup.fees, profile, { at: '2026-01-15T15:00:00Z' });
  say(`  ${who}: ${eligibility.verdict === 'eligible' ? 'eligible' : `not eligible (${eligibility.reasons.map((r) => r.message).join(' ')})`}; fee ${fee.price ? formatMoney(fee.price) : '-'}`);
}
const paidGroup = { paid: { amount: '250.00', currency: 'USD' } };
const byOrganizer = quoteRefund(tuesdayGroup.refunds, paidGroup, { by: 'organizer', reason: 'insufficient_registrants', at: '2026-02-01T12:00:00Z' });
const byRegistrant = quoteRefund(tuesdayGroup.refunds, paidGroup, { by: 'registrant', at: '2026-04-20T12:00:00Z' });
say(`  the ABS cancels the group for insufficient registrants: ${formatMoney(byOrganizer.refund)} back.`);
say(`    ${byOrganizer.message}`);
say(`  a registrant drops out in April: ${formatMoney(byRegistrant.refund)} back.`);
say(`    ${byRegistrant.message}`);
say();

say('Leadership intensive 2026 fees for an ABS member (early bird until the end of July 31, Eastern time)');
for (const at of ['2026-08-01T03:59:00Z', '2026-08-01T04:00:00Z']) {
  const fee = quoteFee(absLeadershipIntensiveFees2026(), physician, { at });
  say(`  registering ${when(at, 'America/New_York')}: ${fee.price ? formatMoney(fee.price) : '-'} (${fee.period?.label ?? 'registration closed'})`);
}
say();

const retreatPolicy = absRefundPolicy('abs-healing-mindfulness-compassion-retreat-2026');
say('Retreat refunds: cancel in writing by March 12, 2026 (Pacific); $100 withheld. A registrant paid $600:');
for (const at of ['2026-03-13T06:59:00Z', '2026-03-13T07:00:00Z']) {
  const quote = quoteRefund(retreatPolicy, { paid: { amount: '600.00', currency: 'USD' } }, { by: 'registrant', inWriting: true, at });
  say(`  received ${when(at, 'America/Los_Angeles')}: ${formatMoney(quote.refund)} back, ${formatMoney(quote.withheld)} withheld.`);
  say(`    ${quote.message}`);
}
say();

const diversity = absDiversityDiscussions2026();
const signUps = Array.from({ length: 14 }, (_, i) => ({ kind: 'register' as const, registrantId: `leader-${i + 1}`, at: `2026-02-${String(i + 1).padStart(2, '0')}T12:00:00Z` }));
const roster = replayRegistrations(diversity.capacity, [...signUps, { kind: 'cancel', registrantId: 'leader-3', at: '2026-03-01T12:00:00Z' }]);
say(`Diversity discussion: 12 seats, free (fee ${formatMoney(quoteFee(diversity.fees, physician, { at: '2026-02-01T12:00:00Z' }).price ?? { amount: '0.00', currency: 'USD' })})`);
say(`  14 leaders sign up, then leader-3 cancels: ${roster.confirmed.length} confirmed;` +
  ` moved up from the waitlist: ${roster.promotions.map((p) => p.registrantId).join(', ')}; still waiting: ${roster.waitlist.join(', ')}`);
say();

// The Saturday group's page states no fee: the demo passes the Tuesday group's published fees as an input.
const saturdayGroup = absOnlineGroupSaturday2026({ minRegistrants: 6, fees: tuesdayGroup.fees });
const sessions = planSessions(saturdayGroup.schedule.series[0]);
const everything = sessions.map((s) => ({ session: s.index, kind: 'full' as const }));
const missedOne = everything.map((a) => (a.session === 4 ? { session: 4, kind: 'absent' as const } : a));
for (const [who, attendance] of [['all eight sessions', everything], ['missed session 4', missedOne]] as const) {
  const result = creditsFor(saturdayGroup.accreditation, sessions, attendance);
  say(`Saturday group credit, ${who}: ${Object.values(result.systems).map((s) => `${s.credits} ${s.name}`).join('; ')}`);
}

console.log(lines.join('\n'));
