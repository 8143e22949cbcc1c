import { describe, expect, it } from 'vitest';
import { creditsFor } from '../../src/credits/index.js';
import { seedSessions } from '../_arbitraries/credits.js';
import { generic, offering, one, present, reasonsOf, sessionsOf } from './_one.js';

const AAFP = { kind: 'aafp_prescribed' } as const;
const APA = { kind: 'apa_ce' } as const;

describe('the edges of rounding', () => {
  it('nearest rounds a half step up and anything under half down', () => {
    // Half of a 0.5-credit step at one credit an hour is exactly 15 minutes.
    expect(one(generic('nearest', '0.5', 'session'), sessionsOf(60), present(15)).credits).toBe('0.50');
    expect(one(generic('nearest', '0.5', 'session'), sessionsOf(60), present(14)).credits).toBe('0.00');
    // AAFP's quarter hour: 8 minutes is past the half (7.5), 7 is not.
    expect(one(AAFP, sessionsOf(60), present(8)).credits).toBe('0.25');
    expect(one(AAFP, sessionsOf(60), present(7)).credits).toBe('0.00');
  });

  it('down and up differ only off the step: one minute short of a step, and one minute past it', () => {
    expect([29, 30, 31].map((m) => one(generic('down', '0.5', 'session'), sessionsOf(60), present(m)).credits)).toEqual(['0.00', '0.50', '0.50']);
    expect([29, 30, 31].map((m) => one(generic('up', '0.5', 'session'), sessionsOf(60), present(m)).credits)).toEqual(['0.50', '0.50', '1.00']);
  });

  it('a per-session system rounds each session, an activity-wide one rounds the total once', () => {
    // Two 10-minute sessions at one credit an hour, step 0.5, rounded up: each session gives 0.5 (1.00 in all),
    // the 20 minutes together give 0.5 once.
    const ten = sessionsOf(10, 10);
    expect(one(generic('up', '0.5', 'session'), ten, present('full', 'full')).credits).toBe('1.00');
    expect(one(generic('up', '0.5', 'activity'), ten, present('full', 'full')).credits).toBe('0.50');
    const twenty = sessionsOf(20, 20);
    // Rounded to the nearest: 20 minutes is 0.33 (to 0.5) per session, 40 minutes is 0.67 (to 0.5) in all.
    expect(one(generic('nearest', '0.5', 'session'), twenty, present('full', 'full')).credits).toBe('1.00');
    expect(one(generic('nearest', '0.5', 'activity'), twenty, present('full', 'full')).credits).toBe('0.50');
  });

  it('credits per hour scale the time counted: 2 an hour for 45 minutes is 1.50', () => {
    expect(one(generic('down', '0.25', 'session', { creditsPerHour: '2' }), sessionsOf(60), present(45)).credits).toBe('1.50');
    expect(one(generic('down', '0.25', 'activity', { creditsPerHour: '0.5' }), sessionsOf(60, 60), present('full', 30)).credits).toBe('0.75');
  });
});

