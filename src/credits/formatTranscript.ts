import { validate } from '../_lib/validate.js';
import { TranscriptSchema, type Transcript } from './transcript.js';

/**
 * A transcript record as plain text, for a certificate or an email: the
 * participant, the activity, dates and attendance, each system's credit
 * (with how to report it), each attendance requirement met or not met, the
 * AMA/AAFP equivalency wording exactly, the accreditation statements, and
 * the issue date. Lines end with `\n`.
 *
 * @example
 * ```ts
 * import { formatTranscript, transcriptFor } from 'balint-rules/credits';
 *
 * const text = formatTranscript(transcriptFor({
 *   participant: { name: 'Jane Roe, MD' },
 *   accreditation: { title: 'Balint Group', systems: [{ kind: 'apa_ce' }] },
 *   sessions: [{ index: 1, date: '2026-01-10', durationMinutes: 90 }],
 *   attendance: [{ session: 1, kind: 'full' }],
 * }));
 * text.split('\n')[0];
 * //=> 'Continuing education transcript'
 * ```
 */
export function formatTranscript(transcript: Transcript): string {
  const t = validate(TranscriptSchema, transcript, 'transcript');
  const lines: string[] = ['Continuing education transcript', ''];
  lines.push(`Participant: ${t.participant.name}${t.participant.id === null ? '' : ` (${t.participant.id})`}`);
  lines.push(`Activity: ${t.activity.title}`);
  if (t.activity.provider !== null) lines.push(`Provider: ${t.activity.provider}`);
  const span = t.activity.firstDate === t.activity.lastDate ? t.activity.firstDate : `${t.activity.firstDate} to ${t.activity.lastDate}`;
  lines.push(`Dates: ${span} (${plural(t.activity.sessions, 'session')})`);
  const attended = t.attendance.datesAttended.length > 0 ? `: ${t.attendance.datesAttended.join(', ')}` : '';
  lines.push(
    `Attended: ${t.attendance.sessionsAttended} of ${plural(t.activity.sessions, 'session')}, ${plural(t.attendance.minutesPresent, 'minute')}${attended}`,
  );
  lines.push('', 'Credits:');
  if (t.credits.length === 0) lines.push('- none');
  for (const c of t.credits) {
    const report = c.reportAs === null ? '' : `; report as ${c.reportAs}`;
    lines.push(`- ${c.name}: ${c.credits} (of ${c.maximum} available)${report}`);
  }
  if (t.requirements.length > 0) lines.push('', 'Requirements:');
  for (const r of t.requirements) {
    const how = r.attendance === 'full' ? 'attended in their entirety' : 'attended';
    lines.push(`- ${r.name}: ${r.met ? 'met' : 'not met'} (${r.attended} of ${plural(r.sessions, 'session')} ${how}; ${r.required} required)`);
  }
  const equivalencies = [...new Set(t.credits.flatMap((c) => (c.equivalency === null ? [] : [c.equivalency])))];
  for (const e of equivalencies) lines.push('', `AMA/AAFP Equivalency: ${e}`);
  if (t.statements.length > 0) lines.push('', ...t.statements);
  if (t.issuedOn !== null) lines.push('', `Issued: ${t.issuedOn}`);
  return `${lines.join('\n')}\n`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
