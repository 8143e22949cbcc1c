import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditsFor, type AccreditationInput, type CreditReason, type CreditSessionInput, type SessionAttendance, type SystemCredits } from '../../src/credits/index.js';
import { creditCaseArb, seedSessions } from '../_arbitraries/credits.js';
import { generic, one, present, sessionsOf } from './_one.js';

const TITLE = 'Balint Group - Decreasing Isolation with Peer Consultation';
const allFull: SessionAttendance[] = seedSessions.map((s) => ({ session: s.index, kind: 'full' }));
const apaOf = (rule: AccreditationInput['systems'][number], sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[]): SystemCredits =>
  creditsFor({ title: TITLE, systems: [rule] }, sessions, attendance).systems.apa_ce as SystemCredits;
const hundredths = (amount: string): number => Math.round(Number(amount) * 100);

/** Each session's credit in a result, by session index (0 for a session that earned nothing). */
function perSession(s: SystemCredits, sessions: readonly CreditSessionInput[]): Map<number, number> {
  const out = new Map(sessions.map((x) => [x.index, 0]));
  for (const r of s.reasons as readonly CreditReason[]) {
    if ((r.code === 'session_attended' || r.code === 'session_incomplete') && r.credits !== null) out.set(r.session, hundredths(r.credits));
  }
  return out;
}

/** An APA rule with a whole- or half-credit increment, counting marked minutes or not; no maximum, no minimum. */
const apaRuleArb = fc.record({ kind: fc.constant('apa_ce' as const), increment: fc.constantFrom('1' as const, '0.5' as const), excludeMarkedMinutes: fc.boolean() });
const caseArb = fc.record({ c: creditCaseArb, rule: apaRuleArb });

