import { describe, expect, it } from 'vitest';
import type { SystemCredits } from '../../src/credits/index.js';
import { generic, one, present, reasonsOf, sessionsOf } from './_one.js';

const messages = (s: SystemCredits): string[] => s.reasons.map((r) => r.message);

describe('the sentences of credit reasons', () => {
  it('a generic rule says which way it rounds, to a multiple of its step', () => {
    const sessions = sessionsOf(50);
    expect(reasonsOf(one(generic('down', '0.5', 'session'), sessions, present('full')), 'rounded')[0]?.message).toBe(
      'Session 1 (2026-03-05): 50 minutes counted; rounded down to a multiple of 0.50: 0.50 credits.',
    );
    expect(reasonsOf(one(generic('up', '0.5', 'session'), sessions, present('full')), 'rounded')[0]?.message).toBe(
      'Session 1 (2026-03-05): 50 minutes counted; rounded up to a multiple of 0.50: 1.00 credit.',
    );
    expect(reasonsOf(one(generic('nearest', '0.1', 'activity'), sessions, present('full')), 'rounded')).toEqual([
      { code: 'rounded', session: null, minutes: 50, credits: '0.80', rounding: 'nearest', step: '0.10', message: 'In all: 50 minutes counted; rounded to the nearest multiple of 0.10: 0.80 credits.' },
    ]);
  });

  it('every sentence of a per-session system, in order: sessions, rounding, minimum, maximum, equivalency', () => {
    const rule = { kind: 'aafp_prescribed', minimumSessions: { sessions: 1 } } as const;
    const s = one(rule, sessionsOf(60, 1, 60, 45), [...present('full', 'full', 'absent'), { session: 4, kind: 'partial', minutesPresent: 40 }]);
    expect(s.reasons.map((r) => r.code)).toEqual([
      'session_attended',
      'session_attended',
      'rounded',
      'session_missed',
      'session_attended',
      'rounded',
      'minimum_sessions_met',
      'no_designated_maximum',
      'ama_pra_equivalency',
    ]);
    expect(messages(s).slice(0, 7)).toEqual([
      'Session 1 (2026-03-05): present 60 of 60 minutes; 60 minutes count, 1.00 credit.',
      'Session 2 (2026-03-12): present 1 of 1 minute; 1 minute counts, 0.00 credits.',
      'Session 2 (2026-03-12): 1 minute counted; rounded to the nearest quarter hour: 0.00 credits.',
      'Session 3 (2026-03-19): absent; no credit.',
      'Session 4 (2026-03-26): present 40 of 45 minutes; 40 minutes count, 0.75 credits.',
      'Session 4 (2026-03-26): 40 minutes counted; rounded to the nearest quarter hour: 0.75 credits.',
      'At least 1 of the 4 sessions must be attended in full for any credit; 2 were, the minimum is met.',
    ]);
    expect(reasonsOf(s, 'session_missed')).toEqual([{ code: 'session_missed', session: 3, date: '2026-03-19', recorded: true, message: 'Session 3 (2026-03-19): absent; no credit.' }]);
    expect(reasonsOf(s, 'no_designated_maximum')).toEqual([
      {
        code: 'no_designated_maximum',
        maximum: '2.75',
        message: 'The accreditation states no designated maximum for AAFP Prescribed credit; the maximum shown (2.75) is the credit for attending every session in full.',
      },
    ]);
  });

  it('a session counted exactly on the step needs no rounding sentence', () => {
    expect(one({ kind: 'aafp_prescribed' }, sessionsOf(60, 45), present('full', 'full')).reasons.map((r) => r.code)).toEqual([
      'session_attended',
      'session_attended',
      'no_designated_maximum',
      'ama_pra_equivalency',
    ]);
    expect(one({ kind: 'apa_ce' }, sessionsOf(60, 60), present('full', 'full')).reasons.map((r) => r.code)).toEqual(['session_attended', 'session_attended', 'no_designated_maximum']);
  });

  it('an activity-wide system gives no credit per session, and one sentence for the rounding of the whole', () => {
    const s = one(generic('down', '1', 'activity'), sessionsOf(45, 30), present('full', 'full'));
    expect(messages(s)).toEqual([
      'Session 1 (2026-03-05): present 45 of 45 minutes; 45 minutes count.',
      'Session 2 (2026-03-12): present 30 of 30 minutes; 30 minutes count.',
      'In all: 75 minutes counted; rounded down to a multiple of 1.00: 1.00 credit.',
      'The accreditation states no designated maximum for Board credit; the maximum shown (1.00) is the credit for attending every session in full.',
    ]);
    expect(reasonsOf(s, 'session_attended').map((r) => r.credits)).toEqual([null, null]);
  });

  it('APA counts each session on its own: two sessions of 45 and 30 minutes, attended in full, earn nothing', () => {
    const s = one({ kind: 'apa_ce' }, sessionsOf(45, 30), present('full', 'full'));
    expect(messages(s)).toEqual([
      'Session 1 (2026-03-05): present 45 of 45 minutes; 45 minutes count, 0.00 credits.',
      'Session 1 (2026-03-05): 45 minutes counted; only each full 60 minutes earns credit, with no partial credit for part of an hour: 0.00 credits.',
      'Session 2 (2026-03-12): present 30 of 30 minutes; 30 minutes count, 0.00 credits.',
      'Session 2 (2026-03-12): 30 minutes counted; only each full 60 minutes earns credit, with no partial credit for part of an hour: 0.00 credits.',
      'The accreditation states no designated maximum for APA continuing education credit for psychologists; the maximum shown (0.00) is the credit for attending every session in full.',
    ]);
  });

  it('APA names a session attended in part and gives it nothing', () => {
    const s = one({ kind: 'apa_ce' }, sessionsOf(90, 60), present('full', 45));
    expect(reasonsOf(s, 'session_incomplete')).toEqual([
      {
        code: 'session_incomplete',
        session: 2,
        date: '2026-03-12',
        minutesPresent: 45,
        durationMinutes: 60,
        credits: '0.00',
        message: 'Session 2 (2026-03-12): present 45 of 60 minutes, not the whole session; only a session attended in its entirety earns credit, so none of it counts.',
      },
    ]);
    expect([s.credits, s.minutesCounted, s.sessionsCounted]).toEqual(['1.00', 90, [1]]);
  });

  it('one session attended of a minimum reads "was"; excluded minutes are named, in the singular for one', () => {
    const [first, second] = sessionsOf(60, 60);
    const s = one({ kind: 'apa_ce', minimumSessions: { sessions: 2 } }, [{ ...first!, excludedMinutes: 1 }, second!], present('full'));
    expect(reasonsOf(s, 'minimum_sessions_not_met')).toEqual([
      {
        code: 'minimum_sessions_not_met',
        required: 2,
        attended: 1,
        attendance: 'full',
        message: 'At least 2 of the 2 sessions must be attended in full for any credit; 1 was, so no credit is earned.',
      },
    ]);
    expect(messages(s)[0]).toBe('Session 1 (2026-03-05): present 60 of 60 minutes; 1 minute of welcome, introductions or announcements do not count; 59 minutes count, 0.00 credits.');
    expect(messages(s)[2]).toBe('Session 2 (2026-03-12): no attendance recorded, counted as absent; no credit.');
    const any = one({ kind: 'apa_ce', minimumSessions: { sessions: 2, attendance: 'any' } }, sessionsOf(60, 60), present(30));
    expect(reasonsOf(any, 'minimum_sessions_not_met')[0]?.message).toBe('At least 2 of the 2 sessions must be attended for any credit; 1 was, so no credit is earned.');
  });
});
