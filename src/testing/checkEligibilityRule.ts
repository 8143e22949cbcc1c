import * as z from 'zod/mini';
import { validate } from '../_lib/validate.js';
import { ValidationError } from '../errors/ValidationError.js';
import { LocalDateSchema } from '../common/schemas.js';
import { phrase } from '../eligibility/describe.js';
import { evaluate } from '../eligibility/evaluate.js';
import type { RegistrantProfile } from '../eligibility/profile.js';
import type { RulePath } from '../eligibility/reasons.js';
import { EligibilityRuleSchema, type EligibilityRule } from '../eligibility/rule.js';
import { neutralAsOf, profileSpace } from './_profileSpace.js';
import { CheckOptionsSchema, lawCheck, staticLaw, type Counterexample, type LawCheck } from './laws.js';

/**
 * Options of {@link checkEligibilityRule}: `seed` (for rules with too many
 * facts to try every combination) and `at`, the date conditions without
 * their own `on` date are checked on (default: a date that is none of the
 * rule's own).
 *
 * @example
 * ```ts
 * import { EligibilityCheckOptionsSchema } from 'balint-rules/testing';
 *
 * EligibilityCheckOptionsSchema.safeParse({ at: '2026-03-12' }).success;
 * //=> true
 * ```
 */
export const EligibilityCheckOptionsSchema = z.strictObject({ ...CheckOptionsSchema.shape, at: z.optional(LocalDateSchema) });

/**
 * Options of {@link checkEligibilityRule}, see {@link EligibilityCheckOptionsSchema}.
 *
 * @example
 * ```ts
 * import type { EligibilityCheckOptions } from 'balint-rules/testing';
 *
 * const options: EligibilityCheckOptions = { at: '2026-03-12' };
 * ```
 */
export type EligibilityCheckOptions = z.input<typeof EligibilityCheckOptionsSchema>;

/**
 * The laws {@link checkEligibilityRule} checks.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_LAWS } from 'balint-rules/testing';
 *
 * ELIGIBILITY_LAWS;
 * //=> ['someone_is_eligible', 'someone_is_not_eligible', 'every_part_matters']
 * ```
 */
export const ELIGIBILITY_LAWS = ['someone_is_eligible', 'someone_is_not_eligible', 'every_part_matters'] as const;

/**
 * A law of eligibility rules, see {@link ELIGIBILITY_LAWS}.
 *
 * @example
 * ```ts
 * import type { EligibilityLaw } from 'balint-rules/testing';
 *
 * const law: EligibilityLaw = 'someone_is_eligible';
 * ```
 */
export type EligibilityLaw = (typeof ELIGIBILITY_LAWS)[number];

/** Every part of a rule (the rule itself first), with its path. */
export function partsOf(rule: EligibilityRule, path: RulePath = []): { rule: EligibilityRule; path: RulePath }[] {
  const inner = rule.kind === 'all' || rule.kind === 'any' ? rule.rules.flatMap((r, i) => partsOf(r, [...path, 'rules', i])) : rule.kind === 'not' ? partsOf(rule.rule, [...path, 'rule']) : [];
  return [{ rule, path }, ...inner];
}

/**
 * The most parts (conditions, `all`, `any` and `not` nodes) of a rule the
 * law checker looks at: every part is tried against every combination of
 * facts, so the work grows with the square of a deeply nested rule's size.
 * A rule a person writes has a few dozen.
 */
export const MAX_CHECKED_RULE_PARTS = 2000;

/** How many parts a rule has, counted without recursion (a rule may be nested thousands deep). */
function countParts(rule: EligibilityRule): number {
  let count = 0;
  const stack: EligibilityRule[] = [rule];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    count++;
    if (next.kind === 'all' || next.kind === 'any') stack.push(...next.rules);
    else if (next.kind === 'not') stack.push(next.rule);
  }
  return count;
}

/** `rules[1].rule` */
const where = (path: RulePath): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');

/** For each part: does it ever hold, does it ever fail, over the profiles. */
export function outcomes(rule: EligibilityRule, profiles: readonly RegistrantProfile[], asOf: string) {
  return partsOf(rule).map(({ rule: part, path }) => {
    let holds: RegistrantProfile | undefined;
    let fails: RegistrantProfile | undefined;
    for (const p of profiles) {
      if (evaluate(part, p, asOf, []).holds) holds ??= p;
      else fails ??= p;
      if (holds !== undefined && fails !== undefined) break;
    }
    return { rule: part, path, holds, fails };
  });
}