describe('the edges of caps', () => {
  it('a session that earns exactly its cap is not said to be capped; one minute more is', () => {
    const rule = { kind: 'aafp_prescribed', sessionCap: '1' } as const;
    const exact = one(rule, sessionsOf(60), present('full'));
    expect(exact.credits).toBe('1.00');
    expect(reasonsOf(exact, 'session_cap_applied')).toEqual([]);
    const over = one(rule, sessionsOf(61), present('full'));
    expect(over.credits).toBe('1.00');
    expect(reasonsOf(over, 'session_cap_applied')).toEqual([
      { code: 'session_cap_applied', session: 1, cap: '1.00', message: 'Session 1 (2026-03-05): capped at 1.00 credit, the most one session may earn.' },
    ]);
  });

  it('with a rule cap and a session cap, the smaller one limits the session', () => {
    const rule = { kind: 'aafp_prescribed', sessionCap: '3.75' } as const;
    const [day] = sessionsOf(300);
    expect(one(rule, [{ ...day!, creditCap: '2' }], present('full')).credits).toBe('2.00');
    expect(one(rule, [{ ...day!, creditCap: '5' }], present('full')).credits).toBe('3.75');
    expect(reasonsOf(one(rule, [{ ...day!, creditCap: '2' }], present('full')), 'session_cap_applied')[0]?.cap).toBe('2.00');
  });

  it('a per-session system never lets a session earn more than its cap, so a cap off the step is taken down to the step', () => {
    // Rounded to the nearest whole credit, 2.6 would become 3, over the cap: it is taken down to 2 first.
    const [day] = sessionsOf(300);
    const capped = [{ ...day!, creditCap: '2.6' }];
    expect(one(generic('nearest', '1', 'session'), capped, present('full')).credits).toBe('2.00');
  });

  it('an activity-wide system caps the session’s time at the cap as it is, and rounds once over the activity', () => {
    // 2.6 credits of time capped in the first session, 0.4 in the second: 3 whole credits together.
    const [day, evening] = sessionsOf(300, 24);
    const s = one(generic('down', '1', 'activity'), [{ ...day!, creditCap: '2.6' }, evening!], present('full', 'full'));
    expect(s.credits).toBe('3.00');
    expect(reasonsOf(s, 'session_cap_applied')).toMatchObject([{ session: 1, cap: '2.60' }]);
  });

  it('a session cap above what the session can earn changes nothing and is not reported', () => {
    const [day] = sessionsOf(60);
    const s = one(AAFP, [{ ...day!, creditCap: '2' }], present('full'));
    expect(s.credits).toBe('1.00');
    expect(reasonsOf(s, 'session_cap_applied')).toEqual([]);
  });
});

describe('the edges of the designated maximum', () => {
  it('credit equal to the designated maximum is not said to be capped; one step less is', () => {
    const all = seedSessions.map((s) => ({ session: s.index, kind: 'full' as const }));
    const at = one({ kind: 'apa_ce', designatedMaximum: '8' }, seedSessions, all);
    expect(at.credits).toBe('8.00');
    expect(reasonsOf(at, 'designated_maximum_applied')).toEqual([]);
    const under = one({ kind: 'apa_ce', designatedMaximum: '7' }, seedSessions, all);
    expect([under.credits, under.maximum, under.designatedMaximum]).toEqual(['7.00', '7.00', '7.00']);
    expect(reasonsOf(under, 'designated_maximum_applied')).toEqual([
      { code: 'designated_maximum_applied', designatedMaximum: '7.00', uncapped: '8.00', message: 'Capped at the designated maximum of 7.00 credits (8.00 earned before the cap).' },
    ]);
  });

  it('a designated maximum above what the sessions can give leaves the maximum at what they give, and states no "no maximum"', () => {
    const all = seedSessions.map((s) => ({ session: s.index, kind: 'full' as const }));
    const s = one({ kind: 'apa_ce', designatedMaximum: '9' }, seedSessions, all);
    expect([s.credits, s.maximum, s.designatedMaximum]).toEqual(['8.00', '8.00', '9.00']);
    expect(s.reasons.map((r) => r.code)).not.toContain('no_designated_maximum');
    expect(s.reasons.map((r) => r.code)).not.toContain('designated_maximum_applied');
  });

  it('an AAFP designated maximum of exactly one credit reads in the singular', () => {
    const s = one({ kind: 'aafp_prescribed', designatedMaximum: '1' }, sessionsOf(90), present('full'));
    expect(reasonsOf(s, 'designated_maximum_applied')[0]?.message).toBe('Capped at the designated maximum of 1.00 credit (1.50 earned before the cap).');
  });
});

