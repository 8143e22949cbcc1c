/**
 * Arbitraries for continuing-education credit: sessions shaped like
 * `planSessions` output, attendance for them, credit rules and
 * accreditations (valid values only).
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { formatDays, parseDays } from '../_lib/civil.js';
import { LocalDateSchema } from '../common/schemas.js';
import { formatHundredths } from '../credits/amount.js';
import { GenericCreditRuleSchema, type CreditRule, type AccreditationInput } from '../credits/rules.js';
import { CreditSessionsSchema, type CreditSessionInput, type SessionAttendance } from '../credits/sessions.js';
import type { AttendanceRequirement } from '../credits/requirements.js';
import { readArguments, readOptions, wholeNumber } from './_options.js';

/**
 * A credit amount on a grid of `step` hundredths, from `min` to `max` steps.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { creditAmountArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(creditAmountArbitrary(25, 1, 1), 1);
 * //=> ['0.25']
 * ```
 */
export function creditAmountArbitrary(step: number, min = 0, max = 40): fc.Arbitrary<string> {
  const args = readArguments(CreditAmountArgumentsSchema, { step, min, max }, 'creditAmountArbitrary');
  return amounts(args.step, args.min, args.max);
}

const CreditAmountArgumentsSchema = z
  .strictObject({ step: wholeNumber(1, 10_000), min: wholeNumber(0, 100_000), max: wholeNumber(0, 100_000) })
  .check(z.refine((a) => a.min <= a.max, { path: ['max'], message: 'must not be less than min' }));

