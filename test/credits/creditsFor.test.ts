import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMA_AAFP_EQUIVALENCY_STATEMENT,
  AAFP_SERIES_SESSION_CAP,
  creditsFor,
  type AccreditationInput,
  type CreditSessionInput,
  type SessionAttendance,
  type SystemCredits,
} from '../../src/credits/index.js';
import { BalintError, ValidationError } from '../../src/errors/index.js';
import { creditCaseArb, seedSessions } from '../_arbitraries/credits.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const TITLE = 'Balint Group - Decreasing Isolation with Peer Consultation';
const seedAccreditation: AccreditationInput = { title: TITLE, systems: [{ kind: 'aafp_prescribed' }, { kind: 'apa_ce' }] };
const allFull: SessionAttendance[] = seedSessions.map((s) => ({ session: s.index, kind: 'full' }));

function system(result: { systems: Readonly<Record<string, SystemCredits>> }, id: string): SystemCredits {
  const found = result.systems[id];
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}
const earned = (accreditation: AccreditationInput, sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[]) =>
  Object.fromEntries(Object.values(creditsFor(accreditation, sessions, attendance).systems).map((s) => [s.id, s.credits]));
const except = (index: number, record?: SessionAttendance): SessionAttendance[] =>
  allFull.flatMap((r) => (r.session !== index ? [r] : record === undefined ? [] : [record]));
const codes = (s: SystemCredits): string[] => s.reasons.map((r) => r.code);

