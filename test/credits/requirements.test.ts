import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absAccreditation,
  creditsFor,
  formatTranscript,
  transcriptFor,
  type AccreditationInput,
  type AttendanceRequirement,
  type CreditSessionInput,
  type RequirementResult,
  type SessionAttendance,
} from '../../src/credits/index.js';
import { ValidationError } from '../../src/errors/index.js';
import { planSessions } from '../../src/schedule/index.js';
import { attendanceArb, sessionsArb } from '../_arbitraries/credits.js';
import { rejection } from '../_helpers/rejection.js';
import { present, sessionsOf } from './_one.js';

// An online group of 8 monthly sessions on the fourth Tuesday at 7pm Eastern ($200 for members, $320 for others),
// offering ABFM Performance Improvement (MOC Part IV) credit to those who attend at least 6 of the 8.
const tuesdays = planSessions({ recurrence: 'monthly on the fourth Tuesday', from: '2026-01-01', count: 8, startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 });
const ABFM: AttendanceRequirement = { kind: 'minimum_sessions', id: 'abfm_pi', name: 'ABFM Performance Improvement (MOC Part IV)', sessions: 6, attendance: 'full' };
const group: AccreditationInput = { ...absAccreditation({ title: 'Balint Group' }), requirements: [ABFM] };
const full = (...indexes: number[]): SessionAttendance[] => indexes.map((session) => ({ session, kind: 'full' }));
const requirement = (accreditation: AccreditationInput, sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[], at = 0): RequirementResult =>
  creditsFor(accreditation, sessions, attendance).requirements[at] as RequirementResult;

// A leadership intensive of four sessions over two days: "attend every session in its entirety".
const intensive: CreditSessionInput[] = [
  { index: 1, date: '2026-04-17', durationMinutes: 180 },
  { index: 2, date: '2026-04-17', durationMinutes: 180 },
  { index: 3, date: '2026-04-18', durationMinutes: 180 },
  { index: 4, date: '2026-04-18', durationMinutes: 120 },
];
const EVERY: AttendanceRequirement = { kind: 'every_session', id: 'every_session', name: 'Attendance at every session in its entirety' };
const intensiveAccreditation: AccreditationInput = { title: 'Leadership Intensive', systems: [{ kind: 'apa_ce' }], requirements: [EVERY] };

