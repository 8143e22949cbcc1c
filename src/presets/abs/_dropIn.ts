/** The credentialed leaders' drop-in series, both of them. Internal. */
import { assertNever } from '../../_lib/assertNever.js';
import { validate } from '../../_lib/validate.js';
import type { AbsActivityKind } from '../../credentialing/absMaintenanceRequirement.js';
import { US_FEDERAL_HOLIDAYS } from '../../recurrence/usFederalHolidays.js';
import { ABS, credentialedLeaderRule, finishProgram, optional, unpublishedFacts } from './_build.js';
import { ABS_PRESETS_SOURCE } from './constants.js';
import { AbsDropInParamsSchema, DROP_IN_PARAMETERS, untilOrCountCheck, type AbsDropInParams, type AbsDropInParamsOutput } from './dropInParams.js';
import { programParts, type PresetDefinition } from './_parts.js';
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

/** A drop-in series as the page words it: its id, its facilitator and its rule (which `parseRecurrence` reads). */
export interface DropInSeries {
  readonly id: string;
  readonly facilitator: string;
  readonly rule: string;
}

const nameOf = (series: DropInSeries): string => `Credentialed Leaders Drop-In Series with ${series.facilitator}`;

/** A drop-in series, part by part: its schedule from the parameters, and its rule. */
export function dropInDefinition(series: DropInSeries): PresetDefinition {
  return {
    subject: `ABS drop-in series (${series.facilitator}) parameters`,
    shape: AbsDropInParamsSchema.shape,
    checks: [untilOrCountCheck],
    parameters: DROP_IN_PARAMETERS,
    sessions: true,
    builders: {
      schedule: (p: AbsDropInParamsOutput) => ({
        kind: 'series',
        series: [
          {
            name: nameOf(series),
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
      }),
      eligibility: () => credentialedLeaderRule,
    },
  };
}

/** One drop-in series from its parameters. */
export function dropInProgram(params: AbsDropInParams, series: DropInSeries): SeriesProgram<'eligibility' | 'maintenance' | 'venue'> {
  const definition = dropInDefinition(series);
  const p = validate(AbsDropInParamsSchema, params, definition.subject);
  return finishProgram({
    id: series.id,
    name: nameOf(series),
    kind: 'drop_in_series',
    organizer: { ...ABS, committee: 'History and Continuity Committee' },
    source: ABS_PRESETS_SOURCE,
    description: `This drop-in series is for ABS Credentialed Leaders and is sponsored by the History and Continuity Committee with ${series.facilitator} as the facilitator. It generally meets ${series.rule}. ${MAINTENANCE}`,
    facilitators: [{ name: series.facilitator, role: 'facilitator' }],
    venue: { online: true, name: 'Zoom' },
    ...programParts(definition, p),
    registrationPer: 'session',
    maintenance: { activityKind: KIND, text: MAINTENANCE },
    notes: [
      { code: 'generally', kind: 'information', text: `It generally meets ${series.rule}.` },
      { code: 'zoom_link', kind: 'information', text: 'Reminders and the Zoom link are available on the Credentialed Leaders message board.' },
    ],
    unpublished: unpublishedFacts(DROP_IN_PARAMETERS, p, [{ fact: 'fees', description: 'No fee is published.' }]),
  });
}
