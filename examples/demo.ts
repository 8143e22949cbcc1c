/**
 * The main job: prints the 2026 schedule of the American Balint Society's
 * online Balint group in Eastern and Pacific time, the other seed series,
 * and the policy decisions the library makes for them.
 *
 * Run with `npm start`.
 */
import { describeSessionTimes, instantToZoned, zonedToInstant, formatRecurrence, occurrenceDetails, parseRecurrence, planSeries, toRRule, US_FEDERAL_HOLIDAYS } from 'balint-rules';

const zones = ['America/New_York', 'America/Los_Angeles'];
const lines: string[] = [];
const say = (line = ''): void => {
  lines.push(line);
};

function printSeries(title: string, series: Parameters<typeof planSeries>[0]): void {
  const plan = planSeries(series);
  say(title);
  for (const session of plan.sessions) {
    const times = describeSessionTimes(session, zones).text;
    const notes = [session.durationMinutes !== series.durationMinutes ? `${session.durationMinutes} min` : '', session.holiday ? `moved off ${session.holiday}` : '']
      .filter(Boolean)
      .join('; ');
    say(`  ${String(session.index).padStart(2)}. ${session.date}  ${times}${notes ? `  (${notes})` : ''}`);
  }
  for (const skipped of plan.skipped) say(`      ${skipped.date}: no session (${skipped.holiday ?? skipped.reason})`);
  say();
}

printSeries('Online Balint group: monthly on the second Saturday, 11am Eastern, January to August 2026', {
  recurrence: 'monthly on the second Saturday',
  from: '2026-01-01',
  count: 8,
  startTime: '11:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
  firstSessionMinutes: 90,
});

printSeries('Online Balint group: the second Tuesday, 7pm Eastern, February to November 2026', {
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
  say('  The seeds give no meeting time: dates only.');
  say(`  ${occurrences.map((o) => o.date).join(', ')}`);
  for (const s of skipped) say(`  ${s.date}: falls on ${s.holiday ?? s.reason}; the series "generally" meets on its rule`);
  say();
}

printDates("Credentialed leaders' drop-in (Arnold Goldberg)", 'the 4th Thursday of odd months');
printDates("Credentialed leaders' drop-in (Paul Scott)", '4th Monday of even months');

const conversation = zonedToInstant({ date: '2026-01-22', time: '16:00', timeZone: 'America/New_York' });
say('Conversation for non-credentialed leaders (length not published: start time only)');
say(`  ${zones.map((zone) => { const at = instantToZoned(conversation, zone); return `${at.date} ${at.time} ${zone}`; }).join(' / ')}`);
say();

printSeries('Diversity discussions, 8pm Eastern (free, 12 seats)', {
  recurrence: 'on March 12, June 11, September 10 and December 10, 2026',
  from: '2026-01-01',
  startTime: '20:00',
  timeZone: 'America/New_York',
  durationMinutes: 60,
});

console.log(lines.join('\n'));