describe('creditsFor on the seeds’ online group (8 sessions: 90 minutes, then seven of 60; 8.5 hours)', () => {
  it('full attendance earns 8.50 AAFP Prescribed credits and 8 APA credits, the maximum of each', () => {
    const result = creditsFor(seedAccreditation, seedSessions, allFull);
    expect(result.sessions).toBe(8);
    expect(result.sessionsAttended).toBe(8);
    expect(result.minutesPresent).toBe(510);
    const aafp = system(result, 'aafp_prescribed');
    expect([aafp.credits, aafp.maximum, aafp.designatedMaximum, aafp.step]).toEqual(['8.50', '8.50', null, '0.25']);
    expect(aafp.sessionsCounted).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const apa = system(result, 'apa_ce');
    expect([apa.credits, apa.maximum, apa.step]).toEqual(['8.00', '8.00', '1.00']);
    expect(apa.minutesCounted).toBe(510);
  });

  it('APA gives no credit for the first session’s half hour beyond its full hour, and says so', () => {
    const apa = system(creditsFor(seedAccreditation, seedSessions, allFull), 'apa_ce');
    const rounded = apa.reasons.filter((r) => r.code === 'rounded');
    expect(rounded).toEqual([
      {
        code: 'rounded',
        session: 1,
        minutes: 90,
        credits: '1.00',
        rounding: 'down',
        step: '1.00',
        message: 'Session 1 (2026-01-10): 90 minutes counted; only each full 60 minutes earns credit, with no partial credit for part of an hour: 1.00 credit.',
      },
    ]);
  });

  it('missing sessions reduces credit: without the 90-minute first session, 7 and 7; without a 60-minute one, 7.50 and 7', () => {
    expect(earned(seedAccreditation, seedSessions, except(1, { session: 1, kind: 'absent' }))).toEqual({ aafp_prescribed: '7.00', apa_ce: '7.00' });
    expect(earned(seedAccreditation, seedSessions, except(2))).toEqual({ aafp_prescribed: '7.50', apa_ce: '7.00' });
    expect(earned(seedAccreditation, seedSessions, [])).toEqual({ aafp_prescribed: '0.00', apa_ce: '0.00' });
  });

  it('a missed session is named, and one with no record is said to be counted as absent', () => {
    const aafp = system(creditsFor(seedAccreditation, seedSessions, except(4)), 'aafp_prescribed');
    expect(aafp.reasons).toContainEqual({
      code: 'session_missed',
      session: 4,
      date: '2026-04-11',
      recorded: false,
      message: 'Session 4 (2026-04-11): no attendance recorded, counted as absent; no credit.',
    });
    expect(aafp.sessionsCounted).toEqual([1, 2, 3, 5, 6, 7, 8]);
  });

  it('partial attendance rounds AAFP per session to the nearest quarter hour; APA gives a session attended in part nothing', () => {
    // [session, minutes present, AAFP, APA]
    const cases: [number, number, string, string][] = [
      [3, 52, '8.25', '7.00'], // 52 minutes: 7 past the quarter hour, rounds down to 0.75; APA: session 3 not attended in its entirety
      [3, 53, '8.50', '7.00'], // 53 minutes: 8 past, rounds up to 1.00
      [2, 31, '8.00', '7.00'], // APA never pools: session 1's spare 30 minutes do not make up session 2's missing 29
      [2, 29, '8.00', '7.00'],
    ];
    for (const [session, minutesPresent, aafp, apa] of cases) {
      expect(earned(seedAccreditation, seedSessions, except(session, { session, kind: 'partial', minutesPresent }))).toEqual({ aafp_prescribed: aafp, apa_ce: apa });
    }
    const aafp = system(creditsFor(seedAccreditation, seedSessions, except(3, { session: 3, kind: 'partial', minutesPresent: 52 })), 'aafp_prescribed');
    expect(aafp.reasons).toContainEqual({
      code: 'rounded',
      session: 3,
      minutes: 52,
      credits: '0.75',
      rounding: 'nearest',
      step: '0.25',
      message: 'Session 3 (2026-03-14): 52 minutes counted; rounded to the nearest quarter hour: 0.75 credits.',
    });
  });

  it('AAFP does not count time an activity marks as welcome, introductions or announcements', () => {
    const sessions = seedSessions.map((s) => (s.index === 1 ? { ...s, excludedMinutes: 15 } : s));
    const result = creditsFor(seedAccreditation, sessions, allFull);
    const aafp = system(result, 'aafp_prescribed');
    expect([aafp.credits, aafp.maximum, aafp.minutesCounted]).toEqual(['8.25', '8.25', 495]);
    expect(aafp.reasons[0]).toEqual({
      code: 'session_attended',
      session: 1,
      date: '2026-01-10',
      minutesPresent: 90,
      excludedMinutes: 15,
      minutesCounted: 75,
      credits: '1.25',
      message: 'Session 1 (2026-01-10): present 90 of 90 minutes; 15 minutes of welcome, introductions or announcements do not count; 75 minutes count, 1.25 credits.',
    });
    expect(system(result, 'apa_ce').credits).toBe('8.00');
  });

  it('someone present for only part of a session with excluded time is taken to have been present for it first', () => {
    const sessions = seedSessions.map((s) => (s.index === 1 ? { ...s, excludedMinutes: 15 } : s));
    const aafp = system(creditsFor(seedAccreditation, sessions, except(1, { session: 1, kind: 'partial', minutesPresent: 30 })), 'aafp_prescribed');
    expect(aafp.reasons[0]).toMatchObject({ minutesPresent: 30, excludedMinutes: 15, minutesCounted: 15, credits: '0.25' });
  });

  it('AAFP Prescribed results quote the AMA/AAFP equivalency exactly: reported as Prescribed, not as Category 1', () => {
    const aafp = system(creditsFor(seedAccreditation, seedSessions, allFull), 'aafp_prescribed');
    expect(AMA_AAFP_EQUIVALENCY_STATEMENT).toBe(
      "AAFP Prescribed credit is accepted by the American Medical Association as equivalent to AMA PRA Category 1 Credit toward the AMA Physician's Recognition Award. When applying for the AMA PRA, Prescribed credit earned must be reported as Prescribed, not as Category 1.",
    );
    expect(aafp.equivalency).toEqual({
      code: 'ama_pra_equivalency',
      towards: "AMA Physician's Recognition Award",
      equivalentTo: 'AMA PRA Category 1 Credit',
      reportAs: 'AAFP Prescribed',
      credits: '8.50',
      statement: AMA_AAFP_EQUIVALENCY_STATEMENT,
    });
    expect(aafp.reasons.at(-1)).toEqual({ code: 'ama_pra_equivalency', reportAs: 'AAFP Prescribed', credits: '8.50', message: AMA_AAFP_EQUIVALENCY_STATEMENT });
    expect(system(creditsFor(seedAccreditation, seedSessions, allFull), 'apa_ce').equivalency).toBeNull();
  });

  it('states that the seeds give no designated maximum, and caps at one when the accreditation passes it', () => {
    const aafp = system(creditsFor(seedAccreditation, seedSessions, allFull), 'aafp_prescribed');
    expect(codes(aafp)).toContain('no_designated_maximum');
    // An illustrative parameter, not a number from the seeds.
    const capped = system(creditsFor({ title: TITLE, systems: [{ kind: 'aafp_prescribed', designatedMaximum: '8' }] }, seedSessions, allFull), 'aafp_prescribed');
    expect([capped.credits, capped.maximum, capped.designatedMaximum]).toEqual(['8.00', '8.00', '8.00']);
    expect(capped.reasons).toContainEqual({
      code: 'designated_maximum_applied',
      designatedMaximum: '8.00',
      uncapped: '8.50',
      message: 'Capped at the designated maximum of 8.00 credits (8.50 earned before the cap).',
    });
  });

  it('a minimum of sessions (6 of 8) gives no credit below it and says why', () => {
    const accreditation: AccreditationInput = { title: TITLE, systems: [{ kind: 'apa_ce', minimumSessions: { sessions: 6 } }] };
    const five = allFull.slice(0, 5);
    const apa = system(creditsFor(accreditation, seedSessions, five), 'apa_ce');
    expect(apa.credits).toBe('0.00');
    expect(apa.minimumSessions).toEqual({ required: 6, attended: 5, attendance: 'full', met: false });
    expect(apa.reasons).toContainEqual({
      code: 'minimum_sessions_not_met',
      required: 6,
      attended: 5,
      attendance: 'full',
      message: 'At least 6 of the 8 sessions must be attended in full for any credit; 5 were, so no credit is earned.',
    });
    expect(system(creditsFor(accreditation, seedSessions, allFull.slice(0, 6)), 'apa_ce').credits).toBe('6.00');
    // A session attended in part does not count toward a minimum of full sessions, but does toward "any".
    const partly = [...allFull.slice(0, 5), { session: 6, kind: 'partial' as const, minutesPresent: 45 }];
    expect(system(creditsFor(accreditation, seedSessions, partly), 'apa_ce').credits).toBe('0.00');
    const any: AccreditationInput = { title: TITLE, systems: [{ kind: 'apa_ce', minimumSessions: { sessions: 6, attendance: 'any' } }] };
    // The gate is met, and the five sessions attended in full earn APA credit; the sixth, attended in part, earns none.
    expect(system(creditsFor(any, seedSessions, partly), 'apa_ce').credits).toBe('5.00');
  });
});

