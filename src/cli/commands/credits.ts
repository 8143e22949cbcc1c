/** `balint credits`. Internal. */
import { validate } from '../../_lib/validate.js';
import { creditsFor, type CreditsResult } from '../../credits/creditsFor.js';
import { creditRosterCsv } from '../../credits/creditRosterCsv.js';
import { creditRoster, RosterParticipantsSchema } from '../../credits/roster.js';
import { credits } from '../../credits/reasons.js';
import { AccreditationSchema } from '../../credits/rules.js';
import { AttendanceSchema, CreditSessionsSchema, type CreditSessionInput, type SessionAttendance } from '../../credits/sessions.js';
import type { AbsPresetId } from '../../presets/abs/registry.js';
import { CliUsageError } from '../CliUsageError.js';
import { required, type Args } from '../_args.js';
import { presetOrFile, presetParams, presetPart, PARAM_OPTIONS, readChecked, readJson } from '../_sources.js';
import type { CommandSpec } from '../_spec.js';
import { lines } from '../_text.js';
import type { CliIo } from '../io.js';

/** The sessions of a preset, numbered from 1 across its series or events, as credit reads them. */
function presetSessions(id: AbsPresetId, params: Record<string, unknown>): CreditSessionInput[] {
  const sessions = presetPart(id, 'sessions', params, () => new CliUsageError(`preset ${id} publishes no session times; give them with --sessions <file>`));
  return sessions.map((s) => ({ index: s.index, date: s.date, start: s.start, end: s.end, durationMinutes: s.durationMinutes }));
}

/** The sessions of a file: an array, or an object with a `sessions` array (what "balint sessions --json" prints). */
function fileSessions(io: CliIo, path: string): readonly CreditSessionInput[] {
  const json = readJson(io, path, 'sessions');
  const list = json !== null && typeof json === 'object' && !Array.isArray(json) && 'sessions' in json ? json.sessions : json;
  return validate(CreditSessionsSchema, list, `sessions in ${path === '-' ? 'standard input' : `"${path}"`}`);
}

/** `--attended all` or a list of session numbers and ranges (`1-3,5`): attended in full. */
function attendedList(raw: string, sessions: readonly CreditSessionInput[]): SessionAttendance[] {
  const indexes = sessions.map((s) => s.index);
  if (raw.trim() === 'all') return indexes.map((session) => ({ session, kind: 'full' }));
  const chosen = new Set<number>();
  for (const part of raw.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (m === null) throw new CliUsageError(`--attended "${raw}": write session numbers and ranges such as 1-3,5, or all`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) throw new CliUsageError(`--attended "${raw}": the range ${part.trim()} runs backwards`);
    for (const index of indexes) if (index >= from && index <= to) chosen.add(index);
    for (const n of [from, to]) if (!indexes.includes(n)) throw new CliUsageError(`--attended "${raw}": there is no session ${n} (sessions ${indexes.join(', ')})`);
  }
  return [...chosen].sort((a, b) => a - b).map((session) => ({ session, kind: 'full' }));
}

function attendanceOf(args: Args, io: CliIo, sessions: readonly CreditSessionInput[]): SessionAttendance[] {
  const file = args.value('attendance');
  const list = args.value('attended');
  if (file !== undefined && list !== undefined) throw new CliUsageError('give --attendance <file> or --attended <sessions>, not both');
  if (list !== undefined) return attendedList(list, sessions);
  if (file === undefined) throw new CliUsageError('--attendance <file> or --attended <sessions> is required (e.g. --attended all)');
  return readChecked(io, file, 'attendance', AttendanceSchema);
}