describe('APA credit per session, never pooled (the Saturday online group: 90 minutes, then seven of 60)', () => {
  it('full attendance earns 8; only 45 minutes of session 2 earns 7, not 8', () => {
    expect(apaOf({ kind: 'apa_ce' }, seedSessions, allFull).credits).toBe('8.00');
    const late = allFull.map((r) => (r.session === 2 ? { session: 2, kind: 'partial' as const, minutesPresent: 45 } : r));
    const apa = apaOf({ kind: 'apa_ce' }, seedSessions, late);
    expect([apa.credits, apa.maximum, apa.sessionsCounted]).toEqual(['7.00', '8.00', [1, 3, 4, 5, 6, 7, 8]]);
    expect(apa.reasons.filter((r) => r.code === 'session_incomplete').map((r) => r.session)).toEqual([2]);
  });

  it('a sponsor awarding half credits gives a 90-minute session 1.5: 8.5 in full, 7.5 with 45 minutes of session 2', () => {
    expect(one({ kind: 'apa_ce', increment: '0.5' }, sessionsOf(90), present('full')).credits).toBe('1.50');
    expect(apaOf({ kind: 'apa_ce', increment: '0.5' }, seedSessions, allFull).credits).toBe('8.50');
    const late = allFull.map((r) => (r.session === 2 ? { session: 2, kind: 'partial' as const, minutesPresent: 45 } : r));
    expect(apaOf({ kind: 'apa_ce', increment: '0.5' }, seedSessions, late).credits).toBe('7.50');
  });

  it('marked minutes are not instruction: a full 60-minute session with 10 marked minutes earns no whole credit, and half a credit where the sponsor awards halves', () => {
    const marked = sessionsOf(60).map((s) => ({ ...s, excludedMinutes: 10 }));
    expect(one({ kind: 'apa_ce' }, marked, present('full')).credits).toBe('0.00');
    expect(one({ kind: 'apa_ce', increment: '0.5' }, marked, present('full')).credits).toBe('0.50');
    expect(one({ kind: 'apa_ce', excludeMarkedMinutes: false }, marked, present('full')).credits).toBe('1.00');
  });

  it('a partial record of every minute is attendance in full', () => {
    expect(one({ kind: 'apa_ce' }, sessionsOf(60), [{ session: 1, kind: 'partial', minutesPresent: 60 }]).credits).toBe('1.00');
    expect(one({ kind: 'apa_ce' }, sessionsOf(60), [{ session: 1, kind: 'partial', minutesPresent: 59 }]).credits).toBe('0.00');
  });

  it('a generic rule asks for the same with fullSessionsOnly; without it, a partly attended session still counts its minutes', () => {
    const whole = generic('down', '1', 'session', { fullSessionsOnly: true });
    expect(one(whole, sessionsOf(90, 60), present('full', 45)).credits).toBe('1.00');
    expect(one(generic('down', '1', 'session'), sessionsOf(90, 120), present('full', 60)).credits).toBe('2.00');
    expect(one(whole, sessionsOf(90, 120), present('full', 60)).credits).toBe('1.00');
    // Per activity, only the fully attended sessions' time is added up before rounding.
    expect(one(generic('down', '1', 'activity', { fullSessionsOnly: true }), sessionsOf(90, 30, 60), present('full', 'full', 59)).credits).toBe('2.00');
  });

  describe('laws', () => {
    it('a participant’s APA credit is the sum of the credits of each session', () => {
      fc.assert(
        fc.property(caseArb, ({ c, rule }) => {
          const apa = apaOf(rule, c.sessions, c.attendance);
          const sum = [...perSession(apa, c.sessions).values()].reduce((a, b) => a + b, 0);
          expect(hundredths(apa.credits)).toBe(sum);
        }),
        { numRuns: 300 },
      );
    });

    it('attending more of any session never lowers APA credit', () => {
      const moreArb = caseArb.chain(({ c, rule }) => fc.record({ c: fc.constant(c), rule: fc.constant(rule), at: fc.nat(c.sessions.length - 1), extra: fc.integer({ min: 1, max: 300 }) }));
      fc.assert(
        fc.property(moreArb, ({ c, rule, at, extra }) => {
          const session = c.sessions[at]!;
          const before = c.attendance.find((r) => r.session === session.index);
          const was = before === undefined || before.kind === 'absent' ? 0 : before.kind === 'full' ? session.durationMinutes : before.minutesPresent;
          const now = Math.min(session.durationMinutes, was + extra);
          const more: SessionAttendance[] = [...c.attendance.filter((r) => r.session !== session.index), { session: session.index, kind: 'partial', minutesPresent: now }];
          expect(hundredths(apaOf(rule, c.sessions, more).credits)).toBeGreaterThanOrEqual(hundredths(apaOf(rule, c.sessions, c.attendance).credits));
        }),
        { numRuns: 300 },
      );
    });

    it('minutes in one session never change another session’s credit', () => {
      const changeArb = caseArb.chain(({ c, rule }) =>
        fc.record({ c: fc.constant(c), rule: fc.constant(rule), at: fc.nat(c.sessions.length - 1), minutes: fc.integer({ min: 0, max: 1440 }) }),
      );
      fc.assert(
        fc.property(changeArb, ({ c, rule, at, minutes }) => {
          const session = c.sessions[at]!;
          const changed: SessionAttendance[] = [
            ...c.attendance.filter((r) => r.session !== session.index),
            { session: session.index, kind: 'partial', minutesPresent: Math.min(minutes, session.durationMinutes) },
          ];
          const before = perSession(apaOf(rule, c.sessions, c.attendance), c.sessions);
          const after = perSession(apaOf(rule, c.sessions, changed), c.sessions);
          for (const s of c.sessions) if (s.index !== session.index) expect(after.get(s.index)).toBe(before.get(s.index));
        }),
        { numRuns: 300 },
      );
    });

    it('a session attended only in part earns no APA credit', () => {
      fc.assert(
        fc.property(caseArb, ({ c, rule }) => {
          const apa = apaOf(rule, c.sessions, c.attendance);
          const credits = perSession(apa, c.sessions);
          for (const r of c.attendance) {
            const s = c.sessions.find((x) => x.index === r.session)!;
            if (r.kind === 'partial' && r.minutesPresent < s.durationMinutes) expect(credits.get(r.session)).toBe(0);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});
