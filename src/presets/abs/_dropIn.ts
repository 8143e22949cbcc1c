/** The credentialed leaders' drop-in series, both of them. Internal. */
import { assertNever } from '../../_lib/assertNever.js';
import { validate } from '../../_lib/validate.js';
import type { AbsActivityKind } from '../../credentialing/absMaintenanceRequirement.js';
import { US_FEDERAL_HOLIDAYS } from '../../recurrence/usFederalHolidays.js';
import { ABS, credentialedLeaderRule, finishProgram, optional, unpublishedFacts } from './_build.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import { AbsDropInParamsSchema, DROP_IN_PARAMETERS, type AbsDropInParams, type AbsDropInParamsOutput } from './dropInParams.js';
import type { SeriesProgram } from './program.js';

const MAINTENANCE = 'Attendance qualifies as a Maintenance of Credentialing activity.';
const KIND: AbsActivityKind = 'credentialed_leaders_drop_in';

function holidays(choice: AbsDropInParamsOutput['holidays']) {
  const c = choice ?? 'as_published';
  switch (c) {
    case 'as_published':
      return undefined;
    case 'skip':
    case 'shift':
      return { calendar: US_FEDERAL_HOLIDAYS, action: c };
    default:
      return assertNever(c);
  }
}

/** One drop-in series from its parameters: its facilitator and its rule as the page words them (which `parseRecurrence` reads). */
export function dropInProgram(
  params: AbsDropInParams,
  series: { id: string; facilitator: string; rule: string },
): SeriesProgram<'eligibility' | 'maintenance' | 'venue'> {
  const p = validate(AbsDropInParamsSchema, params, `ABS drop-in series (${series.facilitator}) parameters`);
  const name = `Credentialed Leaders Drop-In Series with ${series.facilitator}`;
  return finishProgram({
    id: series.id,
    name,
    kind: 'drop_in_series',
    organizer: { ...ABS, committee: 'History and Continuity Committee' },
    source: ABS_PRESETS_SOURCE,
    description: `This drop-in series is for ABS Credentialed Leaders and is sponsored by the History and Continuity Committee with ${series.facilitator} as the facilitator. It generally meets ${series.rule}. ${MAINTENANCE}`,
    facilitators: [{ name: series.facilitator, role: 'facilitator' }],
    venue: { online: true, name: 'Zoom' },
    schedule: {
      kind: 'series',
      series: [
        {
          name,
          recurrence: series.rule,
          from: p.from,
          ...optional('until', p.until),
          ...optional('count', p.count),
          startTime: p.startTime,
          timeZone: p.timeZone,
          durationMinutes: p.durationMinutes,
          ...optional('holidays', holidays(p.holidays)),
          ...optional('exceptions', p.exceptions),
        },
      ],
    },
    registrationPer: 'session',
    eligibility: credentialedLeaderRule,
    maintenance: { activityKind: KIND, text: MAINTENANCE },
    notes: [
      { code: 'generally', kind: 'information', text: `It generally meets ${series.rule}.` },
      { code: 'zoom_link', kind: 'information', text: 'Reminders and the Zoom link are available on the Credentialed Leaders message board.' },
    ],
    unpublished: unpublishedFacts(DROP_IN_PARAMETERS, p, [{ fact: 'fees', description: 'No fee is published.' }]),
  });
}
