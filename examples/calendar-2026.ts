/**
 * The 2026 calendar of every program on the American Balint Society's pages,
 * built from the ABS presets and printed month by month in Eastern and
 * Pacific time: the online groups' meetings, the credentialed leaders'
 * drop-ins, the conversation for non-credentialed leaders, the diversity
 * discussions, the Ascona Prize's deadline and ceremony, and the dated
 * deadlines of the intensives and the retreat.
 *
 * The pages do not publish everything. Where a time is missing (the drop-ins
 * give a day but no time, the conversation a start but no length), the
 * calendar says so and prints what is published. Programs without published
 * dates (the intensives, the retreat) are listed at the end with what they
 * are missing.
 *
 * Run with `npx tsx examples/calendar-2026.ts`.
 */
import { describeSessionTimes, holidaysBetween, planSeries, US_FEDERAL_HOLIDAYS, type Series } from 'balint-rules';
import {
  ABS_PRESETS,
  absAsconaPrize2026,
  absCredentialedLeadersDropInMondays,
  absCredentialedLeadersDropInThursdays,
  absDiversityDiscussions2026,
  absLeadershipIntensiveFees2026,
  absNonCredentialedLeadersConversation2026,
  absOnlineGroupSaturday2026,
  absOnlineGroupTuesday2026,
  type AbsPresetId,
} from 'balint-rules/presets/abs';

const ZONES = [
  { timeZone: 'America/New_York', label: 'Eastern' },
  { timeZone: 'America/Los_Angeles', label: 'Pacific' },
];

/** One line of the calendar: its local date (Eastern), when on that day, and what. */
interface Entry {
  readonly date: string;
  readonly sortTime: string;
  readonly when: string;
  readonly what: string;
}
const entries: Entry[] = [];

/** Every session of a series, in both zones; `noun` names one session. */
function addSessions(name: string, series: Series, noun = 'meeting'): void {
  const { sessions } = planSeries(series);
  for (const s of sessions) {
    const times = describeSessionTimes(s, ZONES);
    const length = s.durationMinutes === series.durationMinutes ? '' : ` (${s.durationMinutes} minutes)`;
    const eastern = times.zones[0];
    entries.push({
      date: eastern?.date ?? s.date,
      sortTime: eastern?.startTime ?? s.startTime,
      when: times.text,
      what: `${name}: ${noun} ${s.index} of ${sessions.length}${length}`,
    });
  }
}

/** A dated entry with no time of day. */
function addDay(date: string, when: string, what: string): void {
  entries.push({ date, sortTime: '24:00', when, what });
}

// --- Published dates and times ----------------------------------------------
// The online groups' presets need facts their pages leave out (the minimum
// number of participants; the Saturday group's fee). They do not change the
// calendar, so any valid values do: here the Tuesday group's published fees.
const tuesday = absOnlineGroupTuesday2026({ minRegistrants: 6 });
const saturday = absOnlineGroupSaturday2026({ minRegistrants: 6, fees: tuesday.fees });
addSessions(saturday.name, saturday.schedule.series[0]);
addSessions(tuesday.name, tuesday.schedule.series[0]);

const diversity = absDiversityDiscussions2026(); // every fact published: no parameters
addSessions(`${diversity.name} (12 seats each, free)`, diversity.schedule.series[0], 'discussion');

// --- Published dates, times not published ----------------------------------
// The drop-ins' pages give the day ("generally the 4th Thursday of odd
// months") but no time, zone or length. The presets need them to plan
// sessions; the dates do not depend on them, so we pass placeholders and
// print the dates only.
const placeholders = { from: '2026-01-01', until: '2026-12-31', startTime: '12:00', timeZone: 'America/New_York', durationMinutes: 60 };
const holidays = new Map(holidaysBetween(US_FEDERAL_HOLIDAYS, '2026-01-01', '2026-12-31').map((h) => [h.date, h.name]));
for (const dropIn of [absCredentialedLeadersDropInThursdays(placeholders), absCredentialedLeadersDropInMondays(placeholders)]) {
  const series = dropIn.schedule.series[0];
  for (const s of planSeries(series).sessions) {
    const holiday = holidays.get(s.date);
    const note = holiday === undefined ? '' : ` (${holiday}: the series "generally" meets on its day)`;
    addDay(s.date, 'time not published', `${dropIn.name}, for ABS Credentialed Leaders${note}`);
  }
}

