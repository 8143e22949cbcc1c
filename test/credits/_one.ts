/** Small builders the credits edge tests share: one system's result for a few sessions. */
import {
  creditsFor,
  type AccreditationInput,
  type CreditReason,
  type CreditRule,
  type CreditSessionInput,
  type SessionAttendance,
  type SystemCredits,
} from '../../src/credits/index.js';

/** Sessions of the given lengths, indexes 1.., weekly from 2026-03-05. */
export function sessionsOf(...lengths: number[]): CreditSessionInput[] {
  return lengths.map((durationMinutes, i) => ({ index: i + 1, date: `2026-03-${String(5 + 7 * i).padStart(2, '0')}`, durationMinutes }));
}

/** Attendance by minutes present, one entry per session: `'full'`, a number of minutes, or `null` for no record. */
export function present(...minutes: ('full' | 'absent' | number | null)[]): SessionAttendance[] {
  return minutes.flatMap((m, i): SessionAttendance[] => {
    if (m === null) return [];
    if (m === 'full' || m === 'absent') return [{ session: i + 1, kind: m }];
    return [{ session: i + 1, kind: 'partial', minutesPresent: m }];
  });
}

/** An accreditation offering one system. */
export const offering = (rule: CreditRule | AccreditationInput['systems'][number]): AccreditationInput => ({ title: 'Balint Group', systems: [rule] });

/** The one system's result. */
export function one(rule: AccreditationInput['systems'][number], sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[]): SystemCredits {
  return Object.values(creditsFor(offering(rule), sessions, attendance).systems)[0] as SystemCredits;
}

/** The reasons of a result with the given code. */
export function reasonsOf<C extends CreditReason['code']>(s: SystemCredits, code: C): Extract<CreditReason, { code: C }>[] {
  return s.reasons.filter((r): r is Extract<CreditReason, { code: C }> => r.code === code);
}

/** A generic rule with the given rounding, step, rate and basis. */
export function generic(rounding: 'down' | 'nearest' | 'up', step: string, basis: 'session' | 'activity', extra: Partial<Extract<CreditRule, { kind: 'generic' }>> = {}): AccreditationInput['systems'][number] {
  return { kind: 'generic', id: 'board', name: 'Board credit', creditsPerHour: '1', step, rounding, basis, ...extra };
}
