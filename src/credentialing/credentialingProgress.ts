import type { DeepReadonly } from '../_lib/types.js';
import { assertNever } from '../_lib/assertNever.js';
import { BalintError } from '../errors/BalintError.js';
import { byDateThenId } from './_calendar.js';
import { validate } from '../_lib/validate.js';
import {
  CredentialingPathSchema,
  CredentialingRecordSchema,
  ProgressOptionsSchema,
  type ProgressOptions,
  type CredentialingPath,
  type CredentialingRecord,
  type CredentialingRecordInput,
  type CredentialingStep,
} from './pathSchema.js';
import { ABS_ACTIVITY_KINDS } from './absMaintenanceRequirement.js';
import { refuseNearMisses } from './nearMisses.js';
import { beforeApplyingStep, countInWindowStep, membershipStep, monthlyStep, seriesStep, type StepProgress } from './pathSteps.js';

/**
 * Progress toward a credential: every step with what is done and what is
 * missing, and the path's `status`: `complete` when every step is met, else
 * `in_progress`.
 *
 * @example
 * ```ts
 * import type { CredentialingProgress } from 'balint-rules/credentialing';
 *
 * const p: Pick<CredentialingProgress, 'status' | 'missing'> = { status: 'in_progress',
 *   missing: [{ id: 'intensives', label: 'Three intensives in all, the last a credentialing intensive', message: '…' }] };
 * ```
 */
export interface CredentialingProgress {
  readonly path: string;
  /** The date judged on. */
  readonly at: string;
  /** The application date when it is on or before `at`, else null. */
  readonly applied: string | null;
  /** `complete` when every step is met, else `in_progress`. */
  readonly status: 'complete' | 'in_progress';
  readonly steps: readonly StepProgress[];
  /** The steps not yet met, in the path's order. */
  readonly missing: readonly { readonly id: string; readonly label: string; readonly message: string }[];
  /** One readable sentence. */
  readonly message: string;
}

/**
 * A candidate's progress on a credentialing path (such as
 * {@link absCredentialingPath}) as of a date (`options.at`): for each step
 * whether it is met, which activities counted, and what is still missing,
 * and the path's `status` (`complete` or `in_progress`). Only activities
 * dated on or before `at` count.
 *
 * Membership must run without a break from the first activity the path
 * counts through `at` (or, with no such activity yet, on `at`).
 *
 * @example
 * ```ts
 * import { absCredentialingPath, credentialingProgress } from 'balint-rules/credentialing';
 *
 * const record = { memberships: [{ organization: 'ABS', from: '2024-01-01' }],
 *   activities: [{ id: 'li-1', date: '2024-03-10', kind: 'leadership_intensive' }] };
 * const progress = credentialingProgress(absCredentialingPath, record, { at: '2024-06-30' });
 * progress.steps.map((s) => s.met);
 * //=> [true, true, false, false, false]
 * progress.status;
 * //=> 'in_progress'
 * ```
 */
export function credentialingProgress(
  path: DeepReadonly<CredentialingPath>,
  record: DeepReadonly<CredentialingRecordInput>,
  options: DeepReadonly<ProgressOptions>,
): CredentialingProgress {
  const p = validate(CredentialingPathSchema, path, 'credentialing path');
  const rec = validate(CredentialingRecordSchema, record, 'credentialing record');
  const { at } = validate(ProgressOptionsSchema, options, 'progress options');
  const pathKinds = new Set(p.steps.flatMap((s) => (s.kind === 'membership' ? [] : s.activityKinds)));
  refuseNearMisses('credentialing record', 'this path', [
    { what: 'activity kind', items: rec.activities.map((a, i) => ({ code: a.kind, path: ['activities', i, 'kind'] })), mentioned: [...pathKinds], known: ABS_ACTIVITY_KINDS },
    {
      what: 'organization',
      items: rec.memberships.map((m, i) => ({ code: m.organization, path: ['memberships', i, 'organization'] })),
      mentioned: p.steps.flatMap((s) => (s.kind === 'membership' ? [s.organization] : [])),
    },
  ]);
  const applied = rec.applied !== undefined && rec.applied <= at ? rec.applied : null;
  const activities = rec.activities.filter((a) => a.date <= at).sort(byDateThenId);
  const first = activities.filter((a) => pathKinds.has(a.kind)).reduce<string | null>((min, a) => (min === null || a.date < min ? a.date : min), null);

  const steps = p.steps.map((step) => evaluateStep(step, p, rec, activities, applied, at, first ?? at));
  const missing = steps.filter((s) => !s.met).map((s) => ({ id: s.id, label: s.label, message: s.message }));
  const status = missing.length === 0 ? 'complete' : 'in_progress';
  const message = status === 'complete'
    ? `Every step of ${p.name} is met as of ${at}.`
    : `${steps.length - missing.length} of ${steps.length} steps of ${p.name} are met as of ${at}; still missing: ${missing.map((m) => m.label).join('; ')}.`;
  return { path: p.name, at, applied, status, steps, missing, message };
}

function evaluateStep(
  step: CredentialingStep,
  path: CredentialingPath,
  record: CredentialingRecord,
  activities: CredentialingRecord['activities'],
  applied: string | null,
  at: string,
  start: string,
): StepProgress {
  switch (step.kind) {
    case 'membership':
      return membershipStep(step, record, start, at);
    case 'attended_before_applying':
      return beforeApplyingStep(step, activities, applied, at);
    case 'monthly':
      return monthlyStep(step, activities, at);
    case 'count_in_window': {
      const window = path.steps.find((s): s is Extract<CredentialingStep, { kind: 'monthly' }> => s.kind === 'monthly' && s.id === step.window);
      if (window === undefined) throw new BalintError('internal', `step "${step.id}" names no monthly step`);
      return countInWindowStep(step, window, activities, at);
    }
    case 'series_ending_with':
      return seriesStep(step, activities);
    default:
      return assertNever(step);
  }
}