function resultText(result: CreditsResult): string {
  const out = [result.title, `Attended ${result.sessionsAttended} of ${result.sessions} sessions (${result.minutesPresent} minutes present).`];
  for (const system of Object.values(result.systems)) {
    const maximum = system.designatedMaximum === null ? `maximum ${system.maximum}` : `designated maximum ${system.designatedMaximum}`;
    out.push('', `${system.name}: ${credits(system.credits)} (${maximum})`, ...system.reasons.map((r) => `  - ${r.message}`));
  }
  for (const requirement of result.requirements) {
    out.push('', `${requirement.name}: ${requirement.met ? 'met' : 'not met'}`, ...requirement.reasons.map((r) => `  - ${r.message}`));
  }
  return lines(out);
}

export const creditsCommand: CommandSpec = {
  name: 'credits',
  summary: 'continuing-education credit per system, with reasons',
  usage: [
    'credits --accreditation <file|preset> --sessions <file> (--attendance <file> | --attended <sessions>) [--json]',
    'credits --accreditation <preset> [--param name=value]... (--attendance <file> | --attended <sessions>) [--json]',
    'credits --accreditation <file|preset> [--sessions <file>] --roster <file> [--json]',
  ],
  options: [
    { name: 'accreditation', value: 'file|preset', help: "an accreditation as JSON, or an ABS preset id (its program's accreditation and sessions)" },
    { name: 'sessions', value: 'file', help: 'the sessions as JSON: an array of { index, date, durationMinutes }, or what "balint sessions --json" prints' },
    { name: 'attendance', value: 'file', help: 'the attendance as JSON: an array of { session, kind: full | partial | absent, minutesPresent }' },
    { name: 'attended', value: 'sessions', help: 'the sessions attended in full instead: all, or numbers and ranges such as 1-6,8' },
    { name: 'roster', value: 'file', help: 'a whole group instead, as JSON: an array of { participantId, name, attendance }; prints the credit roster as CSV' },
    ...PARAM_OPTIONS,
  ],
  notes: [
    'With a preset: its accreditation and its sessions, each built alone from its own parameters (see "balint presets <id>"); the parameters of its other parts (fees, minimum) are not needed.',
    'Credit is computed in whole hundredths (no floating point), never above the designated maximum. Attendance requirements (at least K of N sessions, every session in its entirety) are reported as met or not met. With --json: { title, sessions, sessionsAttended, attendedSessions, minutesPresent, systems (keyed by system id), requirements }.',
    'With --roster: RFC 4180 CSV, a header row then one row per participant per system: participant_id, name, system_id, system_name, credits, completion_date, and one requirement:<id> column per requirement (met or not met). With --json: { title, systems, requirements, rows }.',
  ],
  examples: [
    'credits --accreditation abs-online-group-saturday-2026 --attended all',
    'credits --accreditation accreditation.json --sessions sessions.json --attendance attendance.json --json',
    'credits --accreditation accreditation.json --sessions sessions.json --roster roster.json > roster.csv',
  ],
  run: (args, io) => {
    const raw = required(args, 'accreditation', 'a JSON file or an ABS preset id');
    const sessionsFile = args.value('sessions');
    let fromPreset: CreditSessionInput[] | undefined;
    const accreditation = presetOrFile(args, io, raw, 'accreditation', AccreditationSchema, (id) => {
      const params = presetParams(args, io);
      const part = presetPart(id, 'accreditation', params, () => new CliUsageError(`preset ${id} offers no continuing-education credit`));
      if (sessionsFile === undefined) fromPreset = presetSessions(id, params);
      return part;
    });
    const sessions = fromPreset ?? fileSessions(io, required(args, 'sessions', 'a JSON file of the sessions'));
    const rosterFile = args.value('roster');
    if (rosterFile !== undefined) {
      if (args.value('attendance') !== undefined || args.value('attended') !== undefined) throw new CliUsageError('give --roster <file>, or --attendance <file> or --attended <sessions>, not both');
      const roster = creditRoster(accreditation, sessions, readChecked(io, rosterFile, 'roster', RosterParticipantsSchema));
      return { json: roster, text: creditRosterCsv(roster) };
    }
    const result = creditsFor(accreditation, sessions, attendanceOf(args, io, sessions));
    return { json: result, text: resultText(result) };
  },
};
