/** Inputs from files (JSON, `-` for standard input) and from the ABS presets, with `--param`/`--params`. Internal. */
import type * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { ValidationError, formatPath } from '../errors/ValidationError.js';
import { ABS_PRESET_IDS, ABS_PRESETS, type AbsPreset, type AbsPresetId } from '../presets/abs/registry.js';
import type { AbsPresetPart, AbsPresetParts } from '../presets/abs/presetParts.js';
import { CliUsageError } from './CliUsageError.js';
import { didYouMean } from '../_lib/suggest.js';
import type { Args } from './_args.js';
import type { OptionSpec } from './_spec.js';
import type { CliIo } from './io.js';

/** The options that give a preset its parameters. */
export const PARAM_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'param',
    value: 'name=value',
    multiple: true,
    help: 'a parameter of a preset (value read as JSON when it is JSON, else as text); only the parameters of the part used are read, the preset\'s others are left aside',
  },
  { name: 'params', value: 'file', help: 'a JSON file (or - for standard input) with the parameters of a preset' },
];

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The text of a file, or a usage error saying why it cannot be read. */
export function readText(io: CliIo, path: string, what: string, missing?: () => CliUsageError): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' && missing !== undefined) throw missing();
    const reason = typeof code === 'string' ? (REASONS[code] ?? code) : error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`cannot read the ${what} file "${path}": ${reason}`);
  }
}

/** A JSON file parsed, or a usage error. */
export function readJson(io: CliIo, path: string, what: string, missing?: () => CliUsageError): unknown {
  const text = readText(io, path, what, missing);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new CliUsageError(`the ${what} file "${path}" is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A JSON file checked by a library schema; issues name the file. */
export function readChecked<S extends z.ZodMiniType>(io: CliIo, path: string, what: string, schema: S, missing?: () => CliUsageError): z.output<S> {
  return validate(schema, readJson(io, path, what, missing), `${what} in ${path === '-' ? 'standard input' : `"${path}"`}`);
}

/** Whether `value` is the id of an ABS preset. */
export function isPresetId(value: string): value is AbsPresetId {
  return (ABS_PRESET_IDS as readonly string[]).includes(value);
}

/**
 * An ABS preset by id, or a JSON file checked by `schema`. A preset id wins
 * over a file of the same name; a missing file gets the closest preset id.
 * `--param`/`--params` are refused with a file.
 */
export function presetOrFile<S extends z.ZodMiniType, T>(
  args: Args,
  io: CliIo,
  raw: string,
  what: string,
  schema: S,
  fromPreset: (id: AbsPresetId) => T | z.output<S>,
): T | z.output<S> {
  if (isPresetId(raw)) return fromPreset(raw);
  const missing = (): CliUsageError =>
    new CliUsageError(`"${raw}" is neither an ABS preset nor a file${didYouMean(raw, ABS_PRESET_IDS)} (run "balint presets" for the ids)`);
  noParams(args);
  // Something written like a path gets the file's own error.
  return readChecked(io, raw, what, schema, /[./\\]/.test(raw) ? undefined : missing);
}

/** The parameters of a preset: `--params <file>`, then each `--param name=value` over it. */
export function presetParams(args: Args, io: CliIo): Record<string, unknown> {
  const file = args.value('params');
  const base = file === undefined ? {} : readJson(io, file, 'parameters');
  if (base === null || typeof base !== 'object' || Array.isArray(base)) {
    throw new CliUsageError(`the parameters file "${String(file)}" must hold a JSON object`);
  }
  const params: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const pair of args.values('param')) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new CliUsageError(`--param "${pair}": write name=value, e.g. --param minRegistrants=6`);
    params[pair.slice(0, at)] = jsonOrText(pair.slice(at + 1));
  }
  return params;
}

function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Fails when `--param`/`--params` were given but no preset uses them. */
export function noParams(args: Args): void {
  if (args.values('param').length > 0 || args.value('params') !== undefined) {
    throw new CliUsageError('--param and --params give the parameters of an ABS preset; none is used here');
  }
}

/**
 * Runs a preset's factory; invalid or missing parameters become one usage
 * error naming the preset and the parameters it needs (`needs`, by default
 * those its program requires).
 */
export function withPresetParams<T>(id: AbsPresetId, run: () => T, needs: readonly string[] = ABS_PRESETS[id].requiredParameters): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const said = (message: string): string => (/^expected .*, received undefined$/.test(message) ? 'is required' : message);
    const issues = error.issues.map((i) => `${i.path.length === 0 ? '' : `${formatPath(i.path)}: `}${said(i.message)}`).join('; ');
    const wanted = needs.length === 0 ? '' : `; it needs ${needs.map((p) => `--param ${p}=...`).join(' ')}`;
    throw new CliUsageError(`preset ${id}: ${issues}${wanted} (see "balint presets ${id}")`);
  }
}

/**
 * The parameters of one part of a preset: the preset's parameters of its
 * other parts are left aside (one parameters file serves every command);
 * a name the preset does not know is kept, for the part to refuse with the
 * parameter it is a near miss of.
 */
export function partParams(id: AbsPresetId, part: AbsPresetPart, params: Record<string, unknown>): Record<string, unknown> {
  const preset = ABS_PRESETS[id];
  const mine = preset.parts[part]?.parameters ?? [];
  const known = preset.parameters.map((p) => p.name);
  return Object.fromEntries(Object.entries(params).filter(([name]) => mine.includes(name) || !known.includes(name)));
}

/**
 * One part of a preset, built alone from the parameters of that part (see
 * {@link partParams}); `absent` says what to do when the preset has no such
 * part. Invalid or missing parameters become one usage error naming those
 * the part needs.
 */
export function presetPart<K extends AbsPresetPart>(id: AbsPresetId, part: K, params: Record<string, unknown>, absent: () => CliUsageError): AbsPresetParts[K] {
  const preset = ABS_PRESETS[id] as AbsPreset<unknown>;
  const info = preset.parts[part];
  if (info === undefined) throw absent();
  return withPresetParams(id, () => preset.part(part, partParams(id, part, params)), info.requiredParameters);
}