/**
 * Checks an eligibility rule (your own, as data) for rules that cannot be
 * what their author meant, by trying every combination of the facts the
 * rule asks about (a fixed-seed sample when there are too many):
 *
 * - `someone_is_eligible`: some registrant meets the rule (not, say,
 *   "an ABS member and not an ABS member");
 * - `someone_is_not_eligible`: some registrant does not (a rule everyone
 *   meets restricts nothing: leave it out instead);
 * - `every_part_matters`: every part of the rule can both hold and fail
 *   (an `any` of nothing, or a part that always holds, is a mistake).
 *
 * A counterexample names the part at fault, its path in the rule, and
 * what it says in English. Throws `ValidationError` for an invalid rule,
 * and for one of more than 2,000 parts (`MAX_CHECKED_RULE_PARTS`): the
 * checker tries every part against every combination of facts.
 *
 * @example
 * ```ts
 * import { checkEligibilityRule } from 'balint-rules/testing';
 *
 * const check = checkEligibilityRule({ kind: 'all', rules: [{ kind: 'member', organization: 'ABS' }, { kind: 'not', rule: { kind: 'member', organization: 'ABS' } }] });
 * [check.ok, check.laws[0]?.holds];
 * //=> [false, false]
 * ```
 */
export function checkEligibilityRule(rule: EligibilityRule, options: EligibilityCheckOptions = {}): LawCheck<EligibilityLaw> {
  const o = validate(EligibilityCheckOptionsSchema, options, 'law check options');
  const r = validate(EligibilityRuleSchema, rule, 'eligibility rule');
  const size = countParts(r);
  if (size > MAX_CHECKED_RULE_PARTS) {
    throw new ValidationError('eligibility rule', [
      { path: [], code: 'too_big', message: `has ${size} parts; the law checker looks at rules of at most ${MAX_CHECKED_RULE_PARTS} parts` },
    ]);
  }
  const asOf = o.at ?? neutralAsOf([r]);
  const { profiles, exhaustive } = profileSpace([r], asOf, o.seed);
  const parts = outcomes(r, profiles, asOf);
  const root = parts[0] as (typeof parts)[number];
  const tried = exhaustive ? `any of the ${profiles.length} combinations of the facts it asks about` : `${profiles.length} sampled combinations of the facts it asks about`;
  const culprit = (kind: 'holds' | 'fails'): string => {
    const deepest = [...parts].reverse().find((x) => x[kind] === undefined);
    return deepest === undefined || deepest.path.length === 0 ? '' : ` The part at ${where(deepest.path)} ("${phrase(deepest.rule)}") ${kind === 'holds' ? 'never holds' : 'always holds'}.`;
  };
  const never: Counterexample | null = root.holds !== undefined ? null : { description: `No registrant meets the rule "${phrase(r)}" (tried ${tried}).${culprit('holds')}`, value: r };
  const always: Counterexample | null = root.fails !== undefined ? null : { description: `Every registrant meets the rule "${phrase(r)}" (tried ${tried}), so it restricts nothing.${culprit('fails')}`, value: r };
  const constant = parts.slice(1).find((x) => x.holds === undefined || x.fails === undefined);
  const dead: Counterexample | null =
    constant === undefined
      ? null
      : {
          description: `The part at ${where(constant.path)} ("${phrase(constant.rule)}") ${constant.holds === undefined ? 'never holds' : 'always holds'} (tried ${tried}), so the rule does not say what it seems to.`,
          value: { path: constant.path, part: constant.rule },
        };
  const run = { numRuns: o.numRuns, seed: o.seed };
  return lawCheck(
    [
      staticLaw('someone_is_eligible', 'Some registrant meets the rule: it is not a contradiction.', never),
      staticLaw('someone_is_not_eligible', 'Some registrant does not meet the rule: it restricts who may register.', always),
      staticLaw('every_part_matters', 'Every part of the rule can both hold and fail: none is always true or never true.', dead),
    ],
    [],
    run,
  );
}
