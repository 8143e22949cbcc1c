import type { Compiled } from '../_lib/compiled.js';
import type { DeepReadonly } from '../_lib/types.js';
import { validate } from '../_lib/validate.js';
import { compiledSchedules, prepareSchedule } from './_prepared.js';
import { FeeScheduleSchema, type FeeSchedule, type FeeScheduleInput } from './schema.js';

/**
 * A fee schedule validated once by {@link compileFeeSchedule}: the
 * schedule as the schema returns it (defaults filled in), deep-frozen. It is
 * still plain JSON (no extra keys); the library knows it by identity, so
 * `quoteFee` skips validating it and uses what was precomputed from it. A
 * copy (say, after `JSON.parse`) is an ordinary schedule again, validated as
 * usual.
 *
 * @example
 * ```ts
 * import { compileFeeSchedule, freeFeeSchedule, type CompiledFeeSchedule } from 'balint-rules/fees';
 *
 * const free: CompiledFeeSchedule = compileFeeSchedule(freeFeeSchedule({ currency: 'USD', timeZone: 'America/New_York' }));
 * ```
 */
export type CompiledFeeSchedule = Compiled<FeeSchedule, 'FeeSchedule'>;

/**
 * Validates a fee schedule once, for quoting many registrations under it:
 * returns the validated schedule, deep-frozen, which `quoteFee` accepts
 * without validating it again, with its deadlines placed in time and its
 * prices parsed and formatted once. Quotes are the same as with the
 * schedule itself; only the work that does not depend on the registrant is
 * skipped (profiles and options are still validated on every call).
 *
 * @param schedule - the fee schedule, see {@link FeeScheduleSchema}
 * @returns the compiled schedule: a frozen plain JSON value
 * @throws {ValidationError} when the schedule is not valid
 *
 * @example
 * ```ts
 * import { compileFeeSchedule, earlyBirdFeeSchedule, quoteFee } from 'balint-rules/fees';
 *
 * const fees = compileFeeSchedule(earlyBirdFeeSchedule({
 *   currency: 'USD', timeZone: 'America/New_York', early: { until: '2026-07-31' },
 *   categories: [{ id: 'everyone', label: 'Everyone', early: '800', regular: '875' }],
 * }));
 * quoteFee(fees, {}, { at: '2026-07-31T20:00:00Z' }).price;
 * //=> { amount: '800.00', currency: 'USD' }
 * ```
 */
export function compileFeeSchedule(schedule: DeepReadonly<FeeScheduleInput>): CompiledFeeSchedule {
  const valid = validate(FeeScheduleSchema, schedule, 'fee schedule');
  return compiledSchedules.add(valid, prepareSchedule);
}
