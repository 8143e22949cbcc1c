import * as z from 'zod/mini';
import { NonEmptySchema, snakeId } from '../_lib/codes.js';
import { LocalDateSchema } from '../common/schemas.js';
import { CreditAmountSchema, toHundredths } from '../credits/amount.js';

import { allDistinct } from '../_lib/lists.js';

/**
 * A kind of activity, snake_case, e.g. `credentialed_leaders_drop_in` or
 * `national_meeting`. Requirements and paths name the kinds they count.
 *
 * @example
 * ```ts
 * import { ActivityKindSchema } from 'balint-rules/credentialing';
 *
 * ActivityKindSchema.safeParse('Drop-in').success;
 * //=> false
 * ```
 */
export const ActivityKindSchema = snakeId('activity kind');

/**
 * A credential held by someone: who holds it, what it is, and when it was
 * issued. Its current period and status are computed by `credentialStatus`.
 *
 * @example
 * ```ts
 * import { CredentialSchema } from 'balint-rules/credentialing';
 *
 * CredentialSchema.parse({ holder: { id: 'abs-77', name: 'Darlene Lawrence, MD' }, issued: '2024-10-01' });
 * //=> { holder: { id: 'abs-77', name: 'Darlene Lawrence, MD' }, issued: '2024-10-01' }
 * ```
 */
export const CredentialSchema = z.strictObject({
  holder: z.strictObject({ id: NonEmptySchema, name: z.optional(NonEmptySchema) }),
  /** What the credential is, e.g. "ABS Credentialed Balint Group Leader". */
  title: z.optional(NonEmptySchema),
  /** The date it was issued; the first maintenance period starts on it. */
  issued: LocalDateSchema,
});

/**
 * One qualifying activity in a holder's ledger: a drop-in session attended,
 * an intensive taught as faculty, a national meeting. `hours` matters only
 * to requirements that count hours.
 *
 * @example
 * ```ts
 * import { LedgerEntrySchema } from 'balint-rules/credentialing';
 *
 * LedgerEntrySchema.parse({ id: 'dropin-2026-01-22', date: '2026-01-22', kind: 'credentialed_leaders_drop_in', hours: '1' });
 * //=> { id: 'dropin-2026-01-22', date: '2026-01-22', kind: 'credentialed_leaders_drop_in', hours: '1' }
 * ```
 */
export const LedgerEntrySchema = z.strictObject({
  id: NonEmptySchema,
  date: LocalDateSchema,
  kind: ActivityKindSchema,
  hours: z.optional(CreditAmountSchema),
  title: z.optional(NonEmptySchema),
});

/**
 * A holder's ledger of activities: ids unique, any order.
 *
 * @example
 * ```ts
 * import { LedgerSchema } from 'balint-rules/credentialing';
 *
 * LedgerSchema.safeParse([{ id: 'a', date: '2026-01-22', kind: 'national_meeting' }, { id: 'a', date: '2026-03-26', kind: 'national_meeting' }]).success;
 * //=> false
 * ```
 */
export const LedgerSchema = z
  .array(LedgerEntrySchema)
  .check(z.maxLength(100_000), z.refine((entries) => allDistinct(entries.map((e) => e.id)), 'must not repeat an activity id'));

/**
 * One part of what must be earned in a period: a number of activities
 * and/or hours, from the given kinds (default: every qualifying kind).
 * An activity counts toward every part whose kinds include it.
 *
 * @example
 * ```ts
 * import { MaintenanceComponentSchema } from 'balint-rules/credentialing';
 *
 * MaintenanceComponentSchema.safeParse({ category: 'drop_in' }).success;
 * //=> false (neither activities nor hours)
 * ```
 */
export const MaintenanceComponentSchema = z
  .strictObject({
    category: ActivityKindSchema,
    label: z.optional(NonEmptySchema),
    kinds: z.optional(z.array(ActivityKindSchema).check(z.minLength(1), z.refine(allDistinct, 'must not repeat a kind'))),
    activities: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))),
    hours: z.optional(CreditAmountSchema.check(z.refine((h) => toHundredths(h) > 0, 'must be more than zero'))),
  })
  .check(z.refine((c) => c.activities !== undefined || c.hours !== undefined, 'must require a number of activities, of hours, or both'));

/**
 * A maintenance requirement as data: the period length in months (periods
 * follow one another from the issue date), what must be earned in each
 * period, which activity kinds qualify, and a grace period in days after a
 * period's end during which a shortfall may still be made up (activities in
 * it count toward the period that is short, as far as needed).
 *
 * @example
 * ```ts
 * import { MaintenanceRequirementSchema } from 'balint-rules/credentialing';
 *
 * MaintenanceRequirementSchema.parse({ name: 'Example board', periodMonths: 24,
 *   qualifyingKinds: ['national_meeting'], components: [{ category: 'meetings', activities: 1 }] }).gracePeriodDays;
 * //=> 0
 * ```
 */
