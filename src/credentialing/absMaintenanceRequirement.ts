import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { CreditAmountSchema } from '../credits/amount.js';
import { ActivityKindSchema, MaintenanceRequirementSchema, type MaintenanceRequirement } from './schema.js';

/**
 * Activity kinds the American Balint Society's pages and credentialing steps
 * speak of:
 * - `credentialed_leaders_drop_in`: a session of the History and Continuity
 *   Committee's drop-in series for credentialed leaders ("Attendance
 *   qualifies as a Maintenance of Credentialing activity");
 * - `leadership_intensive`, `credentialing_intensive`: intensives attended;
 * - `intensive_faculty`: an intensive served at as faculty;
 * - `national_meeting`: the biennial national meeting;
 * - `group_led`, `group_co_led`: a Balint group session led or co-led;
 * - `supervised_session`: a session led under supervision.
 *
 * @example
 * ```ts
 * import { ABS_ACTIVITY_KINDS } from 'balint-rules/credentialing';
 *
 * ABS_ACTIVITY_KINDS.includes('credentialed_leaders_drop_in');
 * //=> true
 * ```
 */
export const ABS_ACTIVITY_KINDS = [
  'credentialed_leaders_drop_in',
  'leadership_intensive',
  'credentialing_intensive',
  'intensive_faculty',
  'national_meeting',
  'group_led',
  'group_co_led',
  'supervised_session',
] as const;

/**
 * One of {@link ABS_ACTIVITY_KINDS}.
 *
 * @example
 * ```ts
 * import type { AbsActivityKind } from 'balint-rules/credentialing';
 *
 * const kind: AbsActivityKind = 'credentialed_leaders_drop_in';
 * ```
 */
export type AbsActivityKind = (typeof ABS_ACTIVITY_KINDS)[number];

/**
 * Parameters of {@link absMaintenanceRequirement}: every number is required
 * because the ABS does not publish them; take them from the ABS.
 *
 * @example
 * ```ts
 * import { AbsMaintenanceParamsSchema } from 'balint-rules/credentialing';
 *
 * AbsMaintenanceParamsSchema.safeParse({ periodMonths: 24 }).success;
 * //=> false (gracePeriodDays and activities or hours are required)
 * ```
 */
export const AbsMaintenanceParamsSchema = z
  .strictObject({
    /** Length of a maintenance period in months, from the ABS. */
    periodMonths: z.int().check(z.minimum(1), z.maximum(120)),
    /** Days after a period's end to make up a shortfall, from the ABS (0 for none). */
    gracePeriodDays: z.int().check(z.minimum(0)),
    /** Qualifying activities to attend each period, from the ABS. */
    activities: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))),
    /** Hours of qualifying activity each period, from the ABS. */
    hours: z.optional(CreditAmountSchema),
    /** Kinds that qualify; default: only the credentialed leaders' drop-in series, the one the ABS's pages name. */
    qualifyingKinds: z.optional(z.array(ActivityKindSchema).check(z.minLength(1))),
  })
  .check(z.refine((p) => p.activities !== undefined || p.hours !== undefined, 'must give the number of activities, of hours, or both'));

/**
 * Parameters of {@link absMaintenanceRequirement}.
 *
 * @example
 * ```ts
 * import type { AbsMaintenanceParams } from 'balint-rules/credentialing';
 *
 * // Illustrative numbers only: they must come from the ABS.
 * const p: AbsMaintenanceParams = { periodMonths: 24, gracePeriodDays: 90, activities: 4 };
 * ```
 */
export type AbsMaintenanceParams = z.input<typeof AbsMaintenanceParamsSchema>;

/**
 * The American Balint Society's Maintenance of Credentialing as a
 * requirement. The ABS's pages say that attending the credentialed leaders'
 * drop-in series "qualifies as a Maintenance of Credentialing activity", but
 * publish no numbers for maintaining the credential: the period length, the
 * grace period and how many activities or hours are needed **must come from
 * the ABS** and are required parameters. Nothing is assumed.
 *
 * By default only `credentialed_leaders_drop_in` qualifies (the one kind the
 * pages name); pass `qualifyingKinds` for others the ABS confirms.
 *
 * @example
 * ```ts
 * import { absMaintenanceRequirement } from 'balint-rules/credentialing';
 *
 * // Illustrative numbers only: use the ABS's.
 * absMaintenanceRequirement({ periodMonths: 24, gracePeriodDays: 90, activities: 4 }).components;
 * //=> [{ category: 'maintenance_of_credentialing', label: 'Maintenance of Credentialing activities', activities: 4 }]
 * ```
 */
export function absMaintenanceRequirement(params: AbsMaintenanceParams): MaintenanceRequirement {
  const p = validate(AbsMaintenanceParamsSchema, params, 'ABS maintenance parameters');
  return validate(
    MaintenanceRequirementSchema,
    {
      name: 'ABS Maintenance of Credentialing',
      periodMonths: p.periodMonths,
      gracePeriodDays: p.gracePeriodDays,
      qualifyingKinds: p.qualifyingKinds ?? ['credentialed_leaders_drop_in'],
      components: [
        {
          category: 'maintenance_of_credentialing',
          label: 'Maintenance of Credentialing activities',
          ...(p.activities === undefined ? {} : { activities: p.activities }),
          ...(p.hours === undefined ? {} : { hours: p.hours }),
        },
      ],
    },
    'ABS maintenance parameters',
  );
}
