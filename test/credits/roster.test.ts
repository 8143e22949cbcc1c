import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absAccreditation,
  creditRoster,
  creditRosterCsv,
  creditsFor,
  type AccreditationInput,
  type CreditRoster,
  type RosterParticipant,
} from '../../src/credits/index.js';
import { planSessions } from '../../src/schedule/index.js';
import { attendanceArb, creditCaseArb } from '../_arbitraries/credits.js';
import { rejection } from '../_helpers/rejection.js';

const tuesdays = planSessions({ recurrence: 'monthly on the fourth Tuesday', from: '2026-01-01', count: 8, startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 });
const group: AccreditationInput = {
  ...absAccreditation({ title: 'Balint Group' }),
  requirements: [{ kind: 'minimum_sessions', id: 'abfm_pi', name: 'ABFM Performance Improvement (MOC Part IV)', sessions: 6 }],
};
const full = (...indexes: number[]) => indexes.map((session) => ({ session, kind: 'full' as const }));
const participants: RosterParticipant[] = [
  { participantId: 'abs-2048', name: 'Doe, John', attendance: [...full(1, 2, 3, 4, 5), { session: 6, kind: 'partial', minutesPresent: 50 }] },
  { participantId: 'abs-1024', name: 'Jane Roe, MD', attendance: full(1, 2, 3, 4, 5, 6, 7) },
  { participantId: 'abs-4096', name: 'Sam "Sunny" Poe', attendance: [] },
];

/** A small RFC 4180 reader: fields split on commas, records on CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (value += '"'), (i += 2);
        else if (text[i] === '"') {
          i++;
          break;
        } else if (i >= text.length) throw new Error('unterminated quoted field');
        else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field`);
        value += text[i++];
      }
    }
    record.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
    if (i === text.length) return records;
  }
}

describe('creditRoster: one table for a whole group', () => {
  const roster = creditRoster(group, tuesdays, participants);

  it('one row per participant per system, participants by id, with the credit, the completion date and the requirements', () => {
    expect(roster.systems.map((s) => s.id)).toEqual(['aafp_prescribed', 'apa_ce']);
    expect(roster.requirements).toEqual([{ id: 'abfm_pi', name: 'ABFM Performance Improvement (MOC Part IV)' }]);
    expect(roster.rows.map((r) => [r.participantId, r.systemId, r.credits, r.completionDate, r.requirements.map((q) => [q.id, q.met, q.attended, q.required])])).toEqual([
      ['abs-1024', 'aafp_prescribed', '7.00', '2026-07-28', [['abfm_pi', true, 7, 6]]],
      ['abs-1024', 'apa_ce', '7.00', '2026-07-28', [['abfm_pi', true, 7, 6]]],
      ['abs-2048', 'aafp_prescribed', '5.75', '2026-06-23', [['abfm_pi', false, 5, 6]]],
      ['abs-2048', 'apa_ce', '5.00', '2026-06-23', [['abfm_pi', false, 5, 6]]],
      ['abs-4096', 'aafp_prescribed', '0.00', null, [['abfm_pi', false, 0, 6]]],
      ['abs-4096', 'apa_ce', '0.00', null, [['abfm_pi', false, 0, 6]]],
    ]);
  });

  it('prints as RFC 4180 CSV with a header and a column per requirement', () => {
    const csv = creditRosterCsv(roster);
    expect(csv.split('\r\n').slice(0, 4)).toEqual([
      'participant_id,name,system_id,system_name,credits,completion_date,requirement:abfm_pi',
      'abs-1024,"Jane Roe, MD",aafp_prescribed,AAFP Prescribed credit,7.00,2026-07-28,met',
      'abs-1024,"Jane Roe, MD",apa_ce,APA continuing education credit for psychologists,7.00,2026-07-28,met',
      'abs-2048,"Doe, John",aafp_prescribed,AAFP Prescribed credit,5.75,2026-06-23,not met',
    ]);
    expect(parseCsv(csv).at(-1)).toEqual(['abs-4096', 'Sam "Sunny" Poe', 'apa_ce', 'APA continuing education credit for psychologists', '0.00', '', 'not met']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps the app’s own fields on a participant, and refuses near misses, repeated ids and bad attendance at the participant’s path', () => {
    expect(creditRoster(group, tuesdays, [{ ...participants[0]!, email: 'john@example.org' } as RosterParticipant]).rows).toHaveLength(2);
    const near = rejection(() => creditRoster(group, tuesdays, [{ participantID: 'x', name: 'X', attendance: [] } as never]));
    expect(near.issues.map((i) => i.message)).toContain('unknown key "participantID"; did you mean "participantId"?');
    const twice = rejection(() => creditRoster(group, tuesdays, [participants[0]!, participants[0]!]));
    expect([twice.subject, twice.issues.map((i) => [i.path, i.message])]).toEqual(['participants', [[[], 'must not list a participant id twice']]]);
    const stray = rejection(() => creditRoster(group, tuesdays, [participants[1]!, { participantId: 'p', name: 'P', attendance: [{ session: 9, kind: 'full' }] }]));
    expect([stray.subject, stray.issues.map((i) => [i.path, i.message])]).toEqual(['participants', [[[1, 'attendance', 0, 'session'], 'names session 9, which is not one of the sessions']]]);
  });

  it('an empty group gives a roster with no rows: a CSV of the header alone', () => {
    const empty = creditRoster(group, tuesdays, []);
    expect(empty.rows).toEqual([]);
    expect(creditRosterCsv(empty)).toBe('participant_id,name,system_id,system_name,credits,completion_date,requirement:abfm_pi\r\n');
  });
});

/** A group: sessions, an accreditation, and up to five participants with names that need quoting now and then. */
const groupArb = creditCaseArb.chain(({ sessions, accreditation }) =>
  fc.record({
    sessions: fc.constant(sessions),
    accreditation: fc.constant(accreditation),
    participants: fc.uniqueArray(
      fc.record({
        participantId: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
        name: fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '\r', 'é', '='), minLength: 1, maxLength: 12 }),
        attendance: attendanceArb(sessions),
      }),
      { maxLength: 5, selector: (p) => p.participantId },
    ),
  }),
);