describe('attendance requirements: pass/fail beside the credit', () => {
  it('the Tuesday group: 6 of 8 attended in their entirety meets the ABFM requirement; 5 do not', () => {
    const six = requirement(group, tuesdays, full(1, 2, 3, 4, 5, 6));
    expect(six).toMatchObject({ id: 'abfm_pi', kind: 'minimum_sessions', met: true, required: 6, attended: 6, sessions: 8, attendance: 'full', shortSessions: [7, 8] });
    expect(six.reasons[0]?.message).toBe(
      'ABFM Performance Improvement (MOC Part IV): at least 6 of the 8 sessions must be attended in their entirety; 6 were (sessions 7 and 8 fell short), so the requirement is met.',
    );
    const late = [...full(1, 2, 3, 4, 5), { session: 6, kind: 'partial' as const, minutesPresent: 50 }];
    const result = creditsFor(group, tuesdays, late);
    expect(result.requirements.map((r) => [r.id, r.met, r.attended, r.shortSessions])).toEqual([['abfm_pi', false, 5, [6, 7, 8]]]);
    expect(result.requirements[0]?.reasons).toEqual([
      {
        code: 'requirement_not_met',
        required: 6,
        attended: 5,
        sessions: 8,
        attendance: 'full',
        shortSessions: [6, 7, 8],
        message: 'ABFM Performance Improvement (MOC Part IV): at least 6 of the 8 sessions must be attended in their entirety; 5 were (sessions 6, 7 and 8 fell short), so the requirement is not met.',
      },
      { code: 'session_short', session: 6, date: '2026-06-23', minutesPresent: 50, durationMinutes: 60, recorded: true, message: 'Session 6 (2026-06-23): present 50 of 60 minutes, not the whole session.' },
      { code: 'session_short', session: 7, date: '2026-07-28', minutesPresent: 0, durationMinutes: 60, recorded: false, message: 'Session 7 (2026-07-28): no attendance recorded, counted as absent.' },
      { code: 'session_short', session: 8, date: '2026-08-25', minutesPresent: 0, durationMinutes: 60, recorded: false, message: 'Session 8 (2026-08-25): no attendance recorded, counted as absent.' },
    ]);
    // The requirement gives no credit and takes none away: the hourly credit is as without it.
    expect(result.systems).toEqual(creditsFor(absAccreditation({ title: 'Balint Group' }), tuesdays, late).systems);
  });

  it('"any" counts a session with some minutes present', () => {
    const any: AccreditationInput = { ...group, requirements: [{ ...ABFM, attendance: 'any' }] };
    const late = [...full(1, 2, 3, 4, 5), { session: 6, kind: 'partial' as const, minutesPresent: 50 }];
    expect(requirement(any, tuesdays, late)).toMatchObject({ met: true, attended: 6, attendance: 'any' });
    expect(requirement(any, tuesdays, late).reasons[0]?.message).toBe(
      'ABFM Performance Improvement (MOC Part IV): at least 6 of the 8 sessions must be attended (some minutes present); 6 were (sessions 7 and 8 fell short), so the requirement is met.',
    );
  });

  it('the intensive: every session in its entirety, or the requirement is not met', () => {
    expect(requirement(intensiveAccreditation, intensive, full(1, 2, 3, 4))).toMatchObject({ met: true, required: 4, attended: 4, shortSessions: [] });
    expect(requirement(intensiveAccreditation, intensive, full(1, 2, 3, 4)).reasons).toEqual([
      {
        code: 'requirement_met',
        required: 4,
        attended: 4,
        sessions: 4,
        attendance: 'full',
        shortSessions: [],
        message: 'Attendance at every session in its entirety: all 4 sessions must be attended in their entirety; 4 were, so the requirement is met.',
      },
    ]);
    const leftEarly = [...full(1, 2, 3), { session: 4, kind: 'partial' as const, minutesPresent: 100 }];
    const r = requirement(intensiveAccreditation, intensive, leftEarly);
    expect([r.met, r.attended, r.shortSessions, r.reasons.map((x) => x.code)]).toEqual([false, 3, [4], ['requirement_not_met', 'session_short']]);
  });

  it('both kinds may be listed; each is reported, in the accreditation’s order', () => {
    const both: AccreditationInput = { ...intensiveAccreditation, requirements: [EVERY, { ...ABFM, sessions: 3 }] };
    const result = creditsFor(both, intensive, full(1, 2, 3));
    expect(result.requirements.map((r) => [r.id, r.met])).toEqual([['every_session', false], ['abfm_pi', true]]);
  });

  it('an accreditation without requirements reports none', () => {
    expect(creditsFor(absAccreditation({ title: 'Balint Group' }), tuesdays, full(1)).requirements).toEqual([]);
  });

  it('the transcript and its text say whether each requirement was met', () => {
    const transcript = transcriptFor({ participant: { name: 'Jane Roe, MD' }, accreditation: group, sessions: tuesdays, attendance: full(1, 2, 3, 4, 5, 6, 7) });
    expect(transcript.requirements).toEqual([
      {
        id: 'abfm_pi',
        name: 'ABFM Performance Improvement (MOC Part IV)',
        met: true,
        required: 6,
        attended: 7,
        sessions: 8,
        attendance: 'full',
        message: 'ABFM Performance Improvement (MOC Part IV): at least 6 of the 8 sessions must be attended in their entirety; 7 were (session 8 fell short), so the requirement is met.',
      },
    ]);
    const text = formatTranscript(transcript);
    expect(text).toContain('\nRequirements:\n- ABFM Performance Improvement (MOC Part IV): met (7 of 8 sessions attended in their entirety; 6 required)\n');
    const { requirements: _, ...older } = transcript;
    expect(formatTranscript(older as typeof transcript)).not.toContain('Requirements:');
  });

  it('refuses a minimum above the number of sessions, a repeated id, and a misspelt key, at their paths', () => {
    const tooMany = rejection(() => creditsFor({ ...group, requirements: [{ ...ABFM, sessions: 9 }] }, tuesdays, []));
    expect(tooMany.issues.map((i) => [i.path, i.message])).toEqual([[['requirements', 0, 'sessions'], 'must not exceed the 8 sessions of the activity']]);
    const twice = rejection(() => creditsFor({ ...group, requirements: [ABFM, ABFM] }, tuesdays, []));
    expect(twice.issues.map((i) => [i.path, i.message])).toEqual([[['requirements'], 'must not list the same requirement id twice']]);
    const misspelt = rejection(() => creditsFor({ ...group, requirements: [{ kind: 'minimum_sessions', id: 'abfm_pi', name: 'ABFM', session: 6 } as never] }, tuesdays, []));
    expect(misspelt).toBeInstanceOf(ValidationError);
    expect(misspelt.issues.map((i) => i.message)).toContain('unknown key "session"; did you mean "sessions"?');
  });
});