export const MaintenanceRequirementSchema = z
  .strictObject({
    name: NonEmptySchema,
    periodMonths: z.int().check(z.minimum(1), z.maximum(120)),
    gracePeriodDays: z._default(z.int().check(z.minimum(0)), 0),
    qualifyingKinds: z.array(ActivityKindSchema).check(z.minLength(1), z.refine(allDistinct, 'must not repeat a kind')),
    components: z
      .array(MaintenanceComponentSchema)
      .check(z.minLength(1), z.maxLength(50), z.refine((cs) => allDistinct(cs.map((c) => c.category)), 'must not repeat a category')),
  })
  .check(
    z.refine((r) => r.gracePeriodDays < r.periodMonths * 28, {
      message: 'must be shorter than the period',
      path: ['gracePeriodDays'],
    }),
    z.superRefine((r, ctx) => {
      r.components.forEach((c, i) => {
        (c.kinds ?? []).forEach((kind, j) => {
          if (!r.qualifyingKinds.includes(kind)) {
            ctx.addIssue({ code: 'custom', input: kind, message: `"${kind}" is not one of the qualifying kinds`, path: ['components', i, 'kinds', j] });
          }
        });
      });
    }),
  );

/**
 * Options of `credentialStatus`: the date to judge on (`at`), and how many days
 * before a period's end an unmet requirement counts as "due soon" (default
 * 90; a display choice of this library, not an ABS rule).
 *
 * @example
 * ```ts
 * import { StatusOptionsSchema } from 'balint-rules/credentialing';
 *
 * StatusOptionsSchema.parse({ at: '2026-06-30' });
 * //=> { at: '2026-06-30', dueSoonDays: 90 }
 * ```
 */
export const StatusOptionsSchema = z.strictObject({
  /** The date the status is judged on. */
  at: LocalDateSchema,
  dueSoonDays: z._default(z.int().check(z.minimum(0), z.maximum(3660)), 90),
});

/**
 * A credential, see {@link CredentialSchema}.
 *
 * @example
 * ```ts
 * import type { Credential } from 'balint-rules/credentialing';
 *
 * const c: Credential = { holder: { id: 'abs-77' }, issued: '2024-10-01' };
 * ```
 */
export type Credential = z.output<typeof CredentialSchema>;
/**
 * A credential as accepted on input, see {@link CredentialSchema}.
 *
 * @example
 * ```ts
 * import type { CredentialInput } from 'balint-rules/credentialing';
 *
 * const c: CredentialInput = { holder: { id: 'abs-77', name: 'Darlene Lawrence, MD' }, issued: '2024-10-01' };
 * ```
 */
export type CredentialInput = z.input<typeof CredentialSchema>;
/**
 * One ledger entry, see {@link LedgerEntrySchema}.
 *
 * @example
 * ```ts
 * import type { LedgerEntry } from 'balint-rules/credentialing';
 *
 * const e: LedgerEntry = { id: 'drop-in 2026-03-26', date: '2026-03-26', kind: 'credentialed_leaders_drop_in' };
 * ```
 */
export type LedgerEntry = z.output<typeof LedgerEntrySchema>;
/**
 * A ledger, see {@link LedgerSchema}.
 *
 * @example
 * ```ts
 * import type { Ledger } from 'balint-rules/credentialing';
 *
 * const ledger: Ledger = [{ id: 'nm-2026', date: '2026-10-01', kind: 'national_meeting', hours: '12' }];
 * ```
 */
export type Ledger = z.output<typeof LedgerSchema>;
/**
 * A ledger as accepted on input, see {@link LedgerSchema}.
 *
 * @example
 * ```ts
 * import type { LedgerInput } from 'balint-rules/credentialing';
 *
 * const ledger: LedgerInput = [{ id: 'dropin-2026-01-22', date: '2026-01-22', kind: 'credentialed_leaders_drop_in' }];
 * ```
 */
export type LedgerInput = z.input<typeof LedgerSchema>;
/**
 * One part of a requirement, see {@link MaintenanceComponentSchema}.
 *
 * @example
 * ```ts
 * import type { MaintenanceComponent } from 'balint-rules/credentialing';
 *
 * const c: MaintenanceComponent = { category: 'drop_in', kinds: ['credentialed_leaders_drop_in'], activities: 4 };
 * ```
 */
export type MaintenanceComponent = z.output<typeof MaintenanceComponentSchema>;
/**
 * A validated requirement, see {@link MaintenanceRequirementSchema}.
 *
 * @example
 * ```ts
 * import type { MaintenanceRequirement } from 'balint-rules/credentialing';
 *
 * const r: MaintenanceRequirement = { name: 'Example', periodMonths: 24, gracePeriodDays: 0,
 *   qualifyingKinds: ['national_meeting'], components: [{ category: 'meetings', activities: 1 }] };
 * ```
 */
export type MaintenanceRequirement = z.output<typeof MaintenanceRequirementSchema>;
/**
 * A requirement as accepted on input (`gracePeriodDays` may be omitted).
 *
 * @example
 * ```ts
 * import type { MaintenanceRequirementInput } from 'balint-rules/credentialing';
 *
 * const r: MaintenanceRequirementInput = { name: 'Example', periodMonths: 24,
 *   qualifyingKinds: ['national_meeting'], components: [{ category: 'meetings', activities: 1 }] };
 * ```
 */
export type MaintenanceRequirementInput = z.input<typeof MaintenanceRequirementSchema>;
/**
 * Options of `credentialStatus`, as accepted on input.
 *
 * @example
 * ```ts
 * import type { StatusOptions } from 'balint-rules/credentialing';
 *
 * const o: StatusOptions = { at: '2026-06-30', dueSoonDays: 60 };
 * ```
 */
export type StatusOptions = z.input<typeof StatusOptionsSchema>;
