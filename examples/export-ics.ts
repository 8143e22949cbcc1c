/**
 * Exports the ABS online Balint group on second Saturdays (January 10 to
 * August 8, 2026, 11:00am Eastern, the first meeting 90 minutes) as an
 * iCalendar (.ics) file that Google Calendar, Outlook and Apple Calendar
 * import: one recurring event whose first meeting is longer, in
 * America/New_York time, so every reader shows it at 8:00am in Los Angeles.
 *
 * The run prints the calendar text; the comment at the end shows how to write
 * it to a file instead. DTSTAMP is a fixed instant (the library has no clock),
 * so the output is the same on every run.
 *
 * Run with `npx tsx examples/export-ics.ts`.
 */
import { seriesToICalendar } from 'balint-rules/ics';
import { absOnlineGroupSaturday2026, absOnlineGroupTuesday2026 } from 'balint-rules/presets/abs';

// The page gives no fee or minimum for this group; the preset needs them and
// the calendar does not use them (the fee here is the Tuesday group's).
const group = absOnlineGroupSaturday2026({ minRegistrants: 6, fees: absOnlineGroupTuesday2026({ minRegistrants: 6 }).fees });

const calendar = seriesToICalendar(group.schedule.series[0], {
  dtstamp: '2025-12-01T12:00:00Z', // "now" for the export: a constant, stated here
  uidDomain: 'americanbalintsociety.org',
  summary: 'Online Balint group (Eddo de Lang, MD and Darlene Lawrence, MD)',
  description: 'Eight monthly meetings on the second Saturday; the first is 90 minutes, the others 60. Registrants commit to attending all sessions.',
  location: 'Online',
});

console.log(`${group.name}: ${calendar.layout} event, UID ${calendar.uids.join(', ')}`);
for (const reason of calendar.reasons) console.log(`  ${reason.code}: ${reason.message}`);
console.log();
// iCalendar lines end with CRLF; they are printed here with plain newlines.
console.log(calendar.ics.replaceAll('\r\n', '\n'));

// To save it for a calendar app, write the text as it is (CRLF line ends):
//
//   import { writeFileSync } from 'node:fs';
//   writeFileSync('online-balint-group-2026.ics', calendar.ics);
