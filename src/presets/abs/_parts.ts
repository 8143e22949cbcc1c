/** A preset as per-part builders: its program assembled from them, and any one part built alone. Internal. */
import * as z from 'zod/mini';
import { formatDays } from '../../_lib/civil.js';
import { instantToEpochMs } from '../../_lib/instant.js';
import { validate } from '../../_lib/validate.js';
import { instantToWall } from '../../_lib/zone.js';
import { CapacityPolicySchema } from '../../capacity/policy.js';
import { AccreditationSchema } from '../../credits/rules.js';
import { EligibilityRuleSchema } from '../../eligibility/rule.js';
import { ValidationError } from '../../errors/ValidationError.js';
import { FeeScheduleSchema } from '../../fees/schema.js';
import { RefundPolicySchema } from '../../refunds/schema.js';
import { planSeries, type Session } from '../../schedule/planSeries.js';
import { SubmissionPolicySchema } from '../../submissions/schema.js';
import type { AbsPresetParameter } from './program.js';
import { AbsPresetPartSchema, type AbsPresetPart, type AbsPresetPartInfo } from './presetParts.js';
import { ProgramScheduleSchema, type ProgramSchedule } from './programSchedule.js';

/** The parts a program carries (sessions are planned from the schedule). */
type CarriedPart = Exclude<AbsPresetPart, 'sessions'>;

/** A cross-parameter check and the parameters it reads: a part gets it when it takes all of them. */
export interface ParamCheck {
  readonly keys: readonly string[];
  readonly check: z.core.$ZodCheck<object>;
}

/** A {@link ParamCheck} from a check over the parameters `keys`. */
export function paramCheck<T>(keys: readonly (keyof T & string)[], check: z.core.$ZodCheck<T>): ParamCheck {
  // Safe: a part's schema gets the check only when it has every one of `keys` (see `keys` above).
  return { keys, check: check as z.core.$ZodCheck<object> };
}

/** The builders of a program's parts from its validated parameters (each reads only the parameters of its part). */
export type PartBuilders = { readonly [K in CarriedPart]?: (params: never) => unknown };

/** A preset: its parameters (schema shape, cross-checks, descriptions) and its part builders. */
export interface PresetDefinition {
  /** The subject of a validation error of the parameters, e.g. "ABS retreat parameters". */
  readonly subject: string;
  readonly shape: Readonly<Record<string, z.ZodMiniType>>;
  readonly checks: readonly ParamCheck[];
  readonly parameters: readonly AbsPresetParameter[];
  readonly builders: PartBuilders;
  /** Whether the schedule gives session times (series or events), so `sessions` is a part. */
  readonly sessions: boolean;
}

/** The checks of a definition, for its full parameters schema. */
export function allChecks(checks: readonly ParamCheck[]): z.core.$ZodCheck<object>[] {
  return checks.map((c) => c.check);
}

const CARRIED: readonly CarriedPart[] = ['schedule', 'eligibility', 'fees', 'capacity', 'refunds', 'accreditation', 'submission'];

const PART_SCHEMAS: { readonly [K in CarriedPart]: z.ZodMiniType } = {
  schedule: ProgramScheduleSchema,
  eligibility: EligibilityRuleSchema,
  fees: FeeScheduleSchema,
  capacity: CapacityPolicySchema,
  refunds: RefundPolicySchema,
  accreditation: AccreditationSchema,
  submission: SubmissionPolicySchema,
};

const PART_NAMES: { readonly [K in AbsPresetPart]: string } = {
  schedule: 'schedule',
  sessions: 'sessions',
  eligibility: 'eligibility rule',
  fees: 'fee schedule',
  capacity: 'capacity policy',
  refunds: 'refund policy',
  accreditation: 'accreditation',
  submission: 'submission policy',
};

function run(builder: ((params: never) => unknown) | undefined, params: unknown): unknown {
  return (builder as (params: unknown) => unknown)(params);
}

/** The parts of a program from its validated parameters, to spread into it. */
export function programParts(definition: PresetDefinition, params: object): Partial<Record<CarriedPart, unknown>> {
  return Object.fromEntries(CARRIED.filter((part) => definition.builders[part] !== undefined).map((part) => [part, run(definition.builders[part], params)]));
}

