/** `balint presets`. Internal. */
import { AbsRefundPolicyIdSchema } from '../../presets/abs/absRefundPolicy.js';
import { ABS_PRESET_IDS, ABS_PRESETS, type AbsPresetId } from '../../presets/abs/registry.js';
import { CliUsageError } from '../CliUsageError.js';
import { isPresetId } from '../_sources.js';
import type { CommandSpec } from '../_spec.js';
import { didYouMean } from '../../_lib/suggest.js';
import { lines } from '../_text.js';

/** A registry entry as plain JSON (without its `build` and `part` functions). */
function entryJson(id: AbsPresetId) {
  const { build: _build, part: _part, ...entry } = ABS_PRESETS[id];
  return { ...entry, refundPolicyPreset: AbsRefundPolicyIdSchema.safeParse(id).success };
}

/** Whether `balint refund --policy <id>` works, and with what. */
function refundText(id: AbsPresetId): string {
  if (ABS_PRESETS[id].refundPolicy !== null) return 'published (--policy)';
  return AbsRefundPolicyIdSchema.safeParse(id).success ? 'with --param refundDeadline=YYYY-MM-DD (--policy)' : 'none';
}

function parameterText(id: AbsPresetId): string {
  const parameters = ABS_PRESETS[id].parameters;
  if (parameters.length === 0) return 'none';
  return parameters.map((p) => `${p.name}${p.required ? ' (required)' : ''}`).join(', ');
}

function listText(): string {
  const out = ['The American Balint Society\'s programs as presets. Give an id to --rule, --policy or --accreditation;', 'give the parameters the pages do not publish with --param name=value.', ''];
  for (const id of ABS_PRESET_IDS) {
    const preset = ABS_PRESETS[id];
    out.push(id, `  ${preset.name} (${preset.kind})`, `  parameters: ${parameterText(id)}`, `  refund policy: ${refundText(id)}`);
  }
  out.push('', 'Run "balint presets <id>" for a preset\'s parameters.');
  return lines(out);
}

function detailText(id: AbsPresetId): string {
  const preset = ABS_PRESETS[id];
  const out = [id, `  ${preset.name} (${preset.kind})`, `  ${preset.describe}`, `  refund policy: ${refundText(id)}`, '', 'Parameters (--param name=value):'];
  if (preset.parameters.length === 0) out.push('  none');
  for (const p of preset.parameters) out.push(`  ${p.name}${p.required ? ' (required)' : ''}: ${p.description}`);
  out.push('', 'Parts (a command reads only the parameters of the part it uses):');
  for (const [part, info] of Object.entries(preset.parts)) {
    const names = info.parameters.map((name) => `${name}${info.requiredParameters.includes(name) ? ' (required)' : ''}`);
    out.push(`  ${part}: ${names.length === 0 ? 'no parameters' : names.join(', ')}`);
  }
  return lines(out);
}

export const presetsCommand: CommandSpec = {
  name: 'presets',
  summary: 'the ABS presets: ids for --policy, --rule and --accreditation, and their parameters',
  usage: ['presets [<id>] [--json]'],
  positional: { name: '<id>', help: 'a preset id: show its description and parameters' },
  options: [],
  notes: [`Presets: ${ABS_PRESET_IDS.join(', ')}.`, 'With --json: the registry entries (id, name, kind, describe, parameters, requiredParameters, refundPolicy, parts, refundPolicyPreset).'],
  examples: ['presets', 'presets abs-online-group-tuesday-2026', 'presets --json'],
  run: (args) => {
    const [id, extra] = args.positionals;
    if (extra !== undefined) throw new CliUsageError(`"balint presets" takes one preset id, not "${extra}" as well`);
    if (id === undefined) return { json: ABS_PRESET_IDS.map(entryJson), text: listText() };
    if (!isPresetId(id)) throw new CliUsageError(`unknown preset "${id}"${didYouMean(id, ABS_PRESET_IDS)} (run "balint presets" for the ids)`);
    return { json: entryJson(id), text: detailText(id) };
  },
};
