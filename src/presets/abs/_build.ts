/** Shared pieces of the ABS presets. Internal. */
import { validate } from '../../_lib/validate.js';
import { ABS_NAME, ABS_ORGANIZATION } from '../../_lib/organizations.js';
import type { EligibilityRule } from '../../eligibility/rule.js';
import { ABS_LEADER_CREDENTIAL } from './constants.js';
import { ProgramSchema, type AbsPresetParameter, type Program } from './program.js';
import type { UnpublishedFact } from './programParts.js';

/** The organizer of the ABS's own programs. */
export const ABS = { name: ABS_NAME } as const;

/** "ABS Member". */
export const absMemberRule: EligibilityRule = { kind: 'member', organization: ABS_ORGANIZATION, label: 'an ABS Member' };

/** "ABS Credentialed Leaders". */
export const credentialedLeaderRule: EligibilityRule = { kind: 'credential', credential: ABS_LEADER_CREDENTIAL, label: 'an ABS Credentialed Leader' };

/** The unpublished facts of a program: one per parameter (given or not), then those no parameter supplies. */
export function unpublishedFacts(
  parameters: readonly AbsPresetParameter[],
  given: object,
  others: readonly { fact: string; description: string }[] = [],
): UnpublishedFact[] {
  const values = given as Record<string, unknown>;
  return [
    ...parameters.map((p) => ({ fact: p.fact, description: p.description, parameter: p.name, given: values[p.name] !== undefined })),
    ...others.map((o) => ({ fact: o.fact, description: o.description, parameter: null, given: false })),
  ];
}

/** Validates a built program; `T` is the narrower type the preset promises. */
export function finishProgram<T extends Program>(draft: unknown): T {
  return validate(ProgramSchema, draft, 'ABS preset') as T;
}

/** `{ [key]: value }` when value is defined, `{}` otherwise (for exactOptionalPropertyTypes). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
