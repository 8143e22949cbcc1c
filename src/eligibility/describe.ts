import type { DeepReadonly } from '../_lib/types.js';
import { assertNever } from '../_lib/assertNever.js';
import { validate } from '../_lib/validate.js';
import { PROFESSIONS, type Profession } from './profile.js';
import { EligibilityRuleSchema, type EligibilityRule } from './rule.js';

/**
 * The English name of each profession, singular and without article, as
 * reasons and descriptions write it (`other` reads "other clinician").
 *
 * @example
 * ```ts
 * import { PROFESSION_NAMES } from 'balint-rules/eligibility';
 *
 * PROFESSION_NAMES.nurse_practitioner;
 * //=> 'nurse practitioner'
 * ```
 */
export const PROFESSION_NAMES: Readonly<Record<Profession, string>> = Object.freeze(
  Object.fromEntries(PROFESSIONS.map((p) => [p, p === 'other' ? 'other clinician' : p.replace(/_/g, ' ')])) as Record<
    Profession,
    string
  >,
);

const ACRONYMS = new Set(['abs', 'ibf', 'aafp', 'ama', 'apa', 'cme', 'ce', 'md', 'do', 'np', 'phd', 'us', 'uk']);

/** `abs_credentialed_balint_leader` -> `ABS credentialed Balint leader`. */
export function humanizeCode(code: string): string {
  return code
    .split('_')
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word === 'balint' ? 'Balint' : word))
    .join(' ');
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  } catch {
    return undefined;
  }
})();

/** The English name of a language tag (`en` -> `English`), or the tag itself. */
export function languageName(tag: string): string {
  try {
    return languageNames?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "A", "A or B", "A, B or C" (conjunction `or`/`and`). */
export function joinList(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] as string}`;
}

/** `a physician`, `an educator`, `another clinician`. */
function withArticle(phrase: string): string {
  if (phrase.startsWith('other ')) return `an${phrase}`;
  return /^[aeiou]/.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

/** "a physician, nurse practitioner or psychologist". */
export function professionList(professions: readonly Profession[]): string {
  return withArticle(joinList(professions.map((p) => PROFESSION_NAMES[p]), 'or'));
}

/** Whether a rule's phrase needs parentheses inside another compound phrase. */
function isCompound(rule: EligibilityRule): boolean {
  return rule.label === undefined && (rule.kind === 'all' || rule.kind === 'any') && rule.rules.length > 1;
}

function nested(rule: EligibilityRule): string {
  const text = phrase(rule);
  return isCompound(rule) ? `(${text})` : text;
}

/**
 * The phrase for an already validated rule: the label when it has one, or
 * generated wording that completes "You must be …".
 */
export function phrase(rule: EligibilityRule): string {
  if (rule.label !== undefined) return rule.label;
  switch (rule.kind) {
    case 'all':
      if (rule.rules.length === 0) return 'anyone';
      return rule.rules.length === 1 ? phrase(rule.rules[0] as EligibilityRule) : serial(rule.rules.map(nested), 'and');
    case 'any':
      if (rule.rules.length === 0) return 'no one';
      return rule.rules.length === 1 ? phrase(rule.rules[0] as EligibilityRule) : serial(rule.rules.map(nested), 'or');
    case 'not':
      return `not ${nested(rule.rule)}`;
    case 'profession':
      return professionList(rule.in);
    case 'clinically_active':
      return 'clinically active';
    case 'member':
      return `a member of ${rule.organization}${rule.on === undefined ? '' : ` on ${rule.on}`}`;
    case 'credential':
      return `holding the ${humanizeCode(rule.credential)} credential${rule.on === undefined ? '' : ` on ${rule.on}`}`;
    case 'leads_group':
      return 'leading a Balint group';
    case 'student':
      return `a student of ${humanizeCode(rule.field)}`;
    case 'language':
      return `able to take part in ${languageName(rule.language)}`;
    default:
      return assertNever(rule);
  }
}

/** "A, and B" / "A, B, and C": the serial comma keeps lists inside items readable. */
function serial(items: readonly string[], conjunction: 'and' | 'or'): string {
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1] as string}`;
}

/**
 * Describes a rule in plain English, as a phrase that completes "You must be
 * …", so docs and apps can show who may register. Labels replace the
 * generated wording of the rule they are on.
 *
 * @param rule - an eligibility rule
 * @returns the phrase, lower case, without a final period
 * @throws {ValidationError} when the rule is not valid
 *
 * @example
 * ```ts
 * import { describeEligibilityRule } from 'balint-rules/eligibility';
 *
 * describeEligibilityRule({
 *   kind: 'all',
 *   rules: [
 *     { kind: 'clinically_active' },
 *     { kind: 'profession', in: ['physician', 'nurse_practitioner', 'psychologist', 'social_worker', 'other'] },
 *   ],
 * });
 * //=> 'clinically active, and a physician, nurse practitioner, psychologist, social worker or other clinician'
 * ```
 */
export function describeEligibilityRule(rule: DeepReadonly<EligibilityRule>): string {
  return phrase(validate(EligibilityRuleSchema, rule, 'eligibility rule'));
}