/** The parts a parameter bears on: those of its fact and of the facts it also supplies (a schedule fact bears on the sessions too). */
export function parameterParts(parameter: AbsPresetParameter): AbsPresetPart[] {
  const parts = [parameter.fact, ...(parameter.alsoSupplies ?? [])].flatMap((fact): AbsPresetPart[] => {
    const head = AbsPresetPartSchema.parse(fact.split(/[.[ ]/)[0]);
    return head === 'schedule' ? ['schedule', 'sessions'] : [head];
  });
  return [...new Set(parts)];
}

/** The parts a preset has, in the order of {@link AbsPresetPartSchema}. */
export function partsOf(definition: PresetDefinition): AbsPresetPart[] {
  return AbsPresetPartSchema.options.filter((part) => (part === 'sessions' ? definition.sessions : definition.builders[part] !== undefined));
}

/** Each part of a preset with the parameters it takes and requires. */
export function partInfo(definition: PresetDefinition): Partial<Record<AbsPresetPart, AbsPresetPartInfo>> {
  return Object.fromEntries(
    partsOf(definition).map((part) => {
      const mine = definition.parameters.filter((p) => parameterParts(p).includes(part));
      return [part, { parameters: mine.map((p) => p.name), requiredParameters: mine.filter((p) => p.required).map((p) => p.name) }];
    }),
  );
}

/** The parameters schema of one part: its own parameters as the preset takes them; another part's refused, naming that part. */
function partSchema(definition: PresetDefinition, part: AbsPresetPart): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  const mine = new Set<string>();
  for (const parameter of definition.parameters) {
    const parts = parameterParts(parameter);
    if (parts.includes(part)) {
      mine.add(parameter.name);
      shape[parameter.name] = definition.shape[parameter.name] as z.ZodMiniType;
    } else {
      const message = `is a parameter of the ${parts.filter((p) => p !== 'sessions').map((p) => PART_NAMES[p]).join(' and ')}, not of the ${PART_NAMES[part]}`;
      shape[parameter.name] = z.optional(z.never({ error: message }));
    }
  }
  const checks = definition.checks.filter((c) => c.keys.every((key) => mine.has(key))).map((c) => c.check);
  return z.strictObject(shape).check(...checks);
}

/** The planned sessions of a validated schedule of series or events, numbered from 1. */
function scheduleSessions(schedule: ProgramSchedule): Session[] {
  if (schedule.kind === 'series') return schedule.series.flatMap((series) => planSeries(series).sessions).map((s, i) => ({ ...s, index: i + 1 }));
  if (schedule.kind === 'events') {
    return schedule.events.map((e, i): Session => {
      const startMs = instantToEpochMs(e.start);
      const wall = instantToWall(startMs, e.timeZone);
      const minutes = Math.floor(wall.msOfDay / 60_000);
      const startTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const durationMinutes = Math.round((instantToEpochMs(e.end) - startMs) / 60_000);
      return { index: i + 1, date: formatDays(wall.days), start: e.start, end: e.end, durationMinutes, startTime, timeZone: e.timeZone, origin: 'rule' };
    });
  }
  return [];
}

/**
 * One part of a preset, built alone from the parameters of that part: the
 * same builder the whole program uses, its result validated by the part's
 * own schema. A part the preset does not have is a `ValidationError` at
 * `part`.
 */
export function buildPart(id: string, definition: PresetDefinition, part: AbsPresetPart, params: unknown): unknown {
  const has = partsOf(definition);
  if (!has.includes(part)) {
    const why = part === 'sessions' && definition.builders.schedule !== undefined ? ' (its schedule is days without published times)' : '';
    throw new ValidationError('ABS preset part', [
      { path: ['part'], code: 'custom', message: `${id} has no ${PART_NAMES[part]}${why}; its parts: ${has.join(', ')}` },
    ]);
  }
  const p = validate(partSchema(definition, part), params, `${definition.subject} (${PART_NAMES[part]})`);
  if (part === 'sessions') return scheduleSessions(validate(ProgramScheduleSchema, run(definition.builders.schedule, p), `${id} schedule`));
  return validate(PART_SCHEMAS[part], run(definition.builders[part], p), `${id} ${PART_NAMES[part]}`);
}
