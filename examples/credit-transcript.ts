/**
 * A continuing-education transcript for a participant of the ABS online
 * Balint group on second Saturdays (January 10 to August 8, 2026) who missed
 * the April meeting: the sessions come from the preset's schedule, the credit
 * from its accreditation (AAFP Prescribed, with the AMA/AAFP equivalency
 * wording, and APA CE for psychologists), and `formatTranscript` prints the
 * record for a certificate or an email. Then, why: the library's reasons for
 * each system's credit (besides the sessions attended in full).
 *
 * The issue date is a constant (the library has no clock). The page states no
 * designated maximum for either system, so none is applied; nor does it say
 * how much of the 90-minute first meeting goes to introductions, which AAFP
 * does not count: when you know, give that session `excludedMinutes`.
 *
 * Run with `npx tsx examples/credit-transcript.ts`.
 */
import { planSessions } from 'balint-rules';
import { creditsFor, formatTranscript, transcriptFor, type SessionAttendance } from 'balint-rules/credits';
import { absOnlineGroupSaturday2026, absOnlineGroupTuesday2026 } from 'balint-rules/presets/abs';

// The page gives no fee or minimum for this group; the preset needs them and
// credit does not use them (the fee here is the Tuesday group's).
const group = absOnlineGroupSaturday2026({ minRegistrants: 6, fees: absOnlineGroupTuesday2026({ minRegistrants: 6 }).fees });
const sessions = planSessions(group.schedule.series[0]);

// Attendance as the leaders recorded it: present throughout, except April 11 (meeting 4).
const attendance: SessionAttendance[] = sessions.map((s) =>
  s.date === '2026-04-11' ? { session: s.index, kind: 'absent' } : { session: s.index, kind: 'full' },
);

const transcript = transcriptFor({
  participant: { name: 'Jane Roe, MD', id: 'abs-1024' },
  accreditation: group.accreditation,
  sessions,
  attendance,
  issuedOn: '2026-08-10', // the day the transcript is issued: a constant
});
process.stdout.write(formatTranscript(transcript));

console.log('\nWhy:');
for (const system of Object.values(creditsFor(group.accreditation, sessions, attendance).systems)) {
  console.log(`  ${system.name}: ${system.credits}`);
  for (const reason of system.reasons.filter((r) => r.code !== 'session_attended')) console.log(`    ${reason.code}: ${reason.message}`);
}