describe('laws of the credit roster', () => {
  it('every participant’s amount in every system is what creditsFor gives them', () => {
    fc.assert(
      fc.property(groupArb, ({ sessions, accreditation, participants: people }) => {
        const roster = creditRoster(accreditation, sessions, people);
        expect(roster.rows).toHaveLength(people.length * accreditation.systems.length);
        for (const p of people) {
          const own = creditsFor(accreditation, sessions, p.attendance);
          const rows = roster.rows.filter((r) => r.participantId === p.participantId);
          expect(rows.map((r) => [r.systemId, r.credits])).toEqual(Object.values(own.systems).map((s) => [s.id, s.credits]));
          for (const r of rows) expect(r.requirements.map((q) => [q.id, q.met])).toEqual(own.requirements.map((q) => [q.id, q.met]));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the order of the participants given does not change the roster', () => {
    fc.assert(
      fc.property(groupArb, ({ sessions, accreditation, participants: people }) => {
        expect(creditRoster(accreditation, sessions, [...people].reverse())).toEqual(creditRoster(accreditation, sessions, people));
      }),
      { numRuns: 100 },
    );
  });

  it('the CSV reads back, through an RFC 4180 reader, as the roster’s rows', () => {
    fc.assert(
      fc.property(groupArb, ({ sessions, accreditation, participants: people }) => {
        const roster: CreditRoster = creditRoster(accreditation, sessions, people);
        const [header, ...records] = parseCsv(creditRosterCsv(roster));
        expect(header).toEqual(['participant_id', 'name', 'system_id', 'system_name', 'credits', 'completion_date', ...roster.requirements.map((q) => `requirement:${q.id}`)]);
        expect(records).toEqual(
          roster.rows.map((r) => [r.participantId, r.name, r.systemId, r.systemName, r.credits, r.completionDate ?? '', ...r.requirements.map((q) => (q.met ? 'met' : 'not met'))]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a completion date is given exactly when credit was earned, and is the date of a session the participant attended', () => {
    fc.assert(
      fc.property(groupArb, ({ sessions, accreditation, participants: people }) => {
        for (const r of creditRoster(accreditation, sessions, people).rows) {
          expect(r.completionDate === null).toBe(r.credits === '0.00');
          if (r.completionDate !== null) {
            const p = people.find((x) => x.participantId === r.participantId)!;
            const attended = p.attendance.filter((a) => a.kind === 'full' || (a.kind === 'partial' && a.minutesPresent > 0)).map((a) => sessions.find((s) => s.index === a.session)!.date);
            expect(r.completionDate).toBe([...attended].sort().at(-1));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
