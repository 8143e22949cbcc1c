// Generates the JSON Schemas shipped in schemas/ from the library's zod schemas:
// one <name>.schema.json per input (JSON Schema draft 2020-12, self-contained,
// shared pieces under $defs) and schemas/index.json listing them.
// Run: npx tsx scripts/schemas.ts   (test/schemas/up-to-date.test.ts fails until you do)
//
// zod refinements have no JSON Schema form. Every refined zod schema met while
// converting must appear in extras() below, with the JSON Schema that expresses it
// (a pattern, uniqueItems, ...) and/or the checks only the library makes; those
// are written into a `$comment` where they apply and listed in the description.
// A refinement missing from extras() stops the script, so none goes unnoticed.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import * as lib from '../src/_all.js';

type Json = Record<string, unknown>;

type Zod = z.core.$ZodType;

/** Where the schemas are published: `$id` is `${BASE_URI}<name>.schema.json`. */
export const BASE_URI = 'https://balint-rules.dev/schemas/';

/** The published inputs: file name, title, and the export of balint-rules it is generated from. */
export const SCHEMAS: readonly { name: string; title: string; exportName: string }[] = [
  { name: 'series', title: 'Series of sessions', exportName: 'SeriesSchema' },
  { name: 'recurrence-rule', title: 'Recurrence rule', exportName: 'RecurrenceRuleSchema' },
  { name: 'occurrences-options', title: 'Occurrences options', exportName: 'OccurrencesOptionsSchema' },
  { name: 'exceptions', title: 'Exceptions to a series', exportName: 'ExceptionsSchema' },
  { name: 'holiday-calendar', title: 'Holiday calendar', exportName: 'HolidayCalendarSchema' },
  { name: 'holiday-policy', title: 'Holiday policy', exportName: 'HolidayPolicySchema' },
  { name: 'eligibility-rule', title: 'Eligibility rule', exportName: 'EligibilityRuleSchema' },
  { name: 'registrant-profile', title: 'Registrant profile', exportName: 'RegistrantProfileSchema' },
  { name: 'capacity-policy', title: 'Capacity policy', exportName: 'CapacityPolicySchema' },
  { name: 'registration-events', title: 'Registration log', exportName: 'RegistrationEventsSchema' },
  { name: 'fee-schedule', title: 'Fee schedule', exportName: 'FeeScheduleSchema' },
  { name: 'refund-policy', title: 'Refund policy', exportName: 'RefundPolicySchema' },
  { name: 'refund-registration', title: 'Registration (for refunds)', exportName: 'RefundRegistrationSchema' },
  { name: 'cancellation', title: 'Cancellation (for refunds)', exportName: 'CancellationSchema' },
  { name: 'money', title: 'Money', exportName: 'MoneySchema' },
  { name: 'submission-policy', title: 'Submission policy', exportName: 'SubmissionPolicySchema' },
  { name: 'submission', title: 'Submission', exportName: 'SubmissionSchema' },
  { name: 'accreditation', title: 'Accreditation', exportName: 'AccreditationSchema' },
  { name: 'credit-sessions', title: 'Sessions (for credits)', exportName: 'CreditSessionsSchema' },
  { name: 'attendance', title: 'Attendance (for credits)', exportName: 'AttendanceSchema' },
  { name: 'credential', title: 'Credential', exportName: 'CredentialSchema' },
  { name: 'maintenance-requirement', title: 'Maintenance requirement', exportName: 'MaintenanceRequirementSchema' },
  { name: 'ledger', title: 'Activity ledger', exportName: 'LedgerSchema' },
  { name: 'credentialing-path', title: 'Credentialing path', exportName: 'CredentialingPathSchema' },
  { name: 'credentialing-record', title: 'Credentialing record', exportName: 'CredentialingRecordSchema' },
  { name: 'icalendar-options', title: 'iCalendar options', exportName: 'ICalendarOptionsSchema' },
  { name: 'abs-program', title: 'Program (ABS presets)', exportName: 'ProgramSchema' },
];

/** Shared pieces written once per file under `$defs/<id>`, each from the export `<id>Schema` (described by its TSDoc). */
const DEFS: readonly string[] = ['LocalDate', 'WallTime', 'TimeZone', 'Instant', 'NonNegativeMoney', 'RecurrenceRule', 'HolidayCalendar',
  'EligibilityRule', 'RegistrantProfile', 'LocalDeadline', 'RefundDeadline', 'RefundOutcome'];

