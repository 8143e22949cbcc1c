/**
 * A credit roster for a whole online group: eight monthly sessions on the
 * fourth Tuesday at 7pm Eastern ($200 for members, $320 for others; fees
 * play no part in credit), offering AAFP Prescribed and APA credit
 * (the ABS's accreditation) and ABFM Performance Improvement (MOC Part IV)
 * credit, pass or fail, to those who attend at least 6 of the 8 sessions in
 * their entirety. `creditRoster` gives each participant's credit per system,
 * the completion date and the requirement met or not; `creditRosterCsv`
 * prints it as CSV for the accreditor's report.
 *
 * APA credit is counted per session: a session attended only in part earns
 * none (Dana left session 2 after 45 minutes).
 *
 * Run with `npx tsx examples/credit-roster.ts`.
 */
import { planSessions } from 'balint-rules';
import { absAccreditation, creditRoster, creditRosterCsv, type AccreditationInput, type SessionAttendance } from 'balint-rules/credits';

const sessions = planSessions({ recurrence: 'monthly on the fourth Tuesday', from: '2026-01-01', count: 8,
  startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 });
const accreditation: AccreditationInput = {
  ...absAccreditation({ title: 'Balint Group - Decreasing Isolation with Peer Consultation' }),
  requirements: [{ kind: 'minimum_sessions', id: 'abfm_pi', name: 'ABFM Performance Improvement (MOC Part IV)', sessions: 6 }],
};

/** Attended in full, except the sessions named: absent, or present for some minutes. */
function attended(except: Record<number, number | 'absent'> = {}): SessionAttendance[] {
  return sessions.map(({ index }): SessionAttendance => {
    const note = except[index];
    if (note === undefined) return { session: index, kind: 'full' };
    return note === 'absent' ? { session: index, kind: 'absent' } : { session: index, kind: 'partial', minutesPresent: note };
  });
}

// The app's own records: its ids, names and emails beside the attendance.
const participants = [
  { participantId: 'abs-0417', name: 'Ana Ortiz, MD', email: 'ana@example.org', attendance: attended() },
  { participantId: 'abs-0233', name: 'Dana Wu, PhD', email: 'dana@example.org', attendance: attended({ 2: 45, 7: 'absent' }) },
  { participantId: 'abs-0912', name: 'Ben "BJ" Jones, DO', email: 'ben@example.org', attendance: attended({ 3: 'absent', 5: 'absent', 6: 'absent' }) },
];

const roster = creditRoster(accreditation, sessions, participants);
// The CSV's lines end with CRLF (RFC 4180); shown here with plain line ends.
process.stdout.write(creditRosterCsv(roster).replaceAll('\r\n', '\n'));

console.log('\nABFM Performance Improvement (6 of 8 sessions in their entirety):');
for (const row of roster.rows.filter((r) => r.systemId === 'apa_ce')) {
  const abfm = row.requirements[0];
  console.log(`- ${row.name}: ${abfm?.met === true ? 'met' : 'not met'} (${abfm?.attended ?? 0} of 8)`);
}
