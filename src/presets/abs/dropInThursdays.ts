import { dropInDefinition, dropInProgram, type DropInSeries } from './_dropIn.js';
import type { PresetDefinition } from './_parts.js';
import type { AbsDropInParams } from './dropInParams.js';
import type { SeriesProgram } from './program.js';

const THURSDAYS_SERIES: DropInSeries = { id: 'abs-credentialed-leaders-drop-in-thursdays', facilitator: 'Arnold Goldberg', rule: 'the 4th Thursday of odd months' };

/** The series, part by part. */
export const DROP_IN_THURSDAYS: PresetDefinition = dropInDefinition(THURSDAYS_SERIES);

/**
 * The credentialed leaders' drop-in series with Arnold Goldberg, as
 * published: for ABS Credentialed Leaders, sponsored by the History and
 * Continuity Committee, meeting "generally" on the 4th Thursday of odd
 * months; attendance qualifies as a Maintenance of Credentialing activity
 * (`maintenance.activityKind` is the credentialing area's
 * `credentialed_leaders_drop_in`, which `absMaintenanceRequirement` counts).
 *
 * Not published, so parameters: when to plan from and to, the start time,
 * its zone and the length. By default the rule is kept as published, so the
 * November meeting falls on Thanksgiving (November 26, 2026); pass
 * `holidays: 'skip'` or `'shift'` to change that.
 *
 * @param params - see {@link AbsDropInParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when a parameter is missing or invalid
 *
 * @example
 * ```ts
 * import { planSeries } from 'balint-rules/schedule';
 * import { absCredentialedLeadersDropInThursdays } from 'balint-rules/presets/abs';
 *
 * const params = { from: '2026-01-01', until: '2026-12-31', startTime: '19:00', timeZone: 'America/New_York', durationMinutes: 60 };
 * planSeries(absCredentialedLeadersDropInThursdays(params).schedule.series[0]).sessions.map((s) => s.date).join(' ');
 * //=> '2026-01-22 2026-03-26 2026-05-28 2026-07-23 2026-09-24 2026-11-26'
 * planSeries(absCredentialedLeadersDropInThursdays({ ...params, holidays: 'shift' }).schedule.series[0]).sessions[5]?.date;
 * //=> '2026-12-03'
 * ```
 */
export function absCredentialedLeadersDropInThursdays(params: AbsDropInParams): SeriesProgram<'eligibility' | 'maintenance' | 'venue'> {
  return dropInProgram(params, THURSDAYS_SERIES);
}