// The conversation's page gives its start, "January 22, 2026 at 04:00 PM
// Eastern", but not its length: the preset needs one, so we print the start only.
const conversation = absNonCredentialedLeadersConversation2026({ durationMinutes: 60 });
const starts = describeSessionTimes(conversation.schedule.events[0], ZONES).zones;
entries.push({
  date: starts[0]?.date ?? '',
  sortTime: starts[0]?.startTime ?? '',
  when: `starts ${starts.map((z) => `${clock(z.startTime)} ${z.label}`).join(' / ')} (length not published)`,
  what: conversation.name,
});

// --- Dated deadlines and events ---------------------------------------------
// The Ascona Prize's page does not say which zone "received before 31st
// January 2026" is read in; the preset needs one, but the date is published.
const ascona = absAsconaPrize2026({ timeZone: 'Europe/Zurich' });
addDay(ascona.submission.deadline.date, 'deadline', `${ascona.name}: essays must be received before this day (in a zone the page does not name)`);
const { ceremony } = ascona.award;
if (ceremony !== undefined) addDay(ceremony.from, `to ${dayOf(ceremony.until)}`, `${ceremony.event}, ${ceremony.place}: the Ascona Prizes are given`);

const intensiveFees = absLeadershipIntensiveFees2026();
const earlyBird = intensiveFees.periods[0]?.until;
if (earlyBird?.kind === 'date') addDay(earlyBird.date, `end of day, ${labelOf(intensiveFees.timeZone)}`, 'Leadership intensives: last day of the early-bird fee');

for (const id of ['abs-healing-mindfulness-compassion-retreat-2026', 'abs-new-england-leadership-intensive-2026'] as const) {
  const policy = ABS_PRESETS[id].refundPolicy;
  const deadline = policy?.rules[0]?.when.receivedBy;
  if (policy !== null && deadline?.kind === 'date') {
    addDay(deadline.date, `end of day, ${labelOf(policy.timeZone)}`, `${ABS_PRESETS[id].name}: last day to cancel in writing ($100 withheld)`);
  }
}

// --- Print ---------------------------------------------------------------------
console.log("The American Balint Society's programs in 2026 (times Eastern / Pacific)");
let month = '';
for (const e of [...entries].sort((a, b) => `${a.date} ${a.sortTime}`.localeCompare(`${b.date} ${b.sortTime}`))) {
  if (e.date.slice(0, 7) !== month) {
    month = e.date.slice(0, 7);
    console.log(`\n${monthOf(e.date)}`);
  }
  console.log(`  ${dayOf(e.date).padEnd(12)} ${e.when}`);
  console.log(`  ${''.padEnd(12)} ${e.what}`);
}

// Programs whose pages publish no dates: their presets take them, and the
// other unpublished facts, as required parameters.
const undated: AbsPresetId[] = ['abs-spokane-leadership-intensive', 'abs-new-england-leadership-intensive-2026', 'abs-healing-mindfulness-compassion-retreat-2026'];
console.log('\nNot on the calendar: dates not published');
for (const id of undated) {
  const preset = ABS_PRESETS[id];
  console.log(`  ${preset.name}, needs:`);
  for (const p of preset.parameters.filter((p) => p.required)) console.log(`    ${p.name}: ${p.description}`);
}

/** `16:00` as `4:00pm`, the way the pages write times. */
function clock(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}${h < 12 ? 'am' : 'pm'}`;
}

/** `Eastern` for America/New_York, `Pacific` for America/Los_Angeles. */
function labelOf(timeZone: string): string {
  return ZONES.find((z) => z.timeZone === timeZone)?.label ?? timeZone;
}

/** `2026-01-10` as `Sat, Jan 10`, and its month as `January 2026` (a local date: read at noon UTC). */
function dayOf(date: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${date}T12:00:00Z`));
}
function monthOf(date: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${date}T12:00:00Z`));
}
