/** fast-check arbitraries for credits: the names the tests use, over the testing kit (src/testing), which holds the one implementation. */
import fc from 'fast-check';
import type { AccreditationInput, CreditRule, CreditSessionInput, SessionAttendance } from '../../src/credits/index.js';
import { accreditationArbitrary, attendanceArbitrary, creditAmountArbitrary, creditRuleArbitrary, creditSessionsArbitrary } from '../../src/testing/credits.js';

/** A credit amount on a grid of `step` hundredths, from `min` to `max` steps. */
export function amountArb(step: number, min = 0, max = 40): fc.Arbitrary<string> {
  return creditAmountArbitrary(step, min, max);
}

/** 1 to `maxLength` sessions, indexes 1.., weekly dates from 2026-01-10, some with excluded minutes or caps. */
export function sessionsArb(maxLength = 10): fc.Arbitrary<CreditSessionInput[]> {
  return creditSessionsArbitrary({ maxLength });
}

/** The seeds' online group: eight monthly sessions, the first 90 minutes, the rest 60. */
export const SEED_DATES = ['2026-01-10', '2026-02-14', '2026-03-14', '2026-04-11', '2026-05-09', '2026-06-13', '2026-07-11', '2026-08-08'];
export const seedSessions: CreditSessionInput[] = SEED_DATES.map((date, i) => ({
  index: i + 1,
  date,
  start: `${date}T16:00:00.000Z`,
  durationMinutes: i === 0 ? 90 : 60,
}));

/** Attendance for each session: full, partial (0..duration minutes), absent, or no record. */
export function attendanceArb(sessions: readonly CreditSessionInput[]): fc.Arbitrary<SessionAttendance[]> {
  return attendanceArbitrary(sessions);
}

/** A credit rule valid for an activity of `sessionCount` sessions. */
export function creditRuleArb(sessionCount: number, genericId = 'other_board'): fc.Arbitrary<CreditRule> {
  return creditRuleArbitrary(sessionCount, genericId);
}

/** An accreditation offering one to three systems (each at most once). */
export function accreditationArb(sessionCount: number): fc.Arbitrary<AccreditationInput> {
  return accreditationArbitrary({ sessionCount });
}

/** Sessions, an accreditation for them, and an attendance, together. */
export const creditCaseArb = sessionsArb().chain((sessions) =>
  fc.record({
    sessions: fc.constant(sessions),
    accreditation: accreditationArb(sessions.length),
    attendance: attendanceArb(sessions),
  }),
);