// ---- Patterns that express zod refinements exactly -------------------------

const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
/** A calendar date in years 0001-9999, leap years included (what `isValidLocalDate` accepts). */
const DATE = `(?!0000)(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
const OFFSET = '(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
/** `YYYY-MM-DD`, a real calendar date. */
export const LOCAL_DATE_PATTERN = `^${DATE}$`;
/** An ISO-8601 instant with `Z` or an offset, on a real calendar date (what `isInstant` accepts). */
export const INSTANT_PATTERN = `^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?${OFFSET}$`;
/** The shape of a time-zone name: a letter, then letters, digits and `. _ + - /`. */
export const TIME_ZONE_PATTERN = '^[A-Za-z][A-Za-z0-9._+/-]*$';
/** A non-negative decimal of at most 100. */
export const PERCENT_PATTERN = '^(?:0{0,28}\\d{1,2}(?:\\.\\d{1,30})?|0{0,27}100(?:\\.0{1,30})?)$';
/** A credit amount (`\d{1,6}(.\d{1,2})`) above zero. */
export const POSITIVE_CREDIT_PATTERN = '^(?=.*[1-9])\\d{1,6}(?:\\.\\d{1,2})?$';
/** A credit amount above zero and at most 100. */
export const CREDIT_RATE_PATTERN = '^(?=.*[1-9])(?:0{0,4}\\d{1,2}(?:\\.\\d{1,2})?|0{0,3}100(?:\\.0{1,2})?)$';
/** Text without control characters other than tab, line feed and carriage return. */
export const CALENDAR_TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';

// ---- What each zod refinement becomes --------------------------------------

interface Extra {
  /** JSON Schema keywords that express (part of) the refinement. */
  readonly json?: Json;
  /** What the library checks that this schema cannot: one English sentence each. */
  readonly zodOnly?: readonly string[];
}

const inner = (schema: Zod): Zod => (schema._zod.def as { innerType?: Zod }).innerType ?? schema;
const option = (union: Zod, index: number): Zod => (union._zod.def as unknown as { options: Zod[] }).options[index] as Zod;
const shape = (object: Zod, key: string): Zod => inner((object._zod.def as unknown as { shape: Record<string, Zod> }).shape[key] as Zod);
const unique: Extra = { json: { uniqueItems: true } };
const notZero = (max: number): Extra => ({ json: { minimum: -max, maximum: max, not: { const: 0 } } });

function extras(): Map<Zod, Extra> {
  const l = lib;
  const nth = l.NthWeekdayRuleSchema;
  const day = shape(l.DayOfMonthRuleSchema, 'days');
  const step = option(l.CredentialingStepSchema, 1);
  const icsText: Extra = { json: { pattern: CALENDAR_TEXT_PATTERN }, zodOnly: ['Text must be well-formed Unicode (no unpaired surrogates).'] };
  const writable = ['An instant must fall in the UTC years 0000-9999 that iCalendar can write.'];
  const window = (what: string): Extra => ({ zodOnly: [`A ${what} must not end before it starts.`] });
  const uniqueIds = (what: string): Extra => ({ zodOnly: [`${what} must not repeat.`] });
  const nearMiss = (what: string): string => `A key that is a near miss of ${what} is refused; other keys are kept.`;
  const days: Extra = { zodOnly: ['A range of days must not end ("until") before it starts ("from").'] };
  return new Map<Zod, Extra>([
    [l.LocalDateSchema, { json: { pattern: LOCAL_DATE_PATTERN, format: 'date' } }],
    [l.InstantSchema, { json: { pattern: INSTANT_PATTERN } }],
    [l.TimeZoneSchema, { json: { minLength: 1, maxLength: 64, pattern: TIME_ZONE_PATTERN }, zodOnly: [
      'A time zone must be an IANA name known to the runtime (e.g. "America/New_York"), in any case; the library gives it back in its canonical spelling.',
      'Legacy names ("EST", "EST5EDT", "PST", "CET") are refused with the region zone meant; a fixed offset is written as one ("Etc/GMT+5").',
    ] }],
    [l.OrdinalSchema, notZero(5)],
    [shape(nth, 'ordinals'), unique],
    [shape(nth, 'months'), unique],
    [(day._zod.def as unknown as { element: Zod }).element, notZero(31)],
    [day, unique],
    [shape(l.WeeklyRuleSchema, 'weekdays'), unique],
    [shape(l.DatesRuleSchema, 'dates'), unique],
    [shape(l.ProfessionRuleSchema, 'in'), unique],
    [l.RuleLabelSchema, { zodOnly: ['A label\'s 200-character limit counts UTF-16 code units (an emoji counts twice); this pattern counts characters.'] }],
    [l.ProfileMembershipSchema, window('membership')],
    [l.ProfileCredentialSchema, { zodOnly: ['A credential must not expire before it is issued.'] }],
    [l.RegistrantProfileSchema, { zodOnly: [nearMiss('a profile key (e.g. "clinicalyActive")')] }],
    [l.RefundRegistrationSchema, { zodOnly: [nearMiss('a registration key (e.g. "payd")')] }],
    [l.SubmissionSchema, { zodOnly: [nearMiss('a submission key (e.g. "wordcount")')] }],
    [l.SeriesSchema, days],
    [l.OccurrencesOptionsSchema, days],
    [l.CapacityPolicySchema, {
      json: { dependentRequired: { maxWaitlist: ['maxSeats'] }, dependentSchemas: { maxWaitlist: { properties: { waitlist: { const: true } } } } },
      zodOnly: ['minRegistrants must not exceed maxSeats.'],
    }],
    [l.RegistrationWindowSchema, { zodOnly: ['A registration window must close after it opens.'] }],
    [l.TransferPolicySchema, { json: { dependentSchemas: { fee: { properties: { allowed: { const: true } } }, until: { properties: { allowed: { const: true } } } } } }],
    [l.RegistrationEventsSchema, { zodOnly: ['Events must be listed in the order they happened (each "at" no earlier than the one before).'] }],
    [l.MoneySchema, { zodOnly: ['An amount must have no more decimal places than its currency has minor units.'] }],
    [l.NonNegativeMoneySchema, { zodOnly: ['An amount must have no more decimal places than its currency has minor units.'] }],
    [l.PercentSchema, { json: { pattern: PERCENT_PATTERN } }],
    [l.FeeScheduleSchema, { zodOnly: [
      'Period ids and category ids must not repeat.',
      'Only the last period, and it always, has no limit (no "until" and no "firstRegistrants").',
      'Every category prices every period, and no other.',
      'A category\'s prices never decrease from one period to the next, and have no more decimal places than the currency has minor units.',
    ] }],
    [shape(l.RefundConditionsSchema, 'sessionsAttended'), { zodOnly: ['sessionsAttended.min must not exceed sessionsAttended.max.'] }],
    [l.AafpPrescribedRuleSchema, { zodOnly: ['AAFP designatedMaximum and sessionCap must be whole multiples of 0.25.'] }],
    [l.ApaCeRuleSchema, { zodOnly: ['APA designatedMaximum must be a whole multiple of its increment (1, or 0.5 for a sponsor awarding half credits).'] }],
    [l.GenericCreditRuleSchema, { zodOnly: ['A generic rule\'s designatedMaximum and sessionCap must be whole multiples of its step.'] }],
    [shape(l.GenericCreditRuleSchema, 'id'), { json: { not: { enum: ['aafp_prescribed', 'apa_ce'] } } }],
    [shape(l.GenericCreditRuleSchema, 'creditsPerHour'), { json: { pattern: CREDIT_RATE_PATTERN } }],
    [shape(l.GenericCreditRuleSchema, 'step'), { json: { pattern: POSITIVE_CREDIT_PATTERN } }],
    [shape(l.AccreditationSchema, 'systems'), { zodOnly: ['An accreditation must not offer the same credit system (or generic id) twice.'] }],
    [l.AttendanceRequirementsSchema, uniqueIds('Attendance requirement ids')],
    [l.CreditSessionSchema, { zodOnly: ['A session\'s excludedMinutes must not exceed its durationMinutes.', nearMiss('a session key (e.g. "excludedMinute")')] }],
    [l.CreditSessionsSchema, uniqueIds('Session indexes')],
    [l.AttendanceSchema, { zodOnly: ['Attendance must not list a session twice.'] }],
    [l.LedgerSchema, uniqueIds('Activity ids')],
    [shape(l.MaintenanceComponentSchema, 'kinds'), unique],
    [shape(l.MaintenanceComponentSchema, 'hours'), { json: { pattern: POSITIVE_CREDIT_PATTERN } }],
    [l.MaintenanceComponentSchema, { json: { anyOf: [{ properties: { activities: true }, required: ['activities'] }, { properties: { hours: true }, required: ['hours'] }] } }],
    [shape(l.MaintenanceRequirementSchema, 'qualifyingKinds'), unique],
    [shape(l.MaintenanceRequirementSchema, 'components'), uniqueIds('Component categories')],
    [l.MaintenanceRequirementSchema, { zodOnly: [
      'gracePeriodDays must be shorter than the period (periodMonths × 28 days).',
      'A component\'s kinds must be among the qualifying kinds.',
    ] }],
    [shape(step, 'activityKinds'), unique],
    [l.CredentialingPathSchema, { zodOnly: [
      'Step ids must not repeat.',
      'A count_in_window step\'s window must name a monthly step of the path.',
      'A series_ending_with step\'s lastKind must be one of its activityKinds.',
    ] }],
    [(shape(l.CredentialingRecordSchema, 'memberships')._zod.def as unknown as { element: Zod }).element, window('membership')],
    [shape(l.CredentialingRecordSchema, 'activities'), uniqueIds('Activity ids')],
    [l.CalendarTextSchema, icsText],
    [shape(l.ICalendarOptionsSchema, 'prodId'), icsText],
    [shape(l.ICalendarOptionsSchema, 'dtstamp'), { zodOnly: writable }],
    [l.ProgramSchema, { zodOnly: ['The fee schedule must be in the currency of the refund policy\'s withheld fees.'] }],
    [(shape(option(l.ProgramScheduleSchema, 1), 'events')._zod.def as unknown as { element: Zod }).element, { zodOnly: ['An event must end after it starts.'] }],
    [option(l.ProgramScheduleSchema, 2), days],
    [shape(l.ProgramAwardSchema, 'ceremony'), days],
  ]);
}

// ---- Generation -------------------------------------------------------------

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? sourceFiles(`${dir}${e.name}/`) : e.name.endsWith('.ts') ? [`${dir}${e.name}`] : []));
}

let sources: string[] | undefined;

/** The summary of the TSDoc comment on `export const <name>` in src/: its text up to the first tag. */
export function tsdocSummary(name: string): string {
  sources ??= sourceFiles(SRC).map((file) => readFileSync(file, 'utf8'));
  const pattern = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export const ${name}\\b`);
  for (const text of sources) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const lines = (match[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, '').trimEnd());
    const end = lines.findIndex((line) => line.trimStart().startsWith('@'));
    let out = '';
    for (const line of lines.slice(0, end < 0 ? undefined : end)) {
      if (line.trim() === '') out += out.endsWith('\n\n') || out === '' ? '' : '\n\n';
      else if (out === '' || out.endsWith('\n') || line.startsWith('- ')) out += (out === '' || out.endsWith('\n') ? '' : '\n') + line;
      else out += ` ${line.trim()}`;
    }
    return out.trim().replace(/\{@link\s+([^}|\s]+)(?:\s*\|\s*([^}]+))?\}/g, (_, target: string, text?: string) => text ?? target);
  }
  throw new Error(`No TSDoc comment found for export const ${name} in src/`);
}

