import { dropInDefinition, dropInProgram, type DropInSeries } from './_dropIn.js';
import type { PresetDefinition } from './_parts.js';
import type { AbsDropInParams } from './dropInParams.js';
import type { SeriesProgram } from './program.js';

const MONDAYS_SERIES: DropInSeries = { id: 'abs-credentialed-leaders-drop-in-mondays', facilitator: 'Paul Scott', rule: 'the 4th Monday of even months' };

/** The series, part by part. */
export const DROP_IN_MONDAYS: PresetDefinition = dropInDefinition(MONDAYS_SERIES);

/**
 * The credentialed leaders' drop-in series with Paul Scott, as published:
 * for ABS Credentialed Leaders, sponsored by the History and Continuity
 * Committee, meeting "generally" on the 4th Monday of even months;
 * attendance qualifies as a Maintenance of Credentialing activity
 * (`maintenance.activityKind` is the credentialing area's
 * `credentialed_leaders_drop_in`, which `absMaintenanceRequirement` counts).
 *
 * Not published, so parameters: when to plan from and to, the start time,
 * its zone and the length. By default the rule is kept as published;
 * `holidays: 'skip'` or `'shift'` handles US federal holidays.
 *
 * @param params - see {@link AbsDropInParamsSchema}
 * @returns the program, validated
 * @throws {ValidationError} when a parameter is missing or invalid
 *
 * @example
 * ```ts
 * import { planSeries } from 'balint-rules/schedule';
 * import { absCredentialedLeadersDropInMondays } from 'balint-rules/presets/abs';
 *
 * const program = absCredentialedLeadersDropInMondays({ from: '2026-01-01', until: '2026-12-31', startTime: '19:00',
 *   timeZone: 'America/New_York', durationMinutes: 60 });
 * planSeries(program.schedule.series[0]).sessions.map((s) => s.date).join(' ');
 * //=> '2026-02-23 2026-04-27 2026-06-22 2026-08-24 2026-10-26 2026-12-28'
 * ```
 */
export function absCredentialedLeadersDropInMondays(params: AbsDropInParams): SeriesProgram<'eligibility' | 'maintenance' | 'venue'> {
  return dropInProgram(params, MONDAYS_SERIES);
}
