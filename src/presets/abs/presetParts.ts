import * as z from 'zod/mini';
import type { CapacityPolicy } from '../../capacity/policy.js';
import type { Accreditation } from '../../credits/rules.js';
import type { EligibilityRule } from '../../eligibility/rule.js';
import type { FeeSchedule } from '../../fees/schema.js';
import type { RefundPolicy } from '../../refunds/schema.js';
import type { Session } from '../../schedule/planSeries.js';
import type { SubmissionPolicy } from '../../submissions/schema.js';
import { unknownIdMessage } from './_ids.js';
import type { ProgramSchedule } from './programSchedule.js';

const PARTS = ['schedule', 'sessions', 'eligibility', 'fees', 'capacity', 'refunds', 'accreditation', 'submission'] as const;

/**
 * A part of a preset's program that can be built alone, asking only for the
 * parameters it needs (see `buildAbsPresetPart`):
 * - `schedule`: when it meets (`program.schedule`);
 * - `sessions`: the planned sessions, numbered from 1 (for a program of
 *   series or single events; a program of days publishes no times);
 * - `eligibility`, `fees`, `capacity`, `refunds`, `accreditation`,
 *   `submission`: the program's rule or policy of that name.
 *
 * An unknown part is refused with the part it is a near miss of.
 *
 * @example
 * ```ts
 * import { AbsPresetPartSchema } from 'balint-rules/presets/abs';
 *
 * AbsPresetPartSchema.options.length;
 * //=> 8
 * AbsPresetPartSchema.safeParse('refund').success;
 * //=> false
 * ```
 */
export const AbsPresetPartSchema = z.enum(PARTS, { error: (issue) => unknownIdMessage('part', issue.input, PARTS) });

/**
 * A part of a preset's program, see {@link AbsPresetPartSchema}.
 *
 * @example
 * ```ts
 * import type { AbsPresetPart } from 'balint-rules/presets/abs';
 *
 * const part: AbsPresetPart = 'accreditation';
 * ```
 */
export type AbsPresetPart = z.output<typeof AbsPresetPartSchema>;

/**
 * What each part of a preset is, by part name: the value
 * `buildAbsPresetPart(id, part, params)` returns, the same as the program's
 * part of that name (`sessions` are the schedule's planned sessions).
 *
 * @example
 * ```ts
 * import type { AbsPresetParts } from 'balint-rules/presets/abs';
 *
 * const seats: AbsPresetParts['capacity'] = { maxSeats: 12, waitlist: true };
 * ```
 */
export interface AbsPresetParts {
  readonly schedule: ProgramSchedule;
  readonly sessions: Session[];
  readonly eligibility: EligibilityRule;
  readonly fees: FeeSchedule;
  readonly capacity: CapacityPolicy;
  readonly refunds: RefundPolicy;
  readonly accreditation: Accreditation;
  readonly submission: SubmissionPolicy;
}

/**
 * What a preset says of one of its parts: the parameters that part takes
 * and those it requires (the parameters whose fact lies in that part).
 *
 * @example
 * ```ts
 * import { ABS_PRESETS, type AbsPresetPartInfo } from 'balint-rules/presets/abs';
 *
 * const capacity: AbsPresetPartInfo | undefined = ABS_PRESETS['abs-online-group-saturday-2026'].parts.capacity;
 * capacity?.requiredParameters;
 * //=> ['minRegistrants']
 * ```
 */
export interface AbsPresetPartInfo {
  /** Every parameter the part takes. */
  readonly parameters: readonly string[];
  /** The parameters the part cannot be built without. */
  readonly requiredParameters: readonly string[];
}