describe('creditsFor with caps and other boards', () => {
  const day: CreditSessionInput[] = [{ index: 1, date: '2026-03-12', durationMinutes: 300 }];
  const present: SessionAttendance[] = [{ session: 1, kind: 'full' }];

  it('caps an AAFP session at 3.75 credits where the activity sets the regularly-scheduled-series cap', () => {
    const aafp = system(creditsFor({ title: 'Grand rounds', systems: [{ kind: 'aafp_prescribed', sessionCap: AAFP_SERIES_SESSION_CAP }] }, day, present), 'aafp_prescribed');
    expect(aafp.credits).toBe('3.75');
    expect(aafp.reasons).toContainEqual({ code: 'session_cap_applied', session: 1, cap: '3.75', message: 'Session 1 (2026-03-12): capped at 3.75 credits, the most one session may earn.' });
    expect(system(creditsFor({ title: 'Grand rounds', systems: [{ kind: 'aafp_prescribed' }] }, day, present), 'aafp_prescribed').credits).toBe('5.00');
  });

  it('a per-session cap off a system’s step is taken down to the step', () => {
    const capped = [{ ...day[0]!, creditCap: '2.6' }];
    expect(earned({ title: 'Day', systems: [{ kind: 'aafp_prescribed' }, { kind: 'apa_ce' }] }, capped, present)).toEqual({
      aafp_prescribed: '2.50',
      apa_ce: '2.00',
    });
  });

  it('applies a generic board rule: half credit an hour, in tenths, rounded up per session', () => {
    const accreditation: AccreditationInput = {
      title: 'Day',
      systems: [{ kind: 'generic', id: 'nbcc', name: 'NBCC clock hours', creditsPerHour: '0.5', step: '0.1', rounding: 'up', basis: 'session' }],
    };
    // 50 minutes at 0.5 an hour = 0.4166..., up to 0.5; 60 minutes = 0.5.
    const sessions: CreditSessionInput[] = [
      { index: 1, date: '2026-03-12', durationMinutes: 50 },
      { index: 2, date: '2026-03-19', durationMinutes: 60 },
    ];
    const nbcc = system(creditsFor(accreditation, sessions, [{ session: 1, kind: 'full' }, { session: 2, kind: 'full' }]), 'nbcc');
    expect([nbcc.kind, nbcc.name, nbcc.credits, nbcc.step]).toEqual(['generic', 'NBCC clock hours', '1.00', '0.10']);
    expect(nbcc.reasons).toContainEqual(expect.objectContaining({ code: 'rounded', session: 1, credits: '0.50', rounding: 'up' }));
  });

  it('accepts sessions as planSessions returns them, with extra fields', () => {
    const planned = seedSessions.map((s) => ({ ...s, end: s.start, timeZone: 'America/New_York', skipped: false }));
    expect(earned(seedAccreditation, planned, allFull)).toEqual({ aafp_prescribed: '8.50', apa_ce: '8.00' });
  });
});

