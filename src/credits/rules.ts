import * as z from 'zod/mini';
import { NonEmptySchema, snakeId } from '../_lib/codes.js';
import { CreditAmountSchema, toHundredths } from './amount.js';
import { AttendanceRequirementsSchema } from './requirements.js';

/**
 * A gate on one credit system's hourly credit: the number of sessions a
 * participant must attend for any credit in that system (below it the
 * system gives none). `attendance` says what counts as attending: `full`
 * (default) the session in its entirety, `any` some minutes present. A
 * pass/fail condition that gives no credit (ABFM Performance Improvement for
 * attending 6 of 8) is an accreditation's `requirements` instead, see
 * {@link AttendanceRequirementSchema}.
 *
 * @example
 * ```ts
 * import { MinimumSessionsSchema } from 'balint-rules/credits';
 *
 * MinimumSessionsSchema.parse({ sessions: 6 });
 * //=> { sessions: 6, attendance: 'full' }
 * ```
 */
export const MinimumSessionsSchema = z.strictObject({
  sessions: z.int().check(z.minimum(1), z.maximum(10_000)),
  attendance: z._default(z.enum(['full', 'any']), 'full'),
});

/** Fields every credit rule may have. */
const common = {
  /** The most credit the activity is designated for in this system (the ABS's pages state none: pass it when the accreditation does). */
  designatedMaximum: z.optional(CreditAmountSchema),
  /** Sessions to attend before any credit is earned. */
  minimumSessions: z.optional(MinimumSessionsSchema),
  /** The accreditation statement for this system, printed on transcripts. */
  statement: z.optional(NonEmptySchema),
};

const positive = (amount: string): boolean => toHundredths(amount) > 0;

/** A refinement: `field` (when present) is a whole multiple of `step` hundredths. */
function multipleOf<T extends Record<string, unknown>>(field: keyof T & string, step: (rule: T) => number, label: string) {
  return z.refine<T>(
    (rule) => {
      const value = rule[field];
      if (typeof value !== 'string' || !CreditAmountSchema.safeParse(value).success) return true;
      const s = step(rule);
      return s <= 0 || toHundredths(value) % s === 0;
    },
    { message: `must be a whole multiple of ${label}`, path: [field] },
  );
}

/**
 * AAFP Prescribed credit: formal interaction time, one credit an hour, in
 * 0.25-credit steps rounded to the nearest quarter hour (a half step rounds
 * up), computed per session, never counting the session's `excludedMinutes`
 * (welcome, introductions, announcements). `sessionCap` limits each session
 * where the activity sets one (the AAFP caps a regularly scheduled series at
 * 3.75 credits a session: {@link AAFP_SERIES_SESSION_CAP}). Results always
 * carry the AMA/AAFP equivalency wording.
 *
 * The ABS's pages state no AAFP designated maximum for their groups; pass
 * `designatedMaximum` when the accreditation letter gives one.
 *
 * @example
 * ```ts
 * import { AafpPrescribedRuleSchema } from 'balint-rules/credits';
 *
 * AafpPrescribedRuleSchema.safeParse({ kind: 'aafp_prescribed', designatedMaximum: '8.6' }).success;
 * //=> false (not a multiple of 0.25)
 * ```
 */
export const AafpPrescribedRuleSchema = z
  .strictObject({
    kind: z.literal('aafp_prescribed'),
    ...common,
    /** Most credit per session (e.g. '3.75' for a regularly scheduled series). */
    sessionCap: z.optional(CreditAmountSchema),
  })
  .check(
    multipleOf('designatedMaximum', () => 25, '0.25'),
    multipleOf('sessionCap', () => 25, '0.25'),
  );