/** Sessions, a requirement valid for them, and an attendance. */
const caseArb = sessionsArb().chain((sessions) =>
    fc.record({
      sessions: fc.constant(sessions),
      attendance: attendanceArb(sessions),
      requirement: fc.oneof(
        fc.record({
          kind: fc.constant('minimum_sessions' as const),
          id: fc.constant('k_of_n'),
          name: fc.constant('K of N'),
          sessions: fc.integer({ min: 1, max: sessions.length }),
          attendance: fc.constantFrom('full' as const, 'any' as const),
        }),
        fc.constant({ kind: 'every_session' as const, id: 'every', name: 'Every session' }),
      ),
    }),
  );
const minutesOf = (sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[]): number[] =>
  sessions.map((s) => {
    const r = attendance.find((a) => a.session === s.index);
    return r === undefined || r.kind === 'absent' ? 0 : r.kind === 'full' ? s.durationMinutes : r.minutesPresent;
  });
function judged(r: AttendanceRequirement, sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[]): RequirementResult {
  return creditsFor({ title: 'Balint Group', systems: [{ kind: 'apa_ce' }], requirements: [r] }, sessions, attendance).requirements[0] as RequirementResult;
}

describe('laws of attendance requirements', () => {
  it('attending more never turns a met requirement into an unmet one', () => {
    const moreArb = caseArb.chain((c) => fc.record({ c: fc.constant(c), extra: fc.array(fc.nat(200), { minLength: c.sessions.length, maxLength: c.sessions.length }) }));
    fc.assert(
      fc.property(moreArb, ({ c, extra }) => {
        const more: SessionAttendance[] = minutesOf(c.sessions, c.attendance).map((m, i) => ({
          session: c.sessions[i]!.index,
          kind: 'partial',
          minutesPresent: Math.min(c.sessions[i]!.durationMinutes, m + extra[i]!),
        }));
        if (judged(c.requirement, c.sessions, c.attendance).met) expect(judged(c.requirement, c.sessions, more).met).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('K of N is met exactly when at least K sessions were attended by its measure; every session is attended or short, never both', () => {
    fc.assert(
      fc.property(caseArb, ({ sessions, attendance, requirement: r }) => {
        const result = judged(r, sessions, attendance);
        const measure = r.kind === 'minimum_sessions' ? r.attendance : 'full';
        const minutes = minutesOf(sessions, attendance);
        const attended = sessions.filter((s, i) => (measure === 'full' ? minutes[i] === s.durationMinutes : minutes[i]! > 0)).map((s) => s.index);
        const required = r.kind === 'minimum_sessions' ? r.sessions : sessions.length;
        expect([result.attended, result.required, result.sessions, result.met]).toEqual([attended.length, required, sessions.length, attended.length >= required]);
        expect([...attended, ...result.shortSessions].sort((a, b) => a - b)).toEqual(sessions.map((s) => s.index));
        expect(result.reasons.filter((x) => x.code === 'session_short').map((x) => x.code === 'session_short' && x.session)).toEqual(result.shortSessions);
      }),
      { numRuns: 300 },
    );
  });

  it('every session in its entirety is N of N attended in full', () => {
    fc.assert(
      fc.property(caseArb, ({ sessions, attendance }) => {
        const every = judged({ kind: 'every_session', id: 'x', name: 'X' }, sessions, attendance);
        const nOfN = judged({ kind: 'minimum_sessions', id: 'x', name: 'X', sessions: sessions.length, attendance: 'full' }, sessions, attendance);
        expect([every.met, every.attended, every.shortSessions]).toEqual([nOfN.met, nOfN.attended, nOfN.shortSessions]);
      }),
      { numRuns: 200 },
    );
  });

  it('a credit rule’s minimum-sessions gate and a requirement of the same minimum count the same sessions', () => {
    fc.assert(
      fc.property(caseArb, ({ sessions, attendance, requirement: r }) => {
        if (r.kind !== 'minimum_sessions') return;
        const result = creditsFor(
          { title: 'Balint Group', systems: [{ kind: 'apa_ce', minimumSessions: { sessions: r.sessions, attendance: r.attendance } }], requirements: [r] },
          sessions,
          attendance,
        );
        expect([result.systems.apa_ce?.minimumSessions?.attended, result.systems.apa_ce?.minimumSessions?.met]).toEqual([result.requirements[0]?.attended, result.requirements[0]?.met]);
      }),
      { numRuns: 200 },
    );
  });

  it('with no attendance, only a requirement of nothing could be met: none is', () => {
    expect(judged({ kind: 'minimum_sessions', id: 'one', name: 'One', sessions: 1, attendance: 'any' }, sessionsOf(60), present(null)).met).toBe(false);
  });
});