function exported(name: string): Zod {
  const value = (lib as Record<string, unknown>)[name];
  if (typeof value !== 'object' || value === null || !('_zod' in value)) throw new Error(`balint-rules exports no zod schema ${name}`);
  return value as Zod;
}

const hasRefinement = (schema: Zod): boolean =>
  (schema._zod.def.checks ?? []).some((check) => (check._zod.def as { check: string }).check === 'custom');

const ZOD_ONLY_PREFIX = 'Checked by balint-rules only, not by this JSON Schema:';

/** Converts one zod schema to a self-contained JSON Schema and lists the checks it leaves to the library; throws on a refinement `table` does not cover. */
export function convert(name: string, root: Zod, table: Map<Zod, Extra>, used: Set<Zod>): { json: Json; zodOnly: string[] } {
  const metadata = z.registry<{ id?: string; title?: string; description?: string }>();
  for (const id of DEFS) {
    const schema = exported(`${id}Schema`);
    if (schema !== root) metadata.add(schema, { id, title: id, description: tsdocSummary(`${id}Schema`) });
  }
  const zodOnly: string[] = [];
  const missing: string[] = [];
  const json = z.toJSONSchema(root, {
    io: 'input',
    target: 'draft-2020-12',
    metadata,
    override: ({ zodSchema, jsonSchema, path }) => {
      const extra = table.get(zodSchema);
      if (extra === undefined) {
        if (hasRefinement(zodSchema)) missing.push(`${name}.schema.json#/${path.join('/')}`);
        return;
      }
      used.add(zodSchema);
      Object.assign(jsonSchema, extra.json);
      if (extra.zodOnly !== undefined) {
        (jsonSchema as Json).$comment = `${ZOD_ONLY_PREFIX} ${extra.zodOnly.join(' ')}`;
        zodOnly.push(...extra.zodOnly.filter((note) => !zodOnly.includes(note)));
      }
    },
  }) as Json;
  if (missing.length > 0) throw new Error(`zod refinements without a JSON Schema entry in extras() of scripts/schemas.ts: ${missing.join(', ')}`);
  return { json, zodOnly };
}