/**
 * APA continuing education for psychologists, per session, never pooled.
 *
 * Source: the APA's *Standards and Criteria for Approval of Sponsors of
 * Continuing Education for Psychologists* (Standard F, awarding credit):
 * sponsors award credit only for full attendance, with no partial credit.
 * The library reads that per session: a session earns credit only when it
 * was attended in its entirety (present for all of its scheduled minutes),
 * and then earns its length in whole `increment`s of credit, one credit an
 * hour, rounded down. A partly attended session earns nothing, and the
 * minutes of one session never count toward another's credit: with a
 * 90-minute first session and seven of 60, a participant present for only 45
 * minutes of session 2 earns 7 credits, not 8 (the old pooled reading let 45
 * minutes plus the first session's spare 30 make an eighth hour).
 *
 * `increment` is the credit step the sponsor awards, part of the
 * accreditation data: `'1'` (default, whole hours: a 90-minute session earns
 * 1) or `'0.5'` where a sponsor awards half hours (a 90-minute session earns
 * 1.5). `excludeMarkedMinutes` (default `true`) leaves out a session's
 * welcome and announcement minutes from its length, as APA credits only
 * educational time; set it to `false` to count the whole session. The library
 * offers no option for partial credit: it knows of no APA source allowing it.
 *
 * @example
 * ```ts
 * import { ApaCeRuleSchema } from 'balint-rules/credits';
 *
 * ApaCeRuleSchema.parse({ kind: 'apa_ce' });
 * //=> { kind: 'apa_ce', increment: '1', excludeMarkedMinutes: true }
 * ApaCeRuleSchema.safeParse({ kind: 'apa_ce', increment: '0.5', designatedMaximum: '8.5' }).success;
 * //=> true
 * ```
 */
export const ApaCeRuleSchema = z
  .strictObject({
    kind: z.literal('apa_ce'),
    ...common,
    /** The credit step the sponsor awards: whole credits (`'1'`, default) or half credits (`'0.5'`). */
    increment: z._default(z.enum(['1', '0.5']), '1'),
    excludeMarkedMinutes: z._default(z.boolean(), true),
  })
  .check(multipleOf('designatedMaximum', (r) => (r.increment === '0.5' ? 50 : 100), 'the increment'));

/**
 * Any other board's rule: `creditsPerHour` credits for each hour counted,
 * rounded (`down`, `nearest` with a half step up, or `up`) to a multiple of
 * `step`, either per session (`basis: 'session'`, then added up) or once on
 * the total time (`basis: 'activity'`). `id` names the system in results
 * (snake_case).
 *
 * `fullSessionsOnly` (default `false`) is the rule APA states for its
 * sponsors, for a board that states the same: a session earns credit only
 * when attended in its entirety, and a partly attended one earns nothing.
 * With `basis: 'session'` that is APA's per-session, never-pooled reading;
 * with `basis: 'activity'` the fully attended sessions' time is added up
 * before rounding.
 *
 * @example
 * ```ts
 * import { GenericCreditRuleSchema } from 'balint-rules/credits';
 *
 * GenericCreditRuleSchema.parse({ kind: 'generic', id: 'nasw_ce', name: 'NASW CE contact hours',
 *   creditsPerHour: '1', step: '0.5', rounding: 'down', basis: 'activity' });
 * //=> { kind: 'generic', id: 'nasw_ce', name: 'NASW CE contact hours', creditsPerHour: '1', step: '0.5', rounding: 'down', basis: 'activity', excludeMarkedMinutes: true, fullSessionsOnly: false }
 * ```
 */
export const GenericCreditRuleSchema = z
  .strictObject({
    kind: z.literal('generic'),
    id: snakeId('identifier').check(z.refine((id) => id !== 'aafp_prescribed' && id !== 'apa_ce', 'must not be the name of a built-in system')),
    name: NonEmptySchema,
    creditsPerHour: CreditAmountSchema.check(
      z.refine(positive, 'must be more than zero'),
      z.refine((a) => toHundredths(a) <= 10_000, 'must be at most 100'),
    ),
    step: CreditAmountSchema.check(z.refine(positive, 'must be more than zero')),
    rounding: z.enum(['down', 'nearest', 'up']),
    basis: z.enum(['session', 'activity']),
    excludeMarkedMinutes: z._default(z.boolean(), true),
    sessionCap: z.optional(CreditAmountSchema),
    /** Credit only for sessions attended in their entirety (a partly attended session earns none). */
    fullSessionsOnly: z._default(z.boolean(), false),
    ...common,
  })
  .check(
    multipleOf('designatedMaximum', (r) => toStep(r.step), 'the step'),
    multipleOf('sessionCap', (r) => toStep(r.step), 'the step'),
  );

function toStep(step: unknown): number {
  return typeof step === 'string' && CreditAmountSchema.safeParse(step).success ? toHundredths(step) : 0;
}

/**
 * One credit system an activity offers, with its rule.
 *
 * @example
 * ```ts
 * import { CreditRuleSchema } from 'balint-rules/credits';
 *
 * CreditRuleSchema.parse({ kind: 'aafp_prescribed', sessionCap: '3.75' }).kind;
 * //=> 'aafp_prescribed'
 * ```
 */
export const CreditRuleSchema = z.discriminatedUnion('kind', [
  AafpPrescribedRuleSchema,
  ApaCeRuleSchema,
  GenericCreditRuleSchema,
]);

