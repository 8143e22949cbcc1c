/** `balint eligible`. Internal. */
import { checkEligibility } from '../../eligibility/checkEligibility.js';
import { RegistrantProfileSchema } from '../../eligibility/profile.js';
import type { EligibilityReason, EligibilityResult } from '../../eligibility/reasons.js';
import { EligibilityRuleSchema } from '../../eligibility/rule.js';
import { CliUsageError } from '../CliUsageError.js';
import { required } from '../_args.js';
import { presetOrFile, presetParams, presetPart, PARAM_OPTIONS, readChecked } from '../_sources.js';
import type { CommandSpec } from '../_spec.js';
import { lines } from '../_text.js';
import { dateValue } from '../_values.js';

/** Each reason's message, its nested reasons indented below it. */
function reasonLines(reasons: readonly EligibilityReason[], depth: number): string[] {
  return reasons.flatMap((r) => [
    `${'  '.repeat(depth)}- ${r.message}`,
    ...(r.code === 'none_of_any' || r.code === 'all_held' ? reasonLines(r.reasons, depth + 1) : []),
  ]);
}

function resultText(result: EligibilityResult, at: string): string {
  return result.verdict === 'eligible' ? lines([`Eligible on ${at}.`]) : lines([`Not eligible on ${at}:`, ...reasonLines(result.reasons, 0)]);
}

export const eligibleCommand: CommandSpec = {
  name: 'eligible',
  summary: 'whether a registrant may register, with every reason',
  usage: ['eligible --rule <file|preset> --profile <file> --at <date|today> [--json]'],
  options: [
    { name: 'rule', value: 'file|preset', help: 'an eligibility rule as JSON, or an ABS preset id (its program\'s rule)' },
    { name: 'profile', value: 'file', help: 'the registrant\'s profile as JSON (- for standard input)' },
    { name: 'at', value: 'date|today', help: 'the date memberships and credentials must be valid on (YYYY-MM-DD), or today' },
    ...PARAM_OPTIONS,
  ],
  decides: true,
  notes: [
    '--at is required so that the answer does not change with the day it is asked; today reads the clock (the machine\'s time zone).',
    'A preset\'s rule is built alone, from the parameters of its rule only (see "balint presets <id>"): --rule abs-online-group-tuesday-2026 needs none.',
    '"Not eligible" is an answer (exit code 0, or 1 with --exit-code), not an error. With --json: { verdict, reasons }, verdict eligible or not_eligible.',
  ],
  examples: [
    'eligible --rule abs-diversity-discussions-2026 --profile me.json --at 2026-03-12',
    'eligible --rule rule.json --profile - --at today --json < me.json',
  ],
  run: (args, io) => {
    const raw = required(args, 'rule', 'a JSON file or an ABS preset id');
    const rule = presetOrFile(args, io, raw, 'eligibility rule', EligibilityRuleSchema, (id) => {
      return presetPart(id, 'eligibility', presetParams(args, io), () => new CliUsageError(`preset ${id} sets no eligibility rule`));
    });
    const profile = readChecked(io, required(args, 'profile', 'a JSON file, or - for standard input'), 'registrant profile', RegistrantProfileSchema);
    const at = dateValue('at', required(args, 'at', 'a date YYYY-MM-DD, or today'), io);
    const result = checkEligibility(rule, profile, { at });
    return { json: result, text: resultText(result, at), no: result.verdict !== 'eligible' };
  },
};
