import * as z from 'zod/mini';
import type { DeepReadonly } from '../_lib/types.js';
import { NonEmptySchema, snakeId } from '../_lib/codes.js';
import { LocalDateSchema } from '../common/schemas.js';
import { ActivityKindSchema } from './schema.js';

const StepId = snakeId('step id');
const Kinds = z.array(ActivityKindSchema).check(z.minLength(1), z.refine((k) => new Set(k).size === k.length, 'must not repeat a kind'));
const Count = z.int().check(z.minimum(1), z.maximum(10_000));

/**
 * One step on the path to a credential. The kinds:
 * - `membership`: membership of `organization` kept throughout, from the
 *   first activity the path counts to the application (or the date judged
 *   on, `at`);
 * - `attended_before_applying`: at least `count` activities of the kinds
 *   before applying;
 * - `monthly`: at least `perMonth` activities of the kinds in each of
 *   `months` consecutive calendar months;
 * - `count_in_window`: at least `count` activities of the kinds within a
 *   window of consecutive months the `window` step (a `monthly` step) has
 *   completed;
 * - `series_ending_with`: at least `count` activities of the kinds in all,
 *   one of kind `lastKind` coming after at least `count - 1` others.
 *
 * @example
 * ```ts
 * import { CredentialingStepSchema } from 'balint-rules/credentialing';
 *
 * CredentialingStepSchema.parse({ kind: 'monthly', id: 'leading', label: 'Lead monthly for 2 years',
 *   activityKinds: ['group_led', 'group_co_led'], months: 24, perMonth: 1 }).kind;
 * //=> 'monthly'
 * ```
 */
export const CredentialingStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('membership'), id: StepId, label: NonEmptySchema, organization: NonEmptySchema }),
  z.strictObject({ kind: z.literal('attended_before_applying'), id: StepId, label: NonEmptySchema, activityKinds: Kinds, count: Count }),
  z.strictObject({
    kind: z.literal('monthly'),
    id: StepId,
    label: NonEmptySchema,
    activityKinds: Kinds,
    months: z.int().check(z.minimum(1), z.maximum(240)),
    perMonth: z.int().check(z.minimum(1), z.maximum(100)),
  }),
  z.strictObject({ kind: z.literal('count_in_window'), id: StepId, label: NonEmptySchema, activityKinds: Kinds, count: Count, window: StepId }),
  z.strictObject({ kind: z.literal('series_ending_with'), id: StepId, label: NonEmptySchema, activityKinds: Kinds, count: Count, lastKind: ActivityKindSchema }),
]);

/**
 * A path to a credential as data: its name, where it is published, and its
 * steps. Step ids are unique; a `count_in_window` step names a `monthly`
 * step; a `series_ending_with` step's `lastKind` is one of its kinds.
 *
 * @example
 * ```ts
 * import { CredentialingPathSchema, absCredentialingPath } from 'balint-rules/credentialing';
 *
 * CredentialingPathSchema.safeParse(absCredentialingPath).success;
 * //=> true
 * ```
 */
export const CredentialingPathSchema = z
  .strictObject({
    name: NonEmptySchema,
    source: z.optional(NonEmptySchema),
    steps: z.array(CredentialingStepSchema).check(z.minLength(1), z.maxLength(50)),
  })
  .check(
    z.superRefine((path, ctx) => {
      const ids = new Set<string>();
      path.steps.forEach((step, i) => {
        if (ids.has(step.id)) ctx.addIssue({ code: 'custom', input: step.id, message: `repeats the step id "${step.id}"`, path: ['steps', i, 'id'] });
        ids.add(step.id);
        if (step.kind === 'count_in_window' && !path.steps.some((s) => s.kind === 'monthly' && s.id === step.window)) {
          ctx.addIssue({ code: 'custom', input: step.window, message: `must name a monthly step of this path`, path: ['steps', i, 'window'] });
        }
        if (step.kind === 'series_ending_with' && !step.activityKinds.includes(step.lastKind)) {
          ctx.addIssue({ code: 'custom', input: step.lastKind, message: 'must be one of the step’s activity kinds', path: ['steps', i, 'lastKind'] });
        }
      });
    }),
  );