const ORDER = [
  '$schema', '$id', '$ref', 'title', 'description', '$comment', 'type', 'const', 'enum', 'format', 'pattern', 'minLength', 'maxLength',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'not', 'items', 'minItems', 'maxItems', 'uniqueItems', 'properties',
  'required', 'propertyNames', 'additionalProperties', 'dependentRequired', 'dependentSchemas', 'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'default', '$defs',
];
const rank = (key: string): number => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
const SUBSCHEMA = new Set(['not', 'items', 'propertyNames', 'additionalProperties', 'if', 'then', 'else']);
const SUBSCHEMAS = new Set(['anyOf', 'oneOf', 'allOf']);
const SCHEMA_MAPS = new Set(['properties', 'dependentSchemas', '$defs']);

/** The same schema with its keywords in a fixed order (property order kept, `$defs` sorted), so the output is stable. */
export function canonical(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const keys = Object.keys(schema).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Json = {};
  for (const key of keys) {
    const value = (schema as Json)[key];
    if (SUBSCHEMA.has(key)) out[key] = canonical(value);
    else if (SUBSCHEMAS.has(key) && Array.isArray(value)) out[key] = value.map(canonical);
    else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      if (key === '$defs') entries.sort(([a], [b]) => (a < b ? -1 : 1));
      out[key] = Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
    } else out[key] = value;
  }
  return out;
}