/** The id a rule's results go by: the system, or a generic rule's `id`. */
export function ruleId(rule: CreditRule): string {
  return rule.kind === 'generic' ? rule.id : rule.kind;
}

/**
 * An activity's accreditation as data: its title, the provider, the credit
 * systems it offers (each at most once), and any attendance requirements
 * (pass/fail, reported beside the credit: {@link AttendanceRequirementSchema}).
 *
 * @example
 * ```ts
 * import { AccreditationSchema } from 'balint-rules/credits';
 *
 * AccreditationSchema.parse({
 *   title: 'Balint Group - Decreasing Isolation with Peer Consultation',
 *   provider: 'American Balint Society',
 *   systems: [{ kind: 'aafp_prescribed' }, { kind: 'apa_ce' }],
 * }).systems.length;
 * //=> 2
 * ```
 */
export const AccreditationSchema = z.strictObject({
  title: NonEmptySchema,
  provider: z.optional(NonEmptySchema),
  systems: z
    .array(CreditRuleSchema)
    .check(
      z.minLength(1, 'must offer at least one credit system'),
      z.maxLength(50),
      z.refine((rules) => new Set(rules.map(ruleId)).size === rules.length, 'must not offer the same credit system twice'),
    ),
  /** Pass/fail attendance requirements, reported beside the credit. */
  requirements: z.optional(AttendanceRequirementsSchema),
});

/**
 * AAFP Prescribed credit rule, see {@link AafpPrescribedRuleSchema}.
 *
 * @example
 * ```ts
 * import type { AafpPrescribedRule } from 'balint-rules/credits';
 *
 * const rule: AafpPrescribedRule = { kind: 'aafp_prescribed', sessionCap: '3.75' };
 * ```
 */
export type AafpPrescribedRule = z.output<typeof AafpPrescribedRuleSchema>;
/**
 * APA CE rule, see {@link ApaCeRuleSchema}.
 *
 * @example
 * ```ts
 * import type { ApaCeRule } from 'balint-rules/credits';
 *
 * const rule: ApaCeRule = { kind: 'apa_ce', increment: '1', excludeMarkedMinutes: true };
 * ```
 */
export type ApaCeRule = z.output<typeof ApaCeRuleSchema>;
/**
 * Another board's rule, see {@link GenericCreditRuleSchema}.
 *
 * @example
 * ```ts
 * import type { GenericCreditRule } from 'balint-rules/credits';
 *
 * const rule: GenericCreditRule = { kind: 'generic', id: 'nasw_ce', name: 'NASW CE contact hours',
 *   creditsPerHour: '1', step: '0.5', rounding: 'down', basis: 'activity', excludeMarkedMinutes: true, fullSessionsOnly: false };
 * ```
 */
export type GenericCreditRule = z.output<typeof GenericCreditRuleSchema>;
/**
 * One credit system's rule, see {@link CreditRuleSchema}.
 *
 * @example
 * ```ts
 * import type { CreditRule } from 'balint-rules/credits';
 *
 * const rule: CreditRule = { kind: 'apa_ce', increment: '1', excludeMarkedMinutes: true, minimumSessions: { sessions: 6, attendance: 'full' } };
 * ```
 */
export type CreditRule = z.output<typeof CreditRuleSchema>;
/**
 * A minimum-attendance requirement, see {@link MinimumSessionsSchema}.
 *
 * @example
 * ```ts
 * import type { MinimumSessions } from 'balint-rules/credits';
 *
 * const six: MinimumSessions = { sessions: 6, attendance: 'full' };
 * ```
 */
export type MinimumSessions = z.output<typeof MinimumSessionsSchema>;
/**
 * A validated accreditation, see {@link AccreditationSchema}.
 *
 * @example
 * ```ts
 * import type { Accreditation } from 'balint-rules/credits';
 *
 * const a: Accreditation = { title: 'Balint Group', systems: [{ kind: 'aafp_prescribed' }] };
 * ```
 */
export type Accreditation = z.output<typeof AccreditationSchema>;
/**
 * An accreditation as accepted on input (defaults may be omitted).
 *
 * @example
 * ```ts
 * import type { AccreditationInput } from 'balint-rules/credits';
 *
 * const a: AccreditationInput = { title: 'Balint Group', systems: [{ kind: 'apa_ce' }] }; // increment defaults to '1', excludeMarkedMinutes to true
 * ```
 */
export type AccreditationInput = z.input<typeof AccreditationSchema>;