describe('the edges of attendance', () => {
  it('partial attendance of every minute is allowed and counts as attending in full', () => {
    const rule = { kind: 'apa_ce', minimumSessions: { sessions: 2 } } as const;
    const s = one(rule, sessionsOf(60, 60), present(60, 60));
    expect(s.minimumSessions).toEqual({ required: 2, attended: 2, attendance: 'full', met: true });
    expect(s.credits).toBe('2.00');
    // One minute short of the session is not attending it in full.
    expect(one(rule, sessionsOf(60, 60), present(60, 59)).minimumSessions?.met).toBe(false);
  });

  it('a minimum of "any" attendance counts a session with a minute present, not one with none', () => {
    const rule = { kind: 'apa_ce', minimumSessions: { sessions: 2, attendance: 'any' } } as const;
    expect(one(rule, sessionsOf(60, 60), present(1, 'full')).minimumSessions).toEqual({ required: 2, attended: 2, attendance: 'any', met: true });
    expect(one(rule, sessionsOf(60, 60), present(0, 'full')).minimumSessions).toEqual({ required: 2, attended: 1, attendance: 'any', met: false });
  });

  it('a minimum as large as the number of sessions is accepted; one more is refused', () => {
    expect(() => one({ kind: 'apa_ce', minimumSessions: { sessions: 2 } }, sessionsOf(60, 60), [])).not.toThrow();
    expect(() => one({ kind: 'apa_ce', minimumSessions: { sessions: 3 } }, sessionsOf(60, 60), [])).toThrow('must not exceed the 2 sessions of the activity');
  });

  it('excluded minutes may fill the whole session: it then counts no time in a system that excludes them', () => {
    const [s] = sessionsOf(60);
    const allWelcome = [{ ...s!, excludedMinutes: 60 }];
    const aafp = one(AAFP, allWelcome, present('full'));
    expect([aafp.credits, aafp.minutesCounted, aafp.sessionsCounted]).toEqual(['0.00', 0, []]);
    const apaAll = one({ kind: 'apa_ce', excludeMarkedMinutes: false }, allWelcome, present('full'));
    expect([apaAll.credits, apaAll.minutesCounted, apaAll.sessionsCounted]).toEqual(['1.00', 60, [1]]);
  });

  it('someone present for less than the excluded time counts no minutes, never a negative number', () => {
    const [s] = sessionsOf(60);
    const r = creditsFor(offering(AAFP), [{ ...s!, excludedMinutes: 15 }], present(10));
    expect([r.sessionsAttended, r.attendedSessions, r.minutesPresent]).toEqual([1, [1], 10]);
    const aafp = r.systems.aafp_prescribed!;
    expect([aafp.credits, aafp.minutesCounted, aafp.sessionsCounted]).toEqual(['0.00', 0, []]);
    expect(reasonsOf(aafp, 'session_attended')[0]).toMatchObject({ minutesPresent: 10, excludedMinutes: 15, minutesCounted: 0, credits: '0.00' });
  });

  it('APA leaves out marked minutes by default and counts them when told not to', () => {
    const [s] = sessionsOf(75);
    const marked = [{ ...s!, excludedMinutes: 15 }];
    const apa = one(APA, marked, present('full'));
    expect([apa.credits, apa.minutesCounted]).toEqual(['1.00', 60]);
    expect(reasonsOf(apa, 'rounded')).toEqual([]);
    const all = one({ kind: 'apa_ce', excludeMarkedMinutes: false }, marked, present('full'));
    expect([all.credits, all.minutesCounted]).toEqual(['1.00', 75]);
    expect(reasonsOf(all, 'session_attended')[0]).toMatchObject({ excludedMinutes: 0, minutesCounted: 75 });
    // A generic rule that counts everything: 15 + 45 minutes make an hour.
    expect(one(generic('down', '1', 'activity', { excludeMarkedMinutes: false }), [{ ...s!, durationMinutes: 60, excludedMinutes: 15 }], present('full')).credits).toBe('1.00');
    expect(one(generic('down', '1', 'activity'), [{ ...s!, durationMinutes: 60, excludedMinutes: 15 }], present('full')).credits).toBe('0.00');
  });

  it('sessions are counted in index order whatever order they are listed in, and the result names them by index', () => {
    const sessions = sessionsOf(60, 90, 30).reverse();
    const r = creditsFor(offering(AAFP), sessions, present('absent', 'full', 20));
    expect(r.attendedSessions).toEqual([2, 3]);
    expect(r.systems.aafp_prescribed!.sessionsCounted).toEqual([2, 3]);
    expect(r.systems.aafp_prescribed!.reasons.slice(0, 3).map((x) => [x.code, 'session' in x ? x.session : null])).toEqual([
      ['session_missed', 1],
      ['session_attended', 2],
      ['session_attended', 3],
    ]);
  });
});