/** Every generated file, by name relative to schemas/, with its exact text. */
export function generateSchemas(): Map<string, string> {
  const table = extras();
  const used = new Set<Zod>();
  const files = new Map<string, string>();
  const index: Json[] = [];
  for (const { name, title, exportName } of SCHEMAS) {
    const { json, zodOnly } = convert(name, exported(exportName), table, used);
    const file = `${name}.schema.json`;
    const $id = `${BASE_URI}${file}`;
    const summary = tsdocSummary(exportName);
    const description = zodOnly.length === 0 ? summary : `${summary}\n\n${ZOD_ONLY_PREFIX}\n- ${zodOnly.join('\n- ')}`;
    const doc = canonical({ ...json, $id, title, description, $comment: undefined });
    files.set(file, `${JSON.stringify(doc, null, 2)}\n`);
    index.push({ name, title, file, $id, source: exportName, zodOnly });
  }
  const unused = [...table.keys()].filter((schema) => !used.has(schema)).length;
  if (unused > 0) throw new Error(`${unused} entries of extras() in scripts/schemas.ts match no schema: remove or fix them`);
  files.set('index.json', `${JSON.stringify({ description: 'JSON Schemas (draft 2020-12) for the inputs of balint-rules, generated from its zod schemas by scripts/schemas.ts.', schemas: index }, null, 2)}\n`);
  return files;
}

/** schemas/ next to this script's folder. */
export const OUT_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = generateSchemas();
  mkdirSync(OUT_DIR, { recursive: true });
  for (const stale of readdirSync(OUT_DIR)) if (!files.has(stale) && stale.endsWith('.json')) rmSync(`${OUT_DIR}${stale}`);
  for (const [file, text] of files) writeFileSync(`${OUT_DIR}${file}`, text);
  console.log(`schemas: wrote ${files.size} files to schemas/`);
}