describe('creditsFor rejects invalid input with a ValidationError naming the path', () => {
  const issue = (f: () => unknown): { subject: string; path: readonly (string | number)[]; message: string } => {
    try {
      f();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const e = error as ValidationError;
      return { subject: e.subject, path: e.issues[0]!.path, message: e.issues[0]!.message };
    }
    throw new Error('did not throw');
  };

  it('names attendance for a session that does not exist, and more minutes than the session has', () => {
    expect(issue(() => creditsFor(seedAccreditation, seedSessions, [{ session: 9, kind: 'full' }]))).toEqual({
      subject: 'attendance',
      path: [0, 'session'],
      message: 'names session 9, which is not one of the sessions',
    });
    expect(issue(() => creditsFor(seedAccreditation, seedSessions, [{ session: 2, kind: 'partial', minutesPresent: 61 }]))).toEqual({
      subject: 'attendance',
      path: [0, 'minutesPresent'],
      message: "must not exceed the session's 60 minutes",
    });
    expect(issue(() => creditsFor(seedAccreditation, seedSessions, [{ session: 2, kind: 'full' }, { session: 2, kind: 'absent' }])).message).toBe(
      'must not list a session twice',
    );
  });

  it('names bad sessions and bad rules', () => {
    expect(issue(() => creditsFor(seedAccreditation, [{ index: 1, date: '2026-01-10', durationMinutes: 60, excludedMinutes: 61 }], []))).toMatchObject({
      subject: 'sessions',
      path: [0, 'excludedMinutes'],
    });
    expect(issue(() => creditsFor(seedAccreditation, [], []))).toMatchObject({ subject: 'sessions', message: 'must list at least one session' });
    expect(issue(() => creditsFor({ title: TITLE, systems: [{ kind: 'aafp_prescribed', designatedMaximum: '8.6' }] }, seedSessions, []))).toEqual({
      subject: 'accreditation',
      path: ['systems', 0, 'designatedMaximum'],
      message: 'must be a whole multiple of 0.25',
    });
    expect(issue(() => creditsFor({ title: TITLE, systems: [{ kind: 'apa_ce', minimumSessions: { sessions: 9 } }] }, seedSessions, []))).toEqual({
      subject: 'accreditation',
      path: ['systems', 0, 'minimumSessions', 'sessions'],
      message: 'must not exceed the 8 sessions of the activity',
    });
    expect(issue(() => creditsFor({ title: TITLE, systems: [{ kind: 'apa_ce' }, { kind: 'apa_ce' }] }, seedSessions, [])).message).toBe(
      'must not offer the same credit system twice',
    );
    expect(issue(() => creditsFor({ title: TITLE, systems: [{ kind: 'cme_elsewhere' }] } as never, seedSessions, [])).path).toEqual(['systems', 0, 'kind']);
  });

  it('never lets a TypeError escape on garbage', () => {
    for (const bad of [null, undefined, 42, 'x', [], {}, [null], [{}]]) {
      expect(() => creditsFor(bad as never, bad as never, bad as never)).toThrow(BalintError);
      if (!Array.isArray(bad) || bad.length > 0) expect(() => creditsFor(seedAccreditation, seedSessions, bad as never)).toThrow(ValidationError);
    }
  });
});

