import fc from 'fast-check';
import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { toHundredths } from '../credits/amount.js';
import { creditsFor, type SystemCredits } from '../credits/creditsFor.js';
import { AccreditationSchema, type Accreditation, type AccreditationInput } from '../credits/rules.js';
import { CreditSessionsSchema, type CreditSessionInput, type SessionAttendance } from '../credits/sessions.js';
import { attendanceArbitrary, creditSessionsArbitrary } from './credits.js';
import { checkLaw, CheckOptionsSchema, functionOption, lawCheck, type LawCheck } from './laws.js';

/**
 * A function computing credit, in place of `creditsFor`.
 *
 * @example
 * ```ts
 * import { creditsFor } from 'balint-rules/credits';
 * import type { CreditCalculator } from 'balint-rules/testing';
 *
 * const mine: CreditCalculator = (accreditation, sessions, attendance) => creditsFor(accreditation, sessions, attendance);
 * ```
 */
export type CreditCalculator = (
  accreditation: Accreditation,
  sessions: readonly CreditSessionInput[],
  attendance: readonly SessionAttendance[],
) => { readonly systems: Readonly<Record<string, Pick<SystemCredits, 'id' | 'credits' | 'maximum' | 'designatedMaximum' | 'step'>>> };

/**
 * Options of {@link checkAccreditation}: `numRuns`, `seed`; `sessions`, the
 * activity's sessions (default: generated, as many as the accreditation's
 * minimums need); `creditsFor`, your own calculator.
 *
 * @example
 * ```ts
 * import { AccreditationCheckOptionsSchema } from 'balint-rules/testing';
 *
 * AccreditationCheckOptionsSchema.safeParse({ numRuns: 100 }).success;
 * //=> true
 * ```
 */
export const AccreditationCheckOptionsSchema = z.strictObject({
  ...CheckOptionsSchema.shape,
  sessions: z.optional(CreditSessionsSchema),
  creditsFor: functionOption<CreditCalculator>(),
});

/**
 * Options of {@link checkAccreditation}, see {@link AccreditationCheckOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { AccreditationCheckOptions } from 'balint-rules/testing';
 *
 * const options: AccreditationCheckOptions = { sessions: [{ index: 1, date: '2026-01-10', start: '2026-01-10T16:00:00Z', durationMinutes: 90 }] };
 * ```
 */
export type AccreditationCheckOptions = Omit<z.input<typeof AccreditationCheckOptionsSchema>, 'sessions'> & { readonly sessions?: readonly CreditSessionInput[] };

/**
 * The laws {@link checkAccreditation} checks.
 *
 * @example
 * ```ts
 * import { ACCREDITATION_LAWS } from 'balint-rules/testing';
 *
 * ACCREDITATION_LAWS.length;
 * //=> 5
 * ```
 */
export const ACCREDITATION_LAWS = [
  'credits_never_exceed_maximum',
  'attending_more_never_earns_less',
  'full_attendance_earns_the_maximum',
  'full_attendance_earns_credit',
  'credits_in_whole_steps',
] as const;

/**
 * A law of accreditations, see {@link ACCREDITATION_LAWS}.
 *
 * @example
 * ```ts
 * import type { AccreditationLaw } from 'balint-rules/testing';
 *
 * const law: AccreditationLaw = 'attending_more_never_earns_less';
 * ```
 */
export type AccreditationLaw = (typeof ACCREDITATION_LAWS)[number];

const minutes = (sessions: readonly CreditSessionInput[], attendance: readonly SessionAttendance[]): string =>
  sessions
    .map((s) => {
      const r = attendance.find((a) => a.session === s.index);
      const present = r === undefined || r.kind === 'absent' ? 0 : r.kind === 'full' ? s.durationMinutes : r.minutesPresent;
      return `session ${s.index}: ${present} of ${s.durationMinutes} min`;
    })
    .join('; ');

/**
 * Checks an accreditation (your own credit rules, as data) against the laws
 * of fair credit, with fast-check over attendances (and sessions, unless
 * given):
 *
 * - `credits_never_exceed_maximum`: credit never exceeds the maximum
 *   available, which never exceeds the designated maximum;
 * - `attending_more_never_earns_less`;
 * - `full_attendance_earns_the_maximum`;
 * - `full_attendance_earns_credit`: attending everything earns some credit
 *   in every system (a designated maximum of zero, or a step larger than
 *   an hour's session allows, earns nothing); generated sessions for this
 *   law last an hour or more with no minutes marked as not counting;
 * - `credits_in_whole_steps`: every amount is a multiple of the system's step.
 *
 * @example
 * ```ts
 * import { checkAccreditation } from 'balint-rules/testing';
 *
 * const check = checkAccreditation({ title: 'Balint group', systems: [{ kind: 'apa_ce', designatedMaximum: '0' }] });
 * check.laws.filter((l) => !l.holds).map((l) => l.law);
 * //=> ['full_attendance_earns_credit']
 * ```
 */