/**
 * A candidate's record: memberships (`to` absent while ongoing, both ends
 * inclusive), activities (led sessions, supervised sessions, intensives),
 * and the date they applied, if they have.
 *
 * @example
 * ```ts
 * import { CredentialingRecordSchema } from 'balint-rules/credentialing';
 *
 * CredentialingRecordSchema.parse({ memberships: [{ organization: 'ABS', from: '2023-01-01' }],
 *   activities: [{ id: 'li-1', date: '2023-03-10', kind: 'leadership_intensive' }] }).activities.length;
 * //=> 1
 * ```
 */
export const CredentialingRecordSchema = z.strictObject({
  memberships: z
    .array(z.strictObject({ organization: NonEmptySchema, from: LocalDateSchema, to: z.optional(LocalDateSchema) }).check(
      z.refine((m) => m.to === undefined || m.to >= m.from, { message: 'must not end before it starts', path: ['to'] }),
    ))
    .check(z.maxLength(1000)),
  activities: z
    .array(z.strictObject({ id: NonEmptySchema, date: LocalDateSchema, kind: ActivityKindSchema }))
    .check(z.maxLength(100_000), z.refine((a) => new Set(a.map((x) => x.id)).size === a.length, 'must not repeat an activity id')),
  applied: z.optional(LocalDateSchema),
});

/**
 * Options of `credentialingProgress`: the date to judge on (`at`).
 *
 * @example
 * ```ts
 * import { ProgressOptionsSchema } from 'balint-rules/credentialing';
 *
 * ProgressOptionsSchema.parse({ at: '2026-06-30' });
 * //=> { at: '2026-06-30' }
 * ```
 */
export const ProgressOptionsSchema = z.strictObject({ at: LocalDateSchema });

/**
 * One step, see {@link CredentialingStepSchema}.
 *
 * @example
 * ```ts
 * import type { CredentialingStep } from 'balint-rules/credentialing';
 *
 * const step: CredentialingStep = { kind: 'membership', id: 'membership', label: 'ABS membership kept throughout', organization: 'ABS' };
 * ```
 */
export type CredentialingStep = z.output<typeof CredentialingStepSchema>;
/**
 * A path, see {@link CredentialingPathSchema}.
 *
 * @example
 * ```ts
 * import type { CredentialingPath } from 'balint-rules/credentialing';
 *
 * const path: CredentialingPath = { name: 'Example', steps: [{ kind: 'attended_before_applying', id: 'intensive',
 *   label: 'An intensive first', activityKinds: ['leadership_intensive'], count: 1 }] };
 * ```
 */
export type CredentialingPath = z.output<typeof CredentialingPathSchema>;
/**
 * A candidate's record, see {@link CredentialingRecordSchema}.
 *
 * @example
 * ```ts
 * import type { CredentialingRecord } from 'balint-rules/credentialing';
 *
 * const record: CredentialingRecord = { memberships: [{ organization: 'ABS', from: '2023-01-01' }], activities: [] };
 * ```
 */
export type CredentialingRecord = z.output<typeof CredentialingRecordSchema>;
/**
 * A candidate's record as accepted on input, see {@link CredentialingRecordSchema}.
 *
 * @example
 * ```ts
 * import type { CredentialingRecordInput } from 'balint-rules/credentialing';
 *
 * const record: CredentialingRecordInput = { memberships: [], activities: [], applied: '2026-05-01' };
 * ```
 */
export type CredentialingRecordInput = DeepReadonly<z.input<typeof CredentialingRecordSchema>>;
/**
 * Options, see {@link ProgressOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { ProgressOptions } from 'balint-rules/credentialing';
 *
 * const options: ProgressOptions = { at: '2026-06-30' };
 * ```
 */
export type ProgressOptions = z.input<typeof ProgressOptionsSchema>;