const amounts = (step: number, min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((n) => formatHundredths(n * step));

/**
 * Options of {@link creditSessionsArbitrary}.
 *
 * @example
 * ```ts
 * import type { CreditSessionsArbitraryOptions } from 'balint-rules/testing';
 *
 * const options: CreditSessionsArbitraryOptions = { minLength: 8, maxLength: 8, from: '2026-01-10' };
 * ```
 */
export type CreditSessionsArbitraryOptions = z.input<typeof CreditSessionsOptionsSchema>;

const CreditSessionsOptionsSchema = z
  .strictObject({
    /** Fewest sessions (default 1). */
    minLength: z.optional(wholeNumber(1, 1_000)),
    /** Most sessions (default 10). */
    maxLength: z.optional(wholeNumber(1, 1_000)),
    /** The first session's date; the others follow weekly (default 2026-01-10). */
    from: z.optional(LocalDateSchema),
  })
  .check(
    z.superRefine((o, ctx) => {
      const min = o.minLength ?? 1;
      const max = o.maxLength ?? 10;
      if (min > max) ctx.addIssue({ code: 'custom', path: [o.maxLength === undefined ? 'minLength' : 'maxLength'], input: o.maxLength ?? o.minLength, message: o.maxLength === undefined ? 'must be at most 10, the default maxLength (or give maxLength too)' : 'must not be less than minLength' });
      if (o.from !== undefined && parseDays(o.from) + 7 * (max - 1) > parseDays('9999-12-31')) ctx.addIssue({ code: 'custom', path: ['from'], input: o.from, message: 'leaves no room for weekly sessions before 9999-12-31' });
    }),
  );

/**
 * Sessions numbered 1.., weekly from `from`, of 1-300 minutes (mostly 60,
 * 90 or 120), some with minutes marked as not counting (introductions) or a
 * credit cap.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { creditSessionsArbitrary } from 'balint-rules/testing';
 *
 * fc.sample(creditSessionsArbitrary({ minLength: 8, maxLength: 8 }), 1).flatMap((sessions) => sessions.map((s) => s.index));
 * //=> [1, 2, 3, 4, 5, 6, 7, 8]
 * ```
 */
export function creditSessionsArbitrary(options: CreditSessionsArbitraryOptions = {}): fc.Arbitrary<CreditSessionInput[]> {
  const o = readOptions(CreditSessionsOptionsSchema, options, 'creditSessionsArbitrary');
  const facts = fc.record(
    {
      durationMinutes: fc.oneof(fc.constantFrom(60, 90, 120), fc.integer({ min: 1, max: 300 })),
      excludedFraction: fc.integer({ min: 0, max: 40 }),
      creditCap: amounts(5, 1, 100),
    },
    { requiredKeys: ['durationMinutes'] },
  );
  const first = parseDays(o.from ?? '2026-01-10');
  return fc.array(facts, { minLength: o.minLength ?? 1, maxLength: o.maxLength ?? 10 }).map((all) =>
    all.map((f, i) => {
      const date = formatDays(first + 7 * i);
      const session: { -readonly [K in keyof CreditSessionInput]: CreditSessionInput[K] } = { index: i + 1, date, start: `${date}T16:00:00.000Z`, durationMinutes: f.durationMinutes };
      if (f.excludedFraction !== undefined) session.excludedMinutes = Math.floor((f.durationMinutes * f.excludedFraction) / 100);
      if (f.creditCap !== undefined) session.creditCap = f.creditCap;
      return session;
    }),
  );
}

/**
 * Attendance for each of `sessions`: full, partial (0 to the session's
 * minutes), absent, or no record.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { attendanceArbitrary } from 'balint-rules/testing';
 *
 * const sessions = [{ index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00Z', durationMinutes: 90 }];
 * fc.sample(attendanceArbitrary(sessions), 20).every((a) => a.length <= 1 && a.every((r) => r.session === 1));
 * //=> true
 * ```
 */
export function attendanceArbitrary(sessions: readonly CreditSessionInput[]): fc.Arbitrary<SessionAttendance[]> {
  const args = readArguments(AttendanceArgumentsSchema, { sessions }, 'attendanceArbitrary');
  return fc
    .tuple(
      ...args.sessions.map((s) =>
        fc.oneof(
          fc.constant<SessionAttendance | null>({ session: s.index, kind: 'full' }),
          fc.constant<SessionAttendance | null>({ session: s.index, kind: 'absent' }),
          fc.constant<SessionAttendance | null>(null),
          fc.integer({ min: 0, max: s.durationMinutes }).map<SessionAttendance | null>((m) => ({ session: s.index, kind: 'partial', minutesPresent: m })),
        ),
      ),
    )
    .map((records) => records.filter((r): r is SessionAttendance => r !== null));
}

const AttendanceArgumentsSchema = z.strictObject({ sessions: CreditSessionsSchema });

function minimumArb(sessionCount: number) {
  return fc.record({ sessions: fc.integer({ min: 1, max: sessionCount }), attendance: fc.constantFrom('full' as const, 'any' as const) });
}

/**
 * A credit rule valid for an activity of `sessionCount` sessions: AAFP
 * Prescribed (quarter hours), APA CE (whole or half hours of sessions
 * attended in full) or another board's
 * generic rule, with maximums, caps and minimum attendance on the system's
 * step.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { creditRuleArbitrary } from 'balint-rules/testing';
 * import { CreditRuleSchema } from 'balint-rules/credits';
 *
 * fc.sample(creditRuleArbitrary(8), 30).every((r) => CreditRuleSchema.safeParse(r).success);
 * //=> true
 * ```
 */
export function creditRuleArbitrary(sessionCount: number, genericId = 'other_board'): fc.Arbitrary<CreditRule> {
  const args = readArguments(CreditRuleArgumentsSchema, { sessionCount, genericId }, 'creditRuleArbitrary');
  return creditRules(args.sessionCount, args.genericId);
}

const CreditRuleArgumentsSchema = z.strictObject({ sessionCount: wholeNumber(1, 10_000), genericId: GenericCreditRuleSchema.shape.id });

function creditRules(sessionCount: number, genericId: string): fc.Arbitrary<CreditRule> {
  const aafp = fc.record(
    { kind: fc.constant('aafp_prescribed' as const), designatedMaximum: amounts(25, 0, 60), sessionCap: amounts(25, 1, 20), minimumSessions: minimumArb(sessionCount) },
    { requiredKeys: ['kind'] },
  );
  const apa = fc.record(
    {
      kind: fc.constant('apa_ce' as const),
      designatedMaximum: amounts(100, 0, 15),
      minimumSessions: minimumArb(sessionCount),
      increment: fc.constantFrom('1' as const, '0.5' as const),
      excludeMarkedMinutes: fc.boolean(),
    },
    { requiredKeys: ['kind', 'increment', 'excludeMarkedMinutes'] },
  );
  const generic = fc
    .record({
      step: fc.constantFrom(10, 25, 50, 100),
      perHour: fc.constantFrom(50, 100, 150, 200),
      rounding: fc.constantFrom('down' as const, 'nearest' as const, 'up' as const),
      basis: fc.constantFrom('session' as const, 'activity' as const),
      excludeMarkedMinutes: fc.boolean(),
      fullSessionsOnly: fc.boolean(),
      max: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      cap: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      minimum: fc.option(minimumArb(sessionCount), { nil: undefined }),
    })
    .map((g): CreditRule => {
      const rule: CreditRule = {
        kind: 'generic',
        id: genericId,
        name: 'Other board credit',
        creditsPerHour: formatHundredths(g.perHour),
        step: formatHundredths(g.step),
        rounding: g.rounding,
        basis: g.basis,
        excludeMarkedMinutes: g.excludeMarkedMinutes,
        fullSessionsOnly: g.fullSessionsOnly,
      };
      if (g.max !== undefined) rule.designatedMaximum = formatHundredths(g.max * g.step);
      if (g.cap !== undefined) rule.sessionCap = formatHundredths(g.cap * g.step);
      if (g.minimum !== undefined) rule.minimumSessions = g.minimum;
      return rule;
    });
  return fc.oneof(aafp, apa, generic);
}

/**
 * An accreditation offering one to three credit systems (each at most
 * once), sometimes with attendance requirements, valid for an activity of
 * `sessionCount` sessions (default 8).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { accreditationArbitrary } from 'balint-rules/testing';
 * import { AccreditationSchema } from 'balint-rules/credits';
 *
 * fc.sample(accreditationArbitrary({ sessionCount: 8 }), 20).every((a) => AccreditationSchema.safeParse(a).success);
 * //=> true
 * ```
 */
export function accreditationArbitrary(options: z.input<typeof AccreditationOptionsSchema> = {}): fc.Arbitrary<AccreditationInput> {
  const o = readOptions(AccreditationOptionsSchema, options, 'accreditationArbitrary');
  const sessionCount = o.sessionCount ?? 8;
  return fc
    .record({
      systems: fc.uniqueArray(creditRules(sessionCount, 'other_board'), { minLength: 1, maxLength: 3, selector: (r) => (r.kind === 'generic' ? r.id : r.kind) }),
      requirements: fc.option(fc.uniqueArray(requirements(sessionCount), { maxLength: 2, selector: (r) => r.id }), { nil: undefined }),
    })
    .map(({ systems, requirements: listed }) => ({
      title: 'Balint Group - Decreasing Isolation with Peer Consultation',
      provider: 'American Balint Society',
      systems,
      ...(listed === undefined ? {} : { requirements: listed }),
    }));
}

/** An attendance requirement valid for an activity of `sessionCount` sessions. */
function requirements(sessionCount: number): fc.Arbitrary<AttendanceRequirement> {
  return fc.oneof(
    fc.record({
      kind: fc.constant('minimum_sessions' as const),
      id: fc.constantFrom('abfm_pi', 'certificate'),
      name: fc.constant('ABFM Performance Improvement (MOC Part IV)'),
      sessions: fc.integer({ min: 1, max: sessionCount }),
      attendance: fc.constantFrom('full' as const, 'any' as const),
    }),
    fc.record({ kind: fc.constant('every_session' as const), id: fc.constantFrom('every_session', 'certificate'), name: fc.constant('Attendance at every session in its entirety') }),
  );
}

const AccreditationOptionsSchema = z.strictObject({ sessionCount: z.optional(wholeNumber(1, 10_000)) });