export function checkAccreditation(accreditation: AccreditationInput, options: AccreditationCheckOptions = {}): LawCheck<AccreditationLaw> {
  const o = validate(AccreditationCheckOptionsSchema, options, 'law check options');
  const acc = validate(AccreditationSchema, accreditation, 'accreditation');
  const run = { numRuns: o.numRuns, seed: o.seed };
  const calc: CreditCalculator = o.creditsFor ?? ((a, s, at) => creditsFor(a, s, at));
  const least = Math.max(1, ...acc.systems.map((r) => r.minimumSessions?.sessions ?? 1));
  const sessions = o.sessions === undefined ? creditSessionsArbitrary({ minLength: least, maxLength: Math.max(least, 10) }) : fc.constant(o.sessions as CreditSessionInput[]);
  const cases = sessions.chain((s) => fc.record({ sessions: fc.constant(s), attendance: attendanceArbitrary(s) }));
  const full = (s: readonly CreditSessionInput[]): SessionAttendance[] => s.map((x) => ({ session: x.index, kind: 'full' }));
  const h = toHundredths;
  type Credited = ReturnType<CreditCalculator>['systems'][string];
  const each = (result: ReturnType<CreditCalculator>, test: (s: Credited) => string | null): string | null => {
    for (const s of Object.values(result.systems)) {
      const problem = test(s);
      if (problem !== null) return problem;
    }
    return null;
  };
  const laws = [
    checkLaw(
      {
        law: 'credits_never_exceed_maximum' as const,
        description: 'Credit earned never exceeds the maximum available, and that never exceeds the designated maximum.',
        cases,
        judge: ({ sessions: s, attendance }) =>
          each(calc(acc, s, attendance), (x) =>
            h(x.credits) > h(x.maximum)
              ? `Attending ${minutes(s, attendance)} earns ${x.credits} ${x.id} credits, more than the maximum of ${x.maximum}.`
              : x.designatedMaximum !== null && h(x.maximum) > h(x.designatedMaximum)
                ? `The maximum available for ${x.id}, ${x.maximum}, is more than the designated maximum of ${x.designatedMaximum}.`
                : null,
          ),
      },
      run,
    ),
    checkLaw(
      {
        law: 'attending_more_never_earns_less' as const,
        description: 'Attending more of any session never earns less credit in any system.',
        cases: cases.chain((c) => fc.record({ c: fc.constant(c), extra: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: c.sessions.length, maxLength: c.sessions.length }) })),
        judge: ({ c, extra }) => {
          const more: SessionAttendance[] = c.sessions.map((s, i) => {
            const r = c.attendance.find((a) => a.session === s.index);
            const present = r === undefined || r.kind === 'absent' ? 0 : r.kind === 'full' ? s.durationMinutes : r.minutesPresent;
            const m = Math.min(s.durationMinutes, present + (extra[i] ?? 0));
            return m === s.durationMinutes ? { session: s.index, kind: 'full' } : { session: s.index, kind: 'partial', minutesPresent: m };
          });
          const after = calc(acc, c.sessions, more).systems;
          for (const [id, b] of Object.entries(calc(acc, c.sessions, c.attendance).systems)) {
            const a = after[id];
            if (a !== undefined && h(a.credits) < h(b.credits)) {
              return `Attending ${minutes(c.sessions, c.attendance)} earns ${b.credits} ${id} credits, but attending more (${minutes(c.sessions, more)}) earns only ${a.credits}.`;
            }
          }
          return null;
        },
        show: ({ c, extra }) => ({ ...c, extraMinutes: extra }),
      },
      run,
    ),
    checkLaw(
      {
        law: 'full_attendance_earns_the_maximum' as const,
        description: 'Attending every session in full earns the maximum available in every system.',
        cases: sessions,
        judge: (s) => each(calc(acc, s, full(s)), (x) => (h(x.credits) === h(x.maximum) ? null : `Attending all ${s.length} sessions in full earns ${x.credits} ${x.id} credits, not the maximum of ${x.maximum}.`)),
      },
      run,
    ),
    checkLaw(
      {
        law: 'full_attendance_earns_credit' as const,
        description: 'Attending every session in full earns some credit in every system the activity offers (for generated sessions: sessions of an hour or more with no minutes marked as not counting).',
        cases: o.sessions === undefined ? sessions.map((s) => s.map(({ excludedMinutes: _x, creditCap: _c, ...x }) => ({ ...x, durationMinutes: Math.max(60, x.durationMinutes) }))) : sessions,
        judge: (s) => each(calc(acc, s, full(s)), (x) => (h(x.credits) > 0 ? null : `Attending all ${s.length} sessions in full (${s.map((y) => `${y.durationMinutes} min`).join(', ')}) earns no ${x.id} credit.`)),
      },
      run,
    ),
    checkLaw(
      {
        law: 'credits_in_whole_steps' as const,
        description: "Every amount of credit is a whole multiple of the system's step, written with two decimals.",
        cases,
        judge: ({ sessions: s, attendance }) =>
          each(calc(acc, s, attendance), (x) =>
            [x.credits, x.maximum].every((a) => /^\d+\.\d{2}$/.test(a) && h(a) % h(x.step) === 0) ? null : `Attending ${minutes(s, attendance)} gives ${x.id} amounts ${x.credits} (maximum ${x.maximum}) that are not whole steps of ${x.step}.`,
          ),
      },
      run,
    ),
  ];
  return lawCheck(laws, [], run);
}
