/**
 * fast-check arbitraries for the credits area, producing only valid values:
 * sessions shaped like `planSessions` output, attendance for them, credit
 * rules and accreditations.
 */
import fc from 'fast-check';
import { formatDays, parseDays } from '../../src/_lib/civil.js';
import { formatHundredths } from '../../src/credits/amount.js';
import type { AccreditationInput, CreditRule, CreditSessionInput, SessionAttendance } from '../../src/credits/index.js';

/** A credit amount on a grid of `step` hundredths, from `min` to `max` steps. */
export function amountArb(step: number, min = 0, max = 40): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((n) => formatHundredths(n * step));
}

/** One session's own facts (its index and date are given by `sessionsArb`). */
const sessionFactsArb = fc.record(
  {
    durationMinutes: fc.oneof(fc.constantFrom(60, 90, 120), fc.integer({ min: 1, max: 300 })),
    excludedFraction: fc.integer({ min: 0, max: 40 }),
    creditCap: amountArb(5, 1, 100),
  },
  { requiredKeys: ['durationMinutes'] },
);

/** 1 to `maxLength` sessions, indexes 1.., weekly dates from 2026-01-10, some with excluded minutes or caps. */
export function sessionsArb(maxLength = 10): fc.Arbitrary<CreditSessionInput[]> {
  return fc.array(sessionFactsArb, { minLength: 1, maxLength }).map((facts) =>
    facts.map((f, i) => {
      const date = formatDays(parseDays('2026-01-10') + 7 * i);
      const session: { -readonly [K in keyof CreditSessionInput]: CreditSessionInput[K] } = {
        index: i + 1,
        date,
        start: `${date}T16:00:00.000Z`,
        durationMinutes: f.durationMinutes,
      };
      if (f.excludedFraction !== undefined) session.excludedMinutes = Math.floor((f.durationMinutes * f.excludedFraction) / 100);
      if (f.creditCap !== undefined) session.creditCap = f.creditCap;
      return session;
    }),
  );
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
  return fc
    .tuple(
      ...sessions.map((s) =>
        fc.oneof(
          fc.constant<SessionAttendance | null>({ session: s.index, status: 'full' }),
          fc.constant<SessionAttendance | null>({ session: s.index, status: 'absent' }),
          fc.constant<SessionAttendance | null>(null),
          fc.integer({ min: 0, max: s.durationMinutes }).map<SessionAttendance | null>((m) => ({ session: s.index, status: 'partial', minutesPresent: m })),
        ),
      ),
    )
    .map((records) => records.filter((r): r is SessionAttendance => r !== null));
}

function minimumArb(sessionCount: number) {
  return fc.record({ sessions: fc.integer({ min: 1, max: sessionCount }), attendance: fc.constantFrom('full' as const, 'any' as const) });
}

/** A credit rule valid for an activity of `sessionCount` sessions. */
export function creditRuleArb(sessionCount: number, genericId = 'other_board'): fc.Arbitrary<CreditRule> {
  const aafp = fc.record(
    {
      system: fc.constant('aafp_prescribed' as const),
      designatedMaximum: amountArb(25, 0, 60),
      sessionCap: amountArb(25, 1, 20),
      minimumSessions: minimumArb(sessionCount),
    },
    { requiredKeys: ['system'] },
  );
  const apa = fc.record(
    {
      system: fc.constant('apa_ce' as const),
      designatedMaximum: amountArb(100, 0, 15),
      minimumSessions: minimumArb(sessionCount),
      excludeMarkedMinutes: fc.boolean(),
    },
    { requiredKeys: ['system', 'excludeMarkedMinutes'] },
  );
  const generic = fc
    .record({
      step: fc.constantFrom(10, 25, 50, 100),
      perHour: fc.constantFrom(50, 100, 150, 200),
      rounding: fc.constantFrom('down' as const, 'nearest' as const, 'up' as const),
      basis: fc.constantFrom('session' as const, 'activity' as const),
      excludeMarkedMinutes: fc.boolean(),
      max: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      cap: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      minimum: fc.option(minimumArb(sessionCount), { nil: undefined }),
    })
    .map((g): CreditRule => {
      const rule: CreditRule = {
        system: 'generic',
        id: genericId,
        name: 'Other board credit',
        creditsPerHour: formatHundredths(g.perHour),
        step: formatHundredths(g.step),
        rounding: g.rounding,
        basis: g.basis,
        excludeMarkedMinutes: g.excludeMarkedMinutes,
      };
      if (g.max !== undefined) rule.designatedMaximum = formatHundredths(g.max * g.step);
      if (g.cap !== undefined) rule.sessionCap = formatHundredths(g.cap * g.step);
      if (g.minimum !== undefined) rule.minimumSessions = g.minimum;
      return rule;
    });
  return fc.oneof(aafp, apa, generic);
}

/** An accreditation offering one to three systems (each at most once). */
export function accreditationArb(sessionCount: number): fc.Arbitrary<AccreditationInput> {
  return fc
    .uniqueArray(creditRuleArb(sessionCount), { minLength: 1, maxLength: 3, selector: (r) => (r.system === 'generic' ? r.id : r.system) })
    .map((systems) => ({ title: 'Balint Group - Decreasing Isolation with Peer Consultation', provider: 'American Balint Society', systems }));
}

/** Sessions, an accreditation for them, and an attendance, together. */
export const creditCaseArb = sessionsArb().chain((sessions) =>
  fc.record({
    sessions: fc.constant(sessions),
    accreditation: accreditationArb(sessions.length),
    attendance: attendanceArb(sessions),
  }),
);