/** Minutes present per session index, from an attendance. */
function presence(sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[]): Map<number, number> {
  const out = new Map<number, number>(sessions.map((s) => [s.index, 0]));
  for (const r of attendance) {
    const s = sessions.find((x) => x.index === r.session)!;
    out.set(r.session, r.kind === 'full' ? s.durationMinutes : r.kind === 'partial' ? r.minutesPresent : 0);
  }
  return out;
}

const hundredths = (amount: string): number => Math.round(Number(amount) * 100);

describe('properties', () => {
  it('the result has one entry per system the accreditation offers, keyed by its id, in the accreditation’s order', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        const { systems } = creditsFor(accreditation, sessions, attendance);
        expect(Object.keys(systems)).toEqual(accreditation.systems.map((r) => (r.kind === 'generic' ? r.id : r.kind)));
        for (const [id, s] of Object.entries(systems)) expect([s.id, s.kind]).toEqual([id, id === 'aafp_prescribed' || id === 'apa_ce' ? id : 'generic']);
      }),
      { numRuns: 200 },
    );
  });

  it('credits never exceed the designated maximum nor the maximum available', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        for (const s of Object.values(creditsFor(accreditation, sessions, attendance).systems)) {
          expect(hundredths(s.credits)).toBeLessThanOrEqual(hundredths(s.maximum));
          if (s.designatedMaximum !== null) expect(hundredths(s.maximum)).toBeLessThanOrEqual(hundredths(s.designatedMaximum));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('credits never exceed the time attended, beyond what the system’s rounding adds (none when rounding down)', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        const present = presence(sessions, attendance);
        const result = creditsFor(accreditation, sessions, attendance);
        for (const s of Object.values(result.systems)) {
          const rule = accreditation.systems.find((r) => (r.kind === 'generic' ? r.id : r.kind) === s.id)!;
          const perHour = rule.kind === 'generic' ? hundredths(rule.creditsPerHour) : 100;
          const rounding = rule.kind === 'generic' ? rule.rounding : rule.kind === 'apa_ce' ? 'down' : 'nearest';
          const basis = rule.kind === 'generic' ? rule.basis : 'session';
          const minutes = [...present.values()].reduce((a, b) => a + b, 0);
          const attendedSessions = [...present.values()].filter((m) => m > 0).length;
          const slack = rounding === 'down' ? 0 : (basis === 'session' ? attendedSessions : 1) * hundredths(s.step) * (rounding === 'up' ? 1 : 0.5);
          // credits x 60 <= minutes x credits-per-hour (+ rounding slack), all in hundredths
          expect(hundredths(s.credits) * 60).toBeLessThanOrEqual(minutes * perHour + slack * 60);
          expect(s.minutesCounted).toBeLessThanOrEqual(minutes);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('attending more never earns less', () => {
    const moreArb = creditCaseArb.chain((c) =>
      fc.record({
        c: fc.constant(c),
        extra: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: c.sessions.length, maxLength: c.sessions.length }),
      }),
    );
    fc.assert(
      fc.property(moreArb, ({ c, extra }) => {
        const present = presence(c.sessions, c.attendance);
        const more: SessionAttendance[] = c.sessions.map((s, i) => {
          const m = Math.min(s.durationMinutes, (present.get(s.index) ?? 0) + (extra[i] ?? 0));
          return m === s.durationMinutes ? { session: s.index, kind: 'full' } : { session: s.index, kind: 'partial', minutesPresent: m };
        });
        const before = creditsFor(c.accreditation, c.sessions, c.attendance).systems;
        const after = creditsFor(c.accreditation, c.sessions, more).systems;
        for (const [id, s] of Object.entries(before)) expect(hundredths(after[id]!.credits)).toBeGreaterThanOrEqual(hundredths(s.credits));
      }),
      { numRuns: 300 },
    );
  });

  it('attending every session in full earns the maximum available', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions }) => {
        const full = sessions.map((s): SessionAttendance => ({ session: s.index, kind: 'full' }));
        for (const s of Object.values(creditsFor(accreditation, sessions, full).systems)) expect(s.credits).toBe(s.maximum);
      }),
      { numRuns: 150 },
    );
  });

  it('credits are multiples of the system’s step, written with two decimals', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        for (const s of Object.values(creditsFor(accreditation, sessions, attendance).systems)) {
          for (const amount of [s.credits, s.maximum]) {
            expect(amount).toMatch(/^\d+\.\d{2}$/);
            expect(hundredths(amount) % hundredths(s.step)).toBe(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('APA credit is the whole hours of each session attended in its entirety, added up', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        const apa: AccreditationInput = { title: accreditation.title, systems: [{ kind: 'apa_ce', excludeMarkedMinutes: false }] };
        const uncapped = sessions.map(({ creditCap: _, ...s }) => s);
        const present = presence(uncapped, attendance);
        const whole = uncapped.reduce((sum, s) => sum + ((present.get(s.index) ?? 0) === s.durationMinutes ? Math.floor(s.durationMinutes / 60) : 0), 0);
        expect(creditsFor(apa, uncapped, attendance).systems.apa_ce!.credits).toBe(`${whole}.00`);
      }),
      { numRuns: 300 },
    );
  });

  it('AAFP Prescribed credit always carries the equivalency wording, with the credit it applies to', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        for (const s of Object.values(creditsFor(accreditation, sessions, attendance).systems)) {
          if (s.kind === 'aafp_prescribed') expect(s.equivalency).toMatchObject({ reportAs: 'AAFP Prescribed', credits: s.credits, statement: AMA_AAFP_EQUIVALENCY_STATEMENT });
          else expect(s.equivalency).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('results depend only on the inputs (the same inputs, in any session order, give the same result)', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        const a = creditsFor(accreditation, sessions, attendance);
        const b = creditsFor(structuredClone(accreditation), [...sessions].reverse(), [...attendance].reverse());
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('inputs are not mutated', () => {
    fc.assert(
      fc.property(creditCaseArb, ({ accreditation, sessions, attendance }) => {
        const copy = structuredClone({ accreditation, sessions, attendance });
        deepFreeze(accreditation);
        deepFreeze(sessions);
        deepFreeze(attendance);
        creditsFor(accreditation, sessions, attendance);
        expect({ accreditation, sessions, attendance }).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
